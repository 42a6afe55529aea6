import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import type { MessageParam } from '../api/messages/message.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import { normalizeHeader } from '../imports/read/header.ts';
import { msg } from '../messages.ts';
import { columnByHeading, columnLabel, columnLetter, requiredRubricColumns, rubricColumns, type RubricColumn } from './rubric-columns.ts';
import { inflateCapped } from './rubric-unzip.ts';
import type { RubricAspectData } from './starter-rubric.ts';

// Reading a rubric file: an XLSX written by Lindung, Excel or LibreOffice (the first sheet whose
// heading row names the rubric's columns), or Lindung's JSON. A file that is not clearly a rubric
// is refused with where (file, sheet, row, column) and how to fix it; nothing is guessed.

export const rubricFileLimits = { maxBytes: 5 * 1024 * 1024, maxUnzipped: 60 * 1024 * 1024, maxEntries: 2000, maxRows: 5000, maxAspects: 200, maxIndicators: 3000 };

type Params = Record<string, MessageParam>;
const refuse = (key: string, params: Params, where: Params = {}) => new AppError('INVALID_INPUT', msg(`award.rubricFile.${key}` as MessageKey, { ...where, ...params }), where);

const textLimits: Record<RubricColumn, number> = { aspectCode: 20, aspectTitle: 300, aspectDescription: 4000, aspectWeight: 0, indicatorCode: 20, indicatorTitle: 500, evidenceAsked: 4000, indicatorWeight: 0, maxScore: 0 };

// --- JSON -----------------------------------------------------------------------------------

const weight = z.number().min(0).max(1000).nullable().default(null);
const jsonRubric = z.object({
  format: z.literal('lindung-award-rubric').optional(),
  version: z.literal(1).optional(),
  aspects: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(20),
        title: z.string().trim().min(2).max(300),
        description: z.string().trim().max(4000).default(''),
        weight,
        indicators: z
          .array(z.object({ code: z.string().trim().min(1).max(20), title: z.string().trim().min(2).max(500), evidenceAsked: z.string().trim().max(4000).default(''), weight, maxScore: weight }))
          .max(rubricFileLimits.maxIndicators),
      }),
    )
    .min(1)
    .max(rubricFileLimits.maxAspects),
});

function parseJson(text: string, file: string): RubricAspectData[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw refuse('unreadable', { cause: (error as Error).message }, { file });
  }
  const parsed = jsonRubric.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(akar)';
    throw refuse('jsonShape', { path, problem: issue.message }, { file });
  }
  return checkCodes(parsed.data.aspects, file);
}

function checkCodes(aspects: RubricAspectData[], file: string): RubricAspectData[] {
  const aspectCodes = new Set<string>();
  const indicatorCodes = new Set<string>();
  for (const a of aspects) {
    if (aspectCodes.has(a.code)) throw refuse('jsonDuplicate', { code: a.code }, { file });
    aspectCodes.add(a.code);
    for (const i of a.indicators) {
      if (indicatorCodes.has(i.code)) throw refuse('jsonDuplicate', { code: i.code }, { file });
      indicatorCodes.add(i.code);
    }
  }
  return aspects;
}

// --- XLSX -----------------------------------------------------------------------------------

/** A cell as text, whatever the writing program stored (shared string, rich text, formula result, number). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return String(value.error);
  }
  return '';
}

function cellNumber(value: ExcelJS.CellValue): number | null | 'bad' {
  const raw = typeof value === 'object' && value !== null && 'result' in value ? (value.result as ExcelJS.CellValue) : value;
  if (typeof raw === 'number') return raw >= 0 && raw <= 1000 ? raw : 'bad';
  const text = cellText(raw);
  if (text === '') return null;
  // Indonesian decimals ("2,5") as well as "2.5".
  if (!/^\d+([.,]\d+)?$/.test(text)) return 'bad';
  const n = Number(text.replace(',', '.'));
  return n <= 1000 ? n : 'bad';
}

/** The heading row of a sheet (within its first 10 rows) and where each column is. */
function headingOf(sheet: ExcelJS.Worksheet): { row: number; columns: Map<RubricColumn, number> } | null {
  for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
    const columns = new Map<RubricColumn, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const column = columnByHeading.get(normalizeHeader(cellText(cell.value)));
      if (column && !columns.has(column)) columns.set(column, col);
    });
    if (requiredRubricColumns.every((c) => columns.has(c))) return { row: r, columns };
  }
  return null;
}

async function parseXlsx(bytes: Buffer, file: string): Promise<RubricAspectData[]> {
  const files = await inflateCapped(bytes, { maxUnzipped: rubricFileLimits.maxUnzipped, maxEntries: rubricFileLimits.maxEntries });
  const megabytes = Math.round(rubricFileLimits.maxUnzipped / 1024 / 1024);
  if (files === 'tooLarge') throw refuse('tooLarge', { megabytes }, { file });
  if (files === 'inflatesMore') throw refuse('inflatesMore', { megabytes }, { file });
  if (files === 'damaged') throw refuse('damagedZip', {}, { file });
  const book = new ExcelJS.Workbook();
  try {
    // Only what was inflated and counted above, stored as it is: the reader inflates nothing more.
    await book.xlsx.load(Buffer.from(zipSync(files, { level: 0 })) as unknown as ArrayBuffer);
  } catch (error) {
    throw refuse('unreadable', { cause: (error as Error).message }, { file });
  }
  for (const sheet of book.worksheets) {
    const heading = headingOf(sheet);
    if (heading) return rowsOf(sheet, heading, file);
  }
  const wanted = requiredRubricColumns.map((c) => `"${columnLabel(c)}"`).join(', ');
  throw refuse('notRubric', { sheets: book.worksheets.map((s) => `"${s.name}"`).join(', ') || '—', wanted }, { file });
}

function rowsOf(sheet: ExcelJS.Worksheet, heading: { row: number; columns: Map<RubricColumn, number> }, file: string): RubricAspectData[] {
  // Rows with content are counted, not the sheet's extent (a column formatted to its end is not data).
  if (sheet.actualRowCount > rubricFileLimits.maxRows) throw refuse('tooManyRows', { max: rubricFileLimits.maxRows }, { file, sheet: sheet.name });
  const aspects = new Map<string, RubricAspectData & { row: number }>();
  const indicatorRows = new Map<string, number>();
  for (let r = heading.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const at = (c: RubricColumn) => heading.columns.get(c);
    const where = (c: RubricColumn) => ({ file, sheet: sheet.name, row: r, column: columnLetter((at(c) ?? 1) - 1), label: columnLabel(c) });
    const text = (c: RubricColumn) => {
      const col = at(c);
      const value = col === undefined ? '' : cellText(row.getCell(col).value);
      if (textLimits[c] > 0 && value.length > textLimits[c]) throw refuse('tooLong', { max: textLimits[c] }, where(c));
      return value;
    };
    const number = (c: RubricColumn) => {
      const col = at(c);
      if (col === undefined) return null;
      const n = cellNumber(row.getCell(col).value);
      if (n === 'bad') throw refuse('notNumber', { value: cellText(row.getCell(col).value) }, where(c));
      return n;
    };
    const blank = (c: RubricColumn) => {
      const col = at(c);
      return col === undefined || cellText(row.getCell(col).value) === '';
    };
    if (rubricColumns.every(blank)) continue; // an empty row
    const code = text('aspectCode');
    if (!code) throw refuse('missingCell', {}, where('aspectCode'));
    let aspect = aspects.get(code);
    const title = text('aspectTitle');
    if (!aspect) {
      if (title.length < 2) throw refuse('missingCell', {}, where('aspectTitle'));
      if (aspects.size >= rubricFileLimits.maxAspects) throw refuse('tooManyRows', { max: rubricFileLimits.maxAspects }, { file, sheet: sheet.name });
      aspect = { code, title, description: text('aspectDescription'), weight: number('aspectWeight'), indicators: [], row: r };
      aspects.set(code, aspect);
    } else if (title && title !== aspect.title) {
      throw refuse('aspectTitleDiffers', { code, title, first: aspect.row, firstTitle: aspect.title }, where('aspectTitle'));
    }
    const indicatorCode = text('indicatorCode');
    const indicatorTitle = text('indicatorTitle');
    if (!indicatorCode && !indicatorTitle) continue; // an aspect without indicators
    if (!indicatorCode) throw refuse('missingCell', {}, where('indicatorCode'));
    if (indicatorTitle.length < 2) throw refuse('missingCell', {}, where('indicatorTitle'));
    const first = indicatorRows.get(indicatorCode);
    if (first !== undefined) throw refuse('duplicateIndicator', { code: indicatorCode, first }, where('indicatorCode'));
    indicatorRows.set(indicatorCode, r);
    aspect.indicators.push({ code: indicatorCode, title: indicatorTitle, evidenceAsked: text('evidenceAsked'), weight: number('indicatorWeight'), maxScore: number('maxScore') });
  }
  if (aspects.size === 0) throw refuse('noAspects', {}, { file, sheet: sheet.name });
  return [...aspects.values()].map(({ row: _row, ...a }) => a);
}

/** The rubric a staged file holds; refused with where and how to fix when it is not one. */
export async function parseRubricFile(bytes: Buffer, file: string): Promise<RubricAspectData[]> {
  if (bytes.length > rubricFileLimits.maxBytes) throw refuse('tooLarge', { megabytes: Math.round(rubricFileLimits.maxBytes / 1024 / 1024) }, { file });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return parseXlsx(bytes, file); // 'PK': a ZIP, so an XLSX
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(text)) return parseJson(text, file);
  throw refuse('notRubricFile', {}, { file });
}
