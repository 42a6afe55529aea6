import type { homeChannels } from '../api/channels/home.ts';
import type { HandlersOf } from '../handler-types.ts';
import { backupState } from './backup-state.ts';
import { recentImports } from './recent-imports.ts';

export const homeHandlers: HandlersOf<typeof homeChannels> = {
  'home.recentImports': (ctx, input) => recentImports(ctx, input.limit),
  'home.backupState': (ctx) => backupState(ctx),
};
