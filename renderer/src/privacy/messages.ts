import { registerMessages } from '../i18n/index.ts';

// Strings of the personal-data pieces (UU PDP) under `privasi.*`: the person's data report,
// masking NIKs in an export, the NIK column's default. Bahasa Indonesia first.

const id = {
  report: {
    button: 'Laporan data pribadi',
    pdf: 'PDF (untuk dicetak atau diserahkan)',
    xlsx: 'Excel (.xlsx)',
    hint: 'Semua data tentang orang ini dan setiap pemrosesannya (UU PDP). Pembuatan laporan tercatat di log perubahan.',
    done: '{{file}} dibuat.',
    failed: 'Laporan gagal dibuat',
  },
  export: {
    maskNik: 'Samarkan NIK',
    maskRequired: 'NIK selalu disamarkan dalam ekspor Anda: NIK lengkap dalam ekspor hanya untuk kepala bidang ke atas (UU PDP).',
    maskNikHint: 'NIK hanya tampil 6 digit awal dan 4 digit akhir (510301******0002); tanggal lahir hanya tahunnya, sebab digit NIK yang disamarkan memuat tanggal lahir. Dicatat di log perubahan.',
    maskSortHint: 'Tampilan ini diurutkan menurut NIK atau tanggal lahir: berkas yang disamarkan memakai urutan lain (menurut nama), sebab urutan itu membuka tanggal lahir. Kepala berkas menyebutkannya.',
  },
  settings: {
    title: 'Data pribadi',
    hideNik: 'Sembunyikan kolom NIK di register pekerja sebagai bawaan',
    hideNikHint: 'Pengguna tetap dapat menampilkan kolom NIK lewat pilihan kolom; pengaturan ini hanya mengubah tampilan awal. Perubahannya tercatat di log perubahan.',
    saved: 'Pengaturan data pribadi tersimpan.',
  },
};

registerMessages('privasi', {
  id,
  en: {
    report: {
      button: 'Personal data report',
      // The report is the data subject's, in Indonesian whatever the screen's language (person-report/report-words.ts).
      pdf: 'PDF in Indonesian (to print or hand over)',
      xlsx: 'Excel (.xlsx), in Indonesian',
      hint: 'Everything held about this person and every processing of it (UU PDP), written in Indonesian: the report is handed to the person it is about. Making the report is recorded in the change log.',
      done: '{{file}} made.',
      failed: 'The report could not be made',
    },
    export: {
      maskNik: 'Mask NIKs',
      maskRequired: 'NIKs are always masked in your exports: full NIKs in an export are for a head of division and up (personal data law, UU PDP).',
      maskNikHint: 'NIKs show only their first 6 and last 4 digits (510301******0002); birth dates only their year, since the masked digits of the NIK hold the birth date. Recorded in the change log.',
      maskSortHint: "This view is sorted by NIK or birth date: a masked file is written in another order (by name), since that order would give away the birth dates. The file's heading says so.",
    },
    settings: {
      title: 'Personal data',
      hideNik: 'Hide the NIK column of the worker register by default',
      hideNikHint: 'Users can still show the NIK column through the column chooser; this only sets how the register opens. Changes are recorded in the change log.',
      saved: 'Personal data settings saved.',
    },
  },
});
