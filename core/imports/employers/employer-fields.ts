import type { ImportField } from '../fields/import-field.ts';

// The employer register's importable columns, with the header texts BPJS branches,
// village offices and OSS exports use for them.
export const employerFields: ImportField[] = [
  { key: 'name', label: { id: 'Nama perusahaan', en: 'Employer name' }, required: true, example: 'PT Bali Segara Sejahtera', synonyms: ['nama perusahaan', 'nama badan usaha', 'nama usaha', 'nama pemberi kerja', 'perusahaan', 'badan usaha', 'company name', 'employer name', 'company', 'nama'] },
  { key: 'legalForm', label: { id: 'Bentuk badan usaha', en: 'Legal form' }, example: 'PT', synonyms: ['bentuk badan usaha', 'bentuk usaha', 'badan hukum', 'jenis badan usaha', 'legal form'] },
  { key: 'nib', label: { id: 'NIB', en: 'NIB' }, example: '9120001234567', synonyms: ['nib', 'no nib', 'nomor nib', 'nomor induk berusaha'] },
  { key: 'npwp', label: { id: 'NPWP', en: 'NPWP' }, example: '01.234.567.8-901.000', synonyms: ['npwp', 'no npwp', 'nomor npwp', 'nomor pokok wajib pajak', 'tax id'] },
  { key: 'npp', label: { id: 'NPP', en: 'NPP' }, example: 'NN012345', synonyms: ['npp', 'no npp', 'npp bpjs', 'no pendaftaran', 'nomor pendaftaran', 'no pendaftaran perusahaan', 'nomor pendaftaran perusahaan', 'employer registration number'] },
  { key: 'kbli', label: { id: 'KBLI', en: 'KBLI' }, example: '55110', synonyms: ['kbli', 'kode kbli', 'kbli 2020', 'sektor kbli', 'kode usaha'] },
  { key: 'businessScale', label: { id: 'Skala usaha', en: 'Business scale' }, example: 'kecil', synonyms: ['skala usaha', 'skala', 'kategori usaha', 'business scale', 'size'] },
  { key: 'address', label: { id: 'Alamat', en: 'Address' }, example: 'Jl. Raya Kerobokan No. 10', synonyms: ['alamat', 'alamat perusahaan', 'alamat usaha', 'address'] },
  { key: 'kecamatan', label: { id: 'Kecamatan', en: 'Kecamatan' }, example: 'Kuta Utara', synonyms: ['kecamatan', 'kec', 'nama kecamatan', 'district', 'subdistrict'] },
  { key: 'desa', label: { id: 'Desa/kelurahan', en: 'Desa/kelurahan' }, example: 'Kerobokan Kelod', synonyms: ['desa', 'kelurahan', 'desa kelurahan', 'desa kel', 'nama desa', 'village'] },
  { key: 'officeType', label: { id: 'Pusat/cabang', en: 'Head office/branch' }, example: 'pusat', synonyms: ['pusat cabang', 'status kantor', 'jenis kantor', 'kantor', 'office type'] },
  { key: 'headOfficeNib', label: { id: 'NIB kantor pusat', en: 'Head office NIB' }, example: '', synonyms: ['nib kantor pusat', 'nib pusat', 'nib induk', 'nib perusahaan induk', 'head office nib'] },
  { key: 'startDate', label: { id: 'Tanggal mulai usaha', en: 'Start date' }, example: '01/03/2015', synonyms: ['tanggal mulai usaha', 'tanggal mulai', 'tanggal berdiri', 'tgl berdiri', 'mulai usaha', 'start date'] },
  { key: 'ownerName', label: { id: 'Pemilik/pimpinan', en: 'Owner/manager' }, example: 'I Made Suarta', synonyms: ['pemilik', 'nama pemilik', 'pimpinan', 'nama pimpinan', 'pengurus', 'penanggung jawab', 'owner', 'manager'] },
  { key: 'contactPhone', label: { id: 'Telepon', en: 'Phone' }, example: '081234567890', synonyms: ['telepon', 'no telepon', 'no telp', 'telp', 'no hp', 'hp', 'kontak', 'phone'] },
  { key: 'contactEmail', label: { id: 'E-mail', en: 'E-mail' }, example: 'hrd@contoh.co.id', synonyms: ['email', 'e mail', 'surel', 'alamat email'] },
  // The total is a field of its own; the splits are optional. A header is matched whole, or
  // else by the longest known phrase inside it, so each split also lists its "jumlah ..."
  // forms: "Jumlah TK Wanita" must not land on the total through "jumlah tk".
  { key: 'workersTotal', label: { id: 'Jumlah TK', en: 'Number of workers' }, example: '21', synonyms: ['jumlah tk', 'jumlah tenaga kerja', 'jumlah pekerja', 'total tk', 'jml tk', 'tenaga kerja', 'total pekerja', 'jumlah karyawan', 'jml tenaga kerja', 'jml pekerja', 'total tenaga kerja', 'jumlah tk total', 'number of workers', 'total workers'] },
  { key: 'workersMale', label: { id: 'TK laki-laki', en: 'Male workers' }, example: '12', synonyms: ['tk laki laki', 'laki laki', 'pria', 'jumlah tk laki laki', 'tenaga kerja laki laki', 'male workers', 'l', 'tk l', 'tk pria', 'jumlah tk l', 'jumlah tk pria', 'jml tk laki laki', 'jumlah laki laki', 'jumlah tenaga kerja laki laki', 'pekerja laki laki', 'jumlah pekerja laki laki', 'jumlah pekerja pria', 'karyawan laki laki', 'jumlah karyawan laki laki'] },
  { key: 'workersFemale', label: { id: 'TK perempuan', en: 'Female workers' }, example: '9', synonyms: ['tk perempuan', 'perempuan', 'wanita', 'jumlah tk perempuan', 'tenaga kerja perempuan', 'female workers', 'p', 'tk p', 'tk wanita', 'jumlah tk p', 'jumlah tk wanita', 'jml tk perempuan', 'jumlah perempuan', 'jumlah tenaga kerja perempuan', 'pekerja perempuan', 'jumlah pekerja perempuan', 'jumlah pekerja wanita', 'karyawan perempuan', 'jumlah karyawan perempuan'] },
  { key: 'workersPkwtt', label: { id: 'TK PKWTT (tetap)', en: 'Permanent (PKWTT)' }, example: '15', synonyms: ['pkwtt', 'tk tetap', 'karyawan tetap', 'permanent', 'tk pkwtt', 'jumlah pkwtt', 'jumlah tk pkwtt', 'jumlah tk tetap', 'pekerja tetap', 'jumlah pekerja tetap', 'jumlah karyawan tetap'] },
  { key: 'workersPkwt', label: { id: 'TK PKWT (kontrak)', en: 'Fixed-term (PKWT)' }, example: '4', synonyms: ['pkwt', 'tk kontrak', 'karyawan kontrak', 'fixed term', 'tk pkwt', 'jumlah pkwt', 'jumlah tk pkwt', 'jumlah tk kontrak', 'pekerja kontrak', 'jumlah pekerja kontrak', 'jumlah karyawan kontrak'] },
  { key: 'workersHarianLepas', label: { id: 'TK harian lepas', en: 'Casual day workers' }, example: '2', synonyms: ['harian lepas', 'tk harian lepas', 'buruh harian lepas', 'casual', 'bhl', 'jumlah harian lepas', 'jumlah tk harian lepas', 'pekerja harian lepas', 'jumlah pekerja harian lepas'] },
  { key: 'workersBorongan', label: { id: 'TK borongan', en: 'Piece-rate workers' }, example: '0', synonyms: ['borongan', 'tk borongan', 'piece rate', 'jumlah borongan', 'jumlah tk borongan', 'pekerja borongan', 'jumlah pekerja borongan'] },
  { key: 'workersForeign', label: { id: 'TK asing', en: 'Foreign workers' }, example: '0', synonyms: ['tka', 'tk asing', 'tenaga kerja asing', 'foreign workers', 'jumlah tka', 'jumlah tk asing', 'jumlah tenaga kerja asing', 'tk wna', 'jumlah tk wna', 'pekerja asing', 'jumlah pekerja asing'] },
  { key: 'wlkpNumber', label: { id: 'Nomor WLKP', en: 'WLKP number' }, example: 'WLKP/2024/00123', synonyms: ['nomor wlkp', 'no wlkp', 'wlkp', 'nomor laporan wlkp'] },
  { key: 'wlkpDate', label: { id: 'Tanggal WLKP', en: 'WLKP date' }, example: '15/01/2024', synonyms: ['tanggal wlkp', 'tgl wlkp', 'tanggal lapor wlkp'] },
  { key: 'bpjsStatus', label: { id: 'Status BPJS', en: 'BPJS status' }, example: 'terdaftar', synonyms: ['status bpjs', 'status kepesertaan', 'kepesertaan bpjs', 'status bpjs ketenagakerjaan', 'bpjs status'] },
  { key: 'bpjsProgrammes', label: { id: 'Program BPJS', en: 'BPJS programmes' }, example: 'JKK, JKM, JHT', synonyms: ['program bpjs', 'program', 'program diikuti', 'programmes'] },
  { key: 'bpjsInfoDate', label: { id: 'Tanggal data BPJS', en: 'BPJS data date' }, example: '30/06/2025', synonyms: ['tanggal data bpjs', 'per tanggal', 'tanggal data', 'data per'] },
  { key: 'notes', label: { id: 'Keterangan', en: 'Notes' }, example: '', synonyms: ['keterangan', 'catatan', 'ket', 'notes', 'remarks'] },
];
