import type { Catalogue } from './catalogue.ts';

// The worker import's second layout (a BPJS participant list) and its identity review: rows
// whose NIK is a person of the register under another name or birth date, held for a person
// to decide. Indonesian first; English carries every key.

const id = {
  workerReview: {
    noun: 'Tinjauan identitas',
    bpjsTemplateName: 'Templat impor daftar peserta BPJS',
    programmeTemplateName: 'Templat impor daftar pekerja program',
    fields: { participationStatus: 'Status kepesertaan' },
    import: {
      segmentRequired: 'Segmen kosong: isi kolom segmen (PU, BPU, Jakon atau PMI), atau NPP pemberi kerja untuk peserta penerima upah (PU).',
      nppNotFound: 'NPP {{npp}} tidak ada di register perusahaan. Daftarkan perusahaan ber-NPP {{npp}} di register perusahaan dulu, atau perbaiki NPP di baris ini, lalu periksa lagi.',
      endedWithoutDate: 'Status kepesertaan "{{value}}" berarti tidak aktif, tetapi tanggal berakhir kosong. Isi kolom tanggal non aktif (tanggal berakhir) agar statusnya tercatat benar.',
      endedWithoutDateColumn: 'Status kepesertaan "{{value}}" berarti tidak aktif, tetapi berkas tidak punya kolom tanggal non aktif (tanggal berakhir). Tambahkan kolom itu dengan tanggal berhentinya, lalu pilih berkasnya lagi.',
      toReview:
        'NIK {{nik}} sudah terdaftar atas nama "{{name}}", lahir {{birth}}; baris ini menyebut "{{rowName}}", lahir {{rowBirth}}. Data orang itu tidak ditimpa: baris ini masuk daftar tinjauan identitas, tempat Anda memilih data berkas atau data register.',
      keptBefore: 'NIK {{nik}} dengan nama "{{rowName}}" sudah ditinjau: {{who}} mempertahankan data register ("{{name}}") pada {{date}}. Baris ini dilewati.',
      toReviewInFile:
        'NIK {{nik}} di baris {{row}} bernama "{{name}}"; baris ini menyebut "{{rowName}}". Satu NIK adalah satu orang: baris ini masuk daftar tinjauan identitas.',
    },
    review: {
      notFound: 'Tinjauan identitas tidak ditemukan; mungkin impornya sudah dibatalkan.',
      alreadyResolved: 'Tinjauan ini sudah diselesaikan ({{state}}) oleh {{who}}.',
      personNotActive: 'Data orang ini berstatus "{{status}}"; kembalikan ke Aktif dulu sebelum memakai data berkas.',
      state: { open: 'terbuka', applied: 'data berkas dipakai', dismissed: 'data register dipertahankan' },
    },
  },
};

export const workerReviewMessages: Catalogue<typeof id> = {
  id,
  en: {
    workerReview: {
      noun: 'Identity review',
      bpjsTemplateName: 'BPJS participant list import template',
      programmeTemplateName: 'Programme worker list import template',
      fields: { participationStatus: 'Participation status' },
      import: {
        segmentRequired: 'The segment is empty: fill the segment column (PU, BPU, Jakon or PMI), or the employer\'s NPP for a wage-earning participant (PU).',
        nppNotFound: 'NPP {{npp}} is not in the employer register. Register the employer with NPP {{npp}} in the employer register first, or correct the NPP in this row, then check again.',
        endedWithoutDate: 'Participation status "{{value}}" means not active, but the end date is empty. Fill the end date (non-active date) column so the status is recorded right.',
        endedWithoutDateColumn: 'Participation status "{{value}}" means not active, but the file has no end date (non-active date) column. Add that column with the date it ended, then choose the file again.',
        toReview:
          'NIK {{nik}} is already registered to "{{name}}", born {{birth}}; this row says "{{rowName}}", born {{rowBirth}}. That person is not overwritten: the row goes to the identity review list, where you choose the file\'s data or the register\'s.',
        keptBefore: 'NIK {{nik}} named "{{rowName}}" was reviewed already: {{who}} kept the register\'s data ("{{name}}") on {{date}}. This row is skipped.',
        toReviewInFile: 'NIK {{nik}} in row {{row}} is named "{{name}}"; this row says "{{rowName}}". One NIK is one person: the row goes to the identity review list.',
      },
      review: {
        notFound: 'Identity review not found; its import may have been undone.',
        alreadyResolved: 'This review was already resolved ({{state}}) by {{who}}.',
        personNotActive: 'This person\'s record is "{{status}}"; restore it to Active before using the file\'s data.',
        state: { open: 'open', applied: 'file\'s data used', dismissed: 'register\'s data kept' },
      },
    },
  },
};
