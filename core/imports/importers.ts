import type { DryRunInput, DryRunResult } from '../api/imports.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import type { ServiceContext } from '../context.ts';
import type { PlanStore } from './plan-store.ts';
import type { RegisterImporter } from './register-importer.ts';

// A register's import (from its declaration, core/registers), and what a dry run leaves for
// the commit.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyImporter = RegisterImporter<any>;

/** The import of a register; a register without one is refused. */
/** A field that may take one value for all rows: not an identity number, nor the record's own name. */
export const takesOneValue = (importer: AnyImporter, field: { key: string; identity?: boolean | undefined }) => !field.identity && field.key !== importer.tables[0]?.label;

export function importerOf(ctx: ServiceContext, register: string): AnyImporter {
  const importer = ctx.runtime.registers.get(register).importer;
  if (!importer) throw new AppError('INVALID_INPUT', msg('imports.notImportable', { register }), { register });
  return importer;
}

/** A finished dry run, kept with its job until the commit or the error file needs it. */
export interface DryRunPlan {
  register: string;
  /** What the dry run was asked: the commit plans again from it when the register changed since. */
  input: DryRunInput;
  fileName: string;
  fileHash: string;
  fileBytes: number;
  sheet: string;
  headerRow: number;
  headers: string[];
  mapping: Record<string, number | null>;
  /** Every row's decision, on disk (plan-store.ts). */
  store: PlanStore;
  summary: DryRunResult['summary'];
  shown: DryRunResult['rows'];
  unknownValues: DryRunResult['unknownValues'];
  /** The newest audit row when the dry run started: a write since then (any write adds one) means plan again. */
  auditMark: number;
}
