import { z } from 'zod';
import { read, write } from '../channel.ts';
import type { FollowUp } from '../employers.ts';
import type { DownloadToken } from '../imports.ts';
import type { JobState } from '../jobs.ts';
import { followUpsDueInput } from '../employers.ts';
import {
  commitmentInputSchema, regulationInputSchema, regulationStatusInput, relationInputSchema, statusAtInput,
  type JdihnStaged, type LegalStatus, type RegulationDetail, type RegulationDocumentHit, type RegulationDuty, type RegulationProgrammes,
} from '../regulations.ts';

// The regulation register's own channels: a record with its relations and commitments, its
// status at a date, the JDIHN exchange, demo records, and the one due list (the employers'
// follow-ups and the regulations' duties). Its grid, history, XLSX export, bulk status and
// import go through the shared register and import channels.

const uid = z.string().min(1).max(80);
const uidInput = z.object({ uid }).strict();

/** One line of the due list: an employer's follow-up or a regulation's duty. */
export type DueItem = (FollowUp & { overdue: boolean; source: 'employer' }) | RegulationDuty;

export const regulationChannels = {
  'regulations.get': read(uidInput, 'records.read')<RegulationDetail>(),
  'regulations.save': write(regulationInputSchema, 'records.write')<RegulationDetail>(),
  'regulations.setStatus': write(regulationStatusInput, 'records.write')<RegulationDetail>(),
  'regulations.statusAt': read(statusAtInput, 'records.read')<{ date: string; status: LegalStatus }>(),
  /** Records to pick as the other side of a relation: by words of the title or the number. */
  'regulations.pick': read(z.object({ query: z.string().max(200), exceptUid: uid.optional() }).strict(), 'records.read')<{ uid: string; label: string; judul: string }[]>(),
  /** The programmes naming the record as legal basis, and its commitments beside what they achieved. */
  'regulations.programmes': read(uidInput, 'records.read')<RegulationProgrammes>(),
  /** Words inside the regulations' documents: each hit with its regulation, document, page and snippet. */
  'regulations.searchDocuments': read(z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(30) }).strict(), 'records.read')<RegulationDocumentHit[]>(),
  'regulations.relations.add': write(relationInputSchema, 'records.write')<RegulationDetail>(),
  'regulations.relations.remove': write(z.object({ uid, viewUid: uid }).strict(), 'records.write')<RegulationDetail>(),
  'regulations.commitments.save': write(commitmentInputSchema, 'records.write')<RegulationDetail>(),
  /** A commitment entered by mistake, removed; the detail of `viewUid` (its regulation) is returned. */
  'regulations.commitments.remove': write(z.object({ uid, viewUid: uid }).strict(), 'records.write')<RegulationDetail>(),
  /** A staged JDIHN JSON upload, read and staged again as the register's CSV for the import channels. */
  'regulations.jdihn.stage': write(z.object({ fileToken: z.string().min(1).max(80) }).strict(), 'records.import')<JdihnStaged>(),
  'regulations.jdihn.export': write(z.object({}).strict(), 'records.export')<DownloadToken>(),
  'regulations.demo': write(z.object({ count: z.number().int().min(0).max(1_000_000).optional() }).strict(), 'records.import')<JobState>(),
  'dueList.list': read(followUpsDueInput, 'records.read')<DueItem[]>(),
} as const;
