import { z } from 'zod';
import type { JobState } from '../jobs.ts';
import { read, write } from '../channel.ts';
import {
  employerInputSchema,
  followUpInputSchema,
  followUpsDueInput,
  setStatusInput,
  type Employer,
  type EmployerDetail,
  type FollowUp,
} from '../employers.ts';
import { complianceExportInput, complianceInput, employerWorkersInput, type CompliancePage, type EmployerWorkersPage } from '../employer-compliance.ts';

// The employer register's own channels: its records, statuses, follow-ups and demo data; its
// workers with an active PU period and the compliance list (reported workforce above them).

const uidInput = z.object({ uid: z.string().min(1).max(80) }).strict();

export const employerChannels = {
  'employers.demo': write(z.object({ count: z.number().int().min(1).max(1_000_000).default(500) }).strict(), 'records.import')<JobState>(),
  'employers.get': read(uidInput, 'records.read')<EmployerDetail>(),
  'employers.save': write(employerInputSchema, 'records.write')<Employer>(),
  'employers.setStatus': write(setStatusInput, 'records.write')<Employer>(),
  'employers.followUps.save': write(followUpInputSchema, 'records.write')<FollowUp>(),
  'employers.followUps.due': read(followUpsDueInput, 'records.read')<(FollowUp & { overdue: boolean })[]>(),
  'employers.workers': read(employerWorkersInput, 'records.read')<EmployerWorkersPage>(),
  'employers.compliance': read(complianceInput, 'records.read')<CompliancePage>(),
  'employers.compliance.export': write(complianceExportInput, 'records.export')<JobState>(),
} as const;
