import { columnsOf } from '../../db/bulk-sql.ts';
import type { DryRunResult, ImportRegister } from '../api/imports.ts';
import { employerImporter } from './employers/employer-importer.ts';
import type { PlanStore } from './plan-store.ts';
import type { RegisterImporter } from './register-importer.ts';

// Every register that plugs into the shared import pipeline, and what a dry run leaves
// for the commit.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyImporter = RegisterImporter<any, any>;

export const importers: Record<ImportRegister, AnyImporter> = { employer: employerImporter };

/**
 * Every key of a record's audit snapshot, sorted and joined: what an audit row lists as
 * changed when a record is created or removed (changedFields() against nothing).
 */
export const wholeRecordFields = (importer: AnyImporter) =>
  columnsOf(importer.table).filter((c) => !importer.auditOmit.includes(c.key)).map((c) => c.key).sort().join(', ');

/** A finished dry run, kept with its job until the commit or the error file needs it. */
export interface DryRunPlan {
  register: ImportRegister;
  fileToken: string;
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
  /** The database's data version the dry run saw. */
  dataVersion: string;
}
