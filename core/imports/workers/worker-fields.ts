import type { Message } from '../../api/messages/message.ts';
import { segments } from '../../api/workers.ts';
import type { ImportField } from '../fields/import-field.ts';
import type { ImportLayout } from '../register-importer.ts';

// The worker import's columns, with the header texts such lists use: (a) a programme's or a
// desa's list of people, one period each; (b) a BPJS participant list (KPJ, NIK, nama, NPP,
// program, tanggal kepesertaan, status). One set of fields reads both: the mapping finds either
// layout's headers. "Nama" alone is this register's name: in a list of people it names the
// person. The segment may be left out when an NPP says PU (a BPJS list of an employer's people).

const w = (key: string): Message => ({ key: `workers.fields.${key}` });

export const workerFields: ImportField[] = [
  { key: 'nik', label: w('nik'), required: true, identity: true, example: '5103014507900002', synonyms: ['nik', 'no nik', 'nomor nik', 'nomor induk kependudukan', 'no induk kependudukan', 'nomor induk penduduk', 'nik ktp', 'no ktp', 'nomor ktp'], wholeHeaders: ['id number'] },
  { key: 'name', label: w('name'), required: true, example: 'Ni Luh Putu Sukerti', synonyms: ['nama', 'nama lengkap', 'nama peserta', 'nama pekerja', 'nama tenaga kerja', 'nama tk', 'nama sesuai ktp'], wholeHeaders: ['name', 'full name'] },
  { key: 'sex', label: w('sex'), example: 'P', synonyms: ['jenis kelamin', 'jk', 'l p', 'kelamin'], wholeHeaders: ['sex', 'gender'] },
  { key: 'birthDate', label: w('birthDate'), example: '05/07/1990', synonyms: ['tanggal lahir', 'tgl lahir', 'tgl. lahir', 'tempat tanggal lahir', 'tempat tgl lahir', 'tempat/tgl lahir', 'ttl'], wholeHeaders: ['birth date', 'date of birth'] },
  { key: 'address', label: w('address'), example: 'Br. Dinas Tengah', synonyms: ['alamat', 'alamat domisili', 'alamat rumah', 'banjar'], wholeHeaders: ['address'] },
  { key: 'kecamatan', label: w('kecamatanCode'), example: 'Kuta Utara', exampleOfArea: 'kecamatan', synonyms: ['kecamatan', 'kec', 'nama kecamatan'], wholeHeaders: ['district', 'subdistrict'] },
  { key: 'desa', label: w('desaCode'), example: 'Dalung', exampleOfArea: 'desa', synonyms: ['desa', 'kelurahan', 'desa kelurahan', 'desa kel', 'nama desa'], wholeHeaders: ['village'] },
  { key: 'phone', label: w('phone'), example: '081234567890', synonyms: ['telepon', 'no hp', 'no telp', 'nomor hp', 'nomor telepon'], wholeHeaders: ['hp', 'phone'] },
  { key: 'occupation', label: w('occupation'), example: 'Petani', synonyms: ['pekerjaan', 'jenis pekerjaan', 'profesi'], wholeHeaders: ['occupation'] },
  { key: 'category', label: w('category'), example: 'Petani', synonyms: ['kategori', 'kategori pekerja', 'kategori rentan', 'kelompok', 'jenis pekerja rentan'], wholeHeaders: ['category'] },
  { key: 'kpj', label: w('kpj'), identity: true, example: '', synonyms: ['kpj', 'no kpj', 'nomor kpj', 'nomor kartu peserta'], wholeHeaders: ['card number'] },
  {
    // Without a segment column only an NPP or NIB says a row is PU (a workplace's name alone may be a
    // BPU's): with neither, every row would be refused, so the file is refused before the dry run.
    key: 'segment', label: w('segment'), example: 'BPU', synonyms: ['segmen', 'segmen kepesertaan', 'jenis kepesertaan'], wholeHeaders: ['segment'],
    requiredUnless: ['npp', 'employerNib'],
    choices: segments.map((value) => ({ value, label: { key: `workers.segment.${value}` } })),
  },
  { key: 'npp', label: w('npp'), identity: true, example: '', synonyms: ['npp', 'npp perusahaan', 'npp pemberi kerja', 'no npp'], wholeHeaders: ['employer npp'] },
  // A list from a desa or a programme names the employer by its NIB or its name when it has no NPP.
  { key: 'employerNib', label: w('employerNib'), identity: true, example: '', synonyms: ['nib', 'nib perusahaan', 'nib pemberi kerja', 'no nib', 'nomor induk berusaha'], wholeHeaders: ['employer nib'] },
  // "Perusahaan" alone only as a whole header: inside "Alamat Perusahaan" it is another column.
  { key: 'employerName', label: w('employerName'), example: '', synonyms: ['nama perusahaan', 'nama pemberi kerja', 'nama badan usaha', 'nama tempat kerja'], wholeHeaders: ['perusahaan', 'pemberi kerja', 'tempat kerja', 'employer', 'employer name', 'company'] },
  { key: 'programmes', label: w('programmes'), example: 'JKK, JKM', synonyms: ['program', 'program bpjs', 'program diikuti', 'paket program'], wholeHeaders: ['programmes'] },
  // The vulnerable-worker programme that pays (its name, or its name and year), not JKK/JKM.
  { key: 'payingProgramme', label: w('payingProgramme'), example: 'Perlindungan Pekerja Rentan APBD 2025', synonyms: ['nama program', 'program perlindungan', 'program pekerja rentan', 'program pembiayaan', 'program pembayar', 'program pemda'], wholeHeaders: ['paying programme'] },
  { key: 'startDate', label: w('startDate'), required: true, example: '01/01/2025', synonyms: ['mulai', 'tanggal mulai', 'tmt', 'tgl mulai', 'mulai kepesertaan', 'tanggal kepesertaan', 'tgl kepesertaan'], wholeHeaders: ['start date', 'awal', 'tanggal awal', 'tgl awal'] },
  { key: 'endDate', label: w('endDate'), example: '', synonyms: ['selesai', 'tanggal selesai', 'tgl selesai', 'akhir kepesertaan', 'tanggal berakhir', 'tanggal non aktif', 'tgl non aktif', 'tanggal nonaktif', 'tgl nonaktif'], wholeHeaders: ['end date', 'akhir', 'tanggal akhir', 'tgl akhir'] },
  {
    key: 'participationStatus', label: { key: 'workerReview.fields.participationStatus' }, example: 'Aktif', synonyms: ['status kepesertaan', 'status peserta', 'status keaktifan', 'keaktifan'], wholeHeaders: ['status', 'participation status'],
    choices: [{ value: 'aktif', label: { key: 'workers.participation.aktif' } }, { value: 'nonaktif', label: { key: 'workers.participation.tidak_aktif' } }],
  },
  { key: 'income', label: w('wage'), example: '', synonyms: ['upah', 'gaji', 'penghasilan', 'upah dilaporkan'], wholeHeaders: ['wage', 'income'] },
  { key: 'funding', label: w('funding'), example: 'APBD kabupaten/kota', synonyms: ['sumber dana', 'sumber pembiayaan', 'pembiayaan', 'penanggung iuran'], wholeHeaders: ['funding'] },
  { key: 'source', label: w('source'), example: 'Daftar desa 2025', synonyms: ['sumber data', 'sumber'], wholeHeaders: ['source'] },
  // The date the list speaks of ("keadaan per 31 Desember 2025"), kept with the period.
  { key: 'sourceDate', label: w('sourceDate'), example: '31/12/2025', synonyms: ['tanggal sumber', 'tanggal sumber data', 'tgl sumber', 'tanggal data', 'tgl data', 'per tanggal', 'data per', 'keadaan per', 'posisi per', 'tanggal laporan'], wholeHeaders: ['source date', 'as of'] },
];

/** The two layouts' templates: each its own columns, in the order such lists have them. */
export const workerLayouts: readonly ImportLayout[] = [
  {
    key: 'program',
    templateName: { key: 'workerReview.programmeTemplateName' },
    fields: ['nik', 'name', 'sex', 'birthDate', 'address', 'kecamatan', 'desa', 'phone', 'occupation', 'category', 'segment', 'npp', 'employerNib', 'employerName', 'programmes', 'startDate', 'endDate', 'income', 'funding', 'payingProgramme', 'source', 'sourceDate'],
  },
  {
    key: 'bpjs',
    templateName: { key: 'workerReview.bpjsTemplateName' },
    fields: ['kpj', 'nik', 'name', 'birthDate', 'npp', 'segment', 'programmes', 'startDate', 'participationStatus', 'endDate', 'income'],
    examples: { kpj: '25012345678', name: 'I Made Sudarsana', nik: '5103011203880001', birthDate: '12/03/1988', npp: 'NN000123', segment: '', programmes: 'JKK, JKM, JHT, JP', startDate: '01/02/2024', income: '3500000' },
  },
];
