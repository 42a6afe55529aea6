import { z } from 'zod';
import type { AuditRow } from './audit.ts';
import { gridRequestBase, gridRequestSchema, type GridPage } from './grid.ts';
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
  regionsWithinInput,
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
import {
  employerInputSchema,
  followUpInputSchema,
  followUpsDueInput,
  setStatusInput,
  employerColumns,
  type Employer,
  type EmployerDetail,
  type EmployerRow,
  type FollowUp,
  type StatusCounts,
} from './employers.ts';
import { columnFilterSchema, columnIdSchema } from './grid.ts';
import { batchInput, dryRunInput, importRegisters, inspectInput, type DownloadToken, type ImportBatchInfo, type Inspection } from './imports.ts';
import { jobIdInput, type JobState } from './jobs.ts';

// The contract between UI and backend: channel name -> input schema -> output type.
// A leaf module: it imports zod and nothing of ours outside core/api.

/** Phantom marker carrying an output type; it has no runtime value. */
const returns = <T>() => undefined as unknown as T;

const noInput = z.object({}).strict();
const uidInput = z.object({ uid: z.string().min(1).max(80) }).strict();
const uiKey = z.string().regex(/^[a-z][a-zA-Z0-9.]{0,63}$/);

export const contract = {
  'app.info': { input: noInput, output: returns<AppInfo>() },
  'settings.officeProfile.get': { input: noInput, output: returns<OfficeProfile>() },
  'settings.officeProfile.save': { input: officeProfileInputSchema, output: returns<OfficeProfile>() },
  'audit.list': { input: gridRequestSchema, output: returns<GridPage<AuditRow>>() },
  'audit.get': { input: z.object({ id: z.number().int().positive() }).strict(), output: returns<AuditRow>() },
  'setup.status': { input: noInput, output: returns<SetupStatus>() },
  'setup.complete': { input: setupInput, output: returns<OfficeProfile>() },
  'regions.children': { input: regionChildrenInput, output: returns<RegionItem[]>() },
  'regions.within': { input: regionsWithinInput, output: returns<RegionItem[]>() },
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
  'employers.demo': { input: z.object({ count: z.number().int().min(1).max(100_000).default(500) }).strict(), output: returns<{ inserted: number }>() },
  'employers.list': { input: gridRequestSchema, output: returns<GridPage<EmployerRow>>() },
  'employers.counts': {
    input: z.object({ filterModel: z.record(columnIdSchema, columnFilterSchema).default({}), quickSearch: z.string().max(200).optional() }).strict(),
    output: returns<StatusCounts>(),
  },
  'employers.get': { input: uidInput, output: returns<EmployerDetail>() },
  'employers.export': {
    input: gridRequestBase.extend({ format: z.enum(['xlsx', 'csv']), columns: z.array(z.enum(employerColumns)).max(40).default([]) }).omit({ startRow: true, endRow: true }).strict(),
    output: returns<JobState>(),
  },
  'employers.save': { input: employerInputSchema, output: returns<Employer>() },
  'employers.setStatus': { input: setStatusInput, output: returns<Employer>() },
  'employers.followUps.save': { input: followUpInputSchema, output: returns<FollowUp>() },
  'employers.followUps.due': { input: followUpsDueInput, output: returns<(FollowUp & { overdue: boolean })[]>() },
  'jobs.get': { input: jobIdInput, output: returns<JobState>() },
  'jobs.cancel': { input: jobIdInput, output: returns<JobState>() },
  'imports.inspect': { input: inspectInput, output: returns<Inspection>() },
  'imports.dryRun': { input: dryRunInput, output: returns<JobState>() },
  'imports.commit': { input: jobIdInput, output: returns<JobState>() },
  'imports.errorFile': { input: jobIdInput, output: returns<DownloadToken>() },
  'imports.template': { input: z.object({ register: z.enum(importRegisters) }).strict(), output: returns<DownloadToken>() },
  'imports.history': { input: z.object({ register: z.enum(importRegisters) }).strict(), output: returns<ImportBatchInfo[]>() },
  'imports.undo': { input: batchInput, output: returns<JobState>() },
  'settings.ui.get': { input: z.object({ key: uiKey }).strict(), output: returns<string | null>() },
  'settings.ui.set': { input: z.object({ key: uiKey, value: z.string().max(20_000) }).strict(), output: returns<null>() },
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
