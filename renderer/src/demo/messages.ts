import { registerMessages } from '../i18n/index.ts';

// Strings of the demo office ("Kantor contoh") under `contoh.*`. Bahasa Indonesia first.

const id = {
  setupButton: 'Coba dengan kantor contoh',
  setupHint: 'Tanpa mengisi apa pun: aplikasi disiapkan sebagai Dinas Tenaga Kerja Kabupaten Jembrana (CONTOH) dan diisi data contoh di semua bagian. Untuk data kantor sendiri, pakai folder data lain.',
  title: 'Kantor contoh',
  aboutHint: 'Ingin mencoba semua bagian aplikasi dengan data contoh? Di folder data yang masih kosong:',
  intro: 'Semua bagian aplikasi diisi data contoh dalam satu langkah: kop surat dan logo, pemberi kerja, pekerja dan program pekerja rentan, angka cakupan Bali yang dipublikasikan, regulasi dengan dokumennya, cakupan 24 bulan terakhir yang dibekukan, dan siklus Paritrana dengan buktinya. Data contoh hanya dimuat ke folder data yang masih kosong.',
  employers: 'Pemberi kerja contoh',
  workers: 'Pekerja contoh',
  load: 'Muat kantor contoh',
  running: 'Memuat kantor contoh… {{percent}}',
  phases: {
    generate: 'Menyiapkan data',
    read: 'Membaca',
    check: 'Memeriksa',
    commit: 'Menyimpan',
    regulations: 'Regulasi',
    documents: 'Dokumen regulasi',
    months: 'Membekukan cakupan bulanan',
    award: 'Siklus Paritrana',
  },
  done: 'Kantor contoh siap: {{employers}} pemberi kerja, {{workers}} pekerja, {{regulations}} regulasi, {{documents}} dokumen, {{months}} bulan cakupan dibekukan.',
  failed: 'Kantor contoh tidak dapat dimuat',
  next: 'Mulai dari sini',
  links: { coverage: 'Angka cakupan', employers: 'Register pemberi kerja', workers: 'Register pekerja', regulations: 'Register regulasi', award: 'Paritrana' },
};

registerMessages('contoh', {
  id,
  en: {
    setupButton: 'Try with a demo office',
    setupHint: 'Without typing anything: the app is set up as the Jembrana Regency Manpower Office (DEMO) and every part is filled with sample data. For your own office’s data, use another data folder.',
    title: 'Demo office',
    aboutHint: 'Want to try every part of the app with sample data? In a data folder that is still empty:',
    intro: 'Every part of the app filled with sample data in one step: letterhead and logo, employers, workers and vulnerable-worker programmes, the published Bali coverage figures, regulations with their documents, the last 24 months of coverage frozen, and a Paritrana cycle with its evidence. Sample data loads only into an empty data folder.',
    employers: 'Demo employers',
    workers: 'Demo workers',
    load: 'Load the demo office',
    running: 'Loading the demo office… {{percent}}',
    phases: {
      generate: 'Preparing data',
      read: 'Reading',
      check: 'Checking',
      commit: 'Saving',
      regulations: 'Regulations',
      documents: 'Regulation documents',
      months: 'Freezing monthly coverage',
      award: 'Paritrana cycle',
    },
    done: 'Demo office ready: {{employers}} employers, {{workers}} workers, {{regulations}} regulations, {{documents}} documents, {{months}} coverage months frozen.',
    failed: 'The demo office could not be loaded',
    next: 'Start here',
    links: { coverage: 'Coverage figures', employers: 'Employer register', workers: 'Worker register', regulations: 'Regulation register', award: 'Paritrana' },
  },
});
