import type { Channel, OutputOf, ParsedInputOf } from './api/contract.ts';
import type { AppInfo } from './api/contract.ts';
import { getAudit, listAudit } from './audit/audit-service.ts';
import type { ServiceContext } from './context.ts';
import { businessScale } from './reference/business-scale.ts';
import { calculateContribution, listContributionRules, saveContributionRule } from './reference/contributions/rules-service.ts';
import { analyzeKbliCode } from './reference/kbli/kbli-code.ts';
import { getList, saveListItem } from './reference/lists/lists-service.ts';
import { analyzeNikValue } from './reference/nik/nik-service.ts';
import { getRegion, listRegionChildren, listRegionsWithin, resolveRegion, searchRegions } from './reference/regions/region-service.ts';
import { readSources } from './reference/sources-service.ts';
import { getOfficeProfile, saveOfficeProfile } from './settings/office-profile-service.ts';
import { completeSetup, getSetupStatus } from './setup/setup-service.ts';
import { getUiSetting, setUiSetting } from './settings/ui-settings-service.ts';
import { countByStatus, listEmployers } from './employers/employer-grid.ts';
import { getEmployer, saveEmployer, setEmployerStatus } from './employers/employer-service.ts';
import { followUpsDue, saveFollowUp } from './employers/follow-up-service.ts';
import { loadDemoEmployers } from './employers/demo-service.ts';
import { startEmployerExport } from './employers/employer-export.ts';
import { startDryRun } from './imports/dry-run.ts';
import { importHistory, inspectImport, startCommit, writeErrorFile, writeTemplate } from './imports/import-service.ts';
import { startUndo } from './imports/undo-import.ts';

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
    'setup.status': (ctx) => getSetupStatus(ctx),
    'setup.complete': (ctx, input) => completeSetup(ctx, input),
    'regions.children': (ctx, input) => listRegionChildren(ctx, input.parentCode),
    'regions.within': (ctx, input) => listRegionsWithin(ctx, input.code, input.level),
    'regions.get': (ctx, input) => getRegion(ctx, input.code),
    'regions.search': (ctx, input) => searchRegions(ctx, input),
    'regions.resolve': (ctx, input) => resolveRegion(ctx, input),
    'reference.sources': (ctx) => readSources(ctx),
    'nik.analyze': (ctx, input) => analyzeNikValue(ctx, input),
    'kbli.analyze': (_ctx, input) => analyzeKbliCode(input.code),
    'business.scale': (_ctx, input) => businessScale(input),
    'contributions.rules.list': (ctx) => listContributionRules(ctx),
    'contributions.rules.save': (ctx, input) => saveContributionRule(ctx, input),
    'contributions.calculate': (ctx, input) => calculateContribution(ctx, input),
    'lists.get': (ctx, input) => getList(ctx, input.list, input.includeInactive),
    'lists.save': (ctx, input) => saveListItem(ctx, input),
    'employers.demo': (ctx, input) => loadDemoEmployers(ctx, input.count),
    'employers.list': (ctx, input) => listEmployers(ctx, input),
    'employers.counts': (ctx, input) => countByStatus(ctx, input),
    'employers.get': (ctx, input) => getEmployer(ctx, input.uid),
    'employers.export': (ctx, input) => startEmployerExport(ctx, { ...input, startRow: 0, endRow: 1 }),
    'employers.save': (ctx, input) => saveEmployer(ctx, input),
    'employers.setStatus': (ctx, input) => setEmployerStatus(ctx, input),
    'employers.followUps.save': (ctx, input) => saveFollowUp(ctx, input),
    'employers.followUps.due': (ctx, input) => followUpsDue(ctx, input),
    'jobs.get': (ctx, input) => ctx.runtime.jobs.get(input.jobId),
    'jobs.cancel': (ctx, input) => ctx.runtime.jobs.cancel(input.jobId),
    'imports.inspect': (ctx, input) => inspectImport(ctx, input),
    'imports.dryRun': (ctx, input) => startDryRun(ctx, input),
    'imports.commit': (ctx, input) => startCommit(ctx, input),
    'imports.errorFile': (ctx, input) => writeErrorFile(ctx, input),
    'imports.template': (ctx, input) => writeTemplate(ctx, input.register),
    'imports.history': (ctx, input) => importHistory(ctx, input.register),
    'imports.undo': (ctx, input) => startUndo(ctx, input.batchUid),
    'settings.ui.get': (ctx, input) => getUiSetting(ctx, input.key),
    'settings.ui.set': (ctx, input) => setUiSetting(ctx, input.key, input.value),
  };
}
