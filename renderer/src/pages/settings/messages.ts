import { registerMessages } from '../../i18n/index.ts';

// Words of the encryption settings page, under `encryption.*`. Import for its side effect.

const id = {
  nav: 'Enkripsi data',
  title: 'Enkripsi data (enkripsi saat disimpan)',
  intro: 'Dengan enkripsi aktif, basis data, lognya (WAL) dan setiap cadangan disimpan terenkripsi: berkasnya tidak dapat dibaca tanpa kunci, juga bila komputer atau flashdisk hilang.',
  statusOff: 'Enkripsi belum aktif. Data tersimpan sebagai teks biasa di folder data.',
  statusPending: 'Enkripsi akan diterapkan saat Lindung dimulai ulang. Tutup aplikasi lalu buka lagi.',
  statusOn: 'Enkripsi aktif. Kunci dibuka oleh: {{by}}.',
  byPassphrase: 'kata sandi enkripsi',
  byKeystore: 'penyimpanan kunci komputer ini',
  lostTitle: 'Baca dulu: kunci yang hilang tidak dapat diganti',
  lost1: 'Kunci data dibuka dengan kata sandi enkripsi{{keystore}}.',
  lostKeystore: ' dan, di komputer ini, oleh penyimpanan kunci Windows/sistem operasi',
  lost2: 'Jika kata sandi hilang dan komputer ini rusak, diganti, atau akun Windows-nya dihapus, data TIDAK DAPAT dibaca oleh siapa pun — termasuk tim IT dan pembuat Lindung. Cadangan juga tidak.',
  lost2PassphraseOnly: 'Jika kata sandi enkripsi hilang, data TIDAK DAPAT dibaca oleh siapa pun — termasuk tim IT dan pembuat Lindung. Cadangan juga tidak.',
  confirmPassphraseOnly: 'Saya sudah menulis kata sandi ini dan mengerti: tanpa kata sandi ini data tidak dapat dibaca oleh siapa pun.',
  lost3: 'Tulis kata sandi di kertas dan simpan di tempat aman (misalnya lemari terkunci pimpinan). Kata sandi ini juga dibutuhkan untuk lindung serve dan baris perintah.',
  passphrase: 'Kata sandi enkripsi (minimal 12 karakter)',
  passphraseAgain: 'Ulangi kata sandi',
  mismatch: 'Kedua kata sandi tidak sama.',
  tooShort: 'Minimal 12 karakter.',
  confirm: 'Saya sudah menulis kata sandi ini dan mengerti: tanpa kata sandi ini (dan penyimpanan kunci komputer ini) data tidak dapat dibaca oleh siapa pun.',
  turnOn: 'Aktifkan enkripsi',
  turnedOn: 'Enkripsi diminta. Mulai ulang Lindung untuk mengenkripsi basis data dan cadangannya.',
};

const en: typeof id = {
  nav: 'Data encryption',
  title: 'Data encryption (encryption at rest)',
  intro: 'With encryption on, the database, its log (WAL) and every backup are stored encrypted: the files cannot be read without the key, also when the computer or a USB drive is lost.',
  statusOff: 'Encryption is off. Data is stored as plain text in the data folder.',
  statusPending: 'Encryption is applied when Lindung restarts. Close the app and open it again.',
  statusOn: 'Encryption is on. The key is opened by: {{by}}.',
  byPassphrase: 'the encryption passphrase',
  byKeystore: 'this computer’s keystore',
  lostTitle: 'Read first: a lost key cannot be replaced',
  lost1: 'The data key is opened with the encryption passphrase{{keystore}}.',
  lostKeystore: ' and, on this computer, by the Windows/operating system keystore',
  lost2: 'If the passphrase is lost and this computer breaks, is replaced, or its Windows account is deleted, the data CANNOT be read by anyone — including IT and the makers of Lindung. Nor can the backups.',
  lost2PassphraseOnly: 'If the encryption passphrase is lost, the data CANNOT be read by anyone — including IT and the makers of Lindung. Nor can the backups.',
  confirmPassphraseOnly: 'I have written this passphrase down and understand: without it nobody can read the data.',
  lost3: 'Write the passphrase on paper and keep it somewhere safe (for example the head of office’s locked cabinet). It is also needed for lindung serve and the command line.',
  passphrase: 'Encryption passphrase (at least 12 characters)',
  passphraseAgain: 'Repeat the passphrase',
  mismatch: 'The two passphrases differ.',
  tooShort: 'At least 12 characters.',
  confirm: 'I have written this passphrase down and understand: without it (and this computer’s keystore) nobody can read the data.',
  turnOn: 'Turn encryption on',
  turnedOn: 'Encryption requested. Restart Lindung to encrypt the database and its backups.',
};

registerMessages('encryption', { id, en });
