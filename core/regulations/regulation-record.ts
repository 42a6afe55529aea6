import type { Sqlite } from '../../db/open.ts';
import type { regulation, regulationCommitment } from '../../db/schema/index.ts';
import type { Commitment, Regulation } from '../api/regulations.ts';
import { regionName } from '../registers/record-fields.ts';
import { regulationLabel } from './regulation-label.ts';

// Between the table rows and the contract's Regulation and Commitment.
export type RegulationTableRow = typeof regulation.$inferSelect;
export type CommitmentTableRow = typeof regulationCommitment.$inferSelect;

export function toRegulation(sqlite: Sqlite, row: RegulationTableRow): Regulation {
  const { titleFold: _f, importBatchId: _i, ...rest } = row;
  return { ...rest, areaName: regionName(sqlite, row.areaCode) };
}

export function toCommitment(row: CommitmentTableRow): Commitment {
  const { id: _id, regulationId: _r, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

export const labelOf = (row: RegulationTableRow) => regulationLabel(row);

/** What the audit log keeps of a row: its columns without internal keys. */
export function auditView(row: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const { id: _id, titleFold: _f, createdAt: _c, updatedAt: _u, importBatchId: _b, ...view } = row;
  return view;
}

/** The columns a save or an import writes (drizzle keys). */
export const regulationWrites = [
  'jenis', 'singkatanJenis', 'nomor', 'tahun', 'judul', 'titleFold', 'teuBadan', 'tempatPenetapan', 'tanggalPenetapan', 'tanggalPengundangan',
  'sumber', 'subjek', 'bidangHukum', 'bahasa', 'lokasi', 'abstrak', 'penandatangan', 'pemrakarsa', 'areaCode', 'effectiveDate', 'jdihnId',
  'urlDownload', 'notes',
] as const;
