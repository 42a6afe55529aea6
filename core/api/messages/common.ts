// Words every part of the app shares: generic failures, the names of things.
export const commonMessages = {
  id: {
    errors: {
      unknownChannel: 'Permintaan tidak dikenal.',
      inputTooLarge: 'Data yang dikirim terlalu besar.',
      notJson: 'Data yang dikirim bukan JSON yang sah.',
      badToken: 'Token tidak sah.',
      forbiddenKey: 'Data yang dikirim memuat kunci terlarang.',
      invalidInput: 'Isian belum benar. Periksa kolom yang ditandai.',
      internal: 'Terjadi kesalahan di aplikasi; tidak ada data yang berubah. Coba lagi atau hubungi admin.',
      notFound: '{{what}} tidak ditemukan.',
    },
    things: { employer: 'Data perusahaan', followUp: 'Tindak lanjut', auditEntry: 'Catatan riwayat', region: 'Wilayah {{code}}' },
  },
  en: {
    errors: {
      unknownChannel: 'Unknown request.',
      inputTooLarge: 'The data sent is too large.',
      notJson: 'The data sent is not valid JSON.',
      badToken: 'Invalid token.',
      forbiddenKey: 'The data sent contains a forbidden key.',
      invalidInput: 'Some fields are not valid. Check the marked fields.',
      internal: 'Something went wrong in the app; nothing was changed. Try again or contact support.',
      notFound: '{{what}} not found.',
    },
    things: { employer: 'Employer record', followUp: 'Follow-up', auditEntry: 'Audit entry', region: 'Region {{code}}' },
  },
} as const;
