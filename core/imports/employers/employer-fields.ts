import type { ImportField } from '../fields/import-field.ts';
import { word } from './employer-words.ts';

// The employer register's importable columns, with the header texts BPJS branches,
// village offices and OSS exports use for them.
//
// `synonyms` are Indonesian and may sit inside a longer header ("Nama Perusahaan (sesuai
// akta)"); `wholeHeaders` count only as the whole header: English, and words that are common
// inside headers about something else ("Perusahaan" in "NPWP Perusahaan", "Pemilik" in "NIK
// Pemilik"). Left out on purpose, because they name other things as often as these fields:
// "Nama" alone (a person's name in most lists), "L"/"P" (panjang/lebar in a parts list),
// "Kantor", "Size", "Name".
export const employerFields: ImportField[] = [
  {
    key: 'name', label: word('fields.name'), required: true, example: 'PT Bali Segara Sejahtera',
    synonyms: ['nama perusahaan', 'nama badan usaha', 'nama usaha', 'nama pemberi kerja', 'nama badan hukum', 'nama tempat usaha'],
    wholeHeaders: ['perusahaan', 'badan usaha', 'pemberi kerja', 'company name', 'employer name', 'business name', 'company', 'employer'],
  },
  { key: 'legalForm', label: word('fields.legalForm'), example: 'PT', synonyms: ['bentuk badan usaha', 'bentuk usaha', 'badan hukum', 'jenis badan usaha', 'bentuk badan hukum'], wholeHeaders: ['legal form'] },
  { key: 'nib', label: word('fields.nib'), example: '9120001234567', synonyms: ['nib', 'no nib', 'nomor nib', 'nomor induk berusaha'] },
  { key: 'npwp', label: word('fields.npwp'), example: '01.234.567.8-901.000', synonyms: ['npwp', 'no npwp', 'nomor npwp', 'nomor pokok wajib pajak'], wholeHeaders: ['tax id'] },
  { key: 'npp', label: word('fields.npp'), example: 'NN012345', synonyms: ['npp', 'no npp', 'npp bpjs', 'no pendaftaran', 'nomor pendaftaran', 'no pendaftaran perusahaan', 'nomor pendaftaran perusahaan'], wholeHeaders: ['employer registration number'] },
  // "KBLI utama" is matched whole, so it wins over a letter category beside it ("Kategori KBLI", as the
  // register's own export writes it: walk 36), which stays unimported.
  { key: 'kbli', label: word('fields.kbli'), example: '55110', synonyms: ['kbli', 'kode kbli', 'kbli 2020', 'sektor kbli', 'kbli utama', 'kode kbli utama'], wholeHeaders: ['kode usaha'] },
  { key: 'businessScale', label: word('fields.businessScale'), example: 'kecil', synonyms: ['skala usaha', 'skala'], wholeHeaders: ['kategori usaha', 'business scale'] },
  { key: 'address', label: word('fields.address'), example: 'Jl. Raya Kerobokan No. 10', synonyms: ['alamat', 'alamat perusahaan', 'alamat usaha'], wholeHeaders: ['address'] },
  { key: 'kecamatan', label: word('fields.kecamatan'), example: 'Kuta Utara', exampleOfArea: 'kecamatan', synonyms: ['kecamatan', 'kec', 'nama kecamatan'], wholeHeaders: ['district', 'subdistrict'] },
  { key: 'desa', label: word('fields.desa'), example: 'Kerobokan Kelod', exampleOfArea: 'desa', synonyms: ['desa', 'kelurahan', 'desa kelurahan', 'desa kel', 'nama desa'], wholeHeaders: ['village'] },
  { key: 'officeType', label: word('fields.officeType'), example: 'pusat', synonyms: ['pusat cabang', 'status kantor', 'jenis kantor'], wholeHeaders: ['office type', 'head office branch'] },
  { key: 'headOfficeNib', label: word('fields.headOfficeNib'), example: '', synonyms: ['nib kantor pusat', 'nib pusat', 'nib induk', 'nib perusahaan induk'], wholeHeaders: ['head office nib'] },
  { key: 'startDate', label: word('fields.startDate'), example: '01/03/2015', synonyms: ['tanggal mulai usaha', 'tanggal mulai', 'tanggal berdiri', 'tgl berdiri', 'mulai usaha'], wholeHeaders: ['start date'] },
  {
    key: 'ownerName', label: word('fields.ownerName'), example: 'I Made Suarta',
    synonyms: ['nama pemilik', 'nama pimpinan', 'nama pengurus', 'nama penanggung jawab'],
    wholeHeaders: ['pemilik', 'pimpinan', 'pengurus', 'penanggung jawab', 'pemilik pimpinan', 'owner', 'manager', 'owner name'],
  },
  { key: 'contactPhone', label: word('fields.contactPhone'), example: '081234567890', synonyms: ['telepon', 'no telepon', 'no telp', 'telp', 'no hp', 'nomor telepon', 'nomor hp'], wholeHeaders: ['hp', 'kontak', 'phone', 'telephone'] },
  { key: 'contactEmail', label: word('fields.contactEmail'), example: 'hrd@contoh.co.id', synonyms: ['email', 'e mail', 'surel', 'alamat email'] },
  // The total is a field of its own; the splits are optional. A header is matched whole, or
  // else by the longest known phrase inside it, so each split also lists its "jumlah ..."
  // forms: "Jumlah TK Wanita" must not land on the total through "jumlah tk".
  // "L" and "P" alone name nothing (a parts list's lengths): only under a workforce heading
  // ("Jumlah Tenaga Kerja / L", a header of two rows: read/header.ts).
  { key: 'workersTotal', label: word('fields.workersTotal'), example: '21', synonyms: ['jumlah tk', 'jumlah tenaga kerja', 'jumlah pekerja', 'total tk', 'jml tk', 'tenaga kerja', 'total pekerja', 'jumlah karyawan', 'jml tenaga kerja', 'jml pekerja', 'total tenaga kerja', 'jumlah tk total'], wholeHeaders: ['number of workers', 'total workers'] },
  { key: 'workersMale', label: word('fields.workersMale'), example: '12', synonyms: ['tk laki laki', 'laki laki', 'pria', 'jumlah tk laki laki', 'tenaga kerja laki laki', 'tk pria', 'jumlah tk pria', 'jml tk laki laki', 'jumlah laki laki', 'jumlah tenaga kerja laki laki', 'pekerja laki laki', 'jumlah pekerja laki laki', 'jumlah pekerja pria', 'karyawan laki laki', 'jumlah karyawan laki laki'], wholeHeaders: ['male workers', 'tk l', 'jumlah tk l', 'tk lk', 'tenaga kerja l', 'jumlah tenaga kerja l', 'jumlah pekerja l', 'jumlah karyawan l'] },
  { key: 'workersFemale', label: word('fields.workersFemale'), example: '9', synonyms: ['tk perempuan', 'perempuan', 'wanita', 'jumlah tk perempuan', 'tenaga kerja perempuan', 'tk wanita', 'jumlah tk wanita', 'jml tk perempuan', 'jumlah perempuan', 'jumlah tenaga kerja perempuan', 'pekerja perempuan', 'jumlah pekerja perempuan', 'jumlah pekerja wanita', 'karyawan perempuan', 'jumlah karyawan perempuan'], wholeHeaders: ['female workers', 'tk p', 'jumlah tk p', 'tk pr', 'tenaga kerja p', 'jumlah tenaga kerja p', 'jumlah pekerja p', 'jumlah karyawan p'] },
  { key: 'workersPkwtt', label: word('fields.workersPkwtt'), example: '15', synonyms: ['pkwtt', 'tk tetap', 'karyawan tetap', 'pekerja tetap', 'tk pkwtt', 'jumlah pkwtt', 'jumlah tk pkwtt', 'jumlah tk tetap', 'jumlah pekerja tetap', 'jumlah karyawan tetap'], wholeHeaders: ['permanent', 'permanent workers'] },
  { key: 'workersPkwt', label: word('fields.workersPkwt'), example: '4', synonyms: ['pkwt', 'tk kontrak', 'karyawan kontrak', 'pekerja kontrak', 'tk pkwt', 'jumlah pkwt', 'jumlah tk pkwt', 'jumlah tk kontrak', 'jumlah pekerja kontrak', 'jumlah karyawan kontrak'], wholeHeaders: ['fixed term', 'fixed term workers'] },
  { key: 'workersHarianLepas', label: word('fields.workersHarianLepas'), example: '2', synonyms: ['harian lepas', 'tk harian lepas', 'buruh harian lepas', 'bhl', 'jumlah harian lepas', 'jumlah tk harian lepas', 'pekerja harian lepas', 'jumlah pekerja harian lepas'], wholeHeaders: ['casual workers', 'casual'] },
  { key: 'workersBorongan', label: word('fields.workersBorongan'), example: '0', synonyms: ['borongan', 'tk borongan', 'jumlah borongan', 'jumlah tk borongan', 'pekerja borongan', 'jumlah pekerja borongan'], wholeHeaders: ['piece rate workers', 'piece rate'] },
  { key: 'workersForeign', label: word('fields.workersForeign'), example: '0', synonyms: ['tka', 'tk asing', 'tenaga kerja asing', 'jumlah tka', 'jumlah tk asing', 'jumlah tenaga kerja asing', 'tk wna', 'jumlah tk wna', 'pekerja asing', 'jumlah pekerja asing'], wholeHeaders: ['foreign workers'] },
  { key: 'wlkpNumber', label: word('fields.wlkpNumber'), example: 'WLKP/2024/00123', synonyms: ['nomor wlkp', 'no wlkp', 'wlkp', 'nomor laporan wlkp'] },
  { key: 'wlkpDate', label: word('fields.wlkpDate'), example: '15/01/2024', synonyms: ['tanggal wlkp', 'tgl wlkp', 'tanggal lapor wlkp', 'tgl lapor wlkp'] },
  { key: 'bpjsStatus', label: word('fields.bpjsStatus'), example: 'terdaftar', synonyms: ['status bpjs', 'status kepesertaan', 'kepesertaan bpjs', 'status bpjs ketenagakerjaan'], wholeHeaders: ['bpjs status'] },
  { key: 'bpjsProgrammes', label: word('fields.bpjsProgrammes'), example: 'JKK, JKM, JHT', synonyms: ['program bpjs', 'program diikuti'], wholeHeaders: ['program', 'bpjs programmes', 'programmes'] },
  { key: 'bpjsInfoDate', label: word('fields.bpjsInfoDate'), example: '30/06/2025', synonyms: ['tanggal data bpjs', 'tanggal data'], wholeHeaders: ['per tanggal', 'data per', 'bpjs data date'] },
  { key: 'notes', label: word('fields.notes'), example: '', synonyms: ['keterangan', 'catatan'], wholeHeaders: ['ket', 'notes', 'remarks'] },
];
