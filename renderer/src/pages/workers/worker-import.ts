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
    undoBody: 'Impor "{{file}}" tanggal {{when}} akan dibatalkan: {{inserted}} data yang ditambahkan akan dihapus, {{updated}} data yang diperbarui akan dikembalikan ke data sebelumnya.',
    undoBody_added: 'Impor "{{file}}" tanggal {{when}} akan dibatalkan: {{inserted}} data yang ditambahkan akan dihapus.',
    undoBody_updated: 'Impor "{{file}}" tanggal {{when}} akan dibatalkan: {{updated}} data yang diperbarui akan dikembalikan ke data sebelumnya.',
    heldNote: 'Data yang diubah sejak impor itu mengikuti pilihan Anda di bawah.',
    heldReason: 'Masih dipakai',
    templateProgramme: 'Unduh templat daftar program / desa',
    templateBpjs: 'Unduh templat daftar peserta BPJS',
  },
  en: {
    title: 'Import workers',
    intro: 'Bring in worker lists from Excel, LibreOffice or CSV files (APBD programme lists, village lists, BPJS data): one row one person with one period. A known NIK is updated, never overwritten with another person. Nothing is saved before you have checked the trial run.',
    openRegister: 'Open the worker register',
    undoBody: 'The import of "{{file}}" on {{when}} will be undone: the {{inserted}} records it added will be removed, the {{updated}} it updated will get their earlier data back.',
    undoBody_added: 'The import of "{{file}}" on {{when}} will be undone: the {{inserted}} records it added will be removed.',
    undoBody_updated: 'The import of "{{file}}" on {{when}} will be undone: the {{updated}} records it updated will get their earlier data back.',
    heldNote: 'Records changed since that import follow your choice below.',
    heldReason: 'Still in use',
    templateProgramme: 'Download the programme / desa list template',
    templateBpjs: 'Download the BPJS participant list template',
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
  },
  templates: [
    { layout: 'program', label: 'workerImport.templateProgramme' },
    { layout: 'bpjs', label: 'workerImport.templateBpjs' },
  ],
  review: { path: '/register/pekerja/tinjauan-impor', label: 'workerReview.fromImport' },
  refreshKeys: [workerKeys.all],
};
