import { stmt } from '../../db/statements.ts';
import type { RegisterExtractKind } from '../api/award.ts';
import { coverageSegments, type CoverageDimension, type CoverageFigure, type CoverageReport } from '../api/coverage.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import type { ServiceContext } from '../context.ts';
import { complianceRows } from '../employers/compliance-list.ts';
import { msg, render } from '../messages.ts';
import { listProgrammes } from '../programmes/programme-queries.ts';
import { resolveRegion } from '../reference/regions/region-service.ts';
import { legalStatusSql } from '../regulations/legal-status.ts';
import { regulationLabel, type LabelFields } from '../regulations/regulation-label.ts';
import { countsOnly, type FrozenTable } from './package/package-source.ts';
import { tanggal } from './pdf/words.ts';

// The tables an approval freezes, read from the registers once, at approval: a coverage
// breakdown from the chosen frozen month (each figure with its numerator and source, its
// denominator with name, source and date, the percent and the data date), the register extracts
// over the cycle's assessment period, and a regulation's metadata. Rows in a fixed order. Dates
// in titles and notes are written as words (the documents are Indonesian), years kept as text.

type Column = FrozenTable['columns'][number];
const col = (key: string, labelKey: string, kind: Column['kind'] = 'text'): Column => ({ key, label: render(msg(labelKey as MessageKey)), kind });
const say = (key: string, params?: Record<string, string | number>) => render(msg(key as MessageKey, params));

// --- coverage -------------------------------------------------------------------------------

const coverageColumns: Column[] = [
  col('label', 'coverage.export.columns.label'),
  col('code', 'coverage.export.columns.code'),
  col('numerator', 'coverage.export.columns.numerator', 'integer'),
  col('numeratorSource', 'coverage.export.columns.numeratorSource'),
  col('denominator', 'coverage.export.columns.denominator', 'integer'),
  col('denominatorName', 'coverage.export.columns.denominatorName'),
  col('denominatorSource', 'coverage.export.columns.denominatorSource'),
  col('denominatorDate', 'coverage.export.columns.denominatorDate', 'date'),
  col('percent', 'coverage.export.columns.percent', 'percent'),
  col('dataDate', 'coverage.export.columns.dataDate', 'date'),
];

const figureRow = (f: CoverageFigure): Record<string, string | number | null> => ({
  label: f.label,
  code: f.value ?? '',
  numerator: f.numerator,
  numeratorSource: say(`coverage.sources.${f.numeratorSource}`),
  denominator: f.denominator?.value ?? null,
  denominatorName: f.denominator?.name ?? '',
  denominatorSource: f.denominator?.source ?? '',
  denominatorDate: f.denominator?.asOfDate ?? null,
  percent: f.percent,
  dataDate: f.dataDate,
});

/** Breakdowns whose codes mean nothing outside the app: left out of the tables a jury reads. */
const internalCodes = new Set(['funding', 'category', 'programme']);

const figuresOf = (report: CoverageReport, dimension: string) => (dimension === 'total' ? [report.total] : (report.breakdowns[dimension as keyof CoverageReport['breakdowns']] ?? []));

/** The month a year before "2025-12": "2024-12". */
export const yearBefore = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4, 7)}`;

/**
 * One breakdown of a frozen month ('total': the total figure alone), with the growth on the same
 * month a year before when that month was frozen too (the rubric asks coverage "dengan
 * pertumbuhan dari tahun sebelumnya"; walk 38: no table gave it): its participants, the change
 * in people and in percent, row by row (a row new this year has no earlier figure).
 */
export function coverageTable(report: CoverageReport, dimension: string, previous: CoverageReport | null = null): FrozenTable {
  const figures = figuresOf(report, dimension);
  const snapshot = report.snapshot!;
  const before = yearBefore(snapshot.month);
  // A programme is a year's (it counts in its own year only): last year's and this year's are two rows, never one to compare.
  const comparable = dimension !== 'programme';
  const earlier = previous && comparable ? new Map(figuresOf(previous, dimension).map((f) => [f.value ?? '', f.numerator])) : null;
  const growthColumns: Column[] = earlier
    ? [{ key: 'previousNumerator', label: say('award.tables.previousNumerator', { month: tanggal(before) }), kind: 'integer' }, col('growth', 'award.tables.growth', 'integer'), col('growthPercent', 'award.tables.growthPercent', 'percent')]
    : [];
  const at = coverageColumns.findIndex((c) => c.key === 'numerator') + 1;
  return {
    title: say('award.tables.coverageTitle', { scope: say(`award.coverageScopes.${dimension}`), area: report.area.name, month: tanggal(snapshot.month) }),
    notes: [
      say('coverage.export.snapshot', { month: tanggal(snapshot.month), frozenAt: tanggal(snapshot.frozenAt.slice(0, 10)), frozenBy: snapshot.frozenBy }),
      ...[...new Set(figures.map((f) => f.denominator).filter((d) => d !== null).map((d) => say('award.tables.denominatorNote', { name: d.name, source: d.source, date: tanggal(d.asOfDate) })))],
      say(!comparable ? 'award.tables.noGrowthProgramme' : earlier ? 'award.tables.growthNote' : 'award.tables.noGrowth', { month: tanggal(before) }),
    ],
    columns: [...coverageColumns.slice(0, at), ...growthColumns, ...coverageColumns.slice(at)],
    rows: figures.map((f) => {
      // A code a jury can read (a region's, a segment, a KBLI section); an editable list's code or a programme's id is the office's own (walk 38: "apbd_kabkota", "1").
      const row = { ...figureRow(f), ...(internalCodes.has(dimension) ? { code: '' } : {}) };
      if (!earlier) return row;
      const was = earlier.get(f.value ?? '') ?? null;
      const growth = was === null ? null : f.numerator - was;
      return { ...row, previousNumerator: was, growth, growthPercent: growth === null || !was ? null : Math.round((growth / was) * 10_000) / 100 };
    }),
  };
}

// --- the names of the annexes in the package -------------------------------------------------

/**
 * The words of each breakdown in an annex's file name, as a jury reads them: fixed here (not taken
 * from the messages) so a change of wording never renames the files of a package built again.
 */
const coverageNameWords: Record<'total' | CoverageDimension, string> = {
  total: 'seluruh-wilayah',
  kabkota: 'per-kabupaten-kota',
  kecamatan: 'per-kecamatan',
  desa: 'per-desa-kelurahan',
  segment: 'per-segmen',
  sector: 'per-sektor',
  category: 'per-kategori-rentan',
  funding: 'per-sumber-dana',
  programme: 'per-program',
};

/** "31 Desember 2025" → "31-desember-2025": ASCII, no spaces. */
const slugOf = (words: string) => words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** "cakupan-per-segmen-desember-2025.xlsx", "cakupan-seluruh-wilayah-desember-2025.xlsx". */
export const coverageAnnexName = (dimension: 'total' | CoverageDimension, month: string) => `cakupan-${coverageNameWords[dimension]}-${slugOf(tanggal(month.slice(0, 7)))}.xlsx`;

/** "program-pekerja-rentan-2025.xlsx" (a period over years: "…-2024-2025.xlsx"). */
export const programmesAnnexName = (period: Period) => {
  const [from, to] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  return `program-pekerja-rentan-${from === to ? from : `${from}-${to}`}.xlsx`;
};

/** "kepatuhan-pemberi-kerja-per-31-desember-2025.xlsx". */
export const complianceAnnexName = (date: string) => `kepatuhan-pemberi-kerja-per-${slugOf(tanggal(date))}.xlsx`;

/** An annex name frozen by an earlier version ("cakupan-segment-2025-12.xlsx") in today's words; any other name as it is. */
export function readableAnnexName(fileName: string): string {
  const m = /^cakupan-([a-z]+)-(\d{4}-\d{2})\.xlsx$/.exec(fileName);
  if (m && m[1]! in coverageNameWords) return coverageAnnexName(m[1] as 'total' | CoverageDimension, m[2]!);
  const compliance = /^kepatuhan-pemberi-kerja-(\d{4}-\d{2}-\d{2})\.xlsx$/.exec(fileName);
  if (compliance) return complianceAnnexName(compliance[1]!);
  const programmes = /^program-pekerja-rentan-(\d{4})-(\d{4})\.xlsx$/.exec(fileName);
  if (programmes && programmes[1] === programmes[2]) return `program-pekerja-rentan-${programmes[1]}.xlsx`;
  return fileName;
}

/** The breakdown's word in titles frozen by an earlier version ("… per Total, …", "… per Kecamatan, …"). */
const earlierWords: Record<string, 'total' | CoverageDimension> = {
  Total: 'total',
  'Kabupaten/kota': 'kabkota',
  Kecamatan: 'kecamatan',
  'Desa/kelurahan': 'desa',
  Segmen: 'segment',
  'Sektor (KBLI)': 'sector',
  'Kategori pekerja rentan': 'category',
  'Sumber dana': 'funding',
  Program: 'programme',
};

/** A coverage title or label frozen by an earlier version ("Cakupan kepesertaan per Total, …") in today's words ("… seluruh wilayah, …"). */
export function readableTableTitle(title: string): string {
  const m = /^(Cakupan(?: kepesertaan)?) per (.+?), /.exec(title);
  const dimension = m ? earlierWords[m[2]!] : undefined;
  return m && dimension ? `${m[1]} ${say(`award.coverageScopes.${dimension}`)}, ${title.slice(m[0].length)}` : title;
}

/**
 * A frozen table as the package shows it: a coverage title in today's words and, when no row has a
 * denominator, a note saying the table holds counts alone (blank columns would read as missing
 * data). Added when read, not frozen: the approved evidence stays as it was, earlier cycles gain it too.
 */
export function readableTable(table: FrozenTable): FrozenTable {
  const titled = { ...table, title: readableTableTitle(table.title) };
  if (!countsOnly(table)) return titled;
  const perSegment = table.rows.every((r) => (coverageSegments as readonly unknown[]).includes(r.code));
  return { ...titled, notes: [...table.notes, say(perSegment ? 'award.tables.segmentCountsNote' : 'award.tables.countsNote')] };
}

// --- register extracts over the period -------------------------------------------------------

export interface Period {
  start: string;
  end: string;
}

function followedUp(ctx: ServiceContext, period: Period): FrozenTable {
  const rows = stmt(
    ctx.sqlite,
    `SELECT e.name, e.npp, coalesce((SELECT r.name FROM region r WHERE r.code = e.kecamatan_code), '') AS kecamatan, f.kind, f.date,
      f.letter_number AS letterNumber, f.outcome, f.done FROM employer_follow_up f JOIN employer e ON e.id = f.employer_id
     WHERE f.date BETWEEN ? AND ? ORDER BY f.date, e.name_fold, f.id`,
  ).all(period.start, period.end) as { name: string; npp: string | null; kecamatan: string; kind: string; date: string; letterNumber: string; outcome: string; done: number }[];
  return {
    title: say('award.extracts.employers_followed_up'),
    notes: [say('award.tables.periodNote', { start: tanggal(period.start), end: tanggal(period.end) })],
    columns: [
      col('name', 'award.tables.columns.employer'),
      col('npp', 'award.tables.columns.npp'),
      col('kecamatan', 'award.tables.columns.kecamatan'),
      col('kind', 'award.tables.columns.followUpKind'),
      col('date', 'award.tables.columns.date', 'date'),
      col('letterNumber', 'award.tables.columns.letterNumber'),
      col('outcome', 'award.tables.columns.outcome'),
      col('done', 'award.tables.columns.done'),
    ],
    rows: rows.map((r) => ({ ...r, npp: r.npp ?? '', kind: say(`award.followUpKinds.${r.kind}`), done: say(r.done ? 'award.tables.yes' : 'award.tables.no') })),
  };
}

export function complianceTable(ctx: ServiceContext, date: string): FrozenTable {
  const rows = complianceRows(ctx, { date, kecamatanCode: null, kbliSection: null, sort: 'gap', descending: true }, date);
  return {
    title: say('award.extracts.employer_compliance'),
    notes: [say('award.tables.complianceNote', { date: tanggal(date) })],
    columns: [
      col('name', 'award.tables.columns.employer'),
      col('npp', 'award.tables.columns.npp'),
      col('kecamatan', 'award.tables.columns.kecamatan'),
      col('reported', 'award.tables.columns.reported', 'integer'),
      col('active', 'award.tables.columns.activePu', 'integer'),
      col('gap', 'award.tables.columns.gap', 'integer'),
      col('openFollowUps', 'award.tables.columns.openFollowUps', 'integer'),
    ],
    rows: rows.map((r) => ({ name: r.name, npp: r.npp ?? '', kecamatan: r.kecamatanName ?? '', reported: r.reported, active: r.active, gap: r.gap, openFollowUps: r.openFollowUps })),
  };
}

export function programmesTable(ctx: ServiceContext, period: Period): FrozenTable {
  const from = Number(period.start.slice(0, 4));
  const to = Number(period.end.slice(0, 4));
  const rows = listProgrammes(ctx)
    .filter((p) => p.year >= from && p.year <= to)
    .sort((a, b) => a.year - b.year || a.name.localeCompare(b.name, 'id') || a.uid.localeCompare(b.uid));
  return {
    title: say('award.extracts.programmes'),
    notes: [say('award.tables.periodNote', { start: tanggal(period.start), end: tanggal(period.end) })],
    columns: [
      col('name', 'award.tables.columns.programme'),
      col('year', 'award.tables.columns.year'),
      col('funding', 'award.tables.columns.funding'),
      col('target', 'award.tables.columns.target', 'integer'),
      col('enrolled', 'award.tables.columns.enrolled', 'integer'),
      col('budget', 'award.tables.columns.budget', 'rupiah'),
      col('monthlyContribution', 'award.tables.columns.monthlyContribution', 'rupiah'),
    ],
    rows: rows.map((p) => ({ name: p.name, year: p.year === null ? null : String(p.year), funding: p.fundingLabel, target: p.target, enrolled: p.enrolled, budget: p.budget, monthlyContribution: p.monthlyContribution })),
  };
}

const inForce = ['berlaku', 'berlaku_dengan_perubahan', 'dicabut_sebagian'];

export interface InForceRow extends LabelFields {
  uid: string;
  /** The region it applies to (null: the whole country). */
  areaCode: string | null;
  /**
   * A regional rule entered without its area: the province or kabupaten/kota its issuing body
   * names ("Jembrana (Kabupaten)" → 51.01), so the brief still knows the office's own Perbup.
   */
  bodyArea?: string | null;
  tanggalPenetapan: string | null;
  effective: string | null;
  status: string;
}

/** The legal hierarchy (UU 12/2011, then the regional rules, then the rest): the higher first on the brief. */
const jenisRank: Record<string, number> = {
  uu: 0, pp: 1, perpres: 2, inpres: 3, permen: 4, se_menteri: 5, perda: 6, pergub: 7, perbup: 8, perwali: 8, kepgub: 9, kepbup: 10, kepwali: 10, instruksi: 11, se: 12, pks: 13, lainnya: 14,
};
const regionalJenis: Record<string, 'provinsi' | 'kabkota' | 'any'> = {
  perda: 'any', pergub: 'provinsi', kepgub: 'provinsi', perbup: 'kabkota', kepbup: 'kabkota', perwali: 'kabkota', kepwali: 'kabkota', se: 'any', instruksi: 'any', pks: 'any',
};

/**
 * The head of region's brief: the rules in force in the office's area, its own first (its
 * kab/kota's, or of an area inside it; then its province's), then the country's, then regional
 * rules whose area is not known; within each the highest in the hierarchy first (a Perda before a
 * Perbup, a UU before a PP), the newest first among equals. So the office's Perbup is never
 * behind UU 24/2011 in "dan N lainnya". Another region's rule (Perbup Gianyar for Jembrana) is not
 * in force in the office's area: it is left out, not counted among "N lainnya".
 */
export function regulationsForBrief(rows: InForceRow[], officeArea: string | null): InForceRow[] {
  const group = (r: InForceRow) => {
    const area = r.areaCode ?? r.bodyArea ?? null;
    if (!area) return regionalJenis[r.jenis] ? 3 : 2; // a regional rule of no known area: last, it may be the office's
    if (!officeArea) return 2;
    if (area === officeArea || area.startsWith(`${officeArea}.`)) return 0;
    if (officeArea.startsWith(`${area}.`)) return 1;
    return 4;
  };
  return rows.filter((r) => group(r) < 4).sort(
    (a, b) => group(a) - group(b) || (jenisRank[a.jenis] ?? 99) - (jenisRank[b.jenis] ?? 99) || (b.effective ?? '').localeCompare(a.effective ?? '') || a.uid.localeCompare(b.uid),
  );
}

/** The kind word a rule's jenis implies for its issuing body when the body is written bare ("Badung"). */
const bodyKindWord: Record<string, string> = { pergub: 'Provinsi', kepgub: 'Provinsi', perbup: 'Kabupaten', kepbup: 'Kabupaten', perwali: 'Kota', kepwali: 'Kota' };

/**
 * The province or kabupaten/kota a regional rule's issuing body names, read by the register's own
 * region resolver (the one the imports use): "Badung (Kabupaten)" is read as "Kabupaten Badung";
 * a bare name takes the kind its jenis implies. Only a province or kabupaten/kota found exactly counts.
 */
function bodyAreas(ctx: ServiceContext, rows: InForceRow[]): void {
  for (const r of rows) {
    if (r.areaCode || !regionalJenis[r.jenis] || !r.teuBadan) continue;
    const suffixed = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(r.teuBadan.trim());
    const text = suffixed ? `${suffixed[2]} ${suffixed[1]}` : r.teuBadan.trim();
    const hinted = bodyKindWord[r.jenis] && !/^(provinsi|prov|kabupaten|kab|kota)\b/i.test(text) ? `${bodyKindWord[r.jenis]} ${text}` : text;
    const found = resolveRegion(ctx, { text: hinted });
    const level = found.status === 'found' ? found.code.split('.').length : 0;
    const fits = regionalJenis[r.jenis] === 'provinsi' ? level === 1 : regionalJenis[r.jenis] === 'kabkota' ? level === 2 : level === 1 || level === 2;
    if (found.status === 'found' && fits) r.bodyArea = found.code;
  }
}

/** Regulations (not entered in error) in force at a date, oldest first. */
export function regulationsInForce(ctx: ServiceContext, date: string): InForceRow[] {
  const rows = stmt(
    ctx.sqlite,
    `SELECT * FROM (SELECT r.uid, r.area_code AS areaCode, r.jenis, r.singkatan_jenis AS singkatanJenis, r.teu_badan AS teuBadan, r.nomor, r.tahun, r.judul,
      r.tanggal_penetapan AS tanggalPenetapan, coalesce(r.effective_date, r.tanggal_pengundangan, r.tanggal_penetapan) AS effective,
      ${legalStatusSql('r', '@date')} AS status FROM regulation r WHERE r.record_status = 'aktif')
     WHERE status IN (${inForce.map((s) => `'${s}'`).join(', ')}) ORDER BY effective, tahun, nomor, uid`,
  ).all({ date }) as InForceRow[];
  bodyAreas(ctx, rows);
  return rows;
}

function regulationsTable(ctx: ServiceContext, period: Period): FrozenTable {
  return {
    title: say('award.extracts.regulations_in_force'),
    notes: [say('award.tables.inForceNote', { date: tanggal(period.end) })],
    columns: [
      col('label', 'award.tables.columns.regulation'),
      col('judul', 'regulations.fields.judul'),
      col('tanggalPenetapan', 'regulations.fields.tanggalPenetapan', 'date'),
      col('effective', 'regulations.fields.effectiveDate', 'date'),
      col('status', 'award.tables.columns.status'),
    ],
    rows: regulationsInForce(ctx, period.end).map((r) => ({ label: regulationLabel(r), judul: r.judul, tanggalPenetapan: r.tanggalPenetapan, effective: r.effective, status: say(`regulations.legalStatus.${r.status}`) })),
  };
}

export function extractTable(ctx: ServiceContext, kind: RegisterExtractKind, period: Period): FrozenTable {
  switch (kind) {
    case 'employers_followed_up':
      return followedUp(ctx, period);
    case 'employer_compliance':
      return complianceTable(ctx, period.end);
    case 'programmes':
      return programmesTable(ctx, period);
    case 'regulations_in_force':
      return regulationsTable(ctx, period);
  }
}

// --- a regulation's metadata ----------------------------------------------------------------

export function regulationTable(ctx: ServiceContext, regulationId: number, periodEnd: string): { label: string; table: FrozenTable } {
  const r = stmt(
    ctx.sqlite,
    `SELECT uid, jenis, singkatan_jenis AS singkatanJenis, teu_badan AS teuBadan, nomor, tahun, judul, tanggal_penetapan AS tanggalPenetapan,
      tanggal_pengundangan AS tanggalPengundangan, effective_date AS effectiveDate, sumber, subjek, penandatangan, ${legalStatusSql('regulation', '@date')} AS status
     FROM regulation WHERE id = @id`,
  ).get({ id: regulationId, date: periodEnd }) as LabelFields & Record<string, string | number | null>;
  const label = regulationLabel(r);
  const field = (key: string, value: string | number | null) => ({ field: say(`regulations.fields.${key}`), value: value ?? '' });
  return {
    label,
    table: {
      title: label,
      notes: [say('award.tables.statusNote', { date: tanggal(periodEnd) })],
      columns: [col('field', 'award.tables.columns.field'), col('value', 'award.tables.columns.value')],
      rows: [
        field('jenis', say(`regulations.jenis.${String(r.jenis)}`)),
        field('nomor', r.nomor),
        field('tahun', r.tahun === null ? null : String(r.tahun)),
        field('judul', r.judul),
        field('teuBadan', r.teuBadan),
        field('tanggalPenetapan', r.tanggalPenetapan ? tanggal(String(r.tanggalPenetapan)) : null),
        field('tanggalPengundangan', r.tanggalPengundangan ? tanggal(String(r.tanggalPengundangan)) : null),
        field('effectiveDate', r.effectiveDate ? tanggal(String(r.effectiveDate)) : null),
        field('sumber', r.sumber ?? null),
        field('subjek', r.subjek ?? null),
        field('penandatangan', r.penandatangan ?? null),
        { field: say('award.tables.columns.status'), value: say(`regulations.legalStatus.${String(r.status)}`) },
      ],
    },
  };
}
