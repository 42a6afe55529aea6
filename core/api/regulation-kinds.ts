// The fixed lists of the regulation register (Regulasi), shared by the schema, core and the
// renderer: a leaf module with no imports.

/** Jenis peraturan: local instruments, agreements with BPJS, national ones kept for reference. */
export const regulationJenis = [
  'perda', 'pergub', 'perbup', 'perwali', 'kepgub', 'kepbup', 'kepwali', 'se', 'instruksi', 'pks',
  'uu', 'pp', 'perpres', 'inpres', 'permen', 'se_menteri', 'lainnya',
] as const;
export type RegulationJenis = (typeof regulationJenis)[number];

/** The usual singkatan of each jenis (JDIHN `singkatanJenis`): the form's default, an import's fallback. */
export const jenisSingkatan: Record<RegulationJenis, string> = {
  perda: 'Perda', pergub: 'Pergub', perbup: 'Perbup', perwali: 'Perwali', kepgub: 'Kepgub', kepbup: 'Kepbup', kepwali: 'Kepwali',
  se: 'SE', instruksi: 'Instruksi', pks: 'PKS', uu: 'UU', pp: 'PP', perpres: 'Perpres', inpres: 'Inpres', permen: 'Permen',
  se_menteri: 'SE Menteri', lainnya: '',
};

/** Jenis published in no Lembaran / Berita Daerah: their `sumber` stays empty. */
export const jenisWithoutSumber: readonly RegulationJenis[] = ['se', 'instruksi', 'pks', 'se_menteri', 'inpres'];
/** Jenis whose nomor and tahun an office may not know (an agreement, "lainnya"): all others need both. */
export const jenisWithoutNumber: readonly RegulationJenis[] = ['pks', 'lainnya'];

export const regulationRecordStatuses = ['aktif', 'salah_input'] as const;
export type RegulationRecordStatus = (typeof regulationRecordStatuses)[number];

/** Relations, stored once from the newer instrument's side; the ordering kinds may never form a cycle. */
export const relationKinds = ['mengubah', 'mencabut', 'mencabut_sebagian', 'melaksanakan', 'terkait'] as const;
export type RelationKind = (typeof relationKinds)[number];
export const orderingRelationKinds: readonly RelationKind[] = ['mengubah', 'mencabut', 'mencabut_sebagian', 'melaksanakan'];

/** Status at a date, derived from relations and dates, never typed. */
export const legalStatuses = ['belum_berlaku', 'berlaku', 'berlaku_dengan_perubahan', 'dicabut_sebagian', 'dicabut'] as const;
export type LegalStatus = (typeof legalStatuses)[number];

export const commitmentKinds = ['target', 'anggaran', 'kategori', 'sumber_dana', 'kewajiban'] as const;
export type CommitmentKind = (typeof commitmentKinds)[number];
