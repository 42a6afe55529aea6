import { z } from 'zod';
import { read, write } from '../channel.ts';
import {
  coverageReportInput,
  coverageTrendInput,
  freezeMonthInput,
  ruleEffectInput,
  type CoverageReport,
  type RuleEffect,
  type SnapshotDifference,
  type SnapshotSummary,
  type TrendPoint,
} from '../coverage.ts';
import type { DownloadToken } from '../imports.ts';

// Coverage figures: the report at a date (or a frozen month), the trend by month, monthly
// snapshots and their difference from a recount, a rule's before/after, the dashboard's files.

const snapshotInput = z.object({ uid: z.string().min(1).max(80) }).strict();
const exportInput = coverageReportInput.extend({ format: z.enum(['pdf', 'xlsx']) });

export const coverageChannels = {
  'coverage.report': read(coverageReportInput, 'records.read')<CoverageReport>(),
  'coverage.trend': read(coverageTrendInput, 'records.read')<TrendPoint[]>(),
  'coverage.snapshots': read(z.object({}).strict(), 'records.read')<SnapshotSummary[]>(),
  'coverage.freeze': write(freezeMonthInput, 'records.write')<SnapshotSummary>(),
  'coverage.snapshotDifference': read(snapshotInput, 'records.read')<SnapshotDifference[]>(),
  'coverage.ruleEffect': read(ruleEffectInput, 'records.read')<RuleEffect>(),
  'coverage.export': write(exportInput, 'records.read')<DownloadToken>(),
} as const;
