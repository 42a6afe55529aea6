import { z } from 'zod';
import type { AuditDetail, AuditRow } from '../audit.ts';
import { read } from '../channel.ts';
import { gridRequestSchema, type GridPage } from '../grid.ts';

// The change log (audit), browsed like a register.

export const auditChannels = {
  'audit.list': read(gridRequestSchema, 'records.read')<GridPage<AuditRow>>(),
  'audit.get': read(z.object({ id: z.number().int().positive() }).strict(), 'records.read')<AuditDetail>(),
} as const;
