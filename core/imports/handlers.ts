import type { importChannels } from '../api/channels/imports.ts';
import type { HandlersOf } from '../handler-types.ts';
import { startDryRun } from './dry-run.ts';
import { batchChanges } from './import-batches.ts';
import { discardImport, importHistory, inspectImport, startCommit, writeErrorFile, writeTemplate } from './import-service.ts';
import { startUndo, startUndoCheck } from './undo-import.ts';

export const importHandlers: HandlersOf<typeof importChannels> = {
  'imports.inspect': (ctx, input) => inspectImport(ctx, input),
  'imports.dryRun': (ctx, input) => startDryRun(ctx, input),
  'imports.commit': (ctx, input) => startCommit(ctx, input),
  'imports.discard': (ctx, input) => discardImport(ctx, input),
  'imports.errorFile': (ctx, input) => writeErrorFile(ctx, input),
  'imports.template': (ctx, input) => writeTemplate(ctx, input.register, input.layout),
  'imports.history': (ctx, input) => importHistory(ctx, input.register),
  'imports.undoCheck': (ctx, input) => startUndoCheck(ctx, input.batchUid),
  'imports.undo': (ctx, input) => startUndo(ctx, input),
  'imports.changes': (ctx, input) => batchChanges(ctx, input),
};
