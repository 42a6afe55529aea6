import { z } from 'zod';
import { read, write } from '../channel.ts';
import { duplicateListInput, duplicateMergeInput, duplicatePairInput, mergePlanInput, mergeUndoInput, type DuplicateList, type DuplicateMergeView, type MergePlan } from '../duplicates.ts';
import type { JobState } from '../jobs.ts';

// The worker register's duplicate review: scan (a job), the open pairs, merge and its undo,
// "two different people" and taking it back.
export const duplicateReviewChannels = {
  'duplicates.scan': write(z.object({}).strict(), 'records.write')<JobState>(),
  'duplicates.list': read(duplicateListInput, 'records.read')<DuplicateList>(),
  /** What a merge would do with the periods, before the reviewer confirms it. */
  'duplicates.mergePlan': read(mergePlanInput, 'records.read')<MergePlan>(),
  'duplicates.merge': write(duplicateMergeInput, 'records.write')<DuplicateMergeView>(),
  'duplicates.undoMerge': write(mergeUndoInput, 'records.write')<DuplicateMergeView>(),
  'duplicates.different': write(duplicatePairInput, 'records.write')<{ pairId: number }>(),
  'duplicates.undoDifferent': write(duplicatePairInput, 'records.write')<{ pairId: number }>(),
} as const;
