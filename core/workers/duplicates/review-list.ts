import { stmt } from '../../../db/statements.ts';
import type { DuplicateEvidence, DuplicateKind, DuplicateList, DuplicateMergeView, DuplicateSide } from '../../api/duplicates.ts';
import type { ServiceContext } from '../../context.ts';
import { getPerson } from '../person-service.ts';

// The review list: open pairs whose two people are both still active, strongest evidence first
// (same name and birth date in one desa, then the NIK near-misses, then name variants), each
// side with what a reviewer compares; the last scan and the latest merges.

const openPairs = `FROM duplicate_candidate c JOIN person a ON a.id = c.person_a_id JOIN person b ON b.id = c.person_b_id
  WHERE c.state = 'open' AND a.record_status = 'aktif' AND b.record_status = 'aktif'`;

export function sideOf(ctx: ServiceContext, uid: string): DuplicateSide {
  const { person: p, periods } = getPerson(ctx, uid);
  return {
    uid: p.uid,
    nik: p.nik,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate,
    address: p.address,
    kecamatanName: p.kecamatanName,
    desaName: p.desaName,
    phone: p.phone,
    occupation: p.occupation,
    category: p.category,
    kpj: p.kpj,
    notes: p.notes,
    recordStatus: p.recordStatus,
    periods: periods.map((x) => ({ segment: x.segment, startDate: x.startDate, endDate: x.endDate, employerName: x.employerName })),
  };
}

export function listDuplicates(ctx: ServiceContext, input: { limit: number; offset: number }): DuplicateList {
  const rows = stmt(
    ctx.sqlite,
    `SELECT c.id, c.kind, c.score, c.evidence, c.found_at AS foundAt, a.uid AS aUid, b.uid AS bUid ${openPairs}
     ORDER BY CASE c.kind WHEN 'same_name_birth' THEN 0 WHEN 'nik_one_digit' THEN 1 WHEN 'nik_transposition' THEN 2 ELSE 3 END, c.score DESC, c.id LIMIT ? OFFSET ?`,
  ).all(input.limit, input.offset) as { id: number; kind: DuplicateKind; score: number; evidence: string; foundAt: string; aUid: string; bUid: string }[];
  const total = stmt(ctx.sqlite, `SELECT count(*) ${openPairs}`).pluck().get() as number;
  const scan = stmt(ctx.sqlite, "SELECT at, after FROM audit_log WHERE entity = 'duplicate_candidate' AND action = 'scan' ORDER BY id DESC LIMIT 1").get() as { at: string; after: string } | undefined;
  const scanned = scan ? (JSON.parse(scan.after) as { people: number; pairs: number }) : null;
  return {
    pairs: rows.map((r) => ({ id: r.id, kind: r.kind, score: r.score, evidence: JSON.parse(r.evidence) as DuplicateEvidence, foundAt: r.foundAt, a: sideOf(ctx, r.aUid), b: sideOf(ctx, r.bUid) })),
    total,
    lastScan: scan && scanned ? { at: scan.at, people: scanned.people, pairs: scanned.pairs } : null,
    merges: recentMerges(ctx),
  };
}

export function mergeView(ctx: ServiceContext, uid: string): DuplicateMergeView {
  return recentMerges(ctx, uid)[0]!;
}

function recentMerges(ctx: ServiceContext, uid?: string): DuplicateMergeView[] {
  const rows = stmt(
    ctx.sqlite,
    `SELECT m.uid, m.merged_at AS mergedAt, m.merged_by AS mergedBy, m.undone_at AS undoneAt,
       k.uid AS keptUid, k.nik AS keptNik, k.name AS keptName, o.uid AS mergedUid, o.nik AS mergedNik, o.name AS mergedName
     FROM person_merge m JOIN person k ON k.id = m.kept_person_id JOIN person o ON o.id = m.merged_person_id
     WHERE ? IS NULL OR m.uid = ? ORDER BY m.id DESC LIMIT 10`,
  ).all(uid ?? null, uid ?? null) as Record<string, string | null>[];
  return rows.map((r) => ({
    uid: r.uid!,
    mergedAt: r.mergedAt!,
    mergedBy: r.mergedBy!,
    undoneAt: r.undoneAt ?? null,
    kept: { uid: r.keptUid!, nik: r.keptNik!, name: r.keptName! },
    merged: { uid: r.mergedUid!, nik: r.mergedNik!, name: r.mergedName! },
  }));
}
