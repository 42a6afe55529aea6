import { registerAuditLabels, registerMessages } from '../../i18n/index.ts';

// Strings of the vulnerable-worker programme screens, under `program.*`. Bahasa Indonesia
// first; English must carry every key (the type checks). Import this module for its side effect.

const id = {
  nav: { list: 'Program pekerja rentan' },
  common: { cancel: 'Batal', none: '—', choose: 'Pilih…', perMonth: '/orang/bulan' },
  status: { aktif: 'Berjalan', selesai: 'Selesai' },
  fields: {
    name: 'Nama program', year: 'Tahun', funding: 'Sumber dana', package: 'Paket program BPJS', declaredIncome: 'Penghasilan dasar iuran', budget: 'Anggaran setahun',
    legalBasis: 'Dasar hukum', notes: 'Catatan', status: 'Status', monthlyContribution: 'Iuran per orang per bulan', target: 'Target', enrolled: 'Terdaftar', targets: 'Target per kategori',
    category: 'Kategori rentan', people: 'Orang', months: 'Bulan dibayar', activeToday: 'Aktif hari ini', desa: 'Desa / kelurahan', kecamatan: 'Kecamatan', nik: 'NIK', personName: 'Nama',
    startDate: 'Mulai', endDate: 'Selesai', progress: 'Capaian',
  },
  list: {
    title: 'Program perlindungan pekerja rentan',
    intro: 'Program pemerintah daerah, desa atau CSR yang membayar iuran BPJS Ketenagakerjaan pekerja rentan (BPU). Peserta sebuah program adalah periode kepesertaan yang menyebut program itu.',
    add: 'Tambah program',
    empty: 'Belum ada program. Tambahkan program, lalu pilih program itu pada periode kepesertaan pekerja.',
    open: 'Buka',
  },
  form: {
    newTitle: 'Tambah program pekerja rentan', editTitle: 'Ubah program pekerja rentan', aria: 'Formulir program pekerja rentan', saveKey: 'simpan', closeKey: 'tutup',
    basics: 'Program', money: 'Iuran dan anggaran', targets: 'Target peserta per kategori', addTarget: 'Tambah kategori', removeTarget: 'Hapus baris target',
    noTargets: 'Belum ada target. Tambahkan kategori dan jumlah orang yang hendak dilindungi.',
    packageHint: 'JKK dan JKM wajib (paket minimum BPU); JHT boleh ditambahkan.',
    incomeHint: 'Kosongkan untuk memakai penghasilan minimum BPU menurut aturan iuran.',
    contributionNote: 'Iuran per orang dihitung dari aturan iuran yang berlaku 1 Januari tahun program saat disimpan, dan tetap tersimpan bila aturan berubah kemudian.',
    recalculate: 'Hitung ulang iuran dengan aturan iuran sekarang',
    legalHint: 'Pasal yang dirujuk, atau dasar hukum yang belum ada di register Regulasi.',
    legalRegulation: 'Dasar hukum di register Regulasi',
    legalRegulationHint: 'Ketik nomor atau judul peraturan, misalnya "48" atau "pekerja rentan".',
    legalRegulationSearch: 'Cari nomor atau judul…',
    saved: 'Program tersimpan',
  },
  page: {
    back: 'Kembali ke daftar program', edit: 'Ubah program',
    rule: 'Peserta program ini: orang dengan periode kepesertaan yang menyebut program ini dan berlangsung pada tahun {{year}} ({{from}} – {{to}}), kecuali data yang berstatus salah input. Setiap orang dihitung sekali.',
    summary: 'Ringkasan', targetVsEnrolled: 'Target dan peserta per kategori', byDesa: 'Peserta per desa', people: 'Peserta', budget: 'Anggaran dan biaya',
    enrolledOfTarget: '{{enrolled}} dari target {{target}} orang', activeToday: '{{count}} aktif hari ini ({{date}})',
    costRule: 'Biaya = bulan yang dibayar × iuran per orang per bulan. Bulan yang dibayar: bulan kalender tahun {{year}} yang tersentuh periode orang itu (paling banyak 12).',
    enrolledCost: 'Biaya peserta terdaftar', fullYearCost: 'Bila semua peserta dibayar 12 bulan', remaining: 'Sisa anggaran', over: 'Melebihi anggaran',
    morePeople: 'Sisa anggaran cukup untuk kira-kira {{count}} orang lagi selama setahun penuh.',
    morePeopleRestOfYear: 'Bila didaftarkan mulai {{month}} sampai akhir tahun ({{months}}): kira-kira {{count}} orang lagi.',
    monthCount_one: '{{count}} bulan',
    monthCount_other: '{{count}} bulan',
    contribution: 'Iuran {{amount}} per orang per bulan',
    contributionHow: 'Dihitung dengan aturan iuran yang berlaku {{date}}, penghasilan {{income}}:',
    clamped: 'Penghasilan yang diisi di luar rentang BPU; dipakai {{income}}.',
    rulesChanged: 'Aturan iuran sekarang memberi {{amount}} per orang per bulan. Angka program tidak berubah sendiri; ubah program dan pilih "hitung ulang" bila memang harus mengikuti aturan baru.',
    noPeople: 'Belum ada peserta. Pilih program ini pada periode kepesertaan pekerja (formulir pekerja).',
    filtered: 'Disaring: {{what}}', clearFilter: 'Tampilkan semua', showPeople: 'Lihat peserta',
    page: 'Halaman {{page}} dari {{pages}} · {{total}} orang', prev: 'Sebelumnya', next: 'Berikutnya',
    legalBasis: 'Dasar hukum', legalNote: 'Keterangan dasar hukum', noCategory: 'Tanpa kategori', noDesa: 'Desa belum diisi', total: 'Jumlah',
  },
  period: {
    label: 'Program yang membayar', hint: 'Program pekerja rentan yang membayar iuran periode ini (bila ada).', none: 'Belum ada program yang berjalan',
    notBpu: 'Program pekerja rentan membayar iuran peserta BPU.', fundingDiffers: 'Sumber dana periode berbeda dengan sumber dana program.',
    packageDiffers: 'Program ini membayar {{package}}; centang program yang sama pada periode.',
  },
};

const en: typeof id = {
  nav: { list: 'Vulnerable-worker programmes' },
  common: { cancel: 'Cancel', none: '—', choose: 'Choose…', perMonth: '/person/month' },
  status: { aktif: 'Running', selesai: 'Ended' },
  fields: {
    name: 'Programme name', year: 'Year', funding: 'Funding', package: 'BPJS programmes paid', declaredIncome: 'Income the contribution is based on', budget: 'Budget for the year',
    legalBasis: 'Legal basis', notes: 'Notes', status: 'Status', monthlyContribution: 'Contribution per person per month', target: 'Target', enrolled: 'Enrolled', targets: 'Targets by category',
    category: 'Vulnerable category', people: 'People', months: 'Months paid', activeToday: 'Active today', desa: 'Desa / kelurahan', kecamatan: 'Kecamatan', nik: 'NIK', personName: 'Name',
    startDate: 'Start', endDate: 'End', progress: 'Progress',
  },
  list: {
    title: 'Vulnerable-worker protection programmes',
    intro: 'Programmes of the regional government, a desa or a company (CSR) that pay the BPJS Ketenagakerjaan contributions of vulnerable (BPU) workers. A programme\'s people are the participation periods that name it.',
    add: 'Add a programme',
    empty: 'No programme yet. Add one, then choose it on the workers\' participation periods.',
    open: 'Open',
  },
  form: {
    newTitle: 'Add a vulnerable-worker programme', editTitle: 'Edit the vulnerable-worker programme', aria: 'Vulnerable-worker programme form', saveKey: 'save', closeKey: 'close',
    basics: 'Programme', money: 'Contribution and budget', targets: 'Target people by category', addTarget: 'Add a category', removeTarget: 'Remove the target line',
    noTargets: 'No targets yet. Add the categories and how many people are to be protected.',
    packageHint: 'JKK and JKM are required (the BPU minimum); JHT may be added.',
    incomeHint: 'Leave empty to use the minimum BPU income of the contribution rules.',
    contributionNote: 'The contribution per person is computed from the rules in force on 1 January of the programme year when it is saved, and kept if the rules change later.',
    recalculate: 'Compute the contribution again with today\'s rules',
    legalHint: 'The article referred to, or a legal basis not yet in the Regulations register.',
    legalRegulation: 'Legal basis in the Regulations register',
    legalRegulationHint: 'Type the regulation\'s number or title, e.g. "48" or "pekerja rentan".',
    legalRegulationSearch: 'Search number or title…',
    saved: 'Programme saved',
  },
  page: {
    back: 'Back to the programmes', edit: 'Edit the programme',
    rule: 'This programme\'s people: people with a participation period that names it and runs in {{year}} ({{from}} – {{to}}), except records entered in error. Each person counts once.',
    summary: 'Summary', targetVsEnrolled: 'Target and enrolled by category', byDesa: 'Enrolled by desa', people: 'People', budget: 'Budget and cost',
    enrolledOfTarget: '{{enrolled}} of a target of {{target}} people', activeToday: '{{count}} active today ({{date}})',
    costRule: 'Cost = months paid × the contribution per person per month. Months paid: the calendar months of {{year}} that the person\'s periods touch (at most 12).',
    enrolledCost: 'Cost of the enrolled people', fullYearCost: 'If every enrolled person were paid 12 months', remaining: 'Budget left', over: 'Over budget',
    morePeople: 'The budget left pays for about {{count}} more people for a whole year.',
    morePeopleRestOfYear: 'If they join from {{month}} to the end of the year ({{months}}): about {{count}} more people.',
    monthCount_one: '{{count}} month',
    monthCount_other: '{{count}} months',
    contribution: 'Contribution {{amount}} per person per month',
    contributionHow: 'Computed with the contribution rules in force on {{date}}, income {{income}}:',
    clamped: 'The income given was outside the BPU range; {{income}} was used.',
    rulesChanged: 'Today\'s contribution rules give {{amount}} per person per month. The programme\'s figure does not change by itself; edit the programme and choose "compute again" if it must follow the new rules.',
    noPeople: 'No one enrolled yet. Choose this programme on a worker\'s participation period (the worker form).',
    filtered: 'Filtered: {{what}}', clearFilter: 'Show all', showPeople: 'Show the people',
    page: 'Page {{page}} of {{pages}} · {{total}} people', prev: 'Previous', next: 'Next',
    legalBasis: 'Legal basis', legalNote: 'Legal basis note', noCategory: 'No category', noDesa: 'Desa not given', total: 'Total',
  },
  period: {
    label: 'Programme that pays', hint: 'The vulnerable-worker programme paying this period\'s contributions (if any).', none: 'No running programme yet',
    notBpu: 'Vulnerable-worker programmes pay BPU participants\' contributions.', fundingDiffers: 'The period\'s funding differs from the programme\'s.',
    packageDiffers: 'This programme pays {{package}}; tick the same programmes on the period.',
  },
};

registerMessages('program', { id, en });

registerAuditLabels({
  id: { fields: { package: 'Paket', monthlyContribution: 'Iuran per orang', budget: 'Anggaran', legalBasis: 'Dasar hukum', targets: 'Target', year: 'Tahun', declaredIncome: 'Penghasilan dasar iuran' }, entities: { worker_programme: 'Program pekerja rentan' }, actions: { enrol: 'daftarkan' } },
  en: { fields: { package: 'Package', monthlyContribution: 'Contribution per person', budget: 'Budget', legalBasis: 'Legal basis', targets: 'Targets', year: 'Year', declaredIncome: 'Contribution income' }, entities: { worker_programme: 'Vulnerable-worker programme' }, actions: { enrol: 'enrol' } },
});
