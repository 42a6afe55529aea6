import PDFDocument from 'pdfkit';
import type { coverageChannels } from '../api/channels/coverage.ts';
import type { CoverageDimension, CoverageFigure, CoverageReport, DenominatorRef, NumeratorSource, RuleEffect, SnapshotDifference, SnapshotSummary, TrendPoint } from '../api/coverage.ts';
import type { ServiceContext } from '../context.ts';
import { writeXlsx } from '../exports/xlsx-writer.ts';
import { outgoingWriteStream } from '../files/sealed-file.ts';
import type { HandlersOf } from '../handler-types.ts';
import { getRegion, listRegionChildren, listRegionsWithin } from '../reference/regions/region-service.ts';
import { findRegulationRow, officeTodayIso } from '../regulations/regulation-service.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { participationTodaySql } from '../workers/participation-status.ts';

// TEMPORARY dev fixture for the coverage dashboard (wp-covdash): hand-made figures of the
// contract's types for the office's area (Kabupaten Jembrana, 51.01, without one), its kecamatan
// and desa from the region table; kecamatan numerators are the register's people active today
// where it has any (so the e2e can compare a figure with the grid it opens). The real handlers come from wp-covengine (core/coverage); drop this file at merge.

const fallbackArea = '51.01';
const areaOf = (ctx: ServiceContext, asked?: string) => asked ?? officeSettings(ctx).areaCode ?? fallbackArea;

function activeByKecamatan(ctx: ServiceContext): Map<string, number> {
  const rows = ctx.sqlite.prepare(`SELECT w.kecamatan_code AS code, count(*) AS n FROM person w WHERE w.record_status = 'aktif' AND (${participationTodaySql}) = 'aktif' GROUP BY w.kecamatan_code`).all() as { code: string | null; n: number }[];
  return new Map(rows.filter((r) => r.code).map((r) => [r.code!, r.n]));
}
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_003, 7);
const pct = (n: number, d: number | null) => (d ? Math.round((n / d) * 10_000) / 100 : null);

const sakernas = (uid: string, name: string, value: number, universe = 'penduduk bekerja'): DenominatorRef => ({
  uid,
  name,
  value,
  universe,
  sourceKind: 'bps_sakernas',
  source: 'BPS Sakernas Agustus 2025',
  asOfDate: '2025-08-31',
});
const dukcapil = (uid: string, name: string, value: number): DenominatorRef => ({ uid, name, value, universe: 'penduduk usia kerja', sourceKind: 'dukcapil', source: 'Dukcapil DKB Semester I 2025', asOfDate: '2025-06-30' });

function figure(at: string, areaCode: string, dimension: CoverageDimension | 'total', value: string | null, label: string, numerator: number, denominator: DenominatorRef | null, source: NumeratorSource = 'orang', extra: Partial<CoverageFigure['people']> = {}): CoverageFigure {
  const aggregate = source === 'agregat';
  return {
    key: dimension === 'total' ? 'total' : `${dimension}:${value ?? ''}`,
    dimension,
    value,
    label,
    numerator,
    numeratorSource: source,
    aggregates: aggregate ? [{ uid: `agg-${value ?? 'x'}`, count: numerator, asOfDate: '2025-10-31', source: 'BPJS Ketenagakerjaan Cabang Negara, rekap Oktober 2025' }] : [],
    denominator,
    percent: denominator ? pct(numerator, denominator.value) : null,
    dataDate: aggregate ? '2025-10-31' : at,
    people: aggregate ? null : { at, areaCode, ...extra },
  };
}

function report(ctx: ServiceContext, at: string, areaCode: string, shift: number, snapshot: SnapshotSummary | null): CoverageReport {
  const area = getRegion(ctx, areaCode);
  const active = activeByKecamatan(ctx);
  const kecamatan = listRegionChildren(ctx, areaCode).map((k) => {
    const counted = active.size > 0;
    const denominator = counted ? 40 + (hash(k.code) % 60) : 8_000 + (hash(k.code) % 9_000);
    const numerator = counted ? Math.max((active.get(k.code) ?? 0) + Math.min(shift, 0) / 40, 0) : Math.round(denominator * (0.18 + (hash(k.name) % 30) / 100)) + shift;
    return figure(at, k.code, 'kecamatan', k.code, k.name, numerator, dukcapil(`den-${k.code}`, `Penduduk usia kerja ${k.name}`, denominator));
  });
  const desa = listRegionsWithin(ctx, areaCode, 4).map((d) => {
    const denominator = 600 + (hash(d.code) % 2_400);
    const numerator = Math.round(denominator * ((hash(d.name) % 60) / 100));
    return figure(at, d.code, 'desa', d.code, `${d.name} (${d.parentName ?? ''})`, numerator, dukcapil(`den-${d.code}`, `Penduduk usia kerja ${d.name}`, denominator));
  });
  const totalNumerator = kecamatan.reduce((s, f) => s + f.numerator, 0);
  const totalDenominator = kecamatan.reduce((s, f) => s + (f.denominator?.value ?? 0), 0);
  const total = figure(at, areaCode, 'total', null, area.name, totalNumerator, sakernas('den-total', `Penduduk bekerja ${area.name}`, totalDenominator));
  const part = (share: number) => Math.round(totalNumerator * share);
  const segment = [
    figure(at, areaCode, 'segment', 'PU', 'PU', part(0.52), sakernas('den-formal', 'Penduduk bekerja formal', Math.round(totalDenominator * 0.42), 'penduduk bekerja formal'), 'orang', { segment: 'PU' }),
    figure(at, areaCode, 'segment', 'BPU', 'BPU', part(0.38), sakernas('den-informal', 'Penduduk bekerja informal', Math.round(totalDenominator * 0.58), 'penduduk bekerja informal'), 'agregat'),
    figure(at, areaCode, 'segment', 'JAKON', 'Jakon', part(0.08), null, 'orang', { segment: 'JAKON' }),
    figure(at, areaCode, 'segment', 'PMI', 'PMI', part(0.02), null, 'orang', { segment: 'PMI' }),
  ];
  const categories: [string, string][] = [['nelayan', 'Nelayan'], ['petani', 'Petani'], ['pedagang_kecil', 'Pedagang kecil'], ['pecalang', 'Pecalang'], ['kader_posyandu', 'Kader posyandu']];
  const category = categories.map(([code, label], i) => {
    const denominator = 1_200 + i * 700;
    return figure(at, areaCode, 'category', code, label, Math.round(denominator * (0.3 + i * 0.1)), { uid: `den-${code}`, name: `Sasaran ${label} (SK Bupati)`, value: denominator, universe: 'sasaran program', sourceKind: 'keputusan', source: 'Keputusan Bupati Jembrana No. 300/2025', asOfDate: '2025-01-15' }, 'orang', { category: code });
  });
  category.push(figure(at, areaCode, 'category', null, 'Tanpa kategori', part(0.3), null, 'orang', { category: '' }));
  const sectors: [string, string][] = [['A', 'Pertanian, kehutanan dan perikanan'], ['C', 'Industri pengolahan'], ['G', 'Perdagangan besar dan eceran'], ['I', 'Penyediaan akomodasi dan makan minum']];
  const sector = sectors.map(([code, label], i) => figure(at, areaCode, 'sector', code, label, part(0.2 - i * 0.03), null, 'orang', { segment: 'PU', sector: code }));
  const funding = [
    figure(at, areaCode, 'funding', 'apbd', 'APBD Kabupaten', part(0.21), null, 'orang', { funding: 'apbd' }),
    figure(at, areaCode, 'funding', 'mandiri', 'Mandiri', part(0.5), null, 'orang', { funding: 'mandiri' }),
    figure(at, areaCode, 'funding', 'csr', 'CSR perusahaan', part(0.04), null, 'orang', { funding: 'csr' }),
  ];
  const programme = [figure(at, areaCode, 'programme', 'prog-bpu-apbd', 'Perlindungan pekerja rentan APBD 2025', part(0.21), { uid: 'den-prog', name: 'Kuota program 2025', value: part(0.25), universe: 'sasaran program', sourceKind: 'keputusan', source: 'DPA Disnaker 2025', asOfDate: '2025-01-02' }, 'orang', { programmeUid: 'prog-bpu-apbd' })];
  const breakdowns: Record<CoverageDimension, CoverageFigure[]> = { kabkota: [total], kecamatan, desa, segment, sector, category, funding, programme };
  return {
    at,
    area: { code: area.code, name: area.name },
    snapshot,
    total,
    breakdowns,
    targets: [
      { uid: 't-2026', year: 2026, areaCode, areaName: area.name, kind: 'persen', value: 40, segment: null, category: null, programmeUid: null, source: 'RPJMD Kabupaten Jembrana 2021–2026', figure: total, progressPercent: pct(total.percent ?? 0, 40) },
      { uid: 't-bpu', year: 2026, areaCode, areaName: area.name, kind: 'orang', value: 30_000, segment: 'BPU', category: null, programmeUid: null, source: 'Kesepakatan dengan BPJS Cabang Negara', figure: segment[1]!, progressPercent: pct(segment[1]!.numerator, 30_000) },
    ],
  };
}

const monthEnd = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
const addMonths = (month: string, n: number) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};
function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 120; m = addMonths(m, 1)) out.push(m);
  return out;
}
function trendPoint(month: string, index: number, jump: number): TrendPoint {
  const denominator = sakernas('den-total', 'Penduduk bekerja Kabupaten Jembrana', 171_450);
  const numerator = 41_000 + index * 420 + jump + (hash(month) % 300);
  return { month, date: monthEnd(month), numerator, denominator, percent: pct(numerator, denominator.value), numeratorSource: 'orang' };
}

const snapshots: SnapshotSummary[] = [];
function initialSnapshots(ctx: ServiceContext): SnapshotSummary[] {
  if (snapshots.length === 0) {
    const now = officeTodayIso(ctx).slice(0, 7);
    for (const back of [2, 1]) {
      const month = addMonths(now, -back);
      snapshots.push({ uid: `snap-${month}`, month, at: monthEnd(month), areaCode: areaOf(ctx), frozenAt: `${addMonths(month, 1)}-01T00:05:00Z`, frozenBy: 'admin', figures: 96 });
    }
  }
  return snapshots;
}

async function writePdf(path: string, r: CoverageReport): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 40 });
  const out = outgoingWriteStream(path);
  doc.pipe(out);
  doc.fontSize(14).text(`Cakupan kepesertaan — ${r.area.name}`).fontSize(9).text(`Per tanggal ${r.at}`);
  for (const f of [r.total, ...r.breakdowns.kecamatan]) doc.text(`${f.label}: ${f.numerator} / ${f.denominator?.value ?? '—'} = ${f.percent ?? '—'} % (${f.denominator?.source ?? ''})`);
  doc.end();
  await new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
}

export const coverageDevFixtureHandlers: HandlersOf<typeof coverageChannels> = {
  'coverage.report': (ctx, input) => {
    const snapshot = input.snapshotUid ? (initialSnapshots(ctx).find((s) => s.uid === input.snapshotUid) ?? null) : null;
    return report(ctx, snapshot?.at ?? input.at ?? officeTodayIso(ctx), input.areaCode ?? areaOf(ctx), snapshot ? -40 : 0, snapshot);
  },
  'coverage.trend': (_ctx, input) => months(input.from, input.to).map((m, i) => trendPoint(m, i, 0)),
  'coverage.snapshots': (ctx) => [...initialSnapshots(ctx)].reverse(),
  'coverage.freeze': (ctx, input) => {
    const all = initialSnapshots(ctx);
    const made: SnapshotSummary = { uid: `snap-${input.month}-${all.length}`, month: input.month, at: monthEnd(input.month), areaCode: input.areaCode ?? areaOf(ctx), frozenAt: new Date().toISOString(), frozenBy: ctx.session?.userUid ?? 'admin', figures: 96 };
    all.push(made);
    return made;
  },
  'coverage.snapshotDifference': (ctx, input) => {
    const snapshot = initialSnapshots(ctx).find((s) => s.uid === input.uid);
    const frozen = report(ctx, snapshot?.at ?? officeTodayIso(ctx), areaOf(ctx), -40, null);
    const now = report(ctx, snapshot?.at ?? officeTodayIso(ctx), areaOf(ctx), 0, null);
    const pairs = [[frozen.total, now.total], ...frozen.breakdowns.kecamatan.map((f, i) => [f, now.breakdowns.kecamatan[i]!])] as [CoverageFigure, CoverageFigure][];
    return pairs.map(([a, b]): SnapshotDifference => ({
      key: a.key,
      dimension: a.dimension,
      label: a.label,
      frozen: { numerator: a.numerator, denominator: a.denominator?.value ?? null, percent: a.percent },
      now: { numerator: b.numerator, denominator: b.denominator?.value ?? null, percent: b.percent },
      numeratorChange: b.numerator - a.numerator,
      percentChange: a.percent !== null && b.percent !== null ? Math.round((b.percent - a.percent) * 100) / 100 : null,
    }));
  },
  'coverage.ruleEffect': (ctx, input) => {
    const row = findRegulationRow(ctx, input.regulationUid);
    const effectiveDate = row?.effectiveDate ?? '2023-09-01';
    const start = addMonths(effectiveDate.slice(0, 7), -12);
    const points = months(start, addMonths(effectiveDate.slice(0, 7), 12)).map((m, i) => trendPoint(m, i, i >= 12 ? 2_600 : 0));
    const before = points[11] ?? null;
    const after = points[points.length - 1] ?? null;
    const areaCode = row?.areaCode ?? areaOf(ctx);
    return {
      regulation: { uid: input.regulationUid, title: row?.judul ?? 'Perbup', effectiveDate, areaCode, areaName: getRegion(ctx, areaCode).name },
      scope: { categories: ['nelayan', 'petani'], programmeUids: [], description: 'Kategori nelayan dan petani (komitmen peraturan)' },
      months: points,
      before,
      after,
      changePeople: before && after ? after.numerator - before.numerator : null,
      changePoints: before?.percent != null && after?.percent != null ? Math.round((after.percent - before.percent) * 100) / 100 : null,
    } satisfies RuleEffect;
  },
  'coverage.export': async (ctx, input) => {
    const r = report(ctx, input.at ?? officeTodayIso(ctx), input.areaCode ?? areaOf(ctx), 0, null);
    const out = ctx.runtime.files.reserveOutgoing(`cakupan-${r.area.code}-${r.at}.${input.format}`);
    const rows = [r.total, ...r.breakdowns.kecamatan].map((f) => [f.label, f.numerator, f.denominator?.value ?? null, f.percent, f.denominator?.name ?? null, f.denominator?.source ?? null, f.denominator?.asOfDate ?? null, f.dataDate]);
    if (input.format === 'xlsx') await writeXlsx(out.path, [{ name: 'Cakupan', header: ['Wilayah', 'Peserta', 'Penyebut', 'Persen', 'Nama penyebut', 'Sumber', 'Tanggal penyebut', 'Tanggal data'], rows }]);
    else await writePdf(out.path, r);
    return { token: out.token, fileName: out.name };
  },
};
