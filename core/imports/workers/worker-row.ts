import { implausiblyLowMonthly } from '../../api/money.ts';
import { programmeCodes, type ProgrammeCode } from '../../api/employers.ts';
import type { Message } from '../../api/messages/message.ts';
import type { NikAnalysis } from '../../api/nik.ts';
import { readPhone } from '../../api/phone.ts';
import type { RegionResolution } from '../../api/regions.ts';
import type { Segment } from '../../api/workers.ts';
import { msg } from '../../messages.ts';
import { covers } from '../../workers/participation-status.ts';
import { ageAt, earliestBirth, implausibleWorkingAge, startBeforeBirth } from '../../workers/period-checks.ts';
import { birthAfterToday, identityDisagreements, readNik } from '../../workers/person-nik.ts';
import * as cells from '../fields/cell-values.ts';
import type { RowIssue } from '../fields/import-field.ts';
import { nameText } from '../fields/name-text.ts';
import type { CellValue } from '../read/types.ts';
import { dayMonthYear } from '../../api/calendar-day.ts';

// One row of a worker list into a person's values and their one period, with the issues that
// stop it or should be checked. Reference look-ups come from the session (cached).

export interface WorkerImportValues {
  nik: string;
  sex: 'L' | 'P' | null;
  birthDate: string | null;
  name: string;
  sexTyped: 'L' | 'P' | null;
  birthDateTyped: string | null;
  address: string;
  kecamatanCode: string | null;
  desaCode: string | null;
  phone: string;
  occupation: string;
  category: string | null;
  kpj: string;
  period: {
    segment: Segment;
    employerId: number | null;
    programmes: ProgrammeCode[];
    startDate: string;
    endDate: string | null;
    income: number | null;
    funding: string | null;
    source: string;
    sourceDate: string | null;
    programmeId: number | null;
  };
}

export interface WorkerLookups {
  nik(cell: string | number): NikAnalysis;
  region(input: { text: string; level: 3 | 4; withinCode?: string }): RegionResolution;
  /** A code of an editable list from a code or a label, or null. */
  listCode(list: 'vulnerable_category' | 'funding_source', text: string): string | null;
  employerByNpp(npp: string): number | null;
  employerByNib(nib: string): number | null;
  /**
   * The employers of that name (legal form and punctuation aside): none, one, or several; those
   * of the legal form the name writes when any is. `otherForm`: the one found is of another form
   * (its name in the register).
   */
  employersByName(name: string): { ids: number[]; otherForm?: string };
  /** The vulnerable-worker programme named by a cell (its name, or name and year), near the period's year. */
  payingProgramme(text: string, startYear: number | null): { id: number; year: number } | { error: Message };
  today: string;
}

const segmentWords: Record<string, Segment> = {
  pu: 'PU', 'penerima upah': 'PU', ppu: 'PU', bpu: 'BPU', 'bukan penerima upah': 'BPU', mandiri: 'BPU', informal: 'BPU',
  jakon: 'JAKON', 'jasa konstruksi': 'JAKON', konstruksi: 'JAKON', pmi: 'PMI', 'pekerja migran': 'PMI', 'pekerja migran indonesia': 'PMI', tki: 'PMI',
};
const statusWords: Record<string, 'aktif' | 'nonaktif'> = { aktif: 'aktif', active: 'aktif', ya: 'aktif', 'non aktif': 'nonaktif', nonaktif: 'nonaktif', 'tidak aktif': 'nonaktif', na: 'nonaktif', keluar: 'nonaktif', inactive: 'nonaktif' };
const sexWords: Record<string, 'L' | 'P'> = { l: 'L', lk: 'L', 'laki laki': 'L', laki: 'L', pria: 'L', m: 'L', male: 'L', p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', f: 'P', female: 'P' };

type Cells = Record<string, CellValue | undefined>;

/** The programmes by their full names (as choiceKey folds them), as BPJS letters write them. */
const programmeNames: Record<string, ProgrammeCode> = {
  'jaminan kecelakaan kerja': 'JKK', 'jaminan kematian': 'JKM', 'jaminan hari tua': 'JHT', 'jaminan pensiun': 'JP', 'jaminan kehilangan pekerjaan': 'JKP',
};
const isProgrammeCode = (text: string): text is ProgrammeCode => (programmeCodes as readonly string[]).includes(text);

/**
 * The programmes one item of the list names, or null: a code ("JKK"), codes joined by spaces,
 * "+", "&", "-" or "dan" ("JKK + JKM", "JKK-JKM", a package's name), or full names
 * ("Jaminan Kecelakaan Kerja", "Jaminan Hari Tua dan Jaminan Pensiun").
 */
function programmesOf(item: string): ProgrammeCode[] | null {
  const whole = item.toUpperCase().replace(/\s+/g, '');
  if (isProgrammeCode(whole)) return [whole];
  const named = programmeNames[cells.choiceKey(item)];
  if (named) return [named];
  const found: ProgrammeCode[] = [];
  for (const part of item.split(/\s*(?:\+|&|[-–—]|\bdan\b)\s*/i).filter(Boolean)) {
    const name = programmeNames[cells.choiceKey(part)];
    const codes = name ? [name] : part.toUpperCase().split(/\s+/).filter(Boolean);
    if (!codes.length || !codes.every(isProgrammeCode)) return null;
    found.push(...codes);
  }
  return found.length ? found : null;
}

/**
 * "2 program (JKK, JKM)", "3 Program: JKK, JKM, JHT": a package written with its count (walk
 * 36: refused, its comma split "(JKK" from "JKM)"). The list inside, and the count it gives.
 */
function countedProgrammes(text: string): { list: string; count: number | null } {
  const found = /^\s*(\d{1,2})\s*program(?:me)?s?\s*(?:\((.*)\)|:\s*(.*))\s*$/i.exec(text);
  return found ? { list: found[2] ?? found[3] ?? '', count: Number(found[1]) } : { list: text, count: null };
}

export function convertWorkerRow(look: WorkerLookups, row: Cells, officeArea: string | null): { values: WorkerImportValues | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const error = (field: string, message: Message) => issues.push({ field, message, severity: 'error' });
  const warn = (field: string, message: Message) => issues.push({ field, message, severity: 'warning' });
  const take = <T>(field: string, result: cells.CellResult<T>, fallback: T): T => {
    if (result.ok) {
      if (result.note) warn(field, result.note);
      return result.value;
    }
    error(field, result.message);
    return fallback;
  };

  // NIK: numbers, ".0" and separators are read back with a warning; scientific notation and
  // lost digits are refused with the parser's own explanation.
  let nik = '';
  let sex: 'L' | 'P' | null = null;
  let birthDate: string | null = null;
  const nikCell = cells.plain(row.nik);
  if (nikCell === null || nikCell === '') error('nik', msg('workers.import.nikRequired'));
  else {
    const reading = readNik(look.nik(typeof nikCell === 'object' ? nikCell.date : (nikCell as string | number)), 'import');
    if (!reading.ok) error('nik', reading.said);
    else {
      ({ nik, sex, birthDate } = reading);
      if (reading.repaired) warn('nik', reading.repaired);
      for (const w of reading.warnings) warn('nik', w);
    }
  }
  const name = take('name', nameText(row.name, msg('workers.fields.name'), 200), '');
  if (!name && !issues.some((i) => i.field === 'name')) error('name', msg('workers.import.nameRequired'));
  const sexTyped = take('sex', cells.choice(row.sex, sexWords, 'L, P'), null);
  let birthDateTyped = take('birthDate', cells.dateAfterPlace(row.birthDate), null);
  const futureBirth = birthAfterToday(birthDateTyped, look.today);
  if (futureBirth) {
    error('birthDate', futureBirth);
    birthDateTyped = null;
  }
  for (const said of identityDisagreements({ sex, birthDate }, { sexTyped, birthDateTyped })) warn(said.key.includes('sex') ? 'sex' : 'birthDate', said);

  // Domicile as told (never from the NIK): kecamatan and desa by name or code in the office area.
  let kecamatanCode: string | null = null;
  let desaCode: string | null = null;
  const kecText = take('kecamatan', cells.text(row.kecamatan, 100), '');
  if (kecText) {
    const found = look.region({ text: kecText, level: 3, ...(officeArea ? { withinCode: officeArea } : {}) });
    if (found.status === 'found') kecamatanCode = found.code;
    else error('kecamatan', found.said);
  }
  const desaText = take('desa', cells.text(row.desa, 100), '');
  if (desaText) {
    const scope = kecamatanCode ?? officeArea;
    const found = look.region({ text: desaText, level: 4, ...(scope ? { withinCode: scope } : {}) });
    if (found.status === 'found') {
      desaCode = found.code;
      kecamatanCode ??= found.code.split('.').slice(0, 3).join('.');
    } else error('desa', found.said);
  }

  const categoryText = take('category', cells.text(row.category, 120), '');
  const category = categoryText ? look.listCode('vulnerable_category', categoryText) : null;
  if (categoryText && !category) error('category', msg('workers.save.unknownCategory', { code: categoryText }));
  const fundingText = take('funding', cells.text(row.funding, 120), '');
  const funding = fundingText ? look.listCode('funding_source', fundingText) : null;
  if (fundingText && !funding) error('funding', msg('workers.save.unknownFunding', { code: fundingText }));

  // The segment as written; left out, a row naming an employer is PU (a BPJS list of an employer's people).
  const nppCell = take('npp', cells.identity(row.npp, 'NPP'), '').toUpperCase();
  const nibCell = take('employerNib', cells.identity(row.employerNib, 'NIB'), '').replace(/[\s.-]/g, '');
  // "-" or "0" in a workplace column says there is none.
  const employerText = take('employerName', cells.text(row.employerName, 200), '').replace(/^[\s0.–-]+$/, '');
  // Only a number makes a row PU; a workplace's name alone ("Pasar Kumbasari") may be a BPU's.
  const segment = take('segment', cells.choice(row.segment, segmentWords, 'PU, BPU, Jakon, PMI'), null) ?? (cells.isBlank(row.segment) && (nppCell || nibCell) ? 'PU' : null);
  if (!segment && !issues.some((i) => i.field === 'segment')) error('segment', msg('workerReview.import.segmentRequired'));
  const startDate = take('startDate', cells.date(row.startDate), null);
  if (!startDate && !issues.some((i) => i.field === 'startDate')) error('startDate', msg('workers.import.startRequired'));
  const endDate = take('endDate', cells.date(row.endDate), null);
  // A BPJS list's status: "non aktif" needs the date it ended (the status is derived from the periods).
  const status = take('participationStatus', cells.choice(row.participationStatus, statusWords, 'Aktif, Non aktif'), null);
  // Said at the end date's column, or at the status when the file has none (walk 36: it named no column and asked to fill one the file lacks).
  if (status === 'nonaktif' && !endDate && !issues.some((i) => i.field === 'endDate')) {
    if ('endDate' in row) error('endDate', msg('workerReview.import.endedWithoutDate', { value: cells.displayCell(row.participationStatus) }));
    else error('participationStatus', msg('workerReview.import.endedWithoutDateColumn', { value: cells.displayCell(row.participationStatus) }));
  }
  if (status === 'aktif' && endDate && endDate < look.today) warn('endDate', msg('workers.import.activeButEnded', { value: cells.displayCell(row.participationStatus), end: dayMonthYear(endDate) }));
  if (startDate && endDate && endDate < startDate) error('endDate', msg('workers.save.periodEndBeforeStart', { start: dayMonthYear(startDate), end: dayMonthYear(endDate) }));
  // A start after today is most often a typed year (2030 for 2023): the row goes in, said to be checked.
  // An end after today is a contract's end, normal: not said.
  if (startDate && startDate > look.today) warn('startDate', msg('workers.import.startInFuture', { start: dayMonthYear(startDate), today: dayMonthYear(look.today) }));

  const programmes: ProgrammeCode[] = [];
  const counted = countedProgrammes(cells.plainText(row.programmes));
  for (const item of cells.list(counted.list)) {
    const parts = programmesOf(item);
    if (parts) {
      for (const part of parts) if (!programmes.includes(part)) programmes.push(part);
    } else error('programmes', msg('workers.import.unknownProgramme', { value: item }));
  }
  if (counted.count !== null && programmes.length && counted.count !== programmes.length && !issues.some((i) => i.field === 'programmes')) {
    warn('programmes', msg('workers.import.programmeCount', { count: counted.count, named: programmes.length, list: programmes.join(', ') }));
  }

  // PU: the employer of the register, by NPP, NIB or name (the first the row gives). Another
  // segment's NIB or workplace is not looked up (a BPU's market, a PMI's agency); its NPP is, as before.
  const namesEmployer = segment === 'PU' ? Boolean(nppCell || nibCell || employerText) : Boolean(nppCell);
  const employerId = namesEmployer ? findEmployer(look, segment === 'PU' ? { npp: nppCell, nib: nibCell, name: employerText } : { npp: nppCell, nib: '', name: '' }, error, warn) : null;
  if (!namesEmployer && segment === 'PU') error('npp', msg('workers.import.needsNpp'));

  const payingText = take('payingProgramme', cells.text(row.payingProgramme, 200), '');
  let programmeId: number | null = null;
  if (payingText) {
    const found = look.payingProgramme(payingText, startDate ? Number(startDate.slice(0, 4)) : null);
    if ('id' in found) {
      programmeId = found.id;
      // A programme pays its own year: coverage counts the period under it only then (core/coverage/maintain.ts).
      const yearStart = `${found.year}-01-01`;
      if (startDate && startDate < yearStart) warn('payingProgramme', msg('workers.import.programmeBeforeYear', { start: dayMonthYear(startDate), name: payingText, year: found.year }));
      // Begun after its year, or ended before it: the programme never counts this period.
      else if ((startDate && startDate > `${found.year}-12-31`) || (endDate && endDate < yearStart)) warn('payingProgramme', msg('workers.import.programmeOutsideYear', { name: payingText, year: found.year }));
    } else error('payingProgramme', found.error);
  }

  const income = cells.isBlank(row.income) ? null : take('income', cells.rupiahAmount(row.income, 1_000_000_000), null);
  // "3.500" for 3.500.000: a list kept in thousands (walk 36: accepted unsaid). Saved as written, said to be checked.
  if (income !== null && income > 0 && income < implausiblyLowMonthly) warn('income', msg('workers.import.incomeImplausiblyLow', { amount: income, thousands: income * 1000 }));
  const kpj = take('kpj', cells.identity(row.kpj, 'KPJ'), '').replace(/[\s.\-/]/g, '');
  const address = take('address', cells.text(row.address, 500), '');
  // Read as the person form reads it (+62 812… → 0812…). A mobile number without its 0
  // ("81234567890") is what Excel leaves of 0812… kept as a number: read with its 0 and said. Any
  // other number it cannot read is refused, as the employer importer refuses one (the row waits).
  const phoneCell = take('phone', cells.text(row.phone, 60), '');
  // Two numbers in one cell ("0812… / 0813…"): the first is kept, the other said (the field holds one).
  const numbers = phoneCell.split(/\s*(?:[/,;|]|\bdan\b|\batau\b)\s*/i).filter(Boolean);
  const several = numbers.length > 1 && numbers.every((n) => readPhone(n).ok || /^8\d{8,11}$/.test(n));
  const phoneText = several ? numbers[0]! : phoneCell;
  if (several) warn('phone', msg('workers.import.severalPhones', { value: phoneCell, kept: numbers[0]!, others: numbers.slice(1).join(', ') }));
  const phoneRead = readPhone(phoneText);
  const zeroLost = !phoneRead.ok && /^8\d{8,11}$/.test(phoneText) ? readPhone(`0${phoneText}`) : null;
  if (zeroLost?.ok) warn('phone', msg('workers.import.phoneZeroRestored', { value: phoneText, phone: zeroLost.phone }));
  else if (!phoneRead.ok) error('phone', msg('workers.import.badPhone', { value: phoneText }));
  const phone = zeroLost?.ok ? zeroLost.phone : phoneRead.ok ? phoneRead.phone : phoneText;
  const occupation = take('occupation', cells.text(row.occupation, 120), '');
  const source = take('source', cells.text(row.source, 200), '');
  const sourceDate = take('sourceDate', cells.date(row.sourceDate), null);

  const beforeBirth = startDate ? startBeforeBirth(startDate, earliestBirth(birthDate, birthDateTyped)) : null;
  if (beforeBirth) error('startDate', beforeBirth);
  // An implausible age with a period active today: said, to be checked before the commit.
  if (birthDate && startDate && covers({ startDate, endDate }, look.today)) {
    const age = ageAt(birthDate, look.today);
    if (implausibleWorkingAge(age)) warn('nik', msg('workers.save.ageImplausible', { age, birth: dayMonthYear(birthDate) }));
  }

  if (issues.some((i) => i.severity === 'error') || !segment || !startDate) return { values: null, issues };
  return {
    values: {
      nik, sex, birthDate, name, sexTyped, birthDateTyped, address, kecamatanCode, desaCode, phone, occupation, category, kpj,
      period: { segment, employerId, programmes, startDate, endDate, income, funding, source, sourceDate, programmeId },
    },
    issues,
  };
}

/**
 * The employer a row names. An NPP or NIB that is not in the register is an error at its cell;
 * an NPP and a NIB of two different employers too (which one is meant?). A name is used only
 * without either number, and only when one employer has it.
 */
function findEmployer(look: WorkerLookups, told: { npp: string; nib: string; name: string }, error: (field: string, message: Message) => void, warn: (field: string, message: Message) => void): number | null {
  const byNpp = told.npp ? look.employerByNpp(told.npp) : null;
  if (told.npp && byNpp === null) error('npp', msg('workerReview.import.nppNotFound', { npp: told.npp }));
  const byNib = told.nib ? look.employerByNib(told.nib) : null;
  if (told.nib && byNib === null) error('employerNib', msg('workers.import.nibNotFound', { nib: told.nib }));
  if (byNpp !== null && byNib !== null && byNpp !== byNib) error('employerNib', msg('workers.import.nppNibDiffer', { npp: told.npp, nib: told.nib }));
  if (told.npp || told.nib) return byNpp ?? byNib;
  const { ids, otherForm } = look.employersByName(told.name);
  if (otherForm) warn('employerName', msg('workers.import.employerFormDiffers', { name: told.name, registered: otherForm }));
  if (ids.length === 1) return ids[0]!;
  error('employerName', ids.length === 0 ? msg('workers.import.employerNameNotFound', { name: told.name }) : msg('workers.import.employerNameAmbiguous', { name: told.name, count: ids.length }));
  return null;
}
