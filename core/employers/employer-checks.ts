import { stmt } from '../../db/statements.ts';
import type { EmployerValues } from '../api/employers.ts';
import type { FieldIssue } from '../api/result.ts';
import { AppError, invalidInput } from '../app-error.ts';
import type { Sqlite } from '../../db/open.ts';
import { foldText } from '../../db/fold.ts';
import { analyzeKbliCode } from '../reference/kbli/kbli-code.ts';
import { isWithin } from '../reference/regions/region-code.ts';
import { editDistance } from '../reference/regions/resolve-region-text.ts';

// Checks a save runs before writing: references that must exist, identity numbers that
// must be unique, and names too close to another employer in the same desa.

const issue = (path: string, messageKey: string): FieldIssue => ({ path, messageKey });

/** KBLI codes must be known 5-digit codes; returns the main code's section. */
export function checkKbli(codes: string[]): string | null {
  const analyses = codes.map((c) => analyzeKbliCode(c));
  const bad = analyses.findIndex((a) => !a.valid || a.level !== 'kelompok' || a.needsConfirmation);
  if (bad >= 0) {
    const a = analyses[bad];
    throw invalidInput(
      { id: `KBLI "${codes[bad]}": ${a?.issues[0]?.message.id ?? 'harus 5 digit'}`, en: `KBLI "${codes[bad]}": ${a?.issues[0]?.message.en ?? 'must have 5 digits'}` },
      { issues: [issue('kbliCodes', 'validation.kbli')] },
    );
  }
  return analyses[0]?.section ?? null;
}

export const regionLevel = (sqlite: Sqlite, code: string) => stmt(sqlite, 'SELECT level FROM region WHERE code = ?').pluck().get(code) as number | undefined;

/** Kecamatan inside the office area, desa inside the kecamatan, each at its level. */
export function checkRegions(
  sqlite: Sqlite,
  values: Pick<EmployerValues, 'kecamatanCode' | 'desaCode'>,
  officeArea: string | null,
  level: (code: string) => number | undefined = (code) => regionLevel(sqlite, code),
): void {
  const problems: FieldIssue[] = [];
  if (values.kecamatanCode && (level(values.kecamatanCode) !== 3 || (officeArea && !isWithin(values.kecamatanCode, officeArea)))) {
    problems.push(issue('kecamatanCode', 'validation.kecamatan'));
  }
  if (values.desaCode && (level(values.desaCode) !== 4 || (values.kecamatanCode && !isWithin(values.desaCode, values.kecamatanCode)))) {
    problems.push(issue('desaCode', 'validation.desa'));
  }
  if (values.desaCode && !values.kecamatanCode) problems.push(issue('kecamatanCode', 'validation.required'));
  if (problems.length) {
    throw invalidInput(
      { id: 'Kecamatan atau desa tidak ada di wilayah kantor, atau desa bukan bagian kecamatannya.', en: 'The kecamatan or desa is not in the office area, or the desa is not in that kecamatan.' },
      { issues: problems },
    );
  }
}

/** NIB, NPWP and NPP belong to one employer each (removed records do not count). */
export function checkUniqueIds(sqlite: Sqlite, values: Pick<EmployerValues, 'nib' | 'npwp' | 'npp'>, selfId: number | null): void {
  for (const field of ['nib', 'npwp', 'npp'] as const) {
    const value = values[field];
    if (!value) continue;
    const other = stmt(sqlite, `SELECT uid, name FROM employer WHERE ${field} = ? AND record_status <> 'dihapus' AND id IS NOT ? LIMIT 1`)
      .get(value, selfId) as { uid: string; name: string } | undefined;
    if (other) {
      const label = field.toUpperCase();
      throw new AppError(
        'CONFLICT',
        { id: `${label} ${value} sudah dipakai oleh "${other.name}". Buka data itu atau periksa nomornya.`, en: `${label} ${value} is already used by "${other.name}". Open that record or check the number.` },
        { kind: 'duplicate_id', field, existing: other, issues: [issue(field, 'validation.duplicate')] },
      );
    }
  }
}

const legalPrefix = /^(pt|cv|ud|fa|firma|koperasi|kop|yayasan|pd|perum|persero)\b\.?\s*/;
/** A name without legal-form words and punctuation: "PT. Bali Sejahtera" = "bali sejahtera". */
export const coreName = (name: string) =>
  (foldText(name) ?? '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(legalPrefix, '').replace(/\s+(tbk|persero)$/, '');

/** Employers in the same desa with (nearly) the same name: a warning the user may pass. */
export function similarInDesa(sqlite: Sqlite, name: string, desaCode: string | null, selfId: number | null): { uid: string; name: string }[] {
  if (!desaCode) return [];
  const target = coreName(name);
  const rows = stmt(sqlite, "SELECT id, uid, name FROM employer WHERE desa_code = ? AND record_status <> 'dihapus' AND id IS NOT ?")
    .all(desaCode, selfId) as { id: number; uid: string; name: string }[];
  const limit = target.length >= 8 ? 2 : 1;
  return rows.filter((r) => editDistance(coreName(r.name), target, limit + 1) <= limit).map(({ uid, name: n }) => ({ uid, name: n }));
}
