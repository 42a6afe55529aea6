import { registerMessages } from '../i18n/index.ts';
import { employerKeys } from '../pages/employers/queries.ts';
import type { ImportScreenConfig } from '../pages/imports/import-screen-config.ts';
import { importRoute } from '../pages/imports/import-route.tsx';
import type { AppRoute } from './app-route.ts';

// Each register's import screen: the shared screens (pages/imports) with the register's own
// route, words and queries. App.tsx and the navigation read this list.

registerMessages('employerImport', {
  id: {
    title: 'Impor perusahaan',
    intro: 'Masukkan daftar perusahaan dari berkas Excel, LibreOffice atau CSV (BPJS, desa, OSS). Tidak ada yang disimpan sebelum Anda memeriksa hasil uji coba.',
    openRegister: 'Buka register perusahaan',
    undoBody:
      'Impor "{{file}}" tanggal {{when}} akan dibatalkan: {{inserted}} perusahaan yang ditambahkan akan dihapus dari register, {{updated}} perusahaan yang diperbarui akan dikembalikan ke data sebelumnya.',
    undoBody_added: 'Impor "{{file}}" tanggal {{when}} akan dibatalkan: {{inserted}} perusahaan yang ditambahkan akan dihapus dari register.',
    undoBody_updated: 'Impor "{{file}}" tanggal {{when}} akan dibatalkan: {{updated}} perusahaan yang diperbarui akan dikembalikan ke data sebelumnya.',
    heldNote: 'Perusahaan yang sudah punya tindak lanjut atau kantor cabang selalu dibiarkan, apa pun pilihan Anda.',
    heldReason: 'Sudah punya tindak lanjut atau cabang',
    employer_added_one: '{{n}} perusahaan baru',
    employer_added_other: '{{n}} perusahaan baru',
    employer_updated_one: '{{n}} perusahaan yang diperbarui',
    employer_updated_other: '{{n}} perusahaan yang diperbarui',
    employer_count_one: '{{n}} perusahaan',
    employer_count_other: '{{n}} perusahaan',
  },
  en: {
    title: 'Import employers',
    intro: 'Bring in employer lists from Excel, LibreOffice or CSV files (BPJS, villages, OSS). Nothing is saved before you have checked the trial run.',
    openRegister: 'Open the employer register',
    undoBody:
      'The import of "{{file}}" on {{when}} will be undone: the {{inserted}} employers it added will be removed from the register, the {{updated}} it updated will get their earlier data back.',
    undoBody_added: 'The import of "{{file}}" on {{when}} will be undone: the {{inserted}} employers it added will be removed from the register.',
    undoBody_updated: 'The import of "{{file}}" on {{when}} will be undone: the {{updated}} employers it updated will get their earlier data back.',
    heldNote: 'Employers that already have follow-ups or branch offices are always kept, whatever you choose.',
    heldReason: 'Has follow-ups or branches',
    employer_added_one: '{{n}} new employer',
    employer_added_other: '{{n}} new employers',
    employer_updated_one: '{{n}} employer updated',
    employer_updated_other: '{{n}} employers updated',
    employer_count_one: '{{n}} employer',
    employer_count_other: '{{n}} employers',
  },
});

/** The employer register's import screen. */
export const employerImport: ImportScreenConfig = {
  register: 'employer',
  path: 'register/perusahaan/impor',
  registerPath: '/register/perusahaan',
  navOrder: 15,
  labels: {
    title: 'employerImport.title',
    intro: 'employerImport.intro',
    openRegister: 'employerImport.openRegister',
    undoBody: 'employerImport.undoBody',
    heldNote: 'employerImport.heldNote',
    heldReason: 'employerImport.heldReason',
    entities: { employer: 'employerImport.employer' },
  },
  refreshKeys: [employerKeys.all],
};

export const importRoutes: AppRoute[] = [importRoute(employerImport)];
