import { registerMessages } from '../../i18n/index.ts';
import type { ImportScreenConfig } from '../imports/import-screen-config.ts';
import { workerKeys } from './queries.ts';
import './review/messages.ts';

// The worker register's import screen: the shared screens with its route, words and queries.

registerMessages('workerImport', {
  id: {
    title: 'Impor pekerja',
    intro: 'Masukkan daftar pekerja dari berkas Excel, LibreOffice atau CSV (daftar program APBD, daftar desa, data BPJS): satu baris satu orang dengan satu periode. NIK yang sudah ada diperbarui, tidak pernah ditimpa dengan orang lain. Tidak ada yang disimpan sebelum Anda memeriksa hasil uji coba.',
    openRegister: 'Buka register pekerja',
    // No count here: a row may add a period to a person already known, so the people added or
    // updated are not all it did. The dialog counts people and periods beneath.
    undoBody: 'Impor "{{file}}" tanggal {{when}} akan dibatalkan: orang dan periode kepesertaan yang ditambahkannya dihapus, yang diperbaruinya dikembalikan ke data sebelumnya.',
    heldNote: 'Yang "masih dipakai" tetap ada: orang yang sudah digabung dengan data lain sesudah impor, dan periode yang dipindahkan penggabungan itu. Agar ikut dibatalkan, batalkan dulu penggabungannya di layar Duplikat pekerja, lalu batalkan impor ini.',
    heldReason: 'Masih dipakai',
    templateProgramme: 'Unduh templat daftar program / desa',
    templateBpjs: 'Unduh templat daftar peserta BPJS',
    person_added_one: '{{n}} orang baru',
    person_added_other: '{{n}} orang baru',
    person_updated_one: '{{n}} orang yang diperbarui',
    person_updated_other: '{{n}} orang yang diperbarui',
    person_count_one: '{{n}} orang',
    person_count_other: '{{n}} orang',
    period_added_one: '{{n}} periode kepesertaan baru',
    period_added_other: '{{n}} periode kepesertaan baru',
    period_updated_one: '{{n}} periode kepesertaan yang diubah',
    period_updated_other: '{{n}} periode kepesertaan yang diubah',
    period_count_one: '{{n}} periode kepesertaan',
    period_count_other: '{{n}} periode kepesertaan',
    review_added_one: '{{n}} baris untuk tinjauan identitas',
    review_added_other: '{{n}} baris untuk tinjauan identitas',
    review_updated_one: '{{n}} tinjauan identitas yang diubah',
    review_updated_other: '{{n}} tinjauan identitas yang diubah',
    review_count_one: '{{n}} tinjauan identitas',
    review_count_other: '{{n}} tinjauan identitas',
    // The batch's inserted count is of its first table: people.
    duplicatesNote_one: 'Impor ini menambah {{n}} orang baru. Orang yang sama bisa tercatat dua kali dengan NIK lain (daftar desa dan daftar program, salah ketik): cari kemungkinan duplikat dan tinjau pasangannya.',
    duplicatesNote_other: 'Impor ini menambah {{n}} orang baru. Orang yang sama bisa tercatat dua kali dengan NIK lain (daftar desa dan daftar program, salah ketik): cari kemungkinan duplikat dan tinjau pasangannya.',
    findDuplicates: 'Cari duplikat pekerja',
  },
  en: {
    title: 'Import workers',
    intro: 'Bring in worker lists from Excel, LibreOffice or CSV files (APBD programme lists, village lists, BPJS data): one row one person with one period. A known NIK is updated, never overwritten with another person. Nothing is saved before you have checked the trial run.',
    openRegister: 'Open the worker register',
    undoBody: 'The import of "{{file}}" on {{when}} will be undone: the people and participation periods it added are removed, those it updated get their earlier data back.',
    heldNote: 'Records "still in use" stay: people merged with another record since the import, and the periods that merge moved. To undo them too, undo the merge first on the Worker duplicates screen, then undo this import.',
    heldReason: 'Still in use',
    templateProgramme: 'Download the programme / desa list template',
    templateBpjs: 'Download the BPJS participant list template',
    person_added_one: '{{n}} new person',
    person_added_other: '{{n}} new people',
    person_updated_one: '{{n}} person updated',
    person_updated_other: '{{n}} people updated',
    person_count_one: '{{n}} person',
    person_count_other: '{{n}} people',
    period_added_one: '{{n}} new participation period',
    period_added_other: '{{n}} new participation periods',
    period_updated_one: '{{n}} participation period changed',
    period_updated_other: '{{n}} participation periods changed',
    period_count_one: '{{n}} participation period',
    period_count_other: '{{n}} participation periods',
    review_added_one: '{{n}} row for identity review',
    review_added_other: '{{n}} rows for identity review',
    review_updated_one: '{{n}} identity review changed',
    review_updated_other: '{{n}} identity reviews changed',
    review_count_one: '{{n}} identity review',
    review_count_other: '{{n}} identity reviews',
    duplicatesNote_one: 'This import added {{n}} new person. One person may now be held twice under another NIK (a desa list and a programme list, a typing error): look for probable duplicates and review the pairs.',
    duplicatesNote_other: 'This import added {{n}} new people. One person may now be held twice under another NIK (a desa list and a programme list, a typing error): look for probable duplicates and review the pairs.',
    findDuplicates: 'Find duplicate workers',
  },
});

export const workerImport: ImportScreenConfig = {
  register: 'worker',
  path: 'register/pekerja/impor',
  registerPath: '/register/pekerja',
  navOrder: 35,
  labels: {
    title: 'workerImport.title',
    intro: 'workerImport.intro',
    openRegister: 'workerImport.openRegister',
    undoBody: 'workerImport.undoBody',
    heldNote: 'workerImport.heldNote',
    heldReason: 'workerImport.heldReason',
    entities: { person: 'workerImport.person', participation_period: 'workerImport.period', identity_review: 'workerImport.review' },
  },
  templates: [
    { layout: 'program', label: 'workerImport.templateProgramme' },
    { layout: 'bpjs', label: 'workerImport.templateBpjs' },
  ],
  review: { path: '/register/pekerja/tinjauan-impor', label: 'workerReview.fromImport' },
  afterAdding: { path: '/register/pekerja/tinjauan-duplikat', note: 'workerImport.duplicatesNote', label: 'workerImport.findDuplicates' },
  refreshKeys: [workerKeys.all],
};
