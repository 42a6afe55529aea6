// Words of the worker register's duplicate review (merge, its undo, "different people").
export const duplicateMessages = {
  id: {
    duplicates: {
      pairNoun: 'Pasangan duplikat',
      pairNotOpen: 'Pasangan ini sudah diputuskan (digabung atau dinyatakan orang berbeda). Muat ulang daftar tinjauan.',
      notActive: '{{name}} (NIK {{nik}}) tidak berstatus aktif lagi; pasangan ini tidak dapat digabung. Jalankan pencarian duplikat lagi.',
      keepNotInPair: 'Orang yang dipertahankan harus salah satu dari pasangan ini.',
      mergeOverlap: 'Penggabungan ditolak: {{problem}} Periode kedua orang akan menjadi milik satu orang. Di jendela Gabungkan, tandai periode rangkap orang yang digabung untuk ditinggalkan, atau perbaiki atau tutup periode itu di halaman salah satu orang, lalu gabungkan lagi.',
      dropNotMerged: 'Periode yang ditinggalkan harus milik orang yang digabung. Muat ulang daftar tinjauan.',
      mergeReason: 'digabung ke {{nik}}',
      mergeNotFound: 'Penggabungan ini tidak ditemukan.',
      alreadyUndone: 'Penggabungan ini sudah dibatalkan.',
      importUndoneReason: 'Impor "{{file}}" yang menambahkannya sudah dibatalkan; dikembalikan dari penggabungan sebagai salah input.',
      changedSince: 'Penggabungan tidak dapat dibatalkan: data {{name}} (NIK {{nik}}) sudah diubah sesudahnya. Kembalikan perubahan itu dulu, atau perbaiki data kedua orang lewat formulir.',
      periodsChangedSince: 'Penggabungan tidak dapat dibatalkan: periode yang dipindahkan sudah diubah atau dihapus sesudahnya.',
      notDifferent: 'Pasangan ini tidak berstatus "orang berbeda"; tidak ada yang diurungkan.',
      history: { mergedWith: 'Digabung dengan', differentFrom: 'Orang berbeda dari' },
    },
  },
  en: {
    duplicates: {
      pairNoun: 'Duplicate pair',
      pairNotOpen: 'This pair was decided already (merged, or said to be different people). Reload the review list.',
      notActive: '{{name}} (NIK {{nik}}) is no longer active; this pair cannot be merged. Run the duplicate search again.',
      keepNotInPair: 'The person kept must be one of this pair.',
      mergeOverlap: 'The merge was refused: {{problem}} The periods of both people would belong to one. In the Merge dialog, mark the merged person’s duplicate period to be left out, or fix or close that period on either person’s page, then merge again.',
      dropNotMerged: 'A period left out must be the merged person’s. Reload the review list.',
      mergeReason: 'merged into {{nik}}',
      mergeNotFound: 'This merge was not found.',
      alreadyUndone: 'This merge was undone already.',
      importUndoneReason: 'The import of "{{file}}" that added this person was undone; given back by the merge undo as entered in error.',
      changedSince: 'The merge cannot be undone: {{name}} (NIK {{nik}}) was changed after it. Reverse that change first, or correct both people through the form.',
      periodsChangedSince: 'The merge cannot be undone: a moved period was changed or removed after it.',
      notDifferent: 'This pair is not marked "different people"; nothing to take back.',
      history: { mergedWith: 'Merged with', differentFrom: 'A different person from' },
    },
  },
};
