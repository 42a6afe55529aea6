import type { registerChannels } from '../api/channels/registers.ts';
import { countRegister, listRegister } from '../grid/register-grid.ts';
import type { HandlersOf } from '../handler-types.ts';

export const registerHandlers: HandlersOf<typeof registerChannels> = {
  'registers.list': (ctx, { register, ...request }) => listRegister(ctx, register, request),
  'registers.counts': (ctx, input) => countRegister(ctx, input),
};
