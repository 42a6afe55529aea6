import type { employerChannels } from '../api/channels/employers.ts';
import type { HandlersOf } from '../handler-types.ts';
import { startDemoEmployers } from './demo-service.ts';
import { getEmployer, saveEmployer, setEmployerStatus } from './employer-service.ts';
import { followUpsDue, saveFollowUp } from './follow-up-service.ts';
import { complianceList } from './compliance-list.ts';
import { startComplianceExport } from './compliance-export.ts';
import { employerWorkers } from './employer-workers.ts';

export const employerHandlers: HandlersOf<typeof employerChannels> = {
  'employers.demo': (ctx, input) => startDemoEmployers(ctx, input.count),
  'employers.get': (ctx, input) => getEmployer(ctx, input.uid),
  'employers.save': (ctx, input) => saveEmployer(ctx, input),
  'employers.setStatus': (ctx, input) => setEmployerStatus(ctx, input),
  'employers.followUps.save': (ctx, input) => saveFollowUp(ctx, input),
  'employers.followUps.due': (ctx, input) => followUpsDue(ctx, input),
  'employers.workers': (ctx, input) => employerWorkers(ctx, input),
  'employers.compliance': (ctx, input) => complianceList(ctx, input),
  'employers.compliance.export': (ctx, input) => startComplianceExport(ctx, input),
};
