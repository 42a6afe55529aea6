import { AppError } from '../app-error.ts';
import type { AnyImporter } from './importers.ts';

/** The register's required columns the mapping leaves out, as the error that says so; null when none. */
export function requiredNotMapped(importer: AnyImporter, mapping: Record<string, number | null>): AppError | null {
  const required = importer.fields.filter((f) => f.required && (mapping[f.key] ?? null) === null);
  if (required.length === 0) return null;
  return new AppError('INVALID_INPUT', {
    id: `Kolom wajib belum dipasangkan: ${required.map((f) => f.label.id).join(', ')}.`,
    en: `Required columns are not mapped: ${required.map((f) => f.label.en).join(', ')}.`,
  });
}
