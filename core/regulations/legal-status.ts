import type { LegalStatus, RelationKind } from '../api/regulation-kinds.ts';

// A regulation's status in law at a date, derived from the dates and the relations that act on
// it, never typed: belum berlaku before it takes effect; dicabut once a revoking instrument has
// taken effect; dicabut sebagian, or berlaku dengan perubahan, after a partial revocation or an
// amendment; berlaku otherwise. An acting instrument entered in error acts on nothing.

/** The day an instrument takes effect: its own date, else promulgation, else enactment. */
export interface Dated {
  effectiveDate: string | null;
  tanggalPengundangan: string | null;
  tanggalPenetapan: string | null;
}
export const effectiveOf = (r: Dated): string | null => r.effectiveDate ?? r.tanggalPengundangan ?? r.tanggalPenetapan;

/** A relation acting on the regulation: its kind and the acting instrument's dates. */
export interface ActingRelation {
  kind: RelationKind;
  from: Dated;
}

export function legalStatusAt(self: Dated, acting: readonly ActingRelation[], date: string): LegalStatus {
  const own = effectiveOf(self);
  if (own && own > date) return 'belum_berlaku';
  // An acting instrument with no date known is taken as in effect (it exists; its day is unknown).
  const kinds = new Set(acting.filter((a) => (effectiveOf(a.from) ?? '') <= date).map((a) => a.kind));
  if (kinds.has('mencabut')) return 'dicabut';
  if (kinds.has('mencabut_sebagian')) return 'dicabut_sebagian';
  if (kinds.has('mengubah')) return 'berlaku_dengan_perubahan';
  return 'berlaku';
}

const effectiveSql = (a: string) => `coalesce(${a}.effective_date, ${a}.tanggal_pengundangan, ${a}.tanggal_penetapan)`;
const actedOnSql = (alias: string, kind: RelationKind, today: string) => `EXISTS (SELECT 1 FROM regulation_relation x JOIN regulation s ON s.id = x.from_id
  WHERE x.to_id = ${alias}.id AND x.kind = '${kind}' AND s.record_status = 'aktif' AND coalesce(${effectiveSql('s')}, '') <= ${today})`;

/** The same rule in SQL for a row aliased `alias` at the SQL date `today` (trusted expressions). */
export const legalStatusSql = (alias: string, today: string) => `CASE
  WHEN ${effectiveSql(alias)} > ${today} THEN 'belum_berlaku'
  WHEN ${actedOnSql(alias, 'mencabut', today)} THEN 'dicabut'
  WHEN ${actedOnSql(alias, 'mencabut_sebagian', today)} THEN 'dicabut_sebagian'
  WHEN ${actedOnSql(alias, 'mengubah', today)} THEN 'berlaku_dengan_perubahan'
  ELSE 'berlaku' END`;
