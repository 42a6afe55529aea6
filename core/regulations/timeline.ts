import { stmt } from '../../db/statements.ts';
import type { RelationKind, TimelineEntry } from '../api/regulations.ts';
import type { ServiceContext } from '../context.ts';
import { effectiveOf, legalStatusAt, type ActingRelation } from './legal-status.ts';
import { labelOf, type RegulationTableRow } from './regulation-record.ts';

// A rule's family on one screen: the instruments joined to it by amendment and revocation (in
// either direction, as far as the chain goes), in the order they took effect, each with what it
// did to the others and its status today. Implementing and related rules are not family.

const familyKinds: readonly RelationKind[] = ['mengubah', 'mencabut', 'mencabut_sebagian'];
const edgesSql = `SELECT from_id AS fromId, to_id AS toId, kind FROM regulation_relation
  WHERE (from_id = ? OR to_id = ?) AND kind IN (${familyKinds.map((k) => `'${k}'`).join(', ')})`;

interface Edge {
  fromId: number;
  toId: number;
  kind: RelationKind;
}

const roleOf = (kinds: RelationKind[]): TimelineEntry['role'] =>
  kinds.includes('mencabut') ? 'pencabutan' : kinds.includes('mencabut_sebagian') ? 'pencabutan_sebagian' : kinds.includes('mengubah') ? 'perubahan' : 'asal';

export function familyTimeline(ctx: ServiceContext, id: number, today: string): TimelineEntry[] {
  const edges = new Map<string, Edge>();
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length && seen.size < 200) {
    const at = queue.shift()!;
    for (const e of stmt(ctx.sqlite, edgesSql).all(at, at) as Edge[]) {
      edges.set(`${e.fromId}-${e.toId}`, e);
      for (const other of [e.fromId, e.toId]) {
        if (seen.has(other)) continue;
        seen.add(other);
        queue.push(other);
      }
    }
  }
  if (edges.size === 0) return [];
  const rows = new Map([...seen].map((n) => [n, stmt(ctx.sqlite, 'SELECT * FROM regulation WHERE id = ?').get(n) as Record<string, unknown>]));
  const record = (n: number) => {
    const raw = rows.get(n)!;
    return {
      uid: raw.uid as string, jenis: raw.jenis, singkatanJenis: raw.singkatan_jenis, teuBadan: raw.teu_badan, nomor: raw.nomor, tahun: raw.tahun, judul: raw.judul as string,
      effectiveDate: raw.effective_date as string | null, tanggalPengundangan: raw.tanggal_pengundangan as string | null, tanggalPenetapan: raw.tanggal_penetapan as string | null,
      recordStatus: raw.record_status as string,
    };
  };
  const all = [...edges.values()];
  const entries = [...seen].map((n): TimelineEntry & { tahun: number | null } => {
    const r = record(n);
    const acts = all.filter((e) => e.fromId === n);
    const acting: ActingRelation[] = all.filter((e) => e.toId === n && record(e.fromId).recordStatus === 'aktif').map((e) => ({ kind: e.kind, from: record(e.fromId) }));
    return {
      uid: r.uid,
      label: labelOf(r as unknown as RegulationTableRow),
      judul: r.judul,
      date: effectiveOf(r),
      role: roleOf(acts.map((e) => e.kind)),
      acts: acts.map((e) => ({ kind: e.kind, label: labelOf(record(e.toId) as unknown as RegulationTableRow) })),
      status: legalStatusAt(r, acting, today),
      tahun: r.tahun as number | null,
    };
  });
  // Unknown dates go by year, after the dated ones of that year.
  const key = (e: { date: string | null; tahun: number | null }) => e.date ?? `${e.tahun ?? 9999}-99`;
  return entries.sort((a, b) => key(a).localeCompare(key(b))).map(({ tahun: _t, ...e }) => e);
}
