import { z } from 'zod';
import type { AuditDetail, AuditRow } from '../audit.ts';
import { read } from '../channel.ts';
import type { JobState } from '../jobs.ts';
import { gridRequestSchema, type GridPage } from '../grid.ts';

// The change log (audit), browsed like a register, and its hash chain checked.

export const auditChannels = {
  'audit.list': read(gridRequestSchema, 'records.read')<GridPage<AuditRow>>(),
  'audit.get': read(z.object({ id: z.number().int().positive() }).strict(), 'records.read')<AuditDetail>(),
  /** Checks the hash chain row by row as a job; its result is an AuditChainReport (audit-chain.ts). */
  'audit.verify': read(z.object({}).strict(), 'records.read')<JobState>(),
} as const;
