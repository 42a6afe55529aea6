import { stmt } from '../../db/statements.ts';
import type { ServiceContext } from '../context.ts';
import { regulationLabel, type LabelFields } from './regulation-label.ts';
import { regulationMatchQuery } from './regulation-search.ts';

// Records offered as the other side of a relation: by the words typed (title, number, jenis;
// a number as typed, "560/101", is also found inside the number; "48/2023" or "No. 48 Tahun
// 2023" finds Nomor 48 Tahun 2023),
// newest first, records entered in error left out.
export function pickRegulations(ctx: ServiceContext, input: { query: string; exceptUid?: string | undefined }) {
  const match = regulationMatchQuery(input.query);
  const rows = stmt(
    ctx.sqlite,
    `SELECT uid, jenis, singkatan_jenis AS singkatanJenis, teu_badan AS teuBadan, nomor, tahun, judul FROM regulation
     WHERE record_status = 'aktif' AND uid IS NOT @except AND (@match IS NULL OR id IN (SELECT rowid FROM regulation_fts WHERE regulation_fts MATCH @match) OR (@raw <> '' AND instr(lower(nomor), @raw) > 0))
     ORDER BY tahun DESC, id DESC LIMIT 20`,
  ).all({ except: input.exceptUid ?? null, match, raw: input.query.trim().toLowerCase() }) as (LabelFields & { uid: string })[];
  return rows.map((r) => ({ uid: r.uid, label: regulationLabel(r), judul: r.judul }));
}
