import { registerMessages } from '../../i18n/index.ts';

// Words of the change log's screens (the grid's detail, a batch's records, the actor), under
// `changeLog.*`. Import this module for its side effect.

const id = {
  actor: '{{name}}',
  system: 'Lindung (sistem)',
  actorHint: 'Petugas yang masuk dengan akunnya. Catatan dari sebelum ada akun memuat nama pengguna komputer.',
  mergedFrom: 'dari data yang digabung: {{who}}',
  noChanges: 'Tidak ada kolom yang berubah.',
  created: 'Data ini dibuat oleh {{who}} pada {{when}}.',
  createdByImport: 'Data ini dibuat oleh {{who}} pada {{when}} lewat impor berkas {{file}}.',
  createdWith: 'Isian saat dibuat:',
  records: 'Data yang tersentuh ({{n}})',
  noRecords: 'Tidak ada data yang tersentuh.',
  recordNew: 'baru',
  recordChanged: 'diubah',
  recordGone: '(sudah tidak ada: dihapus saat impor dibatalkan)',
  recordGoneLater: '(sudah tidak ada)',
  recordUnnamed: '(tanpa nama)',
  undone: 'Impor ini sudah dibatalkan: data di bawah dikembalikan seperti sebelum impor (kecuali yang dibiarkan).',
  undoEntry: 'Pembatalan impor ini mengembalikan data di bawah seperti sebelum impor (kecuali yang dibiarkan).',
  pages: 'Halaman data yang tersentuh',
  summary: 'Ringkasan',
  value: 'Isi',
  chainCheck: 'Periksa keutuhan log',
  chainChecking: 'Memeriksa rantai log… {{done}} dari {{total}} baris',
  chainOk: 'Log audit utuh',
  chainHead: 'Kepala rantai: baris #{{id}}',
  chainBroken: 'Log audit diubah di luar aplikasi',
  chainOpenRow: 'Buka baris #{{id}}',
};

const en: typeof id = {
  actor: '{{name}}',
  system: 'Lindung (system)',
  actorHint: 'The clerk signed in with their account. Entries from before accounts hold the computer user name.',
  mergedFrom: 'from a merged record: {{who}}',
  noChanges: 'No field changed.',
  created: 'This record was created by {{who}} on {{when}}.',
  createdByImport: 'This record was created by {{who}} on {{when}}, imported from the file {{file}}.',
  createdWith: 'Filled in when created:',
  records: 'Records touched ({{n}})',
  noRecords: 'No record was touched.',
  recordNew: 'new',
  recordChanged: 'changed',
  recordGone: '(no longer there: removed when the import was undone)',
  recordGoneLater: '(no longer there)',
  recordUnnamed: '(no name)',
  undone: 'This import was undone: the records below were put back as they were before it (except those left as they were).',
  undoEntry: 'Undoing this import put the records below back as they were before it (except those left as they were).',
  pages: 'Pages of records touched',
  summary: 'Summary',
  value: 'Value',
  chainCheck: 'Check the log is intact',
  chainChecking: 'Checking the log chain… {{done}} of {{total}} rows',
  chainOk: 'The audit log is intact',
  chainHead: 'Chain head: row #{{id}}',
  chainBroken: 'The audit log was changed outside the app',
  chainOpenRow: 'Open row #{{id}}',
};

registerMessages('changeLog', { id, en });
