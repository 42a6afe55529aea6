import { read } from '../channel.ts';
import type { GridPage } from '../grid.ts';
import { registerCountsInput, registerListInput, type RegisterCounts } from '../registers.ts';

// Every register's grid and counts, through one pair of channels.

export const registerChannels = {
  'registers.list': read(registerListInput, 'records.read')<GridPage<Record<string, unknown>>>(),
  'registers.counts': read(registerCountsInput, 'records.read')<RegisterCounts>(),
} as const;
