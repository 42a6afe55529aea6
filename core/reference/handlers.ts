import type { referenceChannels } from '../api/channels/reference.ts';
import type { HandlersOf } from '../handler-types.ts';
import { businessScale } from './business-scale.ts';
import { calculateContribution, listContributionRules, saveContributionRule } from './contributions/rules-service.ts';
import { analyzeKbliCode } from './kbli/kbli-code.ts';
import { getList, saveListItem } from './lists/lists-service.ts';
import { analyzeNikValue } from './nik/nik-service.ts';
import { getRegion, listRegionChildren, listRegionsWithin, resolveRegion, searchRegions } from './regions/region-service.ts';
import { readSources } from './sources-service.ts';

export const referenceHandlers: HandlersOf<typeof referenceChannels> = {
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
};
