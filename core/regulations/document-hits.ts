import { stmt } from '../../db/statements.ts';
import type { RegulationDocumentHit, RegulationRecordStatus } from '../api/regulations.ts';
import type { ServiceContext } from '../context.ts';
import { searchDocuments } from '../documents/document-search.ts';
import { regulationLabel, type LabelFields } from './regulation-label.ts';

// A search inside the regulations' documents (Cari di isi dokumen): the document store's FTS5
// search limited to links of regulations, each hit named with its regulation's citation.

export function searchRegulationDocuments(ctx: ServiceContext, input: { query: string; limit: number }): RegulationDocumentHit[] {
  const hits = searchDocuments(ctx, { query: input.query, entity: 'regulation', limit: input.limit });
  if (hits.length === 0) return [];
  const rows = stmt(
    ctx.sqlite,
    `SELECT uid, jenis, singkatan_jenis AS singkatanJenis, teu_badan AS teuBadan, nomor, tahun, judul, record_status AS recordStatus
     FROM regulation WHERE uid IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...new Set(hits.map((h) => h.entityUid))])) as (LabelFields & { uid: string; recordStatus: RegulationRecordStatus })[];
  const byUid = new Map(rows.map((r) => [r.uid, r]));
  return hits.flatMap((h) => {
    const r = byUid.get(h.entityUid);
    if (!r) return []; // a link left by a record no longer there
    return [{ regulationUid: r.uid, regulationLabel: regulationLabel(r), judul: r.judul, recordStatus: r.recordStatus, documentUid: h.documentUid, linkUid: h.linkUid, name: h.name, page: h.page, snippet: h.snippet }];
  });
}
