import { z } from 'zod';
import type { AuditRow } from './audit.ts';
import { gridRequestSchema, type GridPage } from './grid.ts';
import type { NikAnalysis } from './nik.ts';
import { officeProfileInputSchema, type OfficeProfile } from './office-profile.ts';
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
  setupInput,
  type BusinessScaleResult,
  type CalculationResult,
  type ContributionRuleRow,
  type KbliAnalysis,
  type ListItem,
  type ReferenceSourceInfo,
  type RegionItem,
  type SetupStatus,
} from './reference.ts';
import type { RegionResolution } from './regions.ts';

// The contract between UI and backend: channel name -> input schema -> output type.
// A leaf module: it imports zod and nothing of ours outside core/api.

/** Phantom marker carrying an output type; it has no runtime value. */
const returns = <T>() => undefined as unknown as T;

const noInput = z.object({}).strict();

export const contract = {
  'app.info': { input: noInput, output: returns<AppInfo>() },
  'settings.officeProfile.get': { input: noInput, output: returns<OfficeProfile>() },
  'settings.officeProfile.save': { input: officeProfileInputSchema, output: returns<OfficeProfile>() },
  'audit.list': { input: gridRequestSchema, output: returns<GridPage<AuditRow>>() },
  'audit.get': { input: z.object({ id: z.number().int().positive() }).strict(), output: returns<AuditRow>() },
  'setup.status': { input: noInput, output: returns<SetupStatus>() },
  'setup.complete': { input: setupInput, output: returns<OfficeProfile>() },
  'regions.children': { input: regionChildrenInput, output: returns<RegionItem[]>() },
  'regions.get': { input: z.object({ code: regionCodeSchema }).strict(), output: returns<RegionItem>() },
  'regions.search': { input: regionSearchInput, output: returns<RegionItem[]>() },
  'regions.resolve': { input: regionResolveInput, output: returns<RegionResolution>() },
  'reference.sources': { input: noInput, output: returns<ReferenceSourceInfo[]>() },
  'nik.analyze': { input: nikAnalyzeInput, output: returns<NikAnalysis>() },
  'kbli.analyze': { input: kbliAnalyzeInput, output: returns<KbliAnalysis>() },
  'business.scale': { input: businessScaleInput, output: returns<BusinessScaleResult>() },
  'contributions.rules.list': { input: noInput, output: returns<ContributionRuleRow[]>() },
  'contributions.rules.save': { input: contributionRuleInput, output: returns<ContributionRuleRow>() },
  'contributions.calculate': { input: calculationInput, output: returns<CalculationResult>() },
  'lists.get': { input: listGetInput, output: returns<ListItem[]>() },
  'lists.save': { input: listItemInput, output: returns<ListItem>() },
} as const;

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  host: 'electron' | 'serve' | 'cli';
}

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];
export const channels = Object.keys(contract) as Channel[];
export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name);

/** Largest JSON body a host accepts for one call (the office logo is the biggest input). */
export const maxRequestBytes = 1024 * 1024;
