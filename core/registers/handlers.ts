import type { registerChannels } from '../api/channels/registers.ts';
import { countRegister, listRegister } from '../grid/register-grid.ts';
import type { HandlersOf } from '../handler-types.ts';
import { startRegisterExport } from '../exports/register-export.ts';
import { startBulkStatus } from './bulk-status.ts';
import { recordHistory } from './record-history.ts';

export const registerHandlers: HandlersOf<typeof registerChannels> = {
  'registers.list': (ctx, { register, ...request }) => listRegister(ctx, register, request),
  'registers.counts': (ctx, input) => countRegister(ctx, input),
  'registers.history': (ctx, input) => recordHistory(ctx, input.register, input.uid),
  'registers.export': (ctx, input) => startRegisterExport(ctx, input),
  'registers.bulkStatus': (ctx, input) => startBulkStatus(ctx, input),
};
