import { stmt } from '../../db/statements.ts';
import { mandatoryProgrammes, type EmployerValues, type RegistrationFinding } from '../api/employers.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import type { FieldIssue } from '../api/result.ts';
import type { Message } from '../api/messages/message.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { msg, renderBoth } from '../messages.ts';
import type { Sqlite } from '../../db/open.ts';
import { foldText } from '../../db/fold.ts';
import { analyzeKbliCode } from '../reference/kbli/kbli-code.ts';
import { isWithin } from '../reference/regions/region-code.ts';
import { editDistance } from '../reference/regions/resolve-region-text.ts';

// Checks a save runs before writing: references that must exist, identity numbers that
// must be unique, names too close to another employer in the same desa, and what a record
// marked Terdaftar lacks.

const issue = (path: string, messageKey: string): FieldIssue => ({ path, messageKey });

/** KBLI codes must be known 5-digit codes; returns the main code's section. */
export function checkKbli(codes: string[]): string | null {
  const analyses = codes.map((c) => analyzeKbliCode(c));
  const bad = analyses.findIndex((a) => !a.valid || a.level !== 'kelompok' || a.needsConfirmation);
  if (bad >= 0) {
    const a = analyses[bad];
    throw invalidInput(
      msg('employerChecks.kbliInvalid', { code: codes[bad] ?? '', problem: a?.issues[0]?.said ?? msg('employerChecks.kbliFiveDigits') }),
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
      msg('employerChecks.regionsOutside'),
      { issues: problems },
    );
  }
}

const datedFields = ['startDate', 'wlkpDate', 'bpjsInfoDate'] as const;

/**
 * The firm's dates have happened, and its WLKP report came after it started: a start in 2030
 * and a WLKP of 2020 beside it were saved unsaid (walk 33). `today` is the office's.
 */
export function checkEmployerDates(values: Pick<EmployerValues, (typeof datedFields)[number]>, today: string): void {
  const ahead = datedFields.find((f) => values[f] && values[f]! > today);
  if (ahead) {
    throw invalidInput(msg('employerChecks.dateAhead', { field: msg(`employerChecks.dateFields.${ahead}`), date: values[ahead]!, today }), { issues: [{ path: ahead }] });
  }
  if (values.startDate && values.wlkpDate && values.wlkpDate < values.startDate) {
    throw invalidInput(msg('employerChecks.wlkpBeforeStart', { wlkp: values.wlkpDate, start: values.startDate }), { issues: [{ path: 'wlkpDate' }] });
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
        msg('employerChecks.idInUse', { label, value, name: other.name }),
        { kind: 'duplicate_id', field, existing: other, issues: [issue(field, 'validation.duplicate')] },
      );
    }
  }
}

const legalPrefix = /^(pt|cv|ud|fa|firma|koperasi|kop|yayasan|pd|perum|persero)\b\s*/;
// Lists also write the form after the name ("Karya Mandiri, CV", "Bank X (Persero) Tbk").
const legalSuffix = /\s+(pt|cv|ud|tbk|persero)(\s+(tbk|persero))?$/;
const sameForm: Record<string, string> = { kop: 'koperasi', fa: 'firma' };
const plainName = (name: string) => (foldText(name) ?? '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
/** A name without legal-form words and punctuation: "PT. Bali Sejahtera" = "Bali Sejahtera, PT" = "bali sejahtera". */
export const coreName = (name: string) => plainName(name).replace(legalPrefix, '').replace(legalSuffix, '');
/** The legal form a name is written with, before or after it ("cv" for "Karya Mandiri, CV"), or null. */
export function legalFormOf(name: string): string | null {
  const plain = plainName(name);
  const form = legalPrefix.exec(plain)?.[1] ?? /\s(pt|cv|ud)(\s+tbk)?$/.exec(plain)?.[1] ?? null;
  return form ? (sameForm[form] ?? form) : null;
}

/** Employers in the same desa with (nearly) the same name: a warning the user may pass. */
export function similarInDesa(sqlite: Sqlite, name: string, desaCode: string | null, selfId: number | null): { uid: string; name: string }[] {
  if (!desaCode) return [];
  const target = coreName(name);
  const rows = stmt(sqlite, "SELECT id, uid, name FROM employer WHERE desa_code = ? AND record_status <> 'dihapus' AND id IS NOT ?")
    .all(desaCode, selfId) as { id: number; uid: string; name: string }[];
  const limit = target.length >= 8 ? 2 : 1;
  return rows.filter((r) => editDistance(coreName(r.name), target, limit + 1) <= limit).map(({ uid, name: n }) => ({ uid, name: n }));
}


/**
 * What a record marked Terdaftar lacks: an NPP (BPJS gives one to every registered employer)
 * and the programmes its scale must join (PP 6/2025 Pasal 4; scale unknown: JKK, JKM, JHT).
 * Not every mandatory programme is "PDS program", not Terdaftar. Other statuses: none.
 * The form asks to confirm these; an import reports them as row warnings.
 */
export function registrationFindings(values: Pick<EmployerValues, 'bpjsStatus' | 'npp' | 'bpjsProgrammes' | 'businessScale'>): RegistrationFinding[] {
  if (values.bpjsStatus !== 'terdaftar') return [];
  const findings: RegistrationFinding[] = [];
  if (!values.npp.trim()) findings.push({ kind: 'no_npp', field: 'npp' });
  const missing = mandatoryProgrammes(values.businessScale).filter((p) => !values.bpjsProgrammes.includes(p));
  if (missing.length > 0) findings.push({ kind: 'missing_programmes', field: 'bpjsProgrammes', missing, scale: values.businessScale });
  return findings;
}

/** A finding as a coded message, for import warnings and the server's message. */
export function registrationFindingSaid(finding: RegistrationFinding): Message {
  if (finding.kind === 'no_npp') return msg('employerChecks.noNpp');
  const list = finding.missing.join(', ');
  return finding.scale ? msg('employerChecks.missingProgrammesFor', { scale: msg(`employerChecks.scales.${finding.scale}`), list }) : msg('employerChecks.missingProgrammes', { list });
}

/** The same, in both languages. */
export const registrationFindingText = (finding: RegistrationFinding): LocalizedText => renderBoth(registrationFindingSaid(finding));

const findingKey = (f: RegistrationFinding) => (f.kind === 'no_npp' ? f.kind : `${f.kind}:${f.missing.join(',')}`);

/** Findings of `after` that `before` (the stored record, if any) did not already have. */
export function newRegistrationFindings(
  after: Pick<EmployerValues, 'bpjsStatus' | 'npp' | 'bpjsProgrammes' | 'businessScale'>,
  before: Pick<EmployerValues, 'bpjsStatus' | 'npp' | 'bpjsProgrammes' | 'businessScale'> | null,
): RegistrationFinding[] {
  const known = new Set((before ? registrationFindings(before) : []).map(findingKey));
  return registrationFindings(after).filter((f) => !known.has(findingKey(f)));
}
