import { derivedWorkersTotal, employerInputSchema, maxWorkerCount, programmeCodes, workforceFindings, type EmployerValues } from '../../api/employers.ts';
import type { z } from 'zod';
import type { Message } from '../../api/messages/message.ts';
import type { RegionResolution } from '../../api/regions.ts';
import { registrationFindings, registrationFindingSaid } from '../../employers/employer-checks.ts';
import { workforceField, workforceSaid } from '../../employers/workforce-check.ts';
import { analyzeKbliCode } from '../../reference/kbli/kbli-code.ts';
import * as cells from '../fields/cell-values.ts';
import type { RowIssue } from '../fields/import-field.ts';
import { nameText } from '../fields/name-text.ts';
import type { CellValue } from '../read/types.ts';
import { word, type EmployerImportKey } from './employer-words.ts';

// One spreadsheet row (already mapped: field key -> cell) into validated employer values,
// or the list of what is wrong with it, cell by cell.

const legalForms: Record<string, EmployerValues['legalForm']> = {
  pt: 'PT', 'perseroan terbatas': 'PT', 'pt tbk': 'PT', cv: 'CV', 'persekutuan komanditer': 'CV', firma: 'Firma', fa: 'Firma',
  koperasi: 'Koperasi', kop: 'Koperasi', yayasan: 'Yayasan', ud: 'UD', 'usaha dagang': 'UD', perorangan: 'Perorangan', perseorangan: 'Perorangan',
  bumn: 'BUMN', bumd: 'BUMD', perumda: 'BUMD', lainnya: 'Lainnya', 'lain lain': 'Lainnya',
} as Record<string, EmployerValues['legalForm']>;
const scales: Record<string, NonNullable<EmployerValues['businessScale']>> = {
  mikro: 'mikro', 'usaha mikro': 'mikro', micro: 'mikro', kecil: 'kecil', 'usaha kecil': 'kecil', small: 'kecil',
  menengah: 'menengah', 'usaha menengah': 'menengah', medium: 'menengah', besar: 'besar', 'usaha besar': 'besar', large: 'besar',
};
const statuses: Record<string, EmployerValues['bpjsStatus']> = {
  terdaftar: 'terdaftar', sudah: 'terdaftar', 'sudah terdaftar': 'terdaftar', aktif: 'terdaftar', ya: 'terdaftar', registered: 'terdaftar',
  pwbd: 'pwbd', belum: 'pwbd', 'belum terdaftar': 'pwbd', 'belum mendaftar': 'pwbd', tidak: 'pwbd', 'tidak terdaftar': 'pwbd',
  'wajib belum daftar': 'pwbd', 'perusahaan wajib belum daftar': 'pwbd',
  'pds tk': 'pds_tk', 'pds tenaga kerja': 'pds_tk', 'pds upah': 'pds_upah', 'pds program': 'pds_program',
};
const officeTypes: Record<string, EmployerValues['officeType']> = { pusat: 'pusat', 'kantor pusat': 'pusat', head: 'pusat', cabang: 'cabang', 'kantor cabang': 'cabang', branch: 'cabang' };

/** The BPJS status: a word it does not know is said with what PWBD means (walk 36: "tidak terdaftar"). */
function bpjsStatusOf(cell: CellValue | undefined): cells.CellResult<EmployerValues['bpjsStatus'] | null> {
  const read = cells.choice(cell, statuses, '');
  return read.ok ? read : { ok: false, message: word('statusUnknown', { value: cells.displayCell(cell).trim() }) };
}

/** Digits an identity number has (the shortest a number may be), by the import field. */
const identityLength: Partial<Record<string, number>> = { nib: 13, npwp: 15 };
/**
 * An NIB or NPWP from a number cell that is short by a few digits: Excel dropped its leading
 * zeros (walk 36). Said with the number it may have been, as a NIK from a number cell is.
 */
function zerosLost(field: 'nib' | 'npwp', cell: CellValue | undefined, label: string): Message | null {
  const value = cells.plain(cell);
  const length = identityLength[field]!;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) return null;
  const digits = String(value);
  if (digits.length >= length || length - digits.length > 3) return null;
  return word('identityZerosLost', { label, digits, length: digits.length, padded: digits.padStart(length, '0') });
}

export interface ConvertedRow {
  values: EmployerValues | null;
  issues: RowIssue[];
}

/** Free text to a region of the given level inside `withinCode` (region-service's resolveRegion). */
export type RegionLookup = (input: { text: string; level: 3 | 4; withinCode?: string }) => RegionResolution;
/** A head office already in the register, by its NIB. */
export type HeadOfficeLookup = (nib: string) => { uid: string; officeType: string } | undefined;

export function convertEmployerRow(
  resolveRegion: RegionLookup,
  row: Record<string, CellValue | undefined>,
  officeArea: string | null,
  findHeadOffice: HeadOfficeLookup = () => undefined,
): ConvertedRow {
  const issues: RowIssue[] = [];
  const error = (field: string | null, message: Message) => issues.push({ field, message, severity: 'error' });
  const warn = (field: string, message: Message) => issues.push({ field, message, severity: 'warning' });
  const take = <T>(field: string, result: cells.CellResult<T>, fallback: T): T => {
    if (!result.ok) {
      error(field, result.message);
      return fallback;
    }
    if (result.note) warn(field, result.note);
    return result.value;
  };

  // A blank count is unknown (null), never 0.
  const workers = (field: string): number | null => (cells.isBlank(row[field]) ? null : take(field, cells.count(row[field], maxWorkerCount), null));

  const name = take('name', nameText(row.name, word('nameLabel'), 200), '');
  if (!name && !issues.some((i) => i.field === 'name')) error('name', word('nameRequired'));

  // KBLI: 5-digit codes; a number cell that lost its leading zero is repaired and shown.
  const kbliCodes: string[] = [];
  for (const raw of cells.list(row.kbli)) {
    const analysis = analyzeKbliCode(typeof cells.plain(row.kbli) === 'number' ? Number(raw) : raw);
    if (!analysis.valid || !analysis.code || analysis.level !== 'kelompok') {
      error('kbli', word('kbliInvalid', { raw, problem: analysis.issues[0]?.said ?? word('kbliFiveDigits') }));
    } else {
      if (analysis.needsConfirmation) warn('kbli', word('kbliReadAs', { raw, code: analysis.code }));
      kbliCodes.push(analysis.code);
    }
  }

  // Regions from free text: "Kec. Kuta Utara", "KUTA UTARA", "51.03.06".
  let kecamatanCode: string | null = null;
  let desaCode: string | null = null;
  const kecText = take('kecamatan', cells.text(row.kecamatan, 100), '');
  if (kecText) {
    const found = resolveRegion({ text: kecText, level: 3, ...(officeArea ? { withinCode: officeArea } : {}) });
    if (found.status === 'found') kecamatanCode = found.code;
    else error('kecamatan', found.said);
  }
  const desaText = take('desa', cells.text(row.desa, 100), '');
  if (desaText) {
    const scope = kecamatanCode ?? officeArea;
    const found = resolveRegion({ text: desaText, level: 4, ...(scope ? { withinCode: scope } : {}) });
    if (found.status === 'found') {
      desaCode = found.code;
      kecamatanCode ??= found.code.split('.').slice(0, 3).join('.');
    } else error('desa', found.said);
  }

  // A branch names its head office by NIB; the head office must be in the register already.
  const officeType = take('officeType', cells.choice(row.officeType, officeTypes, 'pusat, cabang'), null) ?? 'pusat';
  let headOfficeUid: string | null = null;
  const headNib = take('headOfficeNib', cells.identity(row.headOfficeNib, 'NIB kantor pusat'), '');
  if (headNib && officeType === 'cabang') {
    const head = findHeadOffice(headNib);
    if (!head) {
      error('headOfficeNib', word('headOfficeMissing', { nib: headNib }));
    } else if (head.officeType !== 'pusat') {
      error('headOfficeNib', word('headOfficeIsBranch', { nib: headNib }));
    } else headOfficeUid = head.uid;
  } else if (headNib) {
    warn('headOfficeNib', word('headOfficeIgnored'));
  }

  // What the form's schema checks (below), then what the cells above settle by themselves.
  const identityNumber = (field: 'nib' | 'npwp', label: string) => {
    const lost = zerosLost(field, row[field], label);
    if (!lost) return take(field, cells.identity(row[field], label), '');
    error(field, lost);
    return '';
  };
  const checked = {
    name,
    nib: identityNumber('nib', 'NIB'),
    npwp: identityNumber('npwp', 'NPWP'),
    npp: take('npp', cells.identity(row.npp, 'NPP'), ''),
    kbliCodes,
    contactPhone: take('contactPhone', cells.text(row.contactPhone, 30), ''),
    contactEmail: take('contactEmail', cells.text(row.contactEmail, 200), ''),
    bpjsProgrammes: cells.list(row.bpjsProgrammes).map((p) => p.toUpperCase()),
  };
  const settled = {
    legalForm: take('legalForm', cells.choice(row.legalForm, legalForms, 'PT, CV, Firma, Koperasi, Yayasan, UD, Perorangan, BUMN, BUMD, Lainnya'), null) ?? '',
    businessScale: take('businessScale', cells.choice(row.businessScale, scales, 'mikro, kecil, menengah, besar'), null),
    address: take('address', cells.text(row.address, 500), ''),
    kecamatanCode,
    desaCode,
    officeType,
    headOfficeUid,
    startDate: take('startDate', cells.date(row.startDate), null),
    ownerName: take('ownerName', nameText(row.ownerName, word('ownerLabel'), 200), ''),
    workersTotal: workers('workersTotal'),
    workersMale: workers('workersMale'),
    workersFemale: workers('workersFemale'),
    workersPkwtt: workers('workersPkwtt'),
    workersPkwt: workers('workersPkwt'),
    workersHarianLepas: workers('workersHarianLepas'),
    workersBorongan: workers('workersBorongan'),
    workersForeign: workers('workersForeign'),
    wlkpNumber: take('wlkpNumber', cells.text(row.wlkpNumber, 60), ''),
    wlkpDate: take('wlkpDate', cells.date(row.wlkpDate), null),
    bpjsStatus: take('bpjsStatus', bpjsStatusOf(row.bpjsStatus), null) ?? 'pwbd',
    bpjsInfoDate: take('bpjsInfoDate', cells.date(row.bpjsInfoDate), null),
    notes: take('notes', cells.text(row.notes, 2000), ''),
    confirmSimilarName: false,
  } satisfies Partial<EmployerValues>;
  // The counts against each other: a split above the total is an error, a complete split
  // short of it a warning. A total left blank is the sum of a complete split by sex.
  for (const finding of workforceFindings(settled)) {
    (finding.severity === 'error' ? error : warn)(workforceField(finding), workforceSaid(finding));
  }
  settled.workersTotal = derivedWorkersTotal(settled);

  // The form's own schema for what the cells above do not settle: formats of NIB, NPWP, NPP,
  // e-mail, phone, programmes, the name's length, how many KBLI codes. The rest is valid by
  // construction (a test checks that the whole schema takes every row this accepts): the
  // whole schema cost 10 µs a row, a third of a dry run's time per row. Checked even when a
  // cell above failed, so the error file names every problem of the row at once (walk 31: a
  // short NIB was said only after the impossible date beside it was fixed).
  const parsed = alreadyCanonical(checked) ? { success: true as const, data: checked as z.output<typeof checkedBySchema> } : checkedBySchema.safeParse(checked);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const field = employerFieldOfPath(String(i.path[0] ?? ''));
      // A field whose cell already failed above is said once.
      if (issues.some((said) => said.field === field && said.severity === 'error')) continue;
      error(field, schemaMessage(i.message, String(i.path[0] ?? '')));
    }
  }
  if (!parsed.success || issues.some((i) => i.severity === 'error')) return { values: null, issues };
  const values = { ...parsed.data, ...settled };
  // "Terdaftar" without an NPP or a mandatory programme does not pass silently: a warning
  // in the dry run (the row is still imported). It sees this row only, not the record.
  for (const finding of registrationFindings(values)) warn(finding.field, registrationFindingSaid(finding));
  // A status column left blank: a new record is PWBD (not registered), which the clerk should
  // see; said of rows that are imported (a total under the table needs no word on its status).
  if ('bpjsStatus' in row && cells.isBlank(row.bpjsStatus)) warn('bpjsStatus', word('statusBlank'));
  return { values, issues };
}

const checkedBySchema = employerInputSchema.pick({ name: true, nib: true, npwp: true, npp: true, kbliCodes: true, contactPhone: true, contactEmail: true, bpjsProgrammes: true });
type Checked = Record<'name' | 'nib' | 'npwp' | 'npp' | 'contactPhone' | 'contactEmail', string> & { kbliCodes: string[]; bpjsProgrammes: string[] };

const trimmed = (s: string) => s === s.trim();
const programmeSet = new Set<string>(programmeCodes);
/**
 * The values the schema above would give back unchanged (already trimmed, digits only, upper
 * case, within the lengths; no e-mail): most rows of a file. Checking those here, without the
 * schema, was a tenth of an employer list's check; anything else still goes through the schema
 * (a test checks both agree).
 */
export function alreadyCanonical(c: Checked): boolean {
  return (
    c.name.length >= 2 && c.name.length <= 200 && trimmed(c.name) &&
    (c.nib === '' || /^\d{13}$/.test(c.nib)) &&
    (c.npwp === '' || /^\d{15,16}$/.test(c.npwp)) &&
    (c.npp === '' || (trimmed(c.npp) && /^[A-Z0-9][A-Z0-9.\-/ ]{2,29}$/.test(c.npp))) &&
    c.kbliCodes.length <= 10 && c.kbliCodes.every((k) => k.length <= 10 && trimmed(k)) &&
    (c.contactPhone === '' || (trimmed(c.contactPhone) && /^(\+?[0-9 ()-]{6,20})?$/.test(c.contactPhone))) &&
    c.contactEmail === '' &&
    c.bpjsProgrammes.length <= 5 && c.bpjsProgrammes.every((p) => programmeSet.has(p))
  );
}

/** The import field (column) a value of the employer schema comes from. */
const pathToField: Record<string, string> = { kbliCodes: 'kbli', kecamatanCode: 'kecamatan', desaCode: 'desa', headOfficeUid: 'headOfficeNib' };
export const employerFieldOfPath = (path: string) => pathToField[path] ?? path;

const schemaKeys: Record<string, EmployerImportKey> = {
  'validation.nib13': 'schema.nib13',
  'validation.npwp': 'schema.npwp',
  'validation.npp': 'schema.npp',
  'validation.email': 'schema.email',
  'validation.phone': 'schema.phone',
  'validation.tooLong': 'schema.tooLong',
};
/** Where the schema's own message says too little for a cell: an empty name never gets here. */
const keysByPath: Record<string, EmployerImportKey> = { name: 'byPath.name', kbliCodes: 'byPath.kbliCodes', bpjsProgrammes: 'byPath.bpjsProgrammes' };
function schemaMessage(key: string, path: string): Message {
  if (key !== 'validation.tooLong' && keysByPath[path]) return word(keysByPath[path]);
  return word(schemaKeys[key] ?? 'schema.invalid');
}
