// Backups and restore: refusals, the words of a change a restore would undo, the CLI's lines.
export const backupMessages = {
  id: {
    backups: {
      notFound: 'Cadangan {{file}} tidak ditemukan.',
      noManifest: 'Cadangan {{file}} tidak lengkap (tanpa berkas manifes); tidak dapat dipulihkan.',
      checksumMismatch: 'Cadangan {{file}} rusak: sidiknya (SHA-256) tidak cocok dengan manifesnya. Tidak dipulihkan; pilih cadangan lain.',
      confirmFirst: 'Ketik {{word}} untuk memastikan pemulihan.',
      notHere: 'Pemulihan tidak tersedia di sini.',
      lostChange: '{{action}} · {{entity}} {{label}}',
      busy: 'Pencadangan sedang berjalan; coba lagi sebentar.',
      cli: {
        written: 'Cadangan ditulis: {{file}} ({{size}} MB, SHA-256 {{sha}})',
        secondMissing: 'Folder kedua {{folder}} tidak ada (drive USB tidak terpasang?); cadangan hanya ada di folder data.',
        secondFailed: 'Salinan ke folder kedua {{folder}} gagal diverifikasi.',
        secondOk: 'Disalin ke folder kedua dan diverifikasi: {{folder}}',
        none: 'Belum ada cadangan.',
        confirm: 'Pulihkan {{file}}? Basis data sekarang dicadangkan dulu. Ketik {{word}} untuk lanjut: ',
        cancelled: 'Dibatalkan; tidak ada yang berubah.',
        needYes: 'Bukan terminal: tambahkan --yes untuk memulihkan.',
        restored: 'Dipulihkan dari {{file}}. Cadangan basis data sebelumnya: {{safety}}',
      },
    },
  },
  en: {
    backups: {
      notFound: 'Backup {{file}} was not found.',
      noManifest: 'Backup {{file}} is incomplete (no manifest file); it cannot be restored.',
      checksumMismatch: 'Backup {{file}} is damaged: its fingerprint (SHA-256) does not match its manifest. Not restored; choose another backup.',
      confirmFirst: 'Type {{word}} to confirm the restore.',
      notHere: 'Restore is not available here.',
      lostChange: '{{action}} · {{entity}} {{label}}',
      busy: 'A backup is running; try again in a moment.',
      cli: {
        written: 'Backup written: {{file}} ({{size}} MB, SHA-256 {{sha}})',
        secondMissing: 'The second folder {{folder}} is not there (USB drive not plugged in?); the backup is only in the data folder.',
        secondFailed: 'The copy to the second folder {{folder}} did not verify.',
        secondOk: 'Copied to the second folder and verified: {{folder}}',
        none: 'No backups yet.',
        confirm: 'Restore {{file}}? The current database is backed up first. Type {{word}} to go on: ',
        cancelled: 'Cancelled; nothing was changed.',
        needYes: 'Not a terminal: add --yes to restore.',
        restored: 'Restored from {{file}}. Backup of the previous database: {{safety}}',
      },
    },
  },
} as const;
