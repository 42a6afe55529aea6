import type { awardPackageChannels } from '../api/channels/award.ts';
import type { HandlersOf } from '../handler-types.ts';
import { briefPdf, selfAssessmentFile, startPackage, verifyStagedPackage } from './package-service.ts';

export const awardPackageHandlers: HandlersOf<typeof awardPackageChannels> = {
  'award.package': (ctx, input) => startPackage(ctx, input.uid),
  'award.verify': (ctx, input) => verifyStagedPackage(ctx, input.fileToken),
  'award.brief': (ctx, input) => briefPdf(ctx, input.uid),
  'award.selfAssessment.export': (ctx, input) => selfAssessmentFile(ctx, input.cycleUid, input.format),
};
