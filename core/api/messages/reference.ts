// Words of the reference data and the office's settings: the business-scale rule (PP 7/2021),
// editable lists, contribution rules, the first-start setup and the logo. Amounts come in
// already written as Rupiah; legal sources are citations and read the same in both languages.
export const referenceMessages = {
  id: {
    businessScale: {
      scales: { mikro: 'usaha mikro', kecil: 'usaha kecil', menengah: 'usaha menengah', besar: 'usaha besar' },
      what: { modal: 'Modal usaha', penjualan: 'Hasil penjualan tahunan' },
      upTo: '≤ {{upTo}}',
      above: '> {{from}}',
      between: '> {{from}} s.d. {{upTo}}',
      rule: '{{what}} {{amount}} ({{range}}) → {{scale}}; {{source}}.',
      bySales: '{{rule}} Menurut hasil penjualan tahunan: {{scale}}; yang dipakai kriteria modal usaha.',
      bySalesSame: '{{rule}} Menurut hasil penjualan tahunan: {{scale}} (sama); yang dipakai kriteria modal usaha.',
      notAmount: '{{name}} harus berupa angka Rupiah.',
      negative: '{{name}} tidak boleh negatif.',
      notWhole: '{{name}} harus bilangan bulat Rupiah (tanpa sen), mis. 1500000000.',
      sentences: '{{a}} {{b}}',
      undetermined: 'Skala usaha belum bisa ditentukan: isi modal usaha (tanpa tanah dan bangunan) atau hasil penjualan tahunan.',
    },
    lists: {
      itemNotFound: 'Butir daftar tidak ditemukan.',
      otherList: 'Butir ini milik daftar lain.',
      codeInUse: 'Kode "{{code}}" sudah dipakai oleh "{{label}}".',
    },
    rules: {
      invalid: 'Aturan iuran tidak sah: {{problems}}',
      notFound: 'Aturan {{uid}} tidak ada.',
    },
    setup: {
      wrongLevel: '{{name}} bukan {{level}}. Pilih wilayah pada tingkat yang sesuai.',
      levels: { provinsi: 'provinsi', kabupatenKota: 'kabupaten/kota' },
    },
    logo: {
      size: 'Logo harus berukuran 1 byte sampai 512 KB.',
      type: 'Berkas logo bukan gambar PNG, JPEG atau WebP yang sah.',
    },
  },
  en: {
    businessScale: {
      scales: { mikro: 'micro enterprise', kecil: 'small enterprise', menengah: 'medium enterprise', besar: 'large enterprise' },
      what: { modal: 'Business capital', penjualan: 'Annual sales' },
      upTo: '≤ {{upTo}}',
      above: '> {{from}}',
      between: '> {{from}} up to {{upTo}}',
      rule: '{{what}} {{amount}} ({{range}}) → {{scale}}; {{source}}.',
      bySales: '{{rule}} By annual sales: {{scale}}; the capital criterion is used.',
      bySalesSame: '{{rule}} By annual sales: {{scale}} (the same); the capital criterion is used.',
      notAmount: '{{name}} must be an amount in Rupiah.',
      negative: '{{name}} cannot be negative.',
      notWhole: '{{name}} must be a whole number of Rupiah (no cents), e.g. 1500000000.',
      sentences: '{{a}} {{b}}',
      undetermined: 'The business scale cannot be determined yet: enter the business capital (excluding land and buildings) or the annual sales.',
    },
    lists: {
      itemNotFound: 'List item not found.',
      otherList: 'This item belongs to another list.',
      codeInUse: 'Code "{{code}}" is already used by "{{label}}".',
    },
    rules: {
      invalid: 'Invalid contribution rule: {{problems}}',
      notFound: 'Rule {{uid}} does not exist.',
    },
    setup: {
      wrongLevel: '{{name}} is not a {{level}}. Choose an area at the matching level.',
      levels: { provinsi: 'province', kabupatenKota: 'district/city' },
    },
    logo: {
      size: 'The logo must be between 1 byte and 512 KB.',
      type: 'The logo file is not a valid PNG, JPEG or WebP image.',
    },
  },
} as const;
