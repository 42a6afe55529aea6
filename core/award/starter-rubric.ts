// The starter rubric of the Paritrana Award for a kabupaten/kota, rebuilt from public knowledge
// (officials' statements and real submissions: no juknis, weight table or evidence list has been
// published). It is DATA the office copies into a cycle and then edits: weights are placeholders
// summing to 100, and the evidence asked is written as the juries have been seen to ask it.

export interface RubricIndicatorData {
  code: string;
  title: string;
  evidenceAsked: string;
  weight: number | null;
  maxScore: number | null;
}

export interface RubricAspectData {
  code: string;
  title: string;
  description: string;
  weight: number | null;
  indicators: RubricIndicatorData[];
}

/** The aspect the interview brief takes its innovations from (also any aspect titled "inovasi"). */
export const innovationAspectCode = 'G';

const i = (code: string, title: string, evidenceAsked: string, weight: number | null = null, maxScore: number | null = 5): RubricIndicatorData => ({ code, title, evidenceAsked, weight, maxScore });

export const starterRubric: readonly RubricAspectData[] = [
  {
    code: 'A',
    title: 'Regulasi dan kebijakan',
    description: 'Dasar hukum perlindungan jaminan sosial ketenagakerjaan di daerah. Syarat sebelum wawancara: regulasi ada.',
    weight: 20,
    indicators: [
      i('A.1', 'Perda atau Perkada tentang jaminan sosial ketenagakerjaan', 'Salinan Perda/Perbup/Perwali dengan nomor, tanggal dan sumber Lembaran/Berita Daerah.'),
      i('A.2', 'Perkada perlindungan pekerja rentan dan non-ASN', 'Perbup/Perwali tentang pekerja rentan dan pegawai non-ASN, dengan SK penerima berbasis NIK.'),
      i('A.3', 'Surat Edaran atau Instruksi kepala daerah', 'SE/Instruksi bupati/wali kota kepada OPD, camat dan kepala desa tentang kepesertaan BPJS Ketenagakerjaan.'),
      i('A.4', 'Perizinan dan sanksi TMP2T', 'Regulasi yang mengaitkan izin usaha dengan kepesertaan BPJS Ketenagakerjaan dan sanksi tidak mendapat pelayanan publik tertentu.'),
      i('A.5', 'Target cakupan dalam dokumen perencanaan', 'Kutipan RPJMD/RKPD yang memuat target cakupan kepesertaan jaminan sosial ketenagakerjaan.'),
      i('A.6', 'Perjanjian kerja sama dengan BPJS Ketenagakerjaan', 'Naskah PKS/MoU pemerintah daerah dengan BPJS Ketenagakerjaan yang masih berlaku.'),
    ],
  },
  {
    code: 'B',
    title: 'Anggaran dan implementasi program',
    description: 'Dana daerah dan dana desa untuk iuran, serta pelaksanaannya.',
    weight: 15,
    indicators: [
      i('B.1', 'Anggaran iuran dalam APBD/APBD-P', 'Kutipan DPA/APBD: nilai rupiah, jumlah peserta, paket program, dan bukti pembayaran iuran.'),
      i('B.2', 'Pekerja non-ASN, penyelenggara pemilu dan BUMD terdaftar', 'Daftar peserta non-ASN, badan ad hoc pemilu dan pegawai BUMD dengan sumber dananya.'),
      i('B.3', 'Dana desa untuk perangkat dan warga rentan', 'APBDes/ADD/Dana Desa yang membayar iuran perangkat desa, BPD, RT/RW, kader dan warga rentan.'),
      i('B.4', 'Dukungan CSR dan Baznas', 'Perjanjian atau laporan CSR/Baznas yang membiayai iuran pekerja rentan.'),
      i('B.5', 'Tim atau satgas jaminan sosial ketenagakerjaan', 'SK tim koordinasi/satgas jamsostek daerah dan laporan kegiatannya.'),
    ],
  },
  {
    code: 'C',
    title: 'Kepesertaan penerima upah (PU)',
    description: 'Cakupan pekerja penerima upah dan badan usaha terdaftar.',
    weight: 10,
    indicators: [
      i('C.1', 'Cakupan peserta PU per 31 Desember', 'Tabel cakupan PU dengan pertumbuhan dari tahun sebelumnya dan sumber penyebutnya.'),
      i('C.2', 'Pemberi kerja terdaftar', 'Jumlah pemberi kerja terdaftar dan yang baru didaftarkan dalam periode penilaian.'),
    ],
  },
  {
    code: 'D',
    title: 'Kepesertaan bukan penerima upah (BPU)',
    description: 'Cakupan pekerja mandiri dan pekerja rentan.',
    weight: 10,
    indicators: [
      i('D.1', 'Cakupan peserta BPU per 31 Desember', 'Tabel cakupan BPU dengan pertumbuhan dari tahun sebelumnya dan sumber penyebutnya.'),
      i('D.2', 'Pekerja rentan menurut kategori dan sumber dana', 'Tabel pekerja rentan per kategori (petani, nelayan, seniman, pekerja adat dan keagamaan) dan sumber dananya.'),
    ],
  },
  {
    code: 'E',
    title: 'Kepesertaan jasa konstruksi (Jakon)',
    description: 'Pekerja proyek konstruksi, terutama proyek APBD.',
    weight: 5,
    indicators: [
      i('E.1', 'Proyek APBD yang pekerjanya terdaftar', 'Daftar proyek konstruksi APBD dengan nilai kontrak dan bukti kepesertaan Jakon.'),
      i('E.2', 'Cakupan peserta Jakon', 'Tabel cakupan segmen Jakon dari potret bulanan.'),
    ],
  },
  {
    code: 'F',
    title: 'Kepatuhan pemberi kerja',
    description: 'Pengawasan dan tindak lanjut pemberi kerja yang belum mendaftarkan seluruh pekerjanya (PDS/PWBD).',
    weight: 10,
    indicators: [
      i('F.1', 'Daftar kepatuhan pemberi kerja', 'Daftar pemberi kerja yang jumlah pekerja dilaporkan melebihi peserta PU aktif.'),
      i('F.2', 'Tindak lanjut pemberi kerja', 'Kunjungan, pemeriksaan, teguran dan rekomendasi sanksi dalam periode penilaian.'),
    ],
  },
  {
    code: innovationAspectCode,
    title: 'Inovasi kebijakan',
    description: 'Inovasi daerah yang memperluas perlindungan, dengan dasar hukum dan hasilnya.',
    weight: 10,
    indicators: [
      i('G.1', 'Inovasi yang bernama dan berdasar hukum', 'Nama inovasi, dasar hukum, tanggal mulai, dan hasilnya dalam angka (mis. "UCOK" Badung).'),
      i('G.2', 'Keberlanjutan dan replikasi inovasi', 'Anggaran lanjutan, perluasan ke desa/kelompok lain, atau replikasi oleh daerah lain.'),
    ],
  },
  {
    code: 'H',
    title: 'Sosialisasi',
    description: 'Penyebaran informasi kepada pekerja, pemberi kerja dan perangkat daerah.',
    weight: 10,
    indicators: [
      i('H.1', 'Kegiatan sosialisasi', 'Daftar kegiatan sosialisasi (tanggal, sasaran, peserta) dengan foto dan daftar hadir.'),
      i('H.2', 'Media informasi', 'Materi di media cetak, radio, media sosial dan situs pemerintah daerah.'),
    ],
  },
  {
    code: 'I',
    title: 'Wawancara',
    description: 'Presentasi kepala daerah sekitar sepuluh menit dan tanya jawab dengan dewan juri.',
    weight: 10,
    indicators: [
      i('I.1', 'Presentasi kepala daerah', 'Bahan paparan kepala daerah dan ringkasan satu halaman.'),
      i('I.2', 'Komitmen ke depan', 'Rencana target dan anggaran tahun berikutnya yang disampaikan dalam wawancara.'),
    ],
  },
];
