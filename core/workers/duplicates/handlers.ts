import type { duplicateReviewChannels } from '../../api/channels/duplicates.ts';
import type { HandlersOf } from '../../handler-types.ts';
import { markDifferent, undoDifferent } from './decisions.ts';
import { mergePair, mergePlan, undoMerge } from './merge-service.ts';
import { listDuplicates } from './review-list.ts';
import { startDuplicateScan } from './scan-job.ts';

export const duplicateHandlers: HandlersOf<typeof duplicateReviewChannels> = {
  'duplicates.scan': (ctx) => startDuplicateScan(ctx),
  'duplicates.list': (ctx, input) => listDuplicates(ctx, input),
  'duplicates.mergePlan': (ctx, input) => mergePlan(ctx, input),
  'duplicates.merge': (ctx, input) => mergePair(ctx, input),
  'duplicates.undoMerge': (ctx, input) => undoMerge(ctx, input.mergeUid),
  'duplicates.different': (ctx, input) => markDifferent(ctx, input.pairId),
  'duplicates.undoDifferent': (ctx, input) => undoDifferent(ctx, input.pairId),
};
