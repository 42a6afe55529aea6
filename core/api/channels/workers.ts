import { z } from 'zod';
import { read, write } from '../channel.ts';
import type { JobState } from '../jobs.ts';
import { personInputSchema, setPersonStatusInput, type PersonDetail } from '../workers.ts';

// The worker register's own channels: a person with their periods, statuses, demo data. Its
// grid, history, export, bulk status and import go through the shared register channels.

const uidInput = z.object({ uid: z.string().min(1).max(80) }).strict();

export const workerChannels = {
  /** `coverageInputs`: also the published Bali coverage figures (denominators, aggregates, targets). */
  'workers.demo': write(z.object({ count: z.number().int().min(1).max(1_000_000).default(1000), coverageInputs: z.boolean().default(false) }).strict(), 'records.import')<JobState>(),
  'workers.get': read(uidInput, 'records.read')<PersonDetail>(),
  'workers.save': write(personInputSchema, 'records.write')<PersonDetail>(),
  'workers.setStatus': write(setPersonStatusInput, 'records.write')<PersonDetail>(),
} as const;
