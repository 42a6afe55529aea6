import { registerMessages } from '../../i18n/index.ts';

// Strings of the employer ↔ workers screens, under `kepatuhan.*`: the compliance list and the
// employer's workers with an active PU period. Import this module for its side effect.

const id = {
  nav: 'Kepatuhan pemberi kerja',
  title: 'Kepatuhan pemberi kerja',
  intro:
    'Perusahaan aktif yang jumlah tenaga kerjanya menurut register melebihi pekerjanya yang terdaftar sebagai peserta PU aktif: kemungkinan PDS tenaga kerja (sebagian pekerja belum didaftarkan). Hanya perusahaan yang jumlah tenaga kerjanya terisi yang dibandingkan.',
  date: 'Peserta dihitung per',
  kecamatan: 'Kecamatan',
  kbliSection: 'Kategori KBLI',
  all: 'Semua',
  sort: 'Urutan',
  sorts: { gapDesc: 'Selisih terbesar dulu', gapAsc: 'Selisih terkecil dulu', name: 'Nama perusahaan', reported: 'Tenaga kerja terbanyak', active: 'Peserta paling sedikit' },
  summary: '{{n}} perusahaan dengan selisih, peserta PU aktif dihitung per {{date}}.',
  none: 'Tidak ada perusahaan aktif yang jumlah tenaga kerjanya melebihi peserta PU aktif per {{date}}.',
  columns: { employer: 'Perusahaan', reported: 'Tenaga kerja dilaporkan', active: 'Peserta PU aktif', gap: 'Selisih', followUps: 'Tindak lanjut' },
  reportedOn: 'angka per {{date}}',
  wlkpOn: 'WLKP {{date}}',
  dataOn: 'data per {{date}}',
  noParticipants: 'belum ada peserta',
  openFollowUps_one: '{{count}} terbuka',
  openFollowUps_other: '{{count}} terbuka',
  startFollowUp: 'Buat tindak lanjut',
  startFollowUpFor: 'Buat tindak lanjut untuk {{name}}',
  followUpNote:
    'Kemungkinan PDS tenaga kerja: dilaporkan {{reported}} tenaga kerja (angka per {{reportedDate}}), terdaftar aktif sebagai peserta PU {{active}} (per {{date}}), selisih {{gap}}.',
  export: 'Ekspor',
  workers: {
    title: 'Pekerja terdaftar (PU aktif)',
    count_one: '{{n}} pekerja dengan periode PU aktif per {{date}}.',
    count_other: '{{n}} pekerja dengan periode PU aktif per {{date}}.',
    versus: 'Register mencatat {{reported}} tenaga kerja: selisih {{gap}}.',
    toCompliance: 'Daftar kepatuhan',
    none: 'Belum ada pekerja dengan periode PU aktif di perusahaan ini per {{date}}.',
    showNik: 'Tampilkan NIK',
    name: 'Nama',
    nik: 'NIK',
    kpj: 'KPJ',
    start: 'Mulai PU',
  },
};

const en: typeof id = {
  nav: 'Employer compliance',
  title: 'Employer compliance',
  intro:
    "Active employers whose workforce in the register exceeds their workers registered as active PU participants: a likely 'PDS tenaga kerja' (some workers not registered). Only employers with a workforce figure are compared.",
  date: 'Participants counted at',
  kecamatan: 'Kecamatan',
  kbliSection: 'KBLI section',
  all: 'All',
  sort: 'Order',
  sorts: { gapDesc: 'Largest gap first', gapAsc: 'Smallest gap first', name: 'Employer name', reported: 'Largest workforce', active: 'Fewest participants' },
  summary: '{{n}} employers with a gap, active PU participants counted at {{date}}.',
  none: 'No active employer has a workforce above its active PU participants at {{date}}.',
  columns: { employer: 'Employer', reported: 'Reported workforce', active: 'Active PU participants', gap: 'Gap', followUps: 'Follow-ups' },
  reportedOn: 'figure of {{date}}',
  wlkpOn: 'WLKP {{date}}',
  dataOn: 'data of {{date}}',
  noParticipants: 'no participants yet',
  openFollowUps_one: '{{count}} open',
  openFollowUps_other: '{{count}} open',
  startFollowUp: 'Start a follow-up',
  startFollowUpFor: 'Start a follow-up for {{name}}',
  followUpNote:
    'Likely PDS tenaga kerja: {{reported}} workers reported (figure of {{reportedDate}}), {{active}} registered as active PU participants (at {{date}}), a gap of {{gap}}.',
  export: 'Export',
  workers: {
    title: 'Registered workers (active PU)',
    count_one: '{{n}} worker with an active PU period at {{date}}.',
    count_other: '{{n}} workers with an active PU period at {{date}}.',
    versus: 'The register records a workforce of {{reported}}: a gap of {{gap}}.',
    toCompliance: 'Compliance list',
    none: 'No worker has an active PU period at this employer at {{date}}.',
    showNik: 'Show NIK',
    name: 'Name',
    nik: 'NIK',
    kpj: 'KPJ',
    start: 'PU start',
  },
};

registerMessages('kepatuhan', { id, en });
