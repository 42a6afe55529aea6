import type { auditChannels } from '../api/channels/audit.ts';
import type { HandlersOf } from '../handler-types.ts';
import { getAudit, listAudit } from './audit-service.ts';
import { startChainCheck } from './chain-job.ts';

export const auditHandlers: HandlersOf<typeof auditChannels> = {
  'audit.list': (ctx, input) => listAudit(ctx, input),
  'audit.get': (ctx, input) => getAudit(ctx, input.id),
  'audit.verify': (ctx) => startChainCheck(ctx),
};
