import type { appChannels } from './api/channels/app.ts';
import type { AppInfo, Channel, OutputOf, ParsedInputOf } from './api/contract.ts';
import { accountHandlers } from './accounts/handlers.ts';
import { auditHandlers } from './audit/handlers.ts';
import { backupHandlers } from './backups/handlers.ts';
import type { ServiceContext } from './context.ts';
import { employerHandlers } from './employers/handlers.ts';
import { releaseOutgoing } from './files/release-outgoing.ts';
import { encryptionHandlers } from './encryption/handlers.ts';
import type { HandlersOf } from './handler-types.ts';
import { importHandlers } from './imports/handlers.ts';
import { writeProblemReport } from './logs/problem-report.ts';
import { referenceHandlers } from './reference/handlers.ts';
import { registerHandlers } from './registers/handlers.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { workerHandlers } from './workers/handlers.ts';
import { identityReviewHandlers } from './workers/identity-review-handlers.ts';
import { privacyHandlers } from './workers/person-report/handlers.ts';
import { programmeHandlers } from './programmes/handlers.ts';
import { documentHandlers } from './documents/handlers.ts';
import { regulationHandlers } from './regulations/handlers.ts';
import { duplicateHandlers } from './workers/duplicates/handlers.ts';
import { coverageHandlers } from './coverage/handlers.ts';
import { coverageInputHandlers } from './coverage-inputs/handlers.ts';
import { demoHandlers } from './demo/handlers.ts';
import { awardHandlers } from './award/handlers.ts';
import { awardPackageHandlers } from './award/package-handlers.ts';
import { homeHandlers } from './home/handlers.ts';
import { getUiSetting, setUiSetting } from './settings/ui-settings-service.ts';

export type Handler<C extends Channel> = (ctx: ServiceContext, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/**
 * Binds every channel of the contract to its service. Each domain keeps its handlers beside
 * its services (<domain>/handlers.ts); the type makes a missing one a compile error.
 */
export function createHandlers(info: () => AppInfo): Handlers {
  const appHandlers: HandlersOf<typeof appChannels> = {
    'app.info': () => info(),
    'app.problemReport': (ctx) => writeProblemReport(ctx, info()),
    'jobs.get': (ctx, input) => ctx.runtime.jobs.get(input.jobId),
    'jobs.cancel': (ctx, input) => ctx.runtime.jobs.cancel(input.jobId),
    'files.release': (ctx, input) => releaseOutgoing(ctx, input.token),
    'settings.ui.get': (ctx, input) => getUiSetting(ctx, input.key),
    'settings.ui.set': (ctx, input) => setUiSetting(ctx, input.key, input.value),
  };
  return { ...appHandlers, ...accountHandlers, ...settingsHandlers, ...auditHandlers, ...referenceHandlers, ...registerHandlers, ...employerHandlers, ...importHandlers, ...backupHandlers, ...encryptionHandlers, ...workerHandlers, ...identityReviewHandlers, ...privacyHandlers, ...programmeHandlers, ...documentHandlers, ...regulationHandlers, ...duplicateHandlers, ...coverageHandlers, ...coverageInputHandlers, ...demoHandlers, ...awardHandlers, ...awardPackageHandlers, ...homeHandlers };
}
