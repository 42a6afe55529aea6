import { displayCell } from '../fields/cell-values.ts';
import { stmt } from '../../../db/statements.ts';
import { employerWordRows } from '../../../db/name-words.ts';
import { selectRowById } from '../../../db/fast-write.ts';
import { sexSplitSum, type EmployerValues } from '../../api/employers.ts';
import type { ServiceContext } from '../../context.ts';
import { employer } from '../../../db/schema/index.ts';
import { toEmployer, writtenColumns, type EmployerTableRow } from '../../employers/employer-record.ts';
import { prepareEmployerWrite } from '../../employers/employer-service.ts';
import { officeTodayIso } from '../../reference/nik/nik-service.ts';
import { resolveRegion, warmRegionResolver } from '../../reference/regions/region-service.ts';
import { coreName, regionLevel } from '../../employers/employer-checks.ts';
import { nameSimilarity } from '../../workers/duplicates/name-core.ts';
import type { ExistingRecord, RegisterImporter } from '../register-importer.ts';
import { AppError } from '../../app-error.ts';
import { convertEmployerRow, employerFieldOfPath, type HeadOfficeLookup, type RegionLookup } from './employer-row.ts';
import { employerFields } from './employer-fields.ts';
import { employerChoices } from './employer-choices.ts';
import { word } from './employer-words.ts';
import { clearedDesa } from '../kept-desa.ts';

/** Two names of one firm as lists write them: alike once the legal form and punctuation are set aside ("PT. Maju Jaya" / "Maju Jaya Abadi, PT"). */
const similarFirmNames = (a: string, b: string) => {
  const [x, y] = [coreName(a), coreName(b)];
  return x === y || x.includes(y) || y.includes(x) || nameSimilarity(x, y) >= 0.8;
};

// The employer register's side of the shared import pipeline: how a row becomes a record,
// which record it matches, what changed, how to write and how to undo.

/** Import field -> the EmployerValues keys it fills. */
const fills: Record<string, (keyof EmployerValues)[]> = {
  kbli: ['kbliCodes'],
  kecamatan: ['kecamatanCode'],
  desa: ['desaCode', 'kecamatanCode'],
  headOfficeNib: ['headOfficeUid'],
};
// NIB wins over NPWP over NPP: a row is asked by NPWP only when its NIB found nothing. Each
// column is one statement for a whole batch of rows (the numbers as a JSON array), one
// lookup on its own index per number: a statement per row cost 4x more.
const identityColumns = ['nib', 'npwp', 'npp'] as const;
const matchSql = (column: (typeof identityColumns)[number]) =>
  `SELECT j.key, e.id FROM json_each(?) AS j JOIN employer e ON e.${column} = j.value WHERE e.record_status <> 'dihapus'`;

/** The record id each row's identity numbers lead to, or null. */
function matchIds(ctx: ServiceContext, rows: readonly (EmployerValues | null)[]): (number | null)[] {
  const ids: (number | null)[] = rows.map(() => null);
  for (const column of identityColumns) {
    const asked: number[] = [];
    const numbers: string[] = [];
    rows.forEach((values, i) => {
      if (ids[i] === null && values?.[column]) {
        asked.push(i);
        numbers.push(values[column]);
      }
    });
    if (numbers.length === 0) continue;
    // The lowest id when a number is on several records (as LIMIT 1 on the index gave).
    for (const [k, id] of stmt(ctx.sqlite, matchSql(column)).raw().all(JSON.stringify(numbers)) as [number, number][]) {
      const i = asked[k]!;
      const found = ids[i] ?? null;
      if (found === null || id < found) ids[i] = id;
    }
  }
  return ids;
}

const valueKeys = (field: string) => fills[field] ?? [field as keyof EmployerValues];

function valuesOf(sqlite: ServiceContext['sqlite'], row: EmployerTableRow): EmployerValues {
  const e = toEmployer(sqlite, row);
  const { id: _i, kbliSection: _k, kecamatanName: _kn, desaName: _dn, headOfficeName: _hn, recordStatus: _r, statusReason: _sr, statusDate: _sd, createdAt: _c, updatedAt: _u, ...values } = e;
  return { ...values, confirmSimilarName: true } as EmployerValues;
}

/** A look-up asked once per distinct key in a run (a file repeats its kecamatan names); at most 10,000 kept. */
function cached<I, O>(keyOf: (input: I) => string, look: (input: I) => O): (input: I) => O {
  const answers = new Map<string, O>();
  return (input) => {
    const key = keyOf(input);
    if (answers.has(key)) return answers.get(key) as O;
    const answer = look(input);
    if (answers.size >= 10_000) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

const cachedRegionLookup = (ctx: ServiceContext): RegionLookup => cached((input) => `${input.level}|${input.withinCode ?? ''}|${input.text}`, (input) => resolveRegion(ctx, input));

const headOfficeSql = "SELECT uid, office_type AS officeType FROM employer WHERE nib = ? AND record_status <> 'dihapus' ORDER BY id LIMIT 1";
const cachedHeadOffices = (ctx: ServiceContext): HeadOfficeLookup => cached(String, (nib) => stmt(ctx.sqlite, headOfficeSql).get(nib) as ReturnType<HeadOfficeLookup>);

/** A new branch without its head office: said in the import's words (the column to fill). */
const branchWithoutHead = new AppError('INVALID_INPUT', word('branchWithoutHead'), { issues: [{ path: 'headOfficeUid' }] });

/** A region code's level, asked once per code in a run. */
const cachedLevels = (ctx: ServiceContext) => cached(String, (code: string) => regionLevel(ctx.sqlite, code));

/** The employer a row matches, as the pipeline keeps it. */
const existingOf = (row: EmployerTableRow | undefined): ExistingRecord | undefined => (row ? { id: row.id, uid: row.uid, row } : undefined);

/**
 * What triggers keep beside the employers (name words, 0028; counts by workforce, 0029; counts by
 * status, 0006): refilled once after a large write. The counts by status are the workforce
 * counts summed (a few hundred rows, not a second pass over the employers).
 */
const employerDerivedRows = {
  triggers: [...employerWordRows.triggers, 'employer_workforce_insert', 'employer_workforce_delete', 'employer_workforce_update', 'employer_total_insert', 'employer_total_delete', 'employer_total_update'],
  refill: [
    ...employerWordRows.refill,
    'DELETE FROM employer_workforce_total',
    'INSERT INTO employer_workforce_total (record_status, bpjs_status, workers_total, n) SELECT record_status, bpjs_status, workers_total, count(*) FROM employer GROUP BY 1, 2, 3',
    "DELETE FROM record_total WHERE register = 'employer'",
    "INSERT INTO record_total (register, status, value, n) SELECT 'employer', record_status, bpjs_status, sum(n) FROM employer_workforce_total GROUP BY record_status, bpjs_status",
  ],
};

export const employerImporter: RegisterImporter<EmployerValues> = {
  // Identity numbers and codes are text columns in the template and the error file; choice
  // columns offer their values for the value mapping.
  fields: employerFields.map((f) => ({
    ...f,
    ...(['nib', 'npwp', 'npp', 'kbli', 'headOfficeNib'].includes(f.key) ? { identity: true } : {}),
    ...(employerChoices[f.key] ? { choices: employerChoices[f.key] } : {}),
  })),
  tables: [{ key: 'employer', table: employer, entity: 'employer', label: 'name', writes: writtenColumns, derived: ['nameFold'], derivedRows: employerDerivedRows }],
  templateName: { key: 'employer.templateName' },
  madeUpExample: true,

  // The office's kecamatan, by name (a name is what the row's conversion resolves).
  officeChoices(ctx, officeArea): Record<string, { value: string; label: string }[]> {
    if (!officeArea) return {};
    const names = ctx.sqlite.prepare('SELECT name FROM region WHERE parent_code = ? ORDER BY name').pluck().all(officeArea) as string[];
    return { kecamatan: names.map((name) => ({ value: name, label: name })) };
  },

  session(ctx, officeArea) {
    warmRegionResolver(ctx); // while the parse worker starts, not on the first row
    const regions = cachedRegionLookup(ctx);
    const levelOf = cachedLevels(ctx);
    const headOffices = cachedHeadOffices(ctx);
    const today = officeTodayIso(ctx);
    return {
      convert(cells) {
        const { values, issues } = convertEmployerRow(regions, cells, officeArea, headOffices);
        return { values, issues, label: values?.name ?? displayCell(cells.name) };
      },

      match(rows) {
        return matchIds(ctx, rows).map((id) => (id === null ? undefined : existingOf(selectRowById(ctx.sqlite, employer, id))));
      },

      plan(values, provided, existing, context) {
        const current = existing?.row as EmployerTableRow | undefined;
        // An import never erases: fields not in the file (or blank) keep what the record has.
        const merged: EmployerValues = current ? { ...valuesOf(ctx.sqlite, current) } : { ...values };
        if (current) for (const field of provided) for (const key of valueKeys(field)) (merged as Record<string, unknown>)[key] = values[key];
        // A new split by sex without a total: the total follows the split when it is complete
        // (the record's old total would contradict the file's newer figures).
        if (current && !provided.has('workersTotal') && (provided.has('workersMale') || provided.has('workersFemale'))) {
          merged.workersTotal = sexSplitSum(merged) ?? merged.workersTotal;
        }
        // Another kecamatan without a desa: the desa on record goes when it is not in it, as the
        // form drops it (kept-desa.ts), said at the kecamatan's cell; the same rule as the worker import.
        const cleared = current && provided.has('kecamatan') && !provided.has('desa') ? clearedDesa(ctx.sqlite, merged.kecamatanCode, merged.desaCode) : null;
        if (cleared) {
          merged.desaCode = null;
          context.warn('kecamatan', word('desaDropped', cleared));
        }
        if (merged.officeType === 'cabang' && !merged.headOfficeUid) throw branchWithoutHead;
        // A known number with a name unlike the register's: most often another firm's number typed
        // in; the row still updates (firms rename), but not unsaid (walk 31: a NIB renamed a firm silently).
        if (current && provided.has('name') && !similarFirmNames(current.name, values.name)) {
          context.warn('name', word('nameChangedByIdentity', { before: current.name, after: values.name }));
        }
        // No match for any of its identity numbers: they are unique already, no need to ask again.
        const columns = prepareEmployerWrite(ctx, merged, current?.id ?? null, officeArea, { idsKnownUnique: context.matched && !current, levelOf, today });
        return [{ table: 'employer', ...(existing ? { target: existing } : {}), columns }];
      },
    };
  },

  fieldOfPath: employerFieldOfPath,

  identityKeys(values) {
    return [
      { field: 'nib', kind: 'NIB', value: values.nib },
      { field: 'npwp', kind: 'NPWP', value: values.npwp },
      { field: 'npp', kind: 'NPP', value: values.npp },
    ].filter((k) => Boolean(k.value));
  },

  undoBlocker: {
    table: 'employer',
    // head_office_id has no index: IN (...) lists the head offices once, where a correlated
    // EXISTS scanned the whole register for every imported record (20,000 rows: 165 s).
    sql: 'EXISTS (SELECT 1 FROM employer_follow_up f WHERE f.employer_id = e.id) OR e.id IN (SELECT b.head_office_id FROM employer b WHERE b.head_office_id IS NOT NULL)',
    reason: { key: 'employer.undoHeld' },
  },
};
