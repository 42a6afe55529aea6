import { registerAuditLabels, registerMessages } from '../../i18n/index.ts';

// Strings of the regulation register screens (Regulasi), under `regulasi.*`. The fields', jenis',
// relations' and statuses' words are core's (`regulations.*` in the `core` namespace), shared
// with exports, the change log and the CLI. Bahasa Indonesia first; English carries every key.

const id = {
  nav: { register: 'Regulasi', import: 'Impor regulasi' },
  common: { cancel: 'Batal', none: '—', choose: 'Pilih…' },
  register: {
    title: 'Register regulasi',
    intro: 'Perda, Perkada, Surat Edaran, Instruksi dan PKS tentang jaminan sosial ketenagakerjaan: metadata JDIH, hubungan antarperaturan, status berlaku dan komitmennya.',
    add: 'Tambah regulasi',
    import: 'Impor dari Excel',
    search: 'Cari regulasi',
    searchPlaceholder: 'Cari judul, nomor, jenis, subjek atau abstrak…',
    rowCount: '{{n}} regulasi',
    showClosed: 'Tampilkan yang salah input',
    noMatch: 'Tidak ada regulasi yang cocok dengan pencarian atau saringan ini.',
    loadFailed: 'Register tidak dapat dimuat. Coba buka lagi halaman ini.',
    jdihnExport: 'Ekspor JSON JDIHN',
    jdihnImport: 'Impor JSON JDIHN',
    jdihnExported: 'Berkas JDIHN disimpan',
  },
  counts: { label: 'Jumlah menurut jenis (klik untuk menyaring)' },
  export: {
    xlsxHint: 'Disarankan: nomor peraturan tersimpan sebagai teks; terbuka rapi di Excel dan LibreOffice.',
    csvHint: 'Teks biasa untuk sistem lain.',
  },
  empty: {
    title: 'Register regulasi masih kosong',
    intro: 'Mulai dengan salah satu cara berikut. Semua perubahan tercatat di riwayat perubahan.',
    addHint: 'Isi metadata satu peraturan lewat formulir (Ctrl+N).',
    importHint: 'Muat daftar peraturan dari Excel, atau berkas JSON integrasi JDIHN dari situs JDIH daerah.',
    demo: 'Muat data contoh',
    demoHint: 'Peraturan Bali dan nasional tentang jaminan sosial ketenagakerjaan (hanya yang pasti; sisanya kosong).',
  },
  demo: {
    title: 'Muat contoh regulasi',
    intro: 'Perda Provinsi Bali 10/2019, Pergub Bali 19/2017, Perbup Gianyar 55/2018 dan 35/2025, Perbup Jembrana 48/2023, Perbup Tabanan 73/2021, UU 24/2011, PP 86/2013, Inpres 2/2021, SE Mendagri 842.2/5193/SJ. Judul dan tanggal yang tidak pasti dibiarkan kosong untuk dilengkapi. ({{area}})',
    count: 'Jumlah (tidak dipakai: contoh berisi 10 peraturan)',
    countInvalid: 'Isi angka 1 atau lebih.',
    undoHint: 'Ubah atau tandai salah input bila tidak diperlukan lagi.',
    load: 'Muat contoh',
    loading: 'Memuat contoh…',
    loadingPercent: 'Memuat contoh… {{percent}}%',
    doneTitle: 'Contoh dimuat',
    done: '{{n}} regulasi ditambahkan.',
  },
  history: {
    intro: 'Setiap perubahan data ini, termasuk hubungan dan komitmennya, terbaru di atas.',
    none: 'Belum ada perubahan tercatat.',
    actions: {
      create: 'ditambahkan', update: 'diubah', remove: 'ditandai salah input', restore: 'dikembalikan ke aktif', 'import-create': 'ditambahkan lewat impor', 'import-update': 'diubah lewat impor',
      'undo-import': 'impornya dibatalkan', 'undo-import-kept': 'dibiarkan saat impornya dibatalkan', 'bulk-update': 'diubah massal', 'undo-bulk': 'perubahan massalnya dibatalkan', 'undo-bulk-kept': 'dibiarkan saat perubahan massalnya dibatalkan',
    },
  },
  bulk: {
    errorMenu: 'Tandai {{n}} regulasi salah input…', errorTitle: 'Tandai salah input', errorConfirm: 'Tandai salah input', errorDone: '{{records}} ditandai salah input',
  },
  form: {
    newTitle: 'Tambah regulasi', editTitle: 'Ubah regulasi', aria: 'Formulir regulasi',
    identity: 'Identitas peraturan', dates: 'Penetapan dan pengundangan', content: 'Isi dan katalog', office: 'Untuk kantor',
    singkatanHint: 'Kosong: singkatan baku jenisnya.', sumberHint: 'Lembaran / Berita Daerah; kosong untuk SE dan Instruksi.', effectiveHint: 'Kosong: sejak diundangkan.',
    savedTitle: 'Tersimpan', savedOpen: 'Buka {{name}}', saveKey: 'simpan', closeKey: 'tutup', inUse: 'Buka data yang sudah ada', back: 'Kembali ke formulir',
  },
  detail: {
    back: 'Kembali ke register', edit: 'Ubah', metadata: 'Metadata JDIH', history: 'Riwayat perubahan', statusToday: 'Status hari ini ({{date}})',
    relations: 'Hubungan dengan peraturan lain', noRelations: 'Belum ada hubungan.', addRelation: 'Tambah hubungan', relationKind: 'Hubungan', relationOther: 'Peraturan lain',
    relationSearch: 'Ketik judul atau nomor…', relationAdd: 'Simpan hubungan', remove: 'Hapus', relationRemoved: 'Hubungan dihapus',
    relationHint: 'Dicatat sekali dari sisi peraturan yang lebih baru; tampil dari kedua sisi.', thisOne: 'Peraturan ini',
    commitments: 'Komitmen', noCommitments: 'Belum ada komitmen.', addCommitment: 'Tambah komitmen', editCommitment: 'Ubah komitmen', commitmentSaved: 'Komitmen tersimpan',
    year: 'Tahun', targetCount: 'Jumlah orang', targetPercent: 'Persentase', amount: 'Jumlah (Rp)', category: 'Kategori pekerja', fundingSource: 'Sumber dana', description: 'Uraian',
    dueDate: 'Jatuh tempo', doneDate: 'Selesai', value: 'Nilai', save: 'Simpan',
    timeline: 'Riwayat keluarga peraturan', noTimeline: 'Peraturan ini belum mengubah atau dicabut oleh peraturan lain.', role: { asal: 'Asal', perubahan: 'Perubahan', pencabutan: 'Pencabutan', pencabutan_sebagian: 'Pencabutan sebagian' },
    programmes: 'Program yang didanai',
    actions: 'Status data', error: 'Tandai salah input…', restore: 'Kembalikan ke aktif…', statusTitle: 'Ubah status data', reason: 'Alasan', apply: 'Simpan status', statusSaved: 'Status data tersimpan',
    statusNote: 'Regulasi tidak pernah dihapus: statusnya dicatat dengan alasan di riwayat perubahan.',
  },
  due: { duty: 'Kewajiban regulasi', source: 'Sumber' },
  jdihn: {
    title: 'Impor JSON JDIHN', intro: 'Berkas JSON integrasi JDIHN dari situs JDIH daerah. Diuji dulu: tidak ada yang disimpan sebelum Anda melihat hasilnya.',
    file: 'Berkas JSON', check: 'Uji berkas', commit: 'Simpan {{n}} regulasi', summary: '{{total}} data: baru {{new}}, berubah {{changed}}, sama {{unchanged}}, tidak valid {{invalid}}',
    record: 'Data ke-{{n}}', saved: 'Impor JDIHN tersimpan',
  },
};

const en: typeof id = {
  nav: { register: 'Regulations', import: 'Import regulations' },
  common: { cancel: 'Cancel', none: '—', choose: 'Choose…' },
  register: {
    title: 'Regulation register',
    intro: 'Regional regulations, head-of-region regulations, circulars, instructions and agreements on employment social security: JDIH metadata, relations, status in force and commitments.',
    add: 'Add regulation',
    import: 'Import from Excel',
    search: 'Search regulations',
    searchPlaceholder: 'Search title, number, type, subject or abstract…',
    rowCount: '{{n}} regulations',
    showClosed: 'Show those entered in error',
    noMatch: 'No regulation matches this search or filter.',
    loadFailed: 'The register could not be loaded. Open this page again.',
    jdihnExport: 'Export JDIHN JSON',
    jdihnImport: 'Import JDIHN JSON',
    jdihnExported: 'JDIHN file saved',
  },
  counts: { label: 'Counts by type (click to filter)' },
  export: {
    xlsxHint: 'Recommended: regulation numbers are kept as text; opens cleanly in Excel and LibreOffice.',
    csvHint: 'Plain text for other systems.',
  },
  empty: {
    title: 'The regulation register is empty',
    intro: 'Start in one of these ways. Every change is recorded in the change history.',
    addHint: 'Enter one regulation\'s metadata through the form (Ctrl+N).',
    importHint: 'Load a list of regulations from Excel, or a JDIHN integration JSON file from a regional JDIH site.',
    demo: 'Load demo data',
    demoHint: 'Bali and national regulations on employment social security (only what is certain; the rest left empty).',
  },
  demo: {
    title: 'Load demo regulations',
    intro: 'Bali Perda 10/2019, Bali Pergub 19/2017, Gianyar Perbup 55/2018 and 35/2025, Jembrana Perbup 48/2023, Tabanan Perbup 73/2021, UU 24/2011, PP 86/2013, Inpres 2/2021, SE Mendagri 842.2/5193/SJ. Uncertain titles and dates are left empty to fill in. ({{area}})',
    count: 'Number (not used: the demo holds 10 regulations)',
    countInvalid: 'Enter 1 or more.',
    undoHint: 'Edit them, or mark them entered in error when no longer needed.',
    load: 'Load demo',
    loading: 'Loading demo…',
    loadingPercent: 'Loading demo… {{percent}}%',
    doneTitle: 'Demo loaded',
    done: '{{n}} regulations added.',
  },
  history: {
    intro: 'Every change of this record, its relations and commitments included, newest first.',
    none: 'No change recorded yet.',
    actions: {
      create: 'added', update: 'changed', remove: 'marked entered in error', restore: 'set back to active', 'import-create': 'added by an import', 'import-update': 'changed by an import',
      'undo-import': 'its import undone', 'undo-import-kept': 'kept when its import was undone', 'bulk-update': 'changed in bulk', 'undo-bulk': 'its bulk change undone', 'undo-bulk-kept': 'kept when its bulk change was undone',
    },
  },
  bulk: {
    errorMenu: 'Mark {{n}} regulations entered in error…', errorTitle: 'Mark entered in error', errorConfirm: 'Mark entered in error', errorDone: '{{records}} marked entered in error',
  },
  form: {
    newTitle: 'Add regulation', editTitle: 'Edit regulation', aria: 'Regulation form',
    identity: 'Identity', dates: 'Enactment and promulgation', content: 'Content and catalogue', office: 'For the office',
    singkatanHint: 'Empty: the usual abbreviation of the type.', sumberHint: 'Regional gazette; empty for circulars and instructions.', effectiveHint: 'Empty: from promulgation.',
    savedTitle: 'Saved', savedOpen: 'Open {{name}}', saveKey: 'save', closeKey: 'close', inUse: 'Open the existing record', back: 'Back to the form',
  },
  detail: {
    back: 'Back to the register', edit: 'Edit', metadata: 'JDIH metadata', history: 'Change history', statusToday: 'Status today ({{date}})',
    relations: 'Relations with other regulations', noRelations: 'No relation yet.', addRelation: 'Add relation', relationKind: 'Relation', relationOther: 'Other regulation',
    relationSearch: 'Type a title or number…', relationAdd: 'Save relation', remove: 'Remove', relationRemoved: 'Relation removed',
    relationHint: 'Entered once from the newer regulation\'s side; shown from both sides.', thisOne: 'This regulation',
    commitments: 'Commitments', noCommitments: 'No commitment yet.', addCommitment: 'Add commitment', editCommitment: 'Edit commitment', commitmentSaved: 'Commitment saved',
    year: 'Year', targetCount: 'Number of people', targetPercent: 'Percentage', amount: 'Amount (Rp)', category: 'Workers covered', fundingSource: 'Funding source', description: 'Description',
    dueDate: 'Due', doneDate: 'Done', value: 'Value', save: 'Save',
    timeline: 'The regulation\'s family', noTimeline: 'This regulation has not amended, nor been amended or revoked by, another.', role: { asal: 'Original', perubahan: 'Amendment', pencabutan: 'Revocation', pencabutan_sebagian: 'Partial revocation' },
    programmes: 'Programmes funded',
    actions: 'Record status', error: 'Mark entered in error…', restore: 'Set back to active…', statusTitle: 'Change the record status', reason: 'Reason', apply: 'Save status', statusSaved: 'Record status saved',
    statusNote: 'Regulations are never deleted: the status is recorded with its reason in the change history.',
  },
  due: { duty: 'Regulation duty', source: 'Source' },
  jdihn: {
    title: 'Import JDIHN JSON', intro: 'A JDIHN integration JSON file from a regional JDIH site. It is checked first: nothing is saved before you see the result.',
    file: 'JSON file', check: 'Check the file', commit: 'Save {{n}} regulations', summary: '{{total}} records: new {{new}}, changed {{changed}}, same {{unchanged}}, invalid {{invalid}}',
    record: 'Record {{n}}', saved: 'JDIHN import saved',
  },
};

registerMessages('regulasi', { id, en });

registerAuditLabels({
  id: { entities: { regulation: 'Regulasi' }, fields: { relations: 'Hubungan', commitments: 'Komitmen', judul: 'Judul', jenis: 'Jenis', nomor: 'Nomor', tahun: 'Tahun' } },
  en: { entities: { regulation: 'Regulation' }, fields: { relations: 'Relations', commitments: 'Commitments', judul: 'Title', jenis: 'Type', nomor: 'Number', tahun: 'Year' } },
});
