import type { Message } from '../../api/messages/message.ts';
import { segments } from '../../api/workers.ts';
import type { ImportField } from '../fields/import-field.ts';

// The worker import's columns (layout a: a programme's or a desa's list of people, one period
// each), with the header texts such lists use. "Nama" alone is this register's name: in a list
// of people it names the person.

const w = (key: string): Message => ({ key: `workers.fields.${key}` });

export const workerFields: ImportField[] = [
  { key: 'nik', label: w('nik'), required: true, identity: true, example: '5103014507900002', synonyms: ['nik', 'no nik', 'nomor nik', 'nomor induk kependudukan', 'nik ktp', 'no ktp'], wholeHeaders: ['id number'] },
  { key: 'name', label: w('name'), required: true, example: 'Ni Luh Putu Sukerti', synonyms: ['nama', 'nama lengkap', 'nama peserta', 'nama pekerja', 'nama tenaga kerja', 'nama sesuai ktp'], wholeHeaders: ['name', 'full name'] },
  { key: 'sex', label: w('sex'), example: 'P', synonyms: ['jenis kelamin', 'jk', 'l p', 'kelamin'], wholeHeaders: ['sex', 'gender'] },
  { key: 'birthDate', label: w('birthDate'), example: '05/07/1990', synonyms: ['tanggal lahir', 'tgl lahir', 'tgl. lahir'], wholeHeaders: ['birth date', 'date of birth'] },
  { key: 'address', label: w('address'), example: 'Br. Dinas Tengah', synonyms: ['alamat', 'alamat domisili', 'alamat rumah', 'banjar'], wholeHeaders: ['address'] },
  { key: 'kecamatan', label: w('kecamatanCode'), example: 'Kuta Utara', synonyms: ['kecamatan', 'kec', 'nama kecamatan'], wholeHeaders: ['district', 'subdistrict'] },
  { key: 'desa', label: w('desaCode'), example: 'Dalung', synonyms: ['desa', 'kelurahan', 'desa kelurahan', 'desa kel', 'nama desa'], wholeHeaders: ['village'] },
  { key: 'phone', label: w('phone'), example: '081234567890', synonyms: ['telepon', 'no hp', 'no telp', 'nomor hp', 'nomor telepon'], wholeHeaders: ['hp', 'phone'] },
  { key: 'occupation', label: w('occupation'), example: 'Petani', synonyms: ['pekerjaan', 'jenis pekerjaan', 'profesi'], wholeHeaders: ['occupation'] },
  { key: 'category', label: w('category'), example: 'Petani', synonyms: ['kategori', 'kategori pekerja', 'kategori rentan', 'kelompok', 'jenis pekerja rentan'], wholeHeaders: ['category'] },
  { key: 'kpj', label: w('kpj'), identity: true, example: '', synonyms: ['kpj', 'no kpj', 'nomor kpj', 'nomor kartu peserta'], wholeHeaders: ['card number'] },
  {
    key: 'segment', label: w('segment'), required: true, example: 'BPU', synonyms: ['segmen', 'segmen kepesertaan', 'jenis kepesertaan'], wholeHeaders: ['segment'],
    choices: segments.map((value) => ({ value, label: { key: `workers.segment.${value}` } })),
  },
  { key: 'npp', label: w('npp'), identity: true, example: '', synonyms: ['npp', 'npp perusahaan', 'npp pemberi kerja', 'no npp'], wholeHeaders: ['employer npp'] },
  { key: 'programmes', label: w('programmes'), example: 'JKK, JKM', synonyms: ['program', 'program bpjs', 'program diikuti', 'paket program'], wholeHeaders: ['programmes'] },
  { key: 'startDate', label: w('startDate'), required: true, example: '01/01/2025', synonyms: ['mulai', 'tanggal mulai', 'tmt', 'tgl mulai', 'mulai kepesertaan', 'tanggal kepesertaan', 'tgl kepesertaan'], wholeHeaders: ['start date'] },
  { key: 'endDate', label: w('endDate'), example: '', synonyms: ['selesai', 'tanggal selesai', 'tgl selesai', 'akhir kepesertaan', 'tanggal berakhir'], wholeHeaders: ['end date'] },
  { key: 'income', label: w('wage'), example: '', synonyms: ['upah', 'gaji', 'penghasilan', 'upah dilaporkan'], wholeHeaders: ['wage', 'income'] },
  { key: 'funding', label: w('funding'), example: 'APBD kabupaten/kota', synonyms: ['sumber dana', 'sumber pembiayaan', 'pembiayaan', 'penanggung iuran'], wholeHeaders: ['funding'] },
  { key: 'source', label: w('source'), example: 'Daftar desa 2025', synonyms: ['sumber data', 'sumber'], wholeHeaders: ['source'] },
];
