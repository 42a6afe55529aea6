// Words of encryption at rest: unlocking the database, turning encryption on.
export const encryptionMessages = {
  id: {
    encryption: {
      locked: 'Basis data ini terenkripsi. Berikan kata sandi enkripsi (env LINDUNG_PASSPHRASE, atau ketik di terminal).',
      wrongPassphrase: 'Kata sandi enkripsi salah; basis data tidak dibuka.',
      wrongKey: 'Kunci tidak dapat membuka basis data ini (kunci salah, atau berkas kunci lindung.key bukan milik basis data ini). Tidak ada yang diubah.',
      alreadyOn: 'Enkripsi sudah aktif untuk folder data ini.',
      passphraseTooShort: 'Kata sandi enkripsi minimal {{min}} karakter.',
      passphraseMismatch: 'Kedua kata sandi tidak sama.',
      inUse: 'Basis data sedang dibuka oleh program lain (aplikasi Lindung atau lindung serve). Tutup dulu, lalu ulangi.',
      notConfirmed: 'Centang konfirmasi dulu: tanpa kata sandi ini data tidak dapat dibaca.',
      turnedOn: 'Enkripsi aktif. Basis data, log WAL, dan cadangan di folder backups kini terenkripsi.',
      backupsEncrypted: 'Cadangan lama yang dienkripsi: {{count}}.',
      backupsElsewhere: 'Cadangan yang dulu ditulis ke folder lain (--to, flashdisk) masih tidak terenkripsi: hapus, lalu buat cadangan baru.',
      askPassphrase: 'Kata sandi enkripsi: ',
      askPassphraseAgain: 'Ulangi kata sandi: ',
    },
  },
  en: {
    encryption: {
      locked: 'This database is encrypted. Give the encryption passphrase (env LINDUNG_PASSPHRASE, or type it at the terminal).',
      wrongPassphrase: 'Wrong encryption passphrase; the database was not opened.',
      wrongKey: 'The key does not open this database (a wrong key, or a lindung.key file that is not this database’s). Nothing was changed.',
      alreadyOn: 'Encryption is already on for this data folder.',
      passphraseTooShort: 'The encryption passphrase needs at least {{min}} characters.',
      passphraseMismatch: 'The two passphrases differ.',
      inUse: 'The database is open in another program (the Lindung app or lindung serve). Close it, then try again.',
      notConfirmed: 'Tick the confirmation first: without this passphrase the data cannot be read.',
      turnedOn: 'Encryption is on. The database, its WAL and the backups in the backups folder are now encrypted.',
      backupsEncrypted: 'Old backups encrypted: {{count}}.',
      backupsElsewhere: 'Backups written to other folders before (--to, a USB drive) are still plain: delete them, then make a new backup.',
      askPassphrase: 'Encryption passphrase: ',
      askPassphraseAgain: 'Repeat the passphrase: ',
    },
  },
};
