import { registerMessages } from '../i18n/index.ts';

// Beranda's own words. The registers', due list's, coverage's and award's words come from their
// own catalogues where the home page shows the same thing.

registerMessages('beranda', {
  id: {
    nav: 'Beranda',
    title: 'Beranda',
    intro: 'Yang perlu diperhatikan hari ini dan posisi kantor saat ini.',
    today: 'Hari ini: {{date}}.',
    registers: { live: 'data aktif' },
    due: {
      heading: 'Tindak lanjut',
      overdue: 'Terlambat',
      upcoming: 'Jatuh tempo dalam {{n}} hari',
      none: 'Tidak ada tindak lanjut yang terlambat atau jatuh tempo dalam {{n}} hari.',
      list: 'Tindak lanjut terdekat',
      open: 'Semua tindak lanjut jatuh tempo',
      more: 'dan {{n}} lainnya',
    },
    coverage: {
      heading: 'Cakupan {{area}}',
      headingPlain: 'Cakupan',
      participants: 'peserta',
      target: 'Target tahun {{year}}',
      open: 'Buka halaman cakupan',
    },
    award: {
      heading: 'Paritrana Award',
      none: 'Belum ada siklus Paritrana Award.',
      all: 'Semua siklus',
    },
    imports: {
      heading: 'Impor terakhir',
      none: 'Belum ada berkas yang diimpor.',
      rows: '{{inserted}} baru · {{updated}} diperbarui · {{invalid}} tidak valid',
      undone: 'Dibatalkan',
      open: '{{file}}: lihat di riwayat impor {{register}}',
    },
    backup: {
      heading: 'Keamanan data',
      last: 'Cadangan terakhir: {{when}}',
      none: 'Belum pernah dicadangkan.',
      overdue: 'Cadangan terlambat',
      current: 'Cadangan terkini',
      next: 'Cadangan berikutnya: {{when}}',
      open: 'Buka pengaturan cadangan',
      askAdmin: 'Cadangan diatur oleh administrator.',
    },
    loadFailed: 'Bagian ini tidak dapat dimuat.',
  },
  en: {
    nav: 'Home',
    title: 'Home',
    intro: 'What needs attention today and where the office stands.',
    today: 'Today: {{date}}.',
    registers: { live: 'active records' },
    due: {
      heading: 'Follow-ups',
      overdue: 'Overdue',
      upcoming: 'Due within {{n}} days',
      none: 'No follow-ups overdue or due within {{n}} days.',
      list: 'Nearest follow-ups',
      open: 'All follow-ups due',
      more: 'and {{n}} more',
    },
    coverage: {
      heading: 'Coverage of {{area}}',
      headingPlain: 'Coverage',
      participants: 'participants',
      target: 'Target for {{year}}',
      open: 'Open the coverage page',
    },
    award: {
      heading: 'Paritrana Award',
      none: 'No Paritrana Award cycle yet.',
      all: 'All cycles',
    },
    imports: {
      heading: 'Latest imports',
      none: 'No file has been imported yet.',
      rows: '{{inserted}} new · {{updated}} updated · {{invalid}} invalid',
      undone: 'Undone',
      open: '{{file}}: see it in the {{register}} import history',
    },
    backup: {
      heading: 'Data safety',
      last: 'Last backup: {{when}}',
      none: 'Never backed up.',
      overdue: 'Backup overdue',
      current: 'Backup up to date',
      next: 'Next backup: {{when}}',
      open: 'Open backup settings',
      askAdmin: 'Backups are managed by the administrator.',
    },
    loadFailed: 'This part could not be loaded.',
  },
});
