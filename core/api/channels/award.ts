import { z } from 'zod';
import { read, write } from '../channel.ts';
import type { DownloadToken } from '../imports.ts';
import type { JobState } from '../jobs.ts';
import {
  approveInput, aspectInputSchema, briefPointsInput, copyRubricInput, cycleInputSchema, cycleUidInput, evidenceInputSchema, indicatorInputSchema,
  removeInput, rubricExportInput, rubricImportInput, selfAssessmentExportInput, selfAssessmentInputSchema, verifyPackageInput, withdrawInput,
  type CycleDetail, type CycleSummary, type OwnerAccount, type VerifyReport,
} from '../award.ts';

// The Paritrana Award channels. Every write of a cycle's rubric, evidence, self-assessment or
// brief points is refused while the cycle is approved (withdraw the approval first, with a
// reason, audited). Writes answer with the whole cycle so the page redraws from one source.

export const awardChannels = {
  'award.cycles.list': read(z.object({}).strict(), 'records.read')<CycleSummary[]>(),
  'award.cycles.get': read(cycleUidInput, 'records.read')<CycleDetail>(),
  'award.cycles.save': write(cycleInputSchema, 'records.write')<CycleDetail>(),
  /** Copies the starter rubric or another cycle's rubric into a cycle that has none yet. */
  'award.rubric.copy': write(copyRubricInput, 'records.write')<CycleDetail>(),
  'award.rubric.saveAspect': write(aspectInputSchema, 'records.write')<CycleDetail>(),
  'award.rubric.removeAspect': write(removeInput, 'records.write')<CycleDetail>(),
  'award.rubric.saveIndicator': write(indicatorInputSchema, 'records.write')<CycleDetail>(),
  'award.rubric.removeIndicator': write(removeInput, 'records.write')<CycleDetail>(),
  'award.rubric.export': write(rubricExportInput, 'records.read')<DownloadToken>(),
  'award.rubric.import': write(rubricImportInput, 'records.write')<CycleDetail>(),
  /** Active accounts an evidence item's owner can be picked from (uid and display name only). */
  'award.owners': read(z.object({}).strict(), 'records.read')<OwnerAccount[]>(),
  'award.evidence.save': write(evidenceInputSchema, 'records.write')<CycleDetail>(),
  'award.evidence.remove': write(removeInput, 'records.write')<CycleDetail>(),
  /** Marks a 'siap' item disetujui (kepala bidang and up). */
  'award.evidence.approve': write(removeInput, 'records.approve')<CycleDetail>(),
  'award.selfAssessment.save': write(selfAssessmentInputSchema, 'records.write')<CycleDetail>(),
  'award.briefPoints.save': write(briefPointsInput, 'records.write')<CycleDetail>(),
  /** The head of office approves: the numbers come from the chosen frozen month and the evidence is frozen. */
  'award.approve': write(approveInput, 'award.approve')<CycleDetail>(),
  'award.withdraw': write(withdrawInput, 'award.approve')<CycleDetail>(),
} as const;

// The package side: built from what an approval froze (core/award/package), never from live
// data, so one approved cycle always gives the same bytes.
export const awardPackageChannels = {
  'award.selfAssessment.export': write(selfAssessmentExportInput, 'records.read')<DownloadToken>(),
  /** The one-page interview brief as a PDF. */
  'award.brief': write(cycleUidInput, 'records.read')<DownloadToken>(),
  /** Builds the evidence package of an approved cycle as a job; its result is a DownloadToken. */
  'award.package': write(cycleUidInput, 'records.export')<JobState>(),
  /** Checks a staged package ZIP against its manifest. */
  'award.verify': write(verifyPackageInput, 'records.read')<VerifyReport>(),
} as const;
