// KBLI 2020 (Klasifikasi Baku Lapangan Usaha Indonesia, Peraturan BPS
// Nomor 2 Tahun 2020): the 21 kategori (sections A–U) and the 88 golongan
// pokok (2-digit divisions). The structure down to divisions is the same as
// ISIC Rev. 4, so the English names are the ISIC Rev. 4 titles.
//
// Indonesian division names follow the KBLI 2020 text as far as known here;
// a few may differ in small wording from the official publication — the codes
// and the division-to-section mapping are what the app relies on.
//
// Code structure: kategori = letter; golongan pokok = 2 digits; golongan = 3;
// subgolongan = 4; kelompok = 5 (the level used by OSS / NIB, e.g. 47111).


import type { KbliSectionCode } from '../../api/kbli.ts';

export type { KbliSectionCode };
export type KbliSection = { code: KbliSectionCode; nameId: string; nameEn: string };

export type KbliDivision = { code: string; section: KbliSectionCode; nameId: string; nameEn: string };

export const KBLI_2020_SECTIONS: readonly KbliSection[] = [
  { code: 'A', nameId: 'Pertanian, Kehutanan dan Perikanan', nameEn: 'Agriculture, Forestry and Fishing' },
  { code: 'B', nameId: 'Pertambangan dan Penggalian', nameEn: 'Mining and Quarrying' },
  { code: 'C', nameId: 'Industri Pengolahan', nameEn: 'Manufacturing' },
  {
    code: 'D',
    nameId: 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin',
    nameEn: 'Electricity, Gas, Steam and Air Conditioning Supply',
  },
  {
    code: 'E',
    nameId: 'Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi',
    nameEn: 'Water Supply; Sewerage, Waste Management and Remediation Activities',
  },
  { code: 'F', nameId: 'Konstruksi', nameEn: 'Construction' },
  {
    code: 'G',
    nameId: 'Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor',
    nameEn: 'Wholesale and Retail Trade; Repair of Motor Vehicles and Motorcycles',
  },
  { code: 'H', nameId: 'Pengangkutan dan Pergudangan', nameEn: 'Transportation and Storage' },
  {
    code: 'I',
    nameId: 'Penyediaan Akomodasi dan Penyediaan Makan Minum',
    nameEn: 'Accommodation and Food Service Activities',
  },
  { code: 'J', nameId: 'Informasi dan Komunikasi', nameEn: 'Information and Communication' },
  { code: 'K', nameId: 'Aktivitas Keuangan dan Asuransi', nameEn: 'Financial and Insurance Activities' },
  { code: 'L', nameId: 'Real Estat', nameEn: 'Real Estate Activities' },
  { code: 'M', nameId: 'Aktivitas Profesional, Ilmiah dan Teknis', nameEn: 'Professional, Scientific and Technical Activities' },
  {
    code: 'N',
    nameId:
      'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya',
    nameEn: 'Administrative and Support Service Activities',
  },
  {
    code: 'O',
    nameId: 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib',
    nameEn: 'Public Administration and Defence; Compulsory Social Security',
  },
  { code: 'P', nameId: 'Pendidikan', nameEn: 'Education' },
  {
    code: 'Q',
    nameId: 'Aktivitas Kesehatan Manusia dan Aktivitas Sosial',
    nameEn: 'Human Health and Social Work Activities',
  },
  { code: 'R', nameId: 'Kesenian, Hiburan dan Rekreasi', nameEn: 'Arts, Entertainment and Recreation' },
  { code: 'S', nameId: 'Aktivitas Jasa Lainnya', nameEn: 'Other Service Activities' },
  {
    code: 'T',
    nameId:
      'Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri',
    nameEn:
      'Activities of Households as Employers; Undifferentiated Goods- and Services-Producing Activities of Households for Own Use',
  },
  {
    code: 'U',
    nameId: 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya',
    nameEn: 'Activities of Extraterritorial Organizations and Bodies',
  },
];

/** [code, section, nameId, nameEn] — kept as a compact table, expanded below. */
const DIVISION_TABLE: ReadonlyArray<readonly [string, KbliSectionCode, string, string]> = [
  ['01', 'A', 'Pertanian Tanaman, Peternakan, Perburuan dan Kegiatan YBDI', 'Crop and animal production, hunting and related service activities'],
  ['02', 'A', 'Kehutanan dan Penebangan Kayu', 'Forestry and logging'],
  ['03', 'A', 'Perikanan', 'Fishing and aquaculture'],

  ['05', 'B', 'Pertambangan Batu Bara dan Lignit', 'Mining of coal and lignite'],
  ['06', 'B', 'Pertambangan Minyak Bumi dan Gas Alam dan Panas Bumi', 'Extraction of crude petroleum and natural gas'],
  ['07', 'B', 'Pertambangan Bijih Logam', 'Mining of metal ores'],
  ['08', 'B', 'Pertambangan dan Penggalian Lainnya', 'Other mining and quarrying'],
  ['09', 'B', 'Aktivitas Jasa Penunjang Pertambangan', 'Mining support service activities'],

  ['10', 'C', 'Industri Makanan', 'Manufacture of food products'],
  ['11', 'C', 'Industri Minuman', 'Manufacture of beverages'],
  ['12', 'C', 'Industri Pengolahan Tembakau', 'Manufacture of tobacco products'],
  ['13', 'C', 'Industri Tekstil', 'Manufacture of textiles'],
  ['14', 'C', 'Industri Pakaian Jadi', 'Manufacture of wearing apparel'],
  ['15', 'C', 'Industri Kulit, Barang dari Kulit dan Alas Kaki', 'Manufacture of leather and related products'],
  [
    '16',
    'C',
    'Industri Kayu, Barang dari Kayu dan Gabus (Tidak Termasuk Furnitur) dan Barang Anyaman dari Bambu, Rotan dan Sejenisnya',
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
  ],
  ['17', 'C', 'Industri Kertas dan Barang dari Kertas', 'Manufacture of paper and paper products'],
  ['18', 'C', 'Industri Pencetakan dan Reproduksi Media Rekaman', 'Printing and reproduction of recorded media'],
  ['19', 'C', 'Industri Produk dari Batu Bara dan Pengilangan Minyak Bumi', 'Manufacture of coke and refined petroleum products'],
  ['20', 'C', 'Industri Bahan Kimia dan Barang dari Bahan Kimia', 'Manufacture of chemicals and chemical products'],
  [
    '21',
    'C',
    'Industri Farmasi, Produk Obat Kimia dan Obat Tradisional',
    'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
  ],
  ['22', 'C', 'Industri Karet, Barang dari Karet dan Plastik', 'Manufacture of rubber and plastics products'],
  ['23', 'C', 'Industri Barang Galian Bukan Logam', 'Manufacture of other non-metallic mineral products'],
  ['24', 'C', 'Industri Logam Dasar', 'Manufacture of basic metals'],
  ['25', 'C', 'Industri Barang Logam, Bukan Mesin dan Peralatannya', 'Manufacture of fabricated metal products, except machinery and equipment'],
  ['26', 'C', 'Industri Komputer, Barang Elektronik dan Optik', 'Manufacture of computer, electronic and optical products'],
  ['27', 'C', 'Industri Peralatan Listrik', 'Manufacture of electrical equipment'],
  ['28', 'C', 'Industri Mesin dan Perlengkapan YTDL', 'Manufacture of machinery and equipment n.e.c.'],
  ['29', 'C', 'Industri Kendaraan Bermotor, Trailer dan Semi Trailer', 'Manufacture of motor vehicles, trailers and semi-trailers'],
  ['30', 'C', 'Industri Alat Angkutan Lainnya', 'Manufacture of other transport equipment'],
  ['31', 'C', 'Industri Furnitur', 'Manufacture of furniture'],
  ['32', 'C', 'Industri Pengolahan Lainnya', 'Other manufacturing'],
  ['33', 'C', 'Reparasi dan Pemasangan Mesin dan Peralatan', 'Repair and installation of machinery and equipment'],

  ['35', 'D', 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin', 'Electricity, gas, steam and air conditioning supply'],

  ['36', 'E', 'Treatment Air', 'Water collection, treatment and supply'],
  ['37', 'E', 'Treatment Air Limbah', 'Sewerage'],
  [
    '38',
    'E',
    'Pengumpulan, Treatment dan Pembuangan Limbah dan Sampah serta Aktivitas Pemulihan Material',
    'Waste collection, treatment and disposal activities; materials recovery',
  ],
  ['39', 'E', 'Aktivitas Remediasi dan Pengelolaan Limbah dan Sampah Lainnya', 'Remediation activities and other waste management services'],

  ['41', 'F', 'Konstruksi Gedung', 'Construction of buildings'],
  ['42', 'F', 'Konstruksi Bangunan Sipil', 'Civil engineering'],
  ['43', 'F', 'Konstruksi Khusus', 'Specialized construction activities'],

  [
    '45',
    'G',
    'Perdagangan, Reparasi dan Perawatan Mobil dan Sepeda Motor',
    'Wholesale and retail trade and repair of motor vehicles and motorcycles',
  ],
  ['46', 'G', 'Perdagangan Besar, Bukan Mobil dan Sepeda Motor', 'Wholesale trade, except of motor vehicles and motorcycles'],
  ['47', 'G', 'Perdagangan Eceran, Bukan Mobil dan Sepeda Motor', 'Retail trade, except of motor vehicles and motorcycles'],

  ['49', 'H', 'Angkutan Darat dan Angkutan Melalui Saluran Pipa', 'Land transport and transport via pipelines'],
  ['50', 'H', 'Angkutan Perairan', 'Water transport'],
  ['51', 'H', 'Angkutan Udara', 'Air transport'],
  ['52', 'H', 'Pergudangan dan Aktivitas Penunjang Angkutan', 'Warehousing and support activities for transportation'],
  ['53', 'H', 'Aktivitas Pos dan Kurir', 'Postal and courier activities'],

  ['55', 'I', 'Penyediaan Akomodasi', 'Accommodation'],
  ['56', 'I', 'Penyediaan Makanan dan Minuman', 'Food and beverage service activities'],

  ['58', 'J', 'Aktivitas Penerbitan', 'Publishing activities'],
  [
    '59',
    'J',
    'Aktivitas Produksi Gambar Bergerak, Video dan Program Televisi, Perekaman Suara dan Penerbitan Musik',
    'Motion picture, video and television programme production, sound recording and music publishing activities',
  ],
  ['60', 'J', 'Aktivitas Penyiaran dan Pemrograman', 'Programming and broadcasting activities'],
  ['61', 'J', 'Telekomunikasi', 'Telecommunications'],
  ['62', 'J', 'Aktivitas Pemrograman, Konsultasi Komputer dan Kegiatan YBDI', 'Computer programming, consultancy and related activities'],
  ['63', 'J', 'Aktivitas Jasa Informasi', 'Information service activities'],

  ['64', 'K', 'Aktivitas Jasa Keuangan, Bukan Asuransi dan Dana Pensiun', 'Financial service activities, except insurance and pension funding'],
  [
    '65',
    'K',
    'Asuransi, Penjaminan, Reasuransi dan Dana Pensiun, Bukan Jaminan Sosial Wajib',
    'Insurance, reinsurance and pension funding, except compulsory social security',
  ],
  [
    '66',
    'K',
    'Aktivitas Penunjang Jasa Keuangan, Asuransi, Penjaminan dan Dana Pensiun',
    'Activities auxiliary to financial service and insurance activities',
  ],

  ['68', 'L', 'Real Estat', 'Real estate activities'],

  ['69', 'M', 'Aktivitas Hukum dan Akuntansi', 'Legal and accounting activities'],
  ['70', 'M', 'Aktivitas Kantor Pusat dan Konsultasi Manajemen', 'Activities of head offices; management consultancy activities'],
  [
    '71',
    'M',
    'Aktivitas Arsitektur dan Keinsinyuran; Analisis dan Uji Teknis',
    'Architectural and engineering activities; technical testing and analysis',
  ],
  ['72', 'M', 'Penelitian dan Pengembangan Ilmu Pengetahuan', 'Scientific research and development'],
  ['73', 'M', 'Periklanan dan Penelitian Pasar', 'Advertising and market research'],
  ['74', 'M', 'Aktivitas Profesional, Ilmiah dan Teknis Lainnya', 'Other professional, scientific and technical activities'],
  ['75', 'M', 'Aktivitas Kesehatan Hewan', 'Veterinary activities'],

  ['77', 'N', 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi', 'Rental and leasing activities'],
  ['78', 'N', 'Aktivitas Ketenagakerjaan', 'Employment activities'],
  [
    '79',
    'N',
    'Aktivitas Agen Perjalanan, Penyelenggara Tur dan Jasa Reservasi Lainnya',
    'Travel agency, tour operator, reservation service and related activities',
  ],
  ['80', 'N', 'Aktivitas Keamanan dan Penyelidikan', 'Security and investigation activities'],
  ['81', 'N', 'Aktivitas Penyedia Jasa untuk Gedung dan Pertamanan', 'Services to buildings and landscape activities'],
  [
    '82',
    'N',
    'Aktivitas Administrasi Kantor, Aktivitas Penunjang Kantor dan Aktivitas Penunjang Usaha Lainnya',
    'Office administrative, office support and other business support activities',
  ],

  ['84', 'O', 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib', 'Public administration and defence; compulsory social security'],

  ['85', 'P', 'Pendidikan', 'Education'],

  ['86', 'Q', 'Aktivitas Kesehatan Manusia', 'Human health activities'],
  ['87', 'Q', 'Aktivitas Sosial di Dalam Panti', 'Residential care activities'],
  ['88', 'Q', 'Aktivitas Sosial Tanpa Akomodasi', 'Social work activities without accommodation'],

  ['90', 'R', 'Aktivitas Hiburan, Kesenian dan Kreativitas', 'Creative, arts and entertainment activities'],
  ['91', 'R', 'Perpustakaan, Arsip, Museum dan Kegiatan Kebudayaan Lainnya', 'Libraries, archives, museums and other cultural activities'],
  ['92', 'R', 'Aktivitas Perjudian dan Pertaruhan', 'Gambling and betting activities'],
  ['93', 'R', 'Aktivitas Olahraga dan Rekreasi Lainnya', 'Sports activities and amusement and recreation activities'],

  ['94', 'S', 'Aktivitas Keanggotaan Organisasi', 'Activities of membership organizations'],
  [
    '95',
    'S',
    'Reparasi Komputer dan Barang Keperluan Pribadi dan Perlengkapan Rumah Tangga',
    'Repair of computers and personal and household goods',
  ],
  ['96', 'S', 'Aktivitas Jasa Perorangan Lainnya', 'Other personal service activities'],

  [
    '97',
    'T',
    'Aktivitas Rumah Tangga sebagai Pemberi Kerja dari Personil Domestik',
    'Activities of households as employers of domestic personnel',
  ],
  [
    '98',
    'T',
    'Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri',
    'Undifferentiated goods- and services-producing activities of private households for own use',
  ],

  [
    '99',
    'U',
    'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya',
    'Activities of extraterritorial organizations and bodies',
  ],
];

export const KBLI_2020_DIVISIONS: readonly KbliDivision[] = DIVISION_TABLE.map(([code, section, nameId, nameEn]) => ({
  code,
  section,
  nameId,
  nameEn,
}));

const SECTION_BY_CODE = new Map(KBLI_2020_SECTIONS.map((s) => [s.code, s]));
const DIVISION_BY_CODE = new Map(KBLI_2020_DIVISIONS.map((d) => [d.code, d]));

/** The section A–U, or undefined. */
export function kbliSection(code: string): KbliSection | undefined {
  return SECTION_BY_CODE.get(code.toUpperCase() as KbliSectionCode);
}

/** The 2-digit division (golongan pokok), or undefined when KBLI 2020 has no such division. */
export function kbliDivision(code: string): KbliDivision | undefined {
  return DIVISION_BY_CODE.get(code);
}
