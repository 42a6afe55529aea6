import type { awardChannels } from '../api/channels/award.ts';
import type { HandlersOf } from '../handler-types.ts';
import { approveCycle, withdrawApproval } from './approval.ts';
import { cycleDetail } from './cycle-detail.ts';
import './cycle-lock.ts'; // registers the documents guard of evidence items
import { listCycles, saveCycle } from './cycle-service.ts';
import { approveEvidence, removeEvidence, saveBriefPoints, saveEvidence, saveSelfAssessment } from './evidence-service.ts';
import { copyRubric } from './rubric-copy.ts';
import { exportRubric } from './rubric-export.ts';
import { importRubric } from './rubric-import.ts';
import { ownerAccounts } from './owner-accounts.ts';
import { removeAspect, removeIndicator, saveAspect, saveIndicator } from './rubric-service.ts';

export const awardHandlers: HandlersOf<typeof awardChannels> = {
  'award.cycles.list': (ctx) => listCycles(ctx),
  'award.cycles.get': (ctx, input) => cycleDetail(ctx, input.uid),
  'award.cycles.save': (ctx, input) => saveCycle(ctx, input),
  'award.rubric.copy': (ctx, input) => copyRubric(ctx, input),
  'award.rubric.saveAspect': (ctx, input) => saveAspect(ctx, input),
  'award.rubric.removeAspect': (ctx, input) => removeAspect(ctx, input.uid),
  'award.rubric.saveIndicator': (ctx, input) => saveIndicator(ctx, input),
  'award.rubric.removeIndicator': (ctx, input) => removeIndicator(ctx, input.uid),
  'award.rubric.export': (ctx, input) => exportRubric(ctx, input),
  'award.rubric.import': (ctx, input) => importRubric(ctx, input),
  'award.owners': (ctx) => ownerAccounts(ctx),
  'award.evidence.save': (ctx, input) => saveEvidence(ctx, input),
  'award.evidence.remove': (ctx, input) => removeEvidence(ctx, input.uid),
  'award.evidence.approve': (ctx, input) => approveEvidence(ctx, input.uid),
  'award.selfAssessment.save': (ctx, input) => saveSelfAssessment(ctx, input),
  'award.briefPoints.save': (ctx, input) => saveBriefPoints(ctx, input),
  'award.approve': (ctx, input) => approveCycle(ctx, input),
  'award.withdraw': (ctx, input) => withdrawApproval(ctx, input),
};
