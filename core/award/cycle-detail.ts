import { jenisWithoutSumber } from '../api/regulation-kinds.ts';
import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import type { Approval, Aspect, CycleDetail, CycleSummary, EvidenceDocument, EvidenceItem, Indicator, NarrativeNode } from '../api/award.ts';
import type { DocumentEntry } from '../api/documents.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import type { MessageLanguage } from '../api/messages/message.ts';
import type { ServiceContext } from '../context.ts';
import { entriesOf } from '../documents/document-rows.ts';
import { inBoth, msg, render, renderBoth } from '../messages.ts';
import { regulationLabel, type LabelFields } from '../regulations/regulation-label.ts';
import { aspectsOf, cycleById, cycleFields, evidenceOfCycle, indicatorsOfCycle, requireCycle, type CycleRow, type EvidenceRow } from './award-rows.ts';
import { completenessOf, sumCompleteness } from './completeness.ts';
import { tanggal } from './pdf/words.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// A cycle as its page shows it: the rubric with each indicator's items, what each item points at
// in words, whether it holds what its kind needs, its documents, and completeness and overdue
// counts per indicator, aspect and cycle. Read in a handful of statements, never per row.

const toDocument = (d: DocumentEntry): EvidenceDocument => ({ uid: d.linkUid, name: d.name, pages: d.pages, size: d.size, sha256: d.sha256 });

/** Whether a narrative holds any written text (an empty editor leaves an empty paragraph). */
export function narrativeHasText(node: NarrativeNode | null): boolean {
  if (!node) return false;
  if (typeof node.text === 'string' && node.text.trim() !== '') return true;
  return (node.content ?? []).some(narrativeHasText);
}

/** "Cakupan per kecamatan, Desember 2025", "Cakupan seluruh wilayah, …": also frozen into the package's index, so the month in words. */
export const coverageTargetLabel = (dimension: string, month: string, language: MessageLanguage = 'id') =>
  render(
    msg('award.targets.coverage', {
      scope: render(msg(`award.coverageScopes.${dimension}` as MessageKey), language),
      month: language === 'id' ? tanggal(month) : new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`)),
    }),
    language,
  );

type RegulationLook = LabelFields & { uid: string; tanggalPenetapan: string | null; tanggalPengundangan: string | null; sumber: string };

interface Lookups {
  regulation(id: number): RegulationLook | undefined;
  snapshot(id: number): { uid: string; month: string } | undefined;
}

function lookups(sqlite: Sqlite): Lookups {
  const regulation = stmt(
    sqlite,
    'SELECT uid, jenis, singkatan_jenis AS singkatanJenis, teu_badan AS teuBadan, nomor, tahun, judul, tanggal_penetapan AS tanggalPenetapan, tanggal_pengundangan AS tanggalPengundangan, sumber FROM regulation WHERE id = ?',
  );
  const snapshot = stmt(sqlite, 'SELECT uid, month FROM coverage_snapshot WHERE id = ?');
  return {
    regulation: (id) => regulation.get(id) as RegulationLook | undefined,
    snapshot: (id) => snapshot.get(id) as { uid: string; month: string } | undefined,
  };
}

export function toEvidenceItem(sqlite: Sqlite, row: EvidenceRow, today: string | null, look: Lookups = lookups(sqlite)): EvidenceItem {
  const regulation = row.regulationId === null ? undefined : look.regulation(row.regulationId);
  const snapshot = row.coverageSnapshotId === null ? undefined : look.snapshot(row.coverageSnapshotId);
  const narrative = row.narrative ? (JSON.parse(row.narrative) as NarrativeNode) : null;
  const documents = entriesOf(sqlite, 'award_evidence', row.uid).map(toDocument);
  const regulationDocuments = regulation ? entriesOf(sqlite, 'regulation', regulation.uid).map(toDocument) : [];
  const coverage = snapshot && row.coverageDimension ? { snapshotUid: snapshot.uid, dimension: row.coverageDimension as 'total' } : null;
  // Catalogue words in each language; a regulation's label and documents' names read the same in both.
  const targetLabelText: LocalizedText | null =
    row.kind === 'regulation' && regulation
      ? inBoth(() => regulationLabel(regulation))
      : row.kind === 'coverage' && coverage && snapshot
        ? inBoth((language) => coverageTargetLabel(coverage.dimension, snapshot.month, language))
        : row.kind === 'register_extract' && row.extractKind
          ? renderBoth(msg(`award.extracts.${row.extractKind}`))
          : row.kind === 'document' && documents[0]
            ? inBoth(() => documents.map((d) => d.name).join(', '))
            : null;
  const targetLabel = targetLabelText?.id ?? null;
  const filled = {
    regulation: regulation !== undefined,
    document: documents.length > 0,
    coverage: coverage !== null,
    register_extract: row.extractKind !== null,
    narrative: narrativeHasText(narrative),
  }[row.kind];
  return {
    uid: row.uid,
    indicatorUid: '', // set by the caller, which knows the indicator
    kind: row.kind,
    title: row.title,
    owner: row.owner,
    ownerAccountUid: row.ownerAccountUid,
    dueDate: row.dueDate,
    state: row.state,
    summary: row.summary,
    regulationUid: regulation?.uid ?? null,
    coverage,
    extract: row.extractKind,
    narrative,
    position: row.position,
    targetLabel,
    targetLabelText,
    documents,
    regulationDocuments,
    regulationGaps: regulation ? regulationGaps(regulation) : [],
    filled,
    overdue: isOverdue(row, today),
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    updatedAt: row.updatedAt,
  };
}

/** Decisions (keputusan) are signed, not promulgated in a gazette: only their enactment is asked. */
const notGazetted = new Set<string>([...jenisWithoutSumber, 'kepbup', 'kepwali', 'kepgub', 'lainnya']);

/** What a jury asks of a regulation that its record lacks: a circular, an instruction or a decision is neither promulgated nor gazetted. */
function regulationGaps(r: RegulationLook): EvidenceItem['regulationGaps'] {
  const gazetted = !notGazetted.has(r.jenis);
  return [
    ...(r.tanggalPenetapan ? [] : ['tanggalPenetapan' as const]),
    ...(gazetted && !r.tanggalPengundangan ? ['tanggalPengundangan' as const] : []),
    ...(gazetted && !r.sumber ? ['sumber' as const] : []),
  ];
}

/** Due before the office's today and not yet ready; `today` null for an approved cycle, whose evidence is locked: nothing of it is overdue. */
export const isOverdue = (row: { dueDate: string | null; state: string }, today: string | null) =>
  today !== null && row.dueDate !== null && row.dueDate < today && row.state !== 'siap' && row.state !== 'disetujui';

function approvalOf(sqlite: Sqlite, row: CycleRow): Approval | null {
  if (!row.approvedAt || row.snapshotId === null) return null;
  const month = stmt(sqlite, 'SELECT month FROM coverage_snapshot WHERE id = ?').pluck().get(row.snapshotId) as string;
  return { approvedAt: row.approvedAt, approvedBy: row.approvedBy ?? '', approverName: row.approverName ?? '', approverNip: row.approverNip ?? '', snapshotUid: row.snapshotUid ?? '', snapshotMonth: month };
}

function summaryOf(sqlite: Sqlite, row: CycleRow, aspects: Aspect[]): CycleSummary {
  return {
    ...cycleFields(row),
    approval: approvalOf(sqlite, row),
    completeness: sumCompleteness(aspects.map((a) => a.completeness)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function aspectsWithItems(ctx: ServiceContext, row: CycleRow): Aspect[] {
  // An approved cycle is locked: an item not ready (never a draft: approval refuses one) cannot be finished, so it is not late either.
  const today = row.approvedAt ? null : officeTodayIso(ctx);
  const look = lookups(ctx.sqlite);
  const items = evidenceOfCycle(ctx.sqlite, row.id);
  const indicators = indicatorsOfCycle(ctx.sqlite, row.id);
  const indicatorUid = new Map(indicators.map((i) => [i.id, i.uid]));
  const byIndicator = new Map<number, EvidenceItem[]>();
  for (const item of items) {
    const list = byIndicator.get(item.indicatorId) ?? [];
    list.push({ ...toEvidenceItem(ctx.sqlite, item, today, look), indicatorUid: indicatorUid.get(item.indicatorId)! });
    byIndicator.set(item.indicatorId, list);
  }
  return aspectsOf(ctx.sqlite, row.id).map((a) => {
    const own: Indicator[] = indicators
      .filter((i) => i.aspectId === a.id)
      .map((i) => {
        const list = byIndicator.get(i.id) ?? [];
        return {
          uid: i.uid,
          aspectUid: a.uid,
          code: i.code,
          title: i.title,
          evidenceAsked: i.evidenceAsked,
          weight: i.weight,
          maxScore: i.maxScore,
          position: i.position,
          selfScore: i.selfScore,
          selfNote: i.selfNote,
          items: list,
          completeness: completenessOf(list),
        };
      });
    return { uid: a.uid, code: a.code, title: a.title, description: a.description, weight: a.weight, position: a.position, indicators: own, completeness: sumCompleteness(own.map((i) => i.completeness)) };
  });
}

export function cycleSummary(ctx: ServiceContext, row: CycleRow): CycleSummary {
  return summaryOf(ctx.sqlite, row, aspectsWithItems(ctx, row));
}

export function cycleDetail(ctx: ServiceContext, uid: string): CycleDetail {
  const row = requireCycle(ctx.sqlite, uid);
  const aspects = aspectsWithItems(ctx, row);
  const from = row.copiedFromCycleId === null ? undefined : cycleById(ctx.sqlite, row.copiedFromCycleId);
  const points = JSON.parse(row.briefPoints) as string[];
  return {
    ...summaryOf(ctx.sqlite, row, aspects),
    aspects,
    briefPoints: [points[0] ?? '', points[1] ?? '', points[2] ?? ''],
    copiedFrom: from ? { uid: from.uid, edition: from.edition } : null,
  };
}
