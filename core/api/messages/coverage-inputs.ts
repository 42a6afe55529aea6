// Words of the coverage inputs (denominators, aggregate inputs, targets): the checks of a save
// or an import row, the import's columns and templates. Indonesian first; each says what is
// wrong, where, and how to fix it.
export const coverageInputMessages = {
  id: {
    coverageInputs: {
      check: {
        unknownArea: 'Kode wilayah "{{code}}" tidak dikenal. Pilih provinsi, kabupaten/kota, kecamatan atau desa dari daftar wilayah (mis. 51 untuk Bali, 51.04 untuk Gianyar).',
        unknownProgramme: 'Program yang dipilih tidak ditemukan. Pilih lagi dari daftar program pekerja rentan, atau kosongkan.',
        unknownCategory: 'Kategori "{{code}}" tidak ada dalam daftar kategori pekerja rentan yang aktif. Pilih dari daftar, atau tambahkan di Referensi › Daftar.',
        unknownFunding: 'Sumber dana "{{code}}" tidak ada dalam daftar sumber dana yang aktif. Pilih dari daftar, atau tambahkan di Referensi › Daftar.',
      },
      denominator: {
        noun: 'Penyebut cakupan',
        frozen: 'Penyebut "{{name}}" sudah dipakai dalam cakupan bulanan yang dibekukan, jadi angkanya tidak boleh diubah. Pensiunkan penyebut ini dan masukkan penyebut baru dengan angka yang benar; nama dan catatan tetap boleh diubah.',
        usedByTargets: 'Penyebut "{{name}}" dipakai oleh {{count}} target, jadi tidak dapat dihapus. Pensiunkan saja, atau ubah dulu target yang memakainya.',
      },
      aggregate: {
        noun: 'Data agregat cakupan',
        frozen: 'Data agregat ini sudah dipakai dalam cakupan bulanan yang dibekukan, jadi tidak boleh diubah atau dihapus. Pensiunkan baris ini (Data agregat › ⋯ › Pensiunkan dan ganti) dan masukkan baris pengganti dengan angka yang benar; bulan yang dibekukan tetap memakai baris lama. Catatan tetap boleh diubah.',
      },
      target: {
        noun: 'Target cakupan',
        unknownDenominator: 'Penyebut yang dipilih tidak ditemukan. Target persen perlu penyebut: pilih dari daftar penyebut.',
        retiredDenominator: 'Penyebut "{{name}}" sudah dipensiunkan. Pilih penyebut yang masih berlaku untuk target baru.',
        denominatorOtherArea: 'Penyebut "{{name}}" adalah angka wilayah {{denominatorArea}}, sedangkan target ini untuk {{targetArea}}: persentasenya akan dihitung terhadap penduduk wilayah lain. Pilih penyebut wilayah {{targetArea}} (tambahkan dulu di Cakupan › Penyebut bila belum ada), atau ubah wilayah target.',
      },
      importRow: {
        required: 'Kolom "{{label}}" wajib diisi.',
        invalid: 'Isi kolom "{{label}}" tidak sah. {{hint}}',
        unknownChoice: 'Isi "{{value}}" pada kolom "{{label}}" tidak dikenal. Pilih salah satu: {{allowed}}.',
        notPositive: 'Angka harus lebih dari 0 (jumlah orang).',
        negative: 'Jumlah tidak boleh negatif.',
        areaHint: 'Tulis kode wilayah Kemendagri, mis. 51, 51.04 atau 51.04.01.',
        dateHint: 'Tulis tanggal seperti 31/08/2022 atau 2022-08-31.',
        sectorHint: 'Tulis satu huruf seksi KBLI dari A sampai U.',
      },
      fields: {
        name: 'Nama penyebut', value: 'Jumlah orang', areaCode: 'Kode wilayah', universe: 'Yang dihitung', category: 'Kategori rentan', sourceKind: 'Jenis sumber',
        source: 'Sumber', asOfDate: 'Tanggal data', notes: 'Catatan', segment: 'Segmen', sector: 'Seksi KBLI', funding: 'Sumber dana', count: 'Jumlah peserta aktif',
        retiredAt: 'Dipensiunkan', programmeId: 'Program', areaName: 'Wilayah', updatedAt: 'Diubah',
      },
      universe: {
        bekerja: 'Penduduk bekerja', bekerja_formal: 'Penduduk bekerja formal', bekerja_informal: 'Penduduk bekerja informal', penduduk_usia_kerja: 'Penduduk usia kerja',
        target_program: 'Sasaran program', lainnya: 'Lainnya',
      },
      segment: { PU: 'Penerima Upah (PU)', BPU: 'Bukan Penerima Upah (BPU)', JAKON: 'Jasa Konstruksi (Jakon)', PMI: 'Pekerja Migran Indonesia (PMI)' },
      sourceKind: { bps_sakernas: 'BPS (Sakernas)', dukcapil: 'Dukcapil', keputusan: 'Keputusan / peraturan daerah', bpjs: 'BPJS Ketenagakerjaan', dinas: 'Data dinas', lainnya: 'Lainnya' },
      register: {
        denominatorTitle: 'Penyebut cakupan', denominatorNoun: 'Penyebut', aggregateTitle: 'Data agregat cakupan', aggregateNoun: 'Data agregat',
        denominatorTemplate: 'Templat impor penyebut cakupan', aggregateTemplate: 'Templat impor data agregat cakupan',
        undoHeld: 'Dipakai target atau cakupan bulanan yang dibekukan',
      },
      demo: { exampleNote: 'CONTOH: angka ini hanya contoh agar target persen Jembrana punya penyebut; ganti dengan angka BPS yang sebenarnya.' },
    },
  },
  en: {
    coverageInputs: {
      check: {
        unknownArea: 'Area code "{{code}}" is not known. Choose a province, regency/city, district or village from the region list (e.g. 51 for Bali, 51.04 for Gianyar).',
        unknownProgramme: 'The chosen programme is not found. Choose it again from the vulnerable-worker programmes, or leave it empty.',
        unknownCategory: 'Category "{{code}}" is not in the active list of vulnerable-worker categories. Choose one of the list, or add it under Reference › Lists.',
        unknownFunding: 'Funding source "{{code}}" is not in the active list of funding sources. Choose one of the list, or add it under Reference › Lists.',
      },
      denominator: {
        noun: 'Coverage denominator',
        frozen: 'Denominator "{{name}}" is used by a frozen monthly coverage, so its numbers may not change. Retire it and enter a new denominator with the right numbers; its name and notes may still change.',
        usedByTargets: 'Denominator "{{name}}" is used by {{count}} targets, so it cannot be removed. Retire it instead, or change those targets first.',
      },
      aggregate: {
        noun: 'Coverage aggregate input',
        frozen: 'This aggregate row is used by a frozen monthly coverage, so it may not change or be removed. Retire it (Aggregate data › ⋯ › Retire and replace) and enter a replacement row with the right numbers; frozen months keep the old row. Its notes may still change.',
      },
      target: {
        noun: 'Coverage target',
        unknownDenominator: 'The chosen denominator is not found. A percentage target needs a denominator: choose one from the list.',
        retiredDenominator: 'Denominator "{{name}}" is retired. Choose a denominator still in use for a new target.',
        denominatorOtherArea: 'Denominator "{{name}}" is a figure of {{denominatorArea}}, but this target is for {{targetArea}}: its percentage would be counted against another area\'s population. Choose a denominator of {{targetArea}} (add one first under Coverage › Denominators if there is none), or change the target\'s area.',
      },
      importRow: {
        required: 'Column "{{label}}" must be filled in.',
        invalid: 'The value of column "{{label}}" is not valid. {{hint}}',
        unknownChoice: '"{{value}}" in column "{{label}}" is not known. Use one of: {{allowed}}.',
        notPositive: 'The number must be more than 0 (people).',
        negative: 'A count may not be negative.',
        areaHint: 'Write a Kemendagri region code, e.g. 51, 51.04 or 51.04.01.',
        dateHint: 'Write a date like 31/08/2022 or 2022-08-31.',
        sectorHint: 'Write one KBLI section letter from A to U.',
      },
      fields: {
        name: 'Denominator name', value: 'Number of people', areaCode: 'Area code', universe: 'What it counts', category: 'Vulnerable category', sourceKind: 'Source kind',
        source: 'Source', asOfDate: 'Data date', notes: 'Notes', segment: 'Segment', sector: 'KBLI section', funding: 'Funding source', count: 'Active participants',
        retiredAt: 'Retired', programmeId: 'Programme', areaName: 'Area', updatedAt: 'Changed',
      },
      universe: {
        bekerja: 'Working population', bekerja_formal: 'Formal workers', bekerja_informal: 'Informal workers', penduduk_usia_kerja: 'Working-age population',
        target_program: 'Programme target population', lainnya: 'Other',
      },
      segment: { PU: 'Wage earners (PU)', BPU: 'Non-wage earners (BPU)', JAKON: 'Construction projects (Jakon)', PMI: 'Indonesian migrant workers (PMI)' },
      sourceKind: { bps_sakernas: 'BPS (Sakernas)', dukcapil: 'Civil registry (Dukcapil)', keputusan: 'Local decree / regulation', bpjs: 'BPJS Ketenagakerjaan', dinas: 'Office data', lainnya: 'Other' },
      register: {
        denominatorTitle: 'Coverage denominators', denominatorNoun: 'Denominator', aggregateTitle: 'Coverage aggregate inputs', aggregateNoun: 'Aggregate input',
        denominatorTemplate: 'Coverage denominator import template', aggregateTemplate: 'Coverage aggregate import template',
        undoHeld: 'Used by a target or a frozen monthly coverage',
      },
      demo: { exampleNote: 'EXAMPLE: this number is only an example so that Jembrana\'s percentage target has a denominator; replace it with the real BPS figure.' },
    },
  },
};
