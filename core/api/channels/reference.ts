import { z } from 'zod';
import { read, write } from '../channel.ts';
import type { NikAnalysis } from '../nik.ts';
import {
  businessScaleInput,
  calculationInput,
  contributionRuleInput,
  kbliAnalyzeInput,
  listGetInput,
  listItemInput,
  nikAnalyzeInput,
  regionChildrenInput,
  regionCodeSchema,
  regionResolveInput,
  regionSearchInput,
  regionsWithinInput,
  type BusinessScaleResult,
  type CalculationResult,
  type ContributionRuleRow,
  type KbliAnalysis,
  type ListItem,
  type ReferenceSourceInfo,
  type RegionItem,
} from '../reference.ts';
import type { RegionResolution } from '../regions.ts';

// Reference data: regions, identity numbers, KBLI, business scale, contribution rules and
// the editable lists.

const noInput = z.object({}).strict();

export const referenceChannels = {
  'regions.children': read(regionChildrenInput, 'records.read')<RegionItem[]>(),
  'regions.within': read(regionsWithinInput, 'records.read')<RegionItem[]>(),
  'regions.get': read(z.object({ code: regionCodeSchema }).strict(), 'records.read')<RegionItem>(),
  'regions.search': read(regionSearchInput, 'records.read')<RegionItem[]>(),
  'regions.resolve': read(regionResolveInput, 'records.read')<RegionResolution>(),
  'reference.sources': read(noInput, 'records.read')<ReferenceSourceInfo[]>(),
  'nik.analyze': read(nikAnalyzeInput, 'records.read')<NikAnalysis>(),
  'kbli.analyze': read(kbliAnalyzeInput, 'records.read')<KbliAnalysis>(),
  'business.scale': read(businessScaleInput, 'records.read')<BusinessScaleResult>(),
  'contributions.rules.list': read(noInput, 'records.read')<ContributionRuleRow[]>(),
  'contributions.rules.save': write(contributionRuleInput, 'reference.write')<ContributionRuleRow>(),
  'contributions.calculate': read(calculationInput, 'records.read')<CalculationResult>(),
  'lists.get': read(listGetInput, 'records.read')<ListItem[]>(),
  'lists.save': write(listItemInput, 'reference.write')<ListItem>(),
} as const;
