import { registerMessages } from '../i18n/index.ts';

// Strings of the coverage input screens (penyebut, data agregat, target), under `cakupanInput.*`,
// and the forms' validation words under `validation.coverage.*`. Bahasa Indonesia first;
// English must carry every key (the type checks). Import this module for its side effect.

const id = {
  nav: { denominators: 'Penyebut (denominator)', aggregates: 'Data agregat', targets: 'Target' },
  common: { cancel: 'Batal', none: '—', choose: 'Pilih…', all: 'Semua', edit: 'Ubah', remove: 'Hapus', actions: 'Tindakan', import: 'Impor dari Excel/CSV', demo: 'Muat contoh angka Bali', demoOption: 'Juga muat angka cakupan Bali yang dipublikasikan (penyebut BPS Sakernas, data agregat BPJS, daftar APBD Denpasar, target)', demoDone: 'Contoh angka Bali dimuat: {{denominators}} penyebut, {{aggregates}} data agregat, {{targets}} target.', removed: 'Dihapus.', areaFilter: 'Wilayah', allAreas: 'Semua wilayah' },
  fields: {
    name: 'Nama penyebut', value: 'Jumlah orang', areaCode: 'Wilayah', universe: 'Yang dihitung', category: 'Kategori rentan', sourceKind: 'Jenis sumber', source: 'Sumber', asOfDate: 'Tanggal data',
    notes: 'Catatan', segment: 'Segmen', sector: 'Seksi KBLI', funding: 'Sumber dana', count: 'Jumlah peserta aktif', programme: 'Program', retiredAt: 'Dipensiunkan', year: 'Tahun', kind: 'Jenis target',
    targetValue: 'Target', denominator: 'Penyebut', people: 'Setara orang', status: 'Status', narrowed: 'Untuk (segmen, kategori, dana)',
  },
  area: { level: 'Provinsi / kabupaten / kota', levelHint: 'Pilih provinsi atau kabupaten/kota; kecamatan dan desa boleh dikosongkan.', chosen: 'Wilayah: {{name}} ({{code}})' },
  universe: { bekerja: 'Penduduk bekerja', bekerja_formal: 'Penduduk bekerja formal', bekerja_informal: 'Penduduk bekerja informal', penduduk_usia_kerja: 'Penduduk usia kerja', target_program: 'Sasaran program', lainnya: 'Lainnya' },
  sourceKind: { bps_sakernas: 'BPS (Sakernas)', dukcapil: 'Dukcapil', keputusan: 'Keputusan / peraturan daerah', bpjs: 'BPJS Ketenagakerjaan', dinas: 'Data dinas', lainnya: 'Lainnya' },
  segment: { PU: 'Penerima Upah (PU)', BPU: 'Bukan Penerima Upah (BPU)', JAKON: 'Jasa Konstruksi (Jakon)', PMI: 'Pekerja Migran Indonesia (PMI)' },
  kind: { persen: 'Persen dari penyebut', orang: 'Jumlah orang' },
  denominators: {
    title: 'Penyebut cakupan (denominator)',
    intro: 'Angka pembagi cakupan: penduduk bekerja dari BPS Sakernas, penduduk dari Dukcapil, atau sasaran dari keputusan daerah. Setiap angka disimpan dengan wilayah, sumber dan tanggalnya, dan setiap persentase cakupan menyebut penyebut yang dipakainya.',
    add: 'Tambah penyebut', empty: 'Belum ada penyebut. Tambahkan angka BPS atau Dukcapil, impor tabelnya, atau muat contoh angka Bali.',
    showRetired: 'Tampilkan yang dipensiunkan', active: 'Berlaku', frozen: 'Dipakai cakupan beku',
    retire: 'Pensiunkan', restore: 'Pakai lagi', retireTitle: 'Pensiunkan penyebut',
    retireBody: 'Penyebut "{{name}}" tidak ditawarkan lagi untuk angka dan target baru. Cakupan bulanan yang sudah dibekukan tetap menyebutnya. Setelah ini Anda dapat memasukkan penyebut baru dengan angka yang benar.',
    retireAndNew: 'Pensiunkan dan buat penyebut baru', retireOnly: 'Pensiunkan saja', retiredDone: 'Penyebut dipensiunkan.',
    removeTitle: 'Hapus penyebut', removeBody: 'Hapus penyebut "{{name}}"? Hanya penyebut yang salah masuk dan belum dipakai yang dapat dihapus.',
    frozenNote: 'Penyebut ini sudah dipakai cakupan bulanan yang dibekukan: angka, wilayah, sumber dan tanggalnya tidak dapat diubah. Pensiunkan dan masukkan penyebut baru.',
  },
  aggregates: {
    title: 'Data agregat cakupan',
    intro: 'Jumlah peserta aktif yang diterima kantor tanpa data per orang, mis. dari BPJS Ketenagakerjaan cabang per segmen dan kecamatan pada akhir bulan, atau daftar program per kategori. Cakupan memakainya bila data per orang tidak ada, dan selalu menyebutnya.',
    add: 'Tambah data agregat', empty: 'Belum ada data agregat. Tambahkan, impor laporan BPJS, atau muat contoh angka Bali.',
    removeTitle: 'Hapus data agregat', removeBody: 'Hapus data agregat {{area}} per {{date}} ({{count}} orang)? Hanya baris yang salah masuk dan belum dipakai cakupan beku yang dapat dihapus; yang sudah dipakai dipensiunkan.', total_one: '{{rows}} baris · {{people}} orang', total_other: '{{rows}} baris · {{people}} orang',
    rows: '{{rows}} baris (wilayah atau tanggal berbeda: tidak dijumlahkan)',
    allSegments: 'Semua segmen',
    showRetired: 'Tampilkan yang dipensiunkan', active: 'Dihitung', frozen: 'Dipakai cakupan beku',
    retire: 'Pensiunkan dan ganti', restore: 'Hitung lagi', retireTitle: 'Pensiunkan data agregat',
    retireBody: 'Data agregat {{area}} per {{date}} ({{count}} orang) tidak dihitung lagi sejak sekarang, untuk tanggal mana pun. Cakupan bulanan yang sudah dibekukan tetap memakai angka lamanya. Koreksinya dimasukkan sebagai baris baru.',
    retireAndNew: 'Pensiunkan dan masukkan pengganti', retireOnly: 'Pensiunkan saja', retiredDone: 'Data agregat dipensiunkan.', restored: 'Data agregat dihitung lagi.',
    frozenNote: 'Baris ini sudah dipakai cakupan bulanan yang dibekukan: angka, wilayah, rincian, sumber dan tanggalnya tidak dapat diubah. Pensiunkan dan masukkan baris pengganti (menu ⋯ › Pensiunkan dan ganti).',
    replaceNote: 'Baris pengganti untuk data agregat yang dipensiunkan: perbaiki angkanya lalu simpan.',
  },
  targets: {
    title: 'Target cakupan',
    intro: 'Target per tahun dan wilayah: persen dari sebuah penyebut (mis. 40 % pekerja Jembrana pada 2024) atau jumlah orang (mis. 433.000 pekerja wilayah BPJS Cabang Bali Denpasar pada 2024).',
    add: 'Tambah target', empty: 'Belum ada target. Tambahkan target tahun ini untuk wilayah kantor.',
    removeTitle: 'Hapus target', removeBody: 'Hapus target {{area}} tahun {{year}}?', ofDenominator: 'dari {{name}}', needsDenominator: 'Target persen memakai penyebut: pilih dari daftar (tambahkan dulu di halaman Penyebut bila belum ada).',
  },
  form: {
    aria: 'Formulir data cakupan', saveKey: 'simpan', closeKey: 'tutup', saved: 'Data cakupan disimpan.',
    newDenominator: 'Tambah penyebut cakupan', editDenominator: 'Ubah penyebut cakupan', newAggregate: 'Tambah data agregat', editAggregate: 'Ubah data agregat', newTarget: 'Tambah target cakupan', editTarget: 'Ubah target cakupan',
    sourceHint: 'Sebut lembaga, nama data dan periodenya, mis. "BPS Provinsi Bali, Sakernas Agustus 2022".', dateHint: 'Tanggal keadaan yang digambarkan angka ini.',
    aggregateDateHint: 'Biasanya akhir bulan laporan, mis. 30/11/2023.', narrowHint: 'Kosongkan bila angka ini untuk semua.',
  },
};

const en: typeof id = {
  nav: { denominators: 'Denominators (penyebut)', aggregates: 'Aggregate inputs', targets: 'Targets' },
  common: { cancel: 'Cancel', none: '—', choose: 'Choose…', all: 'All', edit: 'Edit', remove: 'Remove', actions: 'Actions', import: 'Import from Excel/CSV', demo: 'Load Bali example figures', demoOption: 'Also load the published Bali coverage figures (BPS Sakernas denominators, BPJS totals, Denpasar APBD list, targets)', demoDone: 'Bali example figures loaded: {{denominators}} denominators, {{aggregates}} aggregate inputs, {{targets}} targets.', removed: 'Removed.', areaFilter: 'Area', allAreas: 'All areas' },
  fields: {
    name: 'Denominator name', value: 'Number of people', areaCode: 'Area', universe: 'What it counts', category: 'Vulnerable category', sourceKind: 'Source kind', source: 'Source', asOfDate: 'Data date',
    notes: 'Notes', segment: 'Segment', sector: 'KBLI section', funding: 'Funding source', count: 'Active participants', programme: 'Programme', retiredAt: 'Retired', year: 'Year', kind: 'Target kind',
    targetValue: 'Target', denominator: 'Denominator', people: 'In people', status: 'Status', narrowed: 'For (segment, category, funding)',
  },
  area: { level: 'Province / regency / city', levelHint: 'Choose the province or a regency/city; district and village may stay empty.', chosen: 'Area: {{name}} ({{code}})' },
  universe: { bekerja: 'Working population', bekerja_formal: 'Formal workers', bekerja_informal: 'Informal workers', penduduk_usia_kerja: 'Working-age population', target_program: 'Programme target population', lainnya: 'Other' },
  sourceKind: { bps_sakernas: 'BPS (Sakernas)', dukcapil: 'Civil registry (Dukcapil)', keputusan: 'Local decree / regulation', bpjs: 'BPJS Ketenagakerjaan', dinas: 'Office data', lainnya: 'Other' },
  segment: { PU: 'Wage earners (PU)', BPU: 'Non-wage earners (BPU)', JAKON: 'Construction projects (Jakon)', PMI: 'Indonesian migrant workers (PMI)' },
  kind: { persen: 'Percent of a denominator', orang: 'Number of people' },
  denominators: {
    title: 'Coverage denominators',
    intro: 'What coverage is divided by: working population from BPS Sakernas, population from the civil registry, or a target population from a local decree. Each number is kept with its area, source and date, and every coverage percentage names the denominator it used.',
    add: 'Add denominator', empty: 'No denominators yet. Add a BPS or civil-registry figure, import its table, or load the Bali example figures.',
    showRetired: 'Show retired ones', active: 'In use', frozen: 'Used by a frozen coverage',
    retire: 'Retire', restore: 'Use again', retireTitle: 'Retire denominator',
    retireBody: 'Denominator "{{name}}" is no longer offered for new figures and targets. Frozen monthly coverage keeps naming it. Afterwards you can enter a new denominator with the right number.',
    retireAndNew: 'Retire and enter a new one', retireOnly: 'Retire only', retiredDone: 'Denominator retired.',
    removeTitle: 'Remove denominator', removeBody: 'Remove denominator "{{name}}"? Only a denominator entered in error and not used yet can be removed.',
    frozenNote: 'A frozen monthly coverage uses this denominator: its number, area, source and date cannot change. Retire it and enter a new one.',
  },
  aggregates: {
    title: 'Coverage aggregate inputs',
    intro: 'Active participant totals the office receives without person-level data, e.g. from the BPJS branch by segment and district at a month\'s end, or a programme\'s list by category. Coverage uses them where person-level data is missing, and always says so.',
    add: 'Add aggregate input', empty: 'No aggregate inputs yet. Add one, import a BPJS report, or load the Bali example figures.',
    removeTitle: 'Remove aggregate input', removeBody: 'Remove the aggregate input for {{area}} as of {{date}} ({{count}} people)? Only a row entered in error and not used by a frozen coverage can be removed; a used one is retired.', total_one: '{{rows}} row · {{people}} people', total_other: '{{rows}} rows · {{people}} people',
    rows: '{{rows}} rows (different areas or dates: not summed)',
    allSegments: 'All segments',
    showRetired: 'Show retired ones', active: 'Counted', frozen: 'Used by a frozen coverage',
    retire: 'Retire and replace', restore: 'Count again', retireTitle: 'Retire aggregate input',
    retireBody: 'The aggregate input for {{area}} as of {{date}} ({{count}} people) is no longer counted from now on, for any date. Frozen monthly coverage keeps its old number. Its correction is entered as a new row.',
    retireAndNew: 'Retire and enter a replacement', retireOnly: 'Retire only', retiredDone: 'Aggregate input retired.', restored: 'Aggregate input counted again.',
    frozenNote: 'A frozen monthly coverage used this row: its count, area, breakdown, source and date cannot change. Retire it and enter a replacement (menu ⋯ › Retire and replace).',
    replaceNote: 'A replacement for the retired aggregate input: correct its numbers, then save.',
  },
  targets: {
    title: 'Coverage targets',
    intro: 'Targets per year and area: a percentage of a denominator (e.g. 40 % of Jembrana\'s workers in 2024) or a number of people (e.g. 433,000 workers in the BPJS Bali Denpasar branch area in 2024).',
    add: 'Add target', empty: 'No targets yet. Add this year\'s target for the office\'s area.',
    removeTitle: 'Remove target', removeBody: 'Remove the target for {{area}} in {{year}}?', ofDenominator: 'of {{name}}', needsDenominator: 'A percentage target uses a denominator: choose one from the list (add it on the Denominators page first if it is missing).',
  },
  form: {
    aria: 'Coverage input form', saveKey: 'save', closeKey: 'close', saved: 'Coverage data saved.',
    newDenominator: 'Add coverage denominator', editDenominator: 'Edit coverage denominator', newAggregate: 'Add aggregate input', editAggregate: 'Edit aggregate input', newTarget: 'Add coverage target', editTarget: 'Edit coverage target',
    sourceHint: 'Name the body, the data and its period, e.g. "BPS Provinsi Bali, Sakernas Agustus 2022".', dateHint: 'The day the number describes.',
    aggregateDateHint: 'Usually the report\'s month end, e.g. 30/11/2023.', narrowHint: 'Leave empty when the number is for all.',
  },
};

registerMessages('cakupanInput', { id, en });

// The forms' validation words (core/api/coverage-inputs.ts `cv`), beside the shared `validation.*`.
registerMessages('validation', {
  id: {
    coverage: {
      positive: 'Isi bilangan bulat lebih dari 0 (jumlah orang).',
      notNegative: 'Isi bilangan bulat 0 atau lebih.',
      targetValue: 'Isi nilai target: persen antara 0 dan 100, atau jumlah orang.',
      isoDate: 'Isi tanggal yang ada, mis. 31/08/2022.',
      percent: 'Target persen antara 0 dan 100, mis. 40 atau 62,5.',
      source: 'Sebut sumber angka ini, mis. "BPS Provinsi Bali, Sakernas Agustus 2022".',
      area: 'Pilih wilayah yang dicakup angka ini.',
      year: 'Isi tahun antara 2000 dan 2100.',
      sector: 'Seksi KBLI satu huruf dari A sampai U.',
      needsDenominator: 'Target persen perlu penyebut: pilih dari daftar.',
      noDenominator: 'Target jumlah orang tidak memakai penyebut.',
    },
  },
  en: {
    coverage: {
      positive: 'Enter a whole number above 0 (people).',
      notNegative: 'Enter a whole number of 0 or more.',
      targetValue: 'Enter the target: a percentage between 0 and 100, or a number of people.',
      isoDate: 'Enter a real date, e.g. 31/08/2022.',
      percent: 'A percentage target lies between 0 and 100, e.g. 40 or 62.5.',
      source: 'Name the source of this number, e.g. "BPS Provinsi Bali, Sakernas Agustus 2022".',
      area: 'Choose the area this number covers.',
      year: 'Enter a year between 2000 and 2100.',
      sector: 'A KBLI section is one letter from A to U.',
      needsDenominator: 'A percentage target needs a denominator: choose one from the list.',
      noDenominator: 'A target in people uses no denominator.',
    },
  },
});
