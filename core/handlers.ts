import type { Channel, OutputOf, ParsedInputOf } from './api/contract.ts';
import type { AppInfo } from './api/contract.ts';
import { getAudit, listAudit } from './audit/audit-service.ts';
import type { ServiceContext } from './context.ts';
import { getOfficeProfile, saveOfficeProfile } from './settings/office-profile-service.ts';

export type Handler<C extends Channel> = (ctx: ServiceContext, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/** Binds every channel of the contract to its service; the type makes a missing one a compile error. */
export function createHandlers(info: () => AppInfo): Handlers {
  return {
    'app.info': () => info(),
    'settings.officeProfile.get': (ctx) => getOfficeProfile(ctx),
    'settings.officeProfile.save': (ctx, input) => saveOfficeProfile(ctx, input),
    'audit.list': (ctx, input) => listAudit(ctx, input),
    'audit.get': (ctx, input) => getAudit(ctx, input.id),
  };
}
