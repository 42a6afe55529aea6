import { registerMessages } from '../i18n/index.ts';

// Strings every register screen shares (the grid's tools, the count bar, the history);
// a register's own words come from its configuration. Bahasa Indonesia first.
const id = {
  columns: 'Kolom',
  columnsTitle: 'Kolom yang ditampilkan',
  columnsHint: 'Ubah urutan dengan tombol ↑ ↓ atau geser judul kolom. Susunan ini diingat.',
  moveUp: 'Naikkan {{column}}',
  moveDown: 'Turunkan {{column}}',
  columnsReset: 'Kembalikan susunan awal',
  gridNoRows: 'Tidak ada baris yang cocok',
  resetView: 'Hapus pencarian dan saringan',
  countsAll: 'Semua',
  loadingRow: 'Memuat…',
};

registerMessages('registers', {
  id,
  en: {
    columns: 'Columns',
    columnsTitle: 'Columns shown',
    columnsHint: 'Change the order with the ↑ ↓ buttons or by dragging a column header. This layout is remembered.',
    moveUp: 'Move {{column}} up',
    moveDown: 'Move {{column}} down',
    columnsReset: 'Restore the default layout',
    gridNoRows: 'No matching rows',
    resetView: 'Clear search and filters',
    countsAll: 'All',
    loadingRow: 'Loading…',
  },
});
