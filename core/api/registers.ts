import { z } from 'zod';
import { columnFilterSchema, columnIdSchema, gridRequestBase, validPage } from './grid.ts';

// The shared register floors' contract: any register's grid page, its counts and its export,
// named by the register's key. Which registers and columns exist is checked in core against
// the register's declaration.

export const registerKeySchema = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

export const registerListInput = gridRequestBase.extend({ register: registerKeySchema }).strict().refine(...validPage);

export const registerCountsInput = z
  .object({
    register: registerKeySchema,
    /** The column counted by (one of the register's count columns). */
    by: columnIdSchema,
    filterModel: z.record(columnIdSchema, columnFilterSchema).default({}),
    quickSearch: z.string().max(200).optional(),
  })
  .strict();

/** How many records match the view, in all and per value of the counted column. */
export interface RegisterCounts {
  total: number;
  values: Record<string, number>;
}
