import type { RegulationInput } from '../api/regulations.ts';
import type { RelationKind } from '../api/regulation-kinds.ts';

// The real instruments named in the domain brief, as demo records: only what the brief (or the
// instrument's well-known title) says is filled; unknown numbers and dates stay empty, and a
// title the brief does not give says so. Relations only where they are certain.

export interface DemoRegulation {
  key: string;
  values: RegulationInput;
  commitments?: { kind: 'target' | 'kategori'; targetCount?: number; description: string }[];
}

const unknownTitle = (what: string) => `${what} (judul lengkap belum dicatat; lengkapi dari dokumennya)`;

export const demoRegulations: DemoRegulation[] = [
  { key: 'uu24', values: { jenis: 'uu', nomor: '24', tahun: 2011, judul: 'Badan Penyelenggara Jaminan Sosial', subjek: 'Jaminan sosial; BPJS' } },
  {
    key: 'pp86',
    values: {
      jenis: 'pp', nomor: '86', tahun: 2013, subjek: 'Jaminan sosial; sanksi administratif',
      judul: 'Tata Cara Pengenaan Sanksi Administratif kepada Pemberi Kerja Selain Penyelenggara Negara dan Setiap Orang, Selain Pemberi Kerja, Pekerja, dan Penerima Bantuan Iuran dalam Penyelenggaraan Jaminan Sosial',
    },
  },
  {
    key: 'inpres2',
    values: {
      jenis: 'inpres', nomor: '2', tahun: 2021, tanggalPenetapan: '2021-03-25', judul: 'Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan',
      subjek: 'Jaminan sosial ketenagakerjaan',
      abstrak: 'Pemerintah daerah diinstruksikan mengatur dan menganggarkan perlindungan jaminan sosial ketenagakerjaan, termasuk pegawai non-ASN dan penyelenggara pemilu.',
    },
  },
  { key: 'seMendagri', values: { jenis: 'se_menteri', singkatanJenis: 'SE Mendagri', nomor: '842.2/5193/SJ', tahun: 2021, judul: unknownTitle('Surat Edaran Menteri Dalam Negeri tentang jaminan sosial ketenagakerjaan'), subjek: 'Jaminan sosial ketenagakerjaan' } },
  { key: 'pergub19', values: { jenis: 'pergub', nomor: '19', tahun: 2017, teuBadan: 'Bali (Provinsi)', judul: 'Pelaksanaan Program Jaminan Sosial Ketenagakerjaan dan Kesehatan', subjek: 'Jaminan sosial' } },
  { key: 'perda10', values: { jenis: 'perda', nomor: '10', tahun: 2019, teuBadan: 'Bali (Provinsi)', judul: 'Penyelenggaraan Ketenagakerjaan', subjek: 'Ketenagakerjaan' } },
  {
    key: 'gianyar55',
    values: { jenis: 'perbup', nomor: '55', tahun: 2018, teuBadan: 'Gianyar (Kabupaten)', judul: unknownTitle('Peraturan Bupati Gianyar tentang perlindungan pekerja rentan (JKK dan JKM)'), subjek: 'Pekerja rentan; JKK; JKM' },
    commitments: [{ kind: 'kategori', description: 'Pekerja rentan: JKK dan JKM' }],
  },
  {
    key: 'gianyar35',
    values: { jenis: 'perbup', nomor: '35', tahun: 2025, teuBadan: 'Gianyar (Kabupaten)', judul: unknownTitle('Peraturan Bupati Gianyar tentang perlindungan pekerja rentan (JKK dan JKM)'), subjek: 'Pekerja rentan; JKK; JKM' },
    commitments: [{ kind: 'kategori', description: 'Pekerja rentan: JKK dan JKM' }],
  },
  {
    key: 'jembrana48',
    // Jembrana's own Perbup covers Kabupaten Jembrana (51.01), the demo office's area: coverage before and after has its area.
    values: { jenis: 'perbup', nomor: '48', tahun: 2023, teuBadan: 'Jembrana (Kabupaten)', areaCode: '51.01', judul: unknownTitle('Peraturan Bupati Jembrana tentang perlindungan jaminan sosial pekerja rentan'), subjek: 'Pekerja rentan' },
    commitments: [{ kind: 'target', targetCount: 2050, description: 'Pekerja rentan yang dilindungi' }],
  },
  { key: 'tabanan73', values: { jenis: 'perbup', nomor: '73', tahun: 2021, teuBadan: 'Tabanan (Kabupaten)', judul: unknownTitle('Peraturan Bupati Tabanan tentang jaminan sosial ketenagakerjaan'), subjek: 'Jaminan sosial ketenagakerjaan' } },
];

/** Relations that are certain: PP 86/2013 implements UU 24/2011 (BPJS); the rest are marked related only. */
export const demoRelations: { from: string; to: string; kind: RelationKind }[] = [
  { from: 'pp86', to: 'uu24', kind: 'melaksanakan' },
  { from: 'seMendagri', to: 'inpres2', kind: 'terkait' },
  { from: 'gianyar35', to: 'gianyar55', kind: 'terkait' },
];
