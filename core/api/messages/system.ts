// Words of the app's machinery: background jobs, staged files, the command line and its hosts.
export const systemMessages = {
  id: {
    jobs: {
      cancelled: 'Dibatalkan; tidak ada yang berubah.',
      failed: 'Pekerjaan gagal; tidak ada yang berubah.',
      stepNotDone: 'Langkah sebelumnya belum selesai atau gagal.',
      notFound: 'Pekerjaan tidak ditemukan (mungkin aplikasi dimulai ulang).',
    },
    files: {
      tooLarge: 'Berkas lebih besar dari {{megabytes}} MB.',
      notFound: 'Berkas tidak ditemukan; unggah lagi.',
      uploadFailed: 'Unggahan gagal.',
    },
    cli: {
      failed: 'Gagal: {{text}}',
      checkFailed: 'Pemeriksaan gagal.',
      importFailed: 'Impor gagal; tidak ada yang berubah.',
      exportFailed: 'Ekspor gagal.',
      invalidRows: 'Ada baris tidak valid; tidak ada yang disimpan. Perbaiki berkasnya, atau pakai --allow-invalid untuk menyimpan baris yang valid saja.',
      isFolder: '"{{file}}" adalah folder, bukan berkas. Sebut berkas .xlsx, .xls, .ods atau .csv di dalamnya.',
      map: {
        unknownField: '--map "{{spec}}": kolom Lindung "{{name}}" tidak dikenal. Yang ada: {{known}}.',
        titleTwice: '--map "{{spec}}": judul "{{text}}" ada di beberapa kolom ({{letters}}); sebut kolomnya dengan hurufnya, mis. --map "{{field}}={{letter}}".',
        noTitle: '--map "{{spec}}": tidak ada kolom berjudul "{{text}}" di baris judul (baris {{row}}). Kolom yang ada: {{titles}}.',
        shape: '--map "{{spec}}": tulis sebagai "<kolom Lindung>=<judul kolom di berkas>", mis. --map "{{example}}=Nama Usaha".',
        exampleField: 'Nama',
      },
    },
  },
  en: {
    jobs: {
      cancelled: 'Cancelled; nothing was changed.',
      failed: 'The job failed; nothing was changed.',
      stepNotDone: 'The previous step has not finished or failed.',
      notFound: 'Job not found (the app may have restarted).',
    },
    files: {
      tooLarge: 'The file is larger than {{megabytes}} MB.',
      notFound: 'File not found; upload it again.',
      uploadFailed: 'Upload failed.',
    },
    cli: {
      failed: 'Failed: {{text}}',
      checkFailed: 'The check failed.',
      importFailed: 'The import failed; nothing changed.',
      exportFailed: 'The export failed.',
      invalidRows: 'Some rows are invalid; nothing was saved. Fix the file, or use --allow-invalid to save the valid rows only.',
      isFolder: '"{{file}}" is a folder, not a file. Name an .xlsx, .xls, .ods or .csv file in it.',
      map: {
        unknownField: '--map "{{spec}}": there is no Lindung field "{{name}}". Fields: {{known}}.',
        titleTwice: '--map "{{spec}}": the title "{{text}}" is on several columns ({{letters}}); name the column by its letter, e.g. --map "{{field}}={{letter}}".',
        noTitle: '--map "{{spec}}": no column titled "{{text}}" on the header row (row {{row}}). Columns: {{titles}}.',
        shape: '--map "{{spec}}": write it as "<Lindung field>=<column title in the file>", e.g. --map "{{example}}=Nama Usaha".',
        exampleField: 'Name',
      },
    },
  },
} as const;
