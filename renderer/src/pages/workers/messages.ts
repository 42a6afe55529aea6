import { registerAuditLabels, registerMessages } from '../../i18n/index.ts';

/**
 * The starting vulnerable-worker categories (core/reference/lists/seed-lists.ts, which the
 * renderer may not import): the count bar's badges. An office's own additions are counted in
 * the total and filtered by the column's list, which is read from the database.
 */
export const countedCategories = [
  ['petani', 'Petani', 'Farmers'], ['nelayan', 'Nelayan', 'Fishers'], ['peternak', 'Peternak', 'Livestock keepers'], ['pedagang_kecil', 'Pedagang kecil', 'Small traders'],
  ['buruh_harian', 'Buruh harian', 'Day labourers'], ['buruh_panggul', 'Buruh panggul', 'Porters'], ['perajin', 'Perajin', 'Craftspeople'], ['tukang_parkir', 'Tukang parkir', 'Parking attendants'],
  ['ojek', 'Ojek', 'Ojek drivers'], ['seniman', 'Seniman', 'Artists'], ['pekerja_disabilitas', 'Disabilitas', 'Disabled workers'], ['kader_posyandu', 'Kader posyandu', 'Posyandu volunteers'],
  ['jumantik', 'Jumantik', 'Jumantik'], ['linmas', 'Linmas', 'Linmas'], ['pecalang', 'Pecalang', 'Pecalang'], ['sulinggih', 'Sulinggih', 'Sulinggih'], ['pemangku', 'Pemangku', 'Pemangku'],
  ['kelian_adat', 'Kelian adat', 'Kelian adat'], ['petengen', 'Petengen', 'Petengen'], ['penyarikan', 'Penyarikan', 'Penyarikan'], ['pakaseh', 'Pakaseh', 'Pakaseh'],
  ['penerima_pkh', 'PKH', 'PKH'], ['non_asn', 'Non-ASN', 'Non-ASN'],
] as const;
const categories = (lang: 1 | 2) => Object.fromEntries(countedCategories.map((c) => [c[0], c[lang]])) as Record<string, string>;

// Strings of the worker register screens (Pekerja), under `pekerja.*`. Bahasa Indonesia first;
// English must carry every key (the type checks). Import this module for its side effect.

const id = {
  nav: { register: 'Pekerja', import: 'Impor pekerja' },
  common: { cancel: 'Batal', choose: 'Pilih…', none: '—', open: 'Buka' },
  fields: {
    nik: 'NIK', name: 'Nama', sex: 'Jenis kelamin', birthDate: 'Tanggal lahir', sexTyped: 'Jenis kelamin (diisi)', birthDateTyped: 'Tanggal lahir (diisi)',
    address: 'Alamat domisili', kecamatan: 'Kecamatan', desa: 'Desa / kelurahan', phone: 'Telepon', occupation: 'Pekerjaan', category: 'Kategori rentan', kpj: 'KPJ',
    notes: 'Catatan', segment: 'Segmen', statusToday: 'Kepesertaan hari ini', recordStatus: 'Status data', updatedAt: 'Diubah', coverage: 'Orang di balik angka cakupan', identityMismatch: 'Cocok dengan NIK',
    employer: 'Pemberi kerja', programmes: 'Program', startDate: 'Mulai', endDate: 'Selesai', wage: 'Upah (PU)', declaredIncome: 'Penghasilan (BPU)', income: 'Upah / penghasilan', funding: 'Sumber dana',
    source: 'Sumber data', sourceDate: 'Tanggal sumber', npp: 'NPP pemberi kerja', payingProgramme: 'Program pembayar iuran',
  },
  sex: { L: 'Laki-laki', P: 'Perempuan' },
  participation: { aktif: 'Aktif', tidak_aktif: 'Tidak aktif', belum_terdaftar: 'Belum pernah terdaftar', tidak_dihitung: 'Tidak dihitung (salah input)', digabung: 'Digabung ke data lain' },
  recordStatus: { aktif: 'Aktif', meninggal: 'Meninggal', pindah: 'Pindah', salah_input: 'Salah input' },
  mismatch: { '0': 'Sesuai', '1': 'Beda dengan NIK' },
  categories: categories(1),
  register: {
    title: 'Register pekerja',
    intro: 'Penduduk di wilayah kantor dan kepesertaan BPJS Ketenagakerjaan mereka, menurut periode kepesertaan.',
    add: 'Tambah pekerja',
    import: 'Impor dari Excel',
    search: 'Cari pekerja',
    searchPlaceholder: 'Cari nama, atau awal NIK (mis. 510306)…',
    rowCount_one: '{{n}} pekerja',
    rowCount_other: '{{n}} pekerja',
    showClosed: 'Tampilkan yang meninggal / pindah / salah input',
    noMatch: 'Tidak ada pekerja yang cocok dengan pencarian atau saringan ini.',
    loadFailed: 'Register tidak dapat dimuat. Coba buka lagi halaman ini.',
  },
  counts: { label: 'Jumlah menurut kategori rentan (klik untuk menyaring)', none: 'Tanpa kategori' },
  export: {
    xlsxHint: 'Disarankan. NIK dan KPJ tersimpan sebagai teks; terbuka rapi di Excel dan LibreOffice. Berkas berisi data pribadi: simpan dengan hati-hati.',
    csvHint: 'Teks biasa untuk sistem lain. Bila dibuka langsung di Excel, NIK berubah jadi 5,1E+15 dan digit terakhirnya hilang; untuk Excel pilih .xlsx.',
  },
  empty: {
    title: 'Register pekerja masih kosong',
    intro: 'Mulai dengan salah satu cara berikut. Semua perubahan tercatat di riwayat perubahan.',
    addHint: 'Isi data satu orang dan periode kepesertaannya lewat formulir (Ctrl+N).',
    importHint: 'Muat daftar pekerja dari berkas Excel atau CSV: daftar program APBD, daftar desa, data BPJS.',
    demo: 'Muat data contoh',
    demoHint: 'Untuk mencoba aplikasi: penduduk rekaan di wilayah kantor. Hanya bisa di register yang masih kosong.',
  },
  demo: {
    title: 'Muat data contoh pekerja',
    intro: 'Penduduk rekaan di kecamatan dan desa {{area}}: NIK sah, segmen, kategori rentan dan sumber dana; beberapa NIK rusak seperti di berkas Excel, dan beberapa orang kembar. Periode PU memakai perusahaan di register perusahaan (muat data contoh perusahaan dulu bila perlu).',
    count: 'Jumlah orang',
    countInvalid: 'Isi angka 1 sampai 1.000.000.',
    load: 'Muat',
    loading: 'Memuat data contoh…',
    loadingPercent: 'Memuat data contoh… {{percent}}%',
    doneTitle: 'Data contoh dimuat',
    done: '{{n}} orang ditambahkan.',
    undoHint: 'Data contoh tercatat sebagai satu impor: batalkan di riwayat impor pekerja untuk mengosongkan register lagi.',
  },
  history: {
    intro: 'Setiap perubahan data orang ini, terbaru di atas.',
    none: 'Belum ada catatan perubahan.',
    actions: {
      create: 'dibuat', update: 'diubah', 'import-create': 'dibuat lewat impor', 'import-update': 'diubah lewat impor', 'undo-import': 'impornya dibatalkan', 'undo-import-kept': 'dibiarkan saat impornya dibatalkan',
      'bulk-update': 'diubah massal', 'undo-bulk': 'perubahan massalnya dibatalkan', 'undo-bulk-kept': 'dibiarkan saat perubahan massalnya dibatalkan', died: 'ditandai meninggal', moved: 'ditandai pindah', remove: 'ditandai salah input', restore: 'dikembalikan ke aktif',
      report: 'laporan data pribadi dibuat', merge: 'data gandanya digabung ke sini', merged: 'digabung ke data lain', 'undo-merge': 'penggabungan dibatalkan', different: 'ditandai orang berbeda', 'undo-different': 'tanda orang berbeda dibatalkan',
    },
  },
  bulk: {
    movedMenu: 'Tandai pindah semua yang tersaring ({{n}})…', movedTitle: 'Tandai pindah semua orang yang tersaring?', movedConfirm: 'Tandai pindah {{records}}', movedDone: '{{records}} ditandai pindah', movedDate: 'Tanggal pindah',
    errorMenu: 'Tandai salah input semua yang tersaring ({{n}})…', errorTitle: 'Tandai salah input semua orang yang tersaring?', errorConfirm: 'Tandai salah input {{records}}', errorDone: '{{records}} ditandai salah input',
  },
  form: {
    newTitle: 'Tambah pekerja', editTitle: 'Ubah data pekerja', aria: 'Formulir pekerja',
    identity: 'Identitas', domicile: 'Domisili (tidak diambil dari NIK)', periods: 'Periode kepesertaan', addPeriod: 'Tambah periode', removePeriod: 'Hapus periode ini',
    nikHint: '16 digit dari KTP/KK. Jenis kelamin dan tanggal lahir dibaca dari NIK.', typedHint: 'Isi bila tertulis di daftar; bila beda dengan NIK, keduanya disimpan dan ditandai.',
    fromNik: 'Dari NIK: {{sex}}, lahir {{birth}}', employerHint: 'Ketik nama atau NPP perusahaan dari register perusahaan.', noPeriods: 'Belum ada periode: orang ini "belum pernah terdaftar".',
    savedTitle: 'Tersimpan', savedOpen: 'Buka data {{name}}', saveKey: 'simpan', closeKey: 'tutup',
    incomeLow: '{{amount}} sebulan terlalu kecil untuk upah atau penghasilan; mungkin maksudnya {{thousands}}? Periksa angkanya.',
    repairTitle: 'NIK perlu diperbaiki', repairConfirm: 'Pakai NIK yang diperbaiki', ageTitle: 'Umur tidak lazim', ageConfirm: 'Benar, simpan', back: 'Kembali ke formulir',
    inUse: 'Buka data yang sudah ada',
  },
  detail: {
    back: 'Kembali ke register', edit: 'Ubah', periods: 'Periode kepesertaan', history: 'Riwayat perubahan', flags: 'Perlu diperiksa', statusToday: 'Kepesertaan hari ini ({{date}})',
    actions: 'Status data', died: 'Tandai meninggal…', moved: 'Tandai pindah…', error: 'Tandai salah input…', restore: 'Kembalikan ke aktif…', undoMergeThere: 'Batalkan penggabungan di Tinjauan duplikat…', editRestoreHint: 'Untuk mengubah data ini, kembalikan ke aktif dulu: Status data → Kembalikan ke aktif…', editMergedHint: 'Data ini sudah digabung ke data lain; untuk mengubahnya, batalkan penggabungannya di Tinjauan duplikat.', open: 'berjalan', endedBy: '{{date}} ({{status}})', notCountedAfter: 'tidak dihitung (mulai sesudah {{status}})',
    statusTitle: 'Ubah status data', reason: 'Alasan', date: 'Tanggal kejadian', apply: 'Simpan status', statusSaved: 'Status data disimpan',
    dateRequired: { meninggal: 'Isi tanggal meninggal.', pindah: 'Isi tanggal pindah.', salah_input: 'Isi tanggal data dinyatakan salah input.' },
    statusNote: 'Data orang tidak pernah dihapus: statusnya dicatat dengan alasan dan tanggal di riwayat perubahan.',
    mergedInto: 'Digabung ke NIK {{nik}}', openKept: 'Buka data yang dipertahankan', mergedPeriods: 'Periode data ini dipindahkan ke data yang dipertahankan saat digabung:', mergedLeftPeriods: 'Periode di bawah ini dibiarkan pada data ini saat digabung, karena bertumpang tindih dengan periode data yang dipertahankan; data ini tidak dihitung.',
  },
};

const en: typeof id = {
  nav: { register: 'Workers', import: 'Import workers' },
  common: { cancel: 'Cancel', choose: 'Choose…', none: '—', open: 'Open' },
  fields: {
    nik: 'NIK', name: 'Name', sex: 'Sex', birthDate: 'Birth date', sexTyped: 'Sex (as listed)', birthDateTyped: 'Birth date (as listed)',
    address: 'Home address', kecamatan: 'Kecamatan', desa: 'Desa / kelurahan', phone: 'Phone', occupation: 'Occupation', category: 'Vulnerable category', kpj: 'KPJ',
    notes: 'Notes', segment: 'Segment', statusToday: 'Participation today', recordStatus: 'Record status', updatedAt: 'Changed', coverage: 'People behind a coverage figure', identityMismatch: 'Agrees with NIK',
    employer: 'Employer', programmes: 'Programmes', startDate: 'Start', endDate: 'End', wage: 'Wage (PU)', declaredIncome: 'Income (BPU)', income: 'Wage / income', funding: 'Funding',
    source: 'Source of data', sourceDate: 'Source date', npp: 'Employer NPP', payingProgramme: 'Paying programme',
  },
  sex: { L: 'Male', P: 'Female' },
  participation: { aktif: 'Active', tidak_aktif: 'Not active', belum_terdaftar: 'Never registered', tidak_dihitung: 'Not counted (entered in error)', digabung: 'Merged into another record' },
  recordStatus: { aktif: 'Active', meninggal: 'Died', pindah: 'Moved away', salah_input: 'Entered in error' },
  mismatch: { '0': 'Agrees', '1': 'Differs from NIK' },
  categories: categories(2),
  register: {
    title: 'Worker register',
    intro: 'Residents of the office area and their BPJS Ketenagakerjaan participation, by participation period.',
    add: 'Add worker',
    import: 'Import from Excel',
    search: 'Search workers',
    searchPlaceholder: 'Search a name, or the start of a NIK (e.g. 510306)…',
    rowCount_one: '{{n}} worker',
    rowCount_other: '{{n}} workers',
    showClosed: 'Show those who died, moved away or were entered in error',
    noMatch: 'No worker matches this search or these filters.',
    loadFailed: 'The register could not be loaded. Try opening this page again.',
  },
  counts: { label: 'Counts by vulnerable category (click to filter)', none: 'No category' },
  export: {
    xlsxHint: 'Recommended. NIK and KPJ are stored as text; opens cleanly in Excel and LibreOffice. The file holds personal data: keep it safe.',
    csvHint: 'Plain text for other systems. Opened directly in Excel, a NIK turns into 5.1E+15 and loses its last digit; for Excel choose .xlsx.',
  },
  empty: {
    title: 'The worker register is empty',
    intro: 'Start in one of these ways. Every change is recorded in the change history.',
    addHint: 'Enter one person and their participation periods through the form (Ctrl+N).',
    importHint: 'Load a list of workers from an Excel or CSV file: an APBD programme list, a village list, BPJS data.',
    demo: 'Load demo data',
    demoHint: 'To try the app: made-up residents of the office area. Only into an empty register.',
  },
  demo: {
    title: 'Load demo workers',
    intro: 'Made-up residents of the kecamatan and desa of {{area}}: valid NIKs, segments, vulnerable categories and funding; a few NIKs damaged as Excel leaves them, and a few near-duplicates. PU periods use employers of the employer register (load demo employers first if needed).',
    count: 'Number of people',
    countInvalid: 'Enter a number from 1 to 1,000,000.',
    load: 'Load',
    loading: 'Loading demo data…',
    loadingPercent: 'Loading demo data… {{percent}}%',
    doneTitle: 'Demo data loaded',
    done: '{{n}} people added.',
    undoHint: 'Demo data is recorded as one import: undo it in the worker import history to empty the register again.',
  },
  history: {
    intro: 'Every change to this person\'s record, newest first.',
    none: 'No changes recorded yet.',
    actions: {
      create: 'created', update: 'changed', 'import-create': 'created by an import', 'import-update': 'changed by an import', 'undo-import': 'its import undone', 'undo-import-kept': 'kept when its import was undone',
      'bulk-update': 'changed in bulk', 'undo-bulk': 'its bulk change undone', 'undo-bulk-kept': 'kept when its bulk change was undone', died: 'marked died', moved: 'marked moved away', remove: 'marked entered in error', restore: 'set back to active',
      report: 'personal data report made', merge: 'its duplicate merged in', merged: 'merged into another record', 'undo-merge': 'merge undone', different: 'marked a different person', 'undo-different': 'different-person mark undone',
    },
  },
  bulk: {
    movedMenu: 'Mark all filtered people as moved away ({{n}})…', movedTitle: 'Mark every filtered person moved away?', movedConfirm: 'Mark {{records}} moved away', movedDone: '{{records}} marked moved away', movedDate: 'Date they moved away',
    errorMenu: 'Mark all filtered people as entered in error ({{n}})…', errorTitle: 'Mark every filtered person entered in error?', errorConfirm: 'Mark {{records}} entered in error', errorDone: '{{records}} marked entered in error',
  },
  form: {
    newTitle: 'Add worker', editTitle: 'Edit worker', aria: 'Worker form',
    identity: 'Identity', domicile: 'Domicile (never taken from the NIK)', periods: 'Participation periods', addPeriod: 'Add period', removePeriod: 'Remove this period',
    nikHint: '16 digits from the KTP/KK. Sex and birth date are read from the NIK.', typedHint: 'Fill in if the list gives it; if it differs from the NIK, both are kept and flagged.',
    fromNik: 'From the NIK: {{sex}}, born {{birth}}', employerHint: 'Type the name or NPP of an employer of the employer register.', noPeriods: 'No period yet: this person is "never registered".',
    savedTitle: 'Saved', savedOpen: 'Open {{name}}', saveKey: 'save', closeKey: 'close',
    incomeLow: '{{amount}} a month is too small for a wage or income; did you mean {{thousands}}? Check the number.',
    repairTitle: 'The NIK needs a repair', repairConfirm: 'Use the repaired NIK', ageTitle: 'Unusual age', ageConfirm: 'It is right, save', back: 'Back to the form',
    inUse: 'Open the existing record',
  },
  detail: {
    back: 'Back to the register', edit: 'Edit', periods: 'Participation periods', history: 'Change history', flags: 'To check', statusToday: 'Participation today ({{date}})',
    actions: 'Record status', died: 'Mark as died…', moved: 'Mark as moved away…', error: 'Mark as entered in error…', restore: 'Set back to active…', undoMergeThere: 'Undo the merge in Duplicate review…', editRestoreHint: 'To change this record, set it back to active first: Record status → Set back to active…', editMergedHint: 'This record was merged into another; to change it, undo the merge in Duplicate review.', open: 'ongoing', endedBy: '{{date}} ({{status}})', notCountedAfter: 'not counted (starts after the date marked {{status}})',
    statusTitle: 'Change the record status', reason: 'Reason', date: 'Date it happened', apply: 'Save status', statusSaved: 'Record status saved',
    dateRequired: { meninggal: 'Enter the date of death.', pindah: 'Enter the date the person moved away.', salah_input: 'Enter the date the record was found entered in error.' },
    statusNote: 'People are never deleted: the status is recorded with its reason and date in the change history.',
    mergedInto: 'Merged into NIK {{nik}}', openKept: 'Open the record kept', mergedPeriods: 'This record\'s periods moved to the record kept when it was merged:', mergedLeftPeriods: 'The periods below stayed with this record when it was merged, as they overlap the kept record\'s; this record is counted nowhere.',
  },
};

registerMessages('pekerja', { id, en });

registerAuditLabels({
  id: { fields: { nik: 'NIK', kpj: 'KPJ', category: id.fields.category, occupation: id.fields.occupation, sexTyped: id.fields.sexTyped, birthDateTyped: id.fields.birthDateTyped, periods: 'Periode kepesertaan' }, entities: { person: 'Pekerja', participation_period: 'Periode kepesertaan' }, actions: { died: 'meninggal', moved: 'pindah', remove: 'salah input', restore: 'pulihkan' } },
  en: { fields: { nik: 'NIK', kpj: 'KPJ', category: en.fields.category, occupation: en.fields.occupation, sexTyped: en.fields.sexTyped, birthDateTyped: en.fields.birthDateTyped, periods: 'Participation periods' }, entities: { person: 'Worker', participation_period: 'Participation period' }, actions: { died: 'died', moved: 'moved away', remove: 'entered in error', restore: 'restore' } },
});
