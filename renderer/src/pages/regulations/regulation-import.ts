import { registerMessages } from '../../i18n/index.ts';
import type { ImportScreenConfig } from '../imports/import-screen-config.ts';
import { regulationKeys } from './queries.ts';

// The regulation register's spreadsheet import screen: the shared screens with its route and words.

registerMessages('regulationImport', {
  id: {
    title: 'Impor regulasi',
    intro: 'Masukkan daftar peraturan dari berkas Excel, LibreOffice atau CSV: satu baris satu peraturan. Peraturan yang sudah ada (ID JDIHN, atau jenis, nomor, tahun dan badan yang sama) diperbarui. Tidak ada yang disimpan sebelum Anda memeriksa hasil uji coba.',
    openRegister: 'Buka register regulasi',
    undoBody: 'Impor "{{file}}" tanggal {{when}} akan dibatalkan: {{inserted}} data yang ditambahkan akan dihapus, {{updated}} data yang diperbarui akan dikembalikan ke data sebelumnya.',
    heldNote: 'Yang "masih dipakai" tetap ada: regulasi yang sesudah impor diberi relasi dengan regulasi lain atau komitmen. Agar ikut dibatalkan, hapus dulu relasi dan komitmennya, lalu batalkan impor ini.',
    heldReason: 'Masih dipakai',
  },
  en: {
    title: 'Import regulations',
    intro: 'Bring in a list of regulations from Excel, LibreOffice or CSV: one row one regulation. A known regulation (JDIHN ID, or the same type, number, year and body) is updated. Nothing is saved before you have checked the trial run.',
    openRegister: 'Open the regulation register',
    undoBody: 'The import of "{{file}}" on {{when}} will be undone: the {{inserted}} records it added will be removed, the {{updated}} it updated will get their earlier data back.',
    heldNote: 'Records "still in use" stay: regulations given a relation to another regulation or a commitment since the import. To undo them too, remove those relations and commitments first, then undo this import.',
    heldReason: 'Still in use',
  },
});

export const regulationImport: ImportScreenConfig = {
  register: 'regulation',
  path: 'register/regulasi/impor',
  registerPath: '/register/regulasi',
  navOrder: 45,
  labels: {
    title: 'regulationImport.title',
    intro: 'regulationImport.intro',
    openRegister: 'regulationImport.openRegister',
    undoBody: 'regulationImport.undoBody',
    heldNote: 'regulationImport.heldNote',
    heldReason: 'regulationImport.heldReason',
  },
  refreshKeys: [regulationKeys.all],
};
