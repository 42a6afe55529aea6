import type { DemoDocumentText } from './demo-documents.ts';

// The demo office's own facts: a letterhead that is plainly a sample, and the documents of the
// demo regulations (by their demo keys in core/regulations/demo-regulations.ts).

export const demoOfficeProfile = {
  address: 'Jl. Contoh No. 1, Negara (alamat contoh)',
  headName: 'I Made Contoh, S.H., M.Si.',
  // Birth 1970-05-12, appointed 1998-03, male, serial 007: the shape of a NIP, not a real one.
  headNip: '197005121998031007',
  phone: '(0365) 000000',
  email: 'disnaker@contoh.invalid',
};

const jamsostekParagraphs = [
  'Pemerintah Daerah memberikan perlindungan jaminan sosial ketenagakerjaan kepada pekerja rentan yang berdomisili di wilayahnya melalui program Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM).',
  'Iuran bagi pekerja rentan sebagaimana dimaksud dibebankan pada Anggaran Pendapatan dan Belanja Daerah sesuai dengan kemampuan keuangan daerah.',
  'Perangkat Daerah yang membidangi ketenagakerjaan melakukan pendataan, verifikasi dan validasi calon peserta bersama pemerintah desa dan BPJS Ketenagakerjaan.',
  'Pemberi kerja wajib mendaftarkan seluruh pekerjanya sebagai peserta program jaminan sosial ketenagakerjaan sesuai dengan ketentuan peraturan perundang-undangan.',
];

export const demoOfficeDocuments: { regulation: string; fileName: string; pages: number; text: DemoDocumentText }[] = [
  {
    regulation: 'jembrana48',
    fileName: 'Perbup Jembrana 48 2023 (contoh).pdf',
    pages: 4,
    text: { title: 'PERATURAN BUPATI JEMBRANA NOMOR 48 TAHUN 2023', subtitle: 'tentang Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan', paragraphs: jamsostekParagraphs },
  },
  {
    regulation: 'pergub19',
    fileName: 'Pergub Bali 19 2017 (contoh).pdf',
    pages: 3,
    text: { title: 'PERATURAN GUBERNUR BALI NOMOR 19 TAHUN 2017', subtitle: 'tentang Pelaksanaan Program Jaminan Sosial Ketenagakerjaan dan Kesehatan', paragraphs: jamsostekParagraphs },
  },
  {
    regulation: 'inpres2',
    fileName: 'Inpres 2 2021 (contoh).pdf',
    pages: 2,
    text: { title: 'INSTRUKSI PRESIDEN NOMOR 2 TAHUN 2021', subtitle: 'tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan', paragraphs: jamsostekParagraphs },
  },
];
