import type { coverageChannels } from '../api/channels/coverage.ts';
import type { HandlersOf } from '../handler-types.ts';
import { exportCoverage } from './export/export-service.ts';
import { countReport, resolveArea } from './report.ts';
import { ruleEffect } from './rule-effect.ts';
import { freezeMonth, listSnapshots, readSnapshot, snapshotDifference } from './snapshots.ts';
import { coverageTrend } from './trend.ts';

export const coverageHandlers: HandlersOf<typeof coverageChannels> = {
  'coverage.report': (ctx, input) => (input.snapshotUid ? readSnapshot(ctx, input.snapshotUid) : countReport(ctx, input)),
  'coverage.trend': (ctx, input) => coverageTrend(ctx, input, resolveArea(ctx, input.areaCode)),
  'coverage.snapshots': (ctx) => listSnapshots(ctx),
  'coverage.freeze': (ctx, input) => freezeMonth(ctx, input),
  'coverage.snapshotDifference': (ctx, input) => snapshotDifference(ctx, input.uid),
  'coverage.ruleEffect': (ctx, input) => ruleEffect(ctx, input.regulationUid),
  'coverage.export': (ctx, input) => exportCoverage(ctx, input),
};
