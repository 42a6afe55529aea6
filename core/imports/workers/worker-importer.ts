import { fromDriver, selectRowById } from '../../../db/fast-write.ts';
import { stmt } from '../../../db/statements.ts';
import { identityReview, participationPeriod, person } from '../../../db/schema/index.ts';
import { foldName } from '../../api/fold-name.ts';
import type { ServiceContext } from '../../context.ts';
import { msg } from '../../messages.ts';
import { analyzeNik } from '../../reference/nik/analyze-nik.ts';
import { officeToday } from '../../reference/nik/nik-service.ts';
import { rememberingRegionLookup, resolveRegion, warmRegionResolver } from '../../reference/regions/region-service.ts';
import { mergePeriod, overlapError, overlaps } from '../../workers/period-merge.ts';
import { periodWrites, personWrites, type PeriodTableRow, type PersonTableRow } from '../../workers/person-record.ts';
import { choiceKey, displayCell } from '../fields/cell-values.ts';
import type { ExistingRecord, PlannedWrite, RegisterImporter } from '../register-importer.ts';
import { payingProgrammeLookup } from './paying-programmes.ts';
import { workerFields, workerLayouts } from './worker-fields.ts';
import { personColumnsFromRow, reviewValuesJson } from './worker-person.ts';
import { convertWorkerRow, type WorkerImportValues } from './worker-row.ts';
import { personWordRows } from '../../../db/name-words.ts';
import { dayMonthYear } from '../../api/calendar-day.ts';
import { AppError } from '../../app-error.ts';
import { coreName, legalFormOf } from '../../employers/employer-checks.ts';
import type { MessageKey } from '../../api/messages/catalogue.ts';
import { listChoices } from '../list-choices.ts';
import { clearedDesa } from '../kept-desa.ts';
import { newPeriodTerms } from './new-period-terms.ts';

// The worker register's side of the shared import pipeline: a programme's or desa's list of
// people (layout a) or a BPJS participant list (layout b), one period a row, read by one set of
// fields (the mapping finds either layout's headers). A known NIK updates the person (never
// erasing what the row leaves blank) and adds a period or extends the one it continues; the
// same NIK under another name or birth date is not overwritten: the row goes to the identity
// review (a third table, so the import's undo removes it). A NIK repeating in one file is one
// person with several periods.

/** The review row's columns an import writes (its state starts open). */
const reviewWrites = ['nik', 'fileName', 'fileBirthDate', 'fileValues', 'fileRow'] as const;
const fieldOfColumn: Record<string, string> = { nik: 'nik', name: 'name', sexTyped: 'sex', birthDateTyped: 'birthDate', kecamatanCode: 'kecamatan', desaCode: 'desa', employerId: 'npp', sourceDate: 'sourceDate', startDate: 'startDate', endDate: 'endDate' };

type NamedEmployer = { id: number; name: string; form: string | null };
/** The register's employers by name without legal form ("PT. Sinar Jaya" = "Sinar Jaya"), with their form: read once, when a row names one. */
function employerNames(ctx: ServiceContext): Map<string, NamedEmployer[]> {
  const named = new Map<string, NamedEmployer[]>();
  for (const [id, name, legalForm] of stmt(ctx.sqlite, "SELECT id, name, legal_form FROM employer WHERE record_status <> 'dihapus' ORDER BY id").raw().iterate() as Iterable<[number, string, string | null]>) {
    const key = coreName(name);
    const form = legalFormOf(name) ?? (legalForm ? legalFormOf(legalForm) : null);
    // Said with its form where the name does not write it ("Bali Segara Sejahtera (CV)").
    const employer = { id, name: form && !legalFormOf(name) && legalForm ? `${name} (${legalForm})` : name, form };
    const same = named.get(key);
    if (same) same.push(employer);
    else named.set(key, [employer]);
  }
  return named;
}

/**
 * The employers a file's name means: of those so named, the ones of the legal form it writes
 * (when any is). When none is of that form, all of that name, and the one found is said by its
 * register name ("CV Karya Mandiri" for a file's "Karya Mandiri, PT"): the row warns, unless the
 * register knows no form of it (nothing contradicts the file).
 */
function employersNamed(named: Map<string, NamedEmployer[]>, name: string): { ids: number[]; otherForm?: string } {
  const all = named.get(coreName(name)) ?? [];
  const form = legalFormOf(name);
  const ofForm = form ? all.filter((e) => e.form === form) : [];
  if (ofForm.length || !form || all.length !== 1 || all[0]!.form === null) return { ids: (ofForm.length ? ofForm : all).map((e) => e.id) };
  return { ids: [all[0]!.id], otherForm: all[0]!.name };
}

const matchSql = 'SELECT j.key, p.id FROM json_each(?) AS j JOIN person p ON p.nik = j.value';
const day = (iso: string | null) => dayMonthYear(iso, '—');
const sameName = (a: string, b: string) => foldName(a) === foldName(b);
/** Another name, or another typed birth date (both typed): not the person the register knows. */
const otherIdentity = (known: { name: string; birthDateTyped: string | null }, row: WorkerImportValues) =>
  !sameName(known.name, row.name) || (row.birthDateTyped !== null && known.birthDateTyped !== null && row.birthDateTyped !== known.birthDateTyped);

/** What the file's later rows of a person need of the earlier ones (kept with the NIK by the pipeline). */
interface FileNote {
  name: string;
  birthDateTyped: string | null;
  periods: { segment: string; startDate: string; endDate: string | null }[];
  /** Register periods an earlier row already extends. */
  extended: number[];
}
const fileNote = (memo: string) => JSON.parse(memo) as FileNote;

/** The row held for review: what the file said, the person untouched (the pipeline counts it "to review"). */
function reviewWrite(values: WorkerImportValues, provided: ReadonlySet<string>, rowNumber: number): PlannedWrite {
  return { table: 'review', columns: { nik: values.nik, fileName: values.name, fileBirthDate: values.birthDateTyped, fileValues: reviewValuesJson(values, provided), fileRow: rowNumber } };
}

/** The person as the pipeline compares it: driver values (the flag as 0/1). */
const existingOf = (row: PersonTableRow | undefined): ExistingRecord | undefined =>
  row ? { id: row.id, uid: row.uid, row: { ...row, identityMismatch: row.identityMismatch ? 1 : 0 } } : undefined;

export function listCodes(ctx: ServiceContext) {
  const byList = new Map<string, Map<string, string>>();
  const rows = ctx.sqlite.prepare('SELECT list, code, label_id AS labelId, label_en AS labelEn FROM lookup_item WHERE active = 1').all() as { list: string; code: string; labelId: string; labelEn: string }[];
  for (const r of rows) {
    const words = byList.get(r.list) ?? new Map<string, string>();
    // The code, both labels, and the parts of a label ("Kelian / bandesa adat", "Penerima PKH", "APBDes (dana desa)").
    const texts = [r.code, r.labelId, r.labelEn, ...r.labelId.split(/[/()]/)];
    for (const t of texts) {
      const key = choiceKey(t);
      if (key && !words.has(key)) words.set(key, r.code);
    }
    byList.set(r.list, words);
  }
  return (list: string, text: string) => byList.get(list)?.get(choiceKey(text)) ?? null;
}

/** What triggers keep beside the people (name words, 0025; counts by status and category, 0007): refilled once after a large write. */
const personDerivedRows = {
  triggers: [...personWordRows.triggers, 'person_total_insert', 'person_total_delete', 'person_total_update'],
  refill: [
    ...personWordRows.refill,
    "DELETE FROM record_total WHERE register = 'worker'",
    "INSERT INTO record_total (register, status, value, n) SELECT 'worker', record_status, coalesce(category, ''), count(*) FROM person GROUP BY 2, 3",
  ],
};

/** Merges in force that an undo of batch @batch must leave undoable: not both of whose people it added. */
const addedByBatch = (column: string) => `EXISTS (SELECT 1 FROM import_change n WHERE n.batch_id = @batch AND n.table_name = 'person' AND n.action = 'insert' AND n.row_id = m.${column})`;
const heldMerges = (from = 'person_merge m') => `FROM ${from} WHERE m.undone_at IS NULL AND NOT (${addedByBatch('kept_person_id')} AND ${addedByBatch('merged_person_id')})`;

export const workerImporter: RegisterImporter<WorkerImportValues> = {
  fields: workerFields,
  tables: [
    { key: 'person', table: person, entity: 'person', label: 'name', writes: personWrites, derived: ['nameFold', 'sex', 'birthDate', 'identityMismatch'], derivedRows: personDerivedRows },
    { key: 'period', table: participationPeriod, entity: 'participation_period', label: 'segment', writes: periodWrites, parent: { table: 'person', column: 'personId', field: 'periods' } },
    { key: 'review', table: identityReview, entity: 'identity_review', label: 'fileName', writes: reviewWrites, parent: { table: 'person', column: 'personId' }, review: true },
  ],
  templateName: { key: 'workers.templateName' },
  madeUpExample: true,
  layouts: workerLayouts,
  repeatable: ['NIK'],

  // The office's kecamatan, and the editable lists: a file's own words are mapped to them.
  officeChoices(ctx, officeArea) {
    const kecamatan = officeArea ? (ctx.sqlite.prepare('SELECT name FROM region WHERE parent_code = ? ORDER BY name').pluck().all(officeArea) as string[]).map((name) => ({ value: name, label: name })) : [];
    return { kecamatan, category: listChoices(ctx, 'vulnerable_category'), funding: listChoices(ctx, 'funding_source') };
  },

  // The desa of the office's area, by name (a name two kecamatan share, once): a programme list
  // of one desa gives it as one value for all rows.
  officeSuggestions(ctx, officeArea): Record<string, readonly string[]> {
    if (!officeArea) return {};
    const desa = ctx.sqlite.prepare('SELECT DISTINCT d.name FROM region d JOIN region k ON k.code = d.parent_code WHERE k.parent_code = ? AND d.level = 4 ORDER BY d.name').pluck().all(officeArea) as string[];
    return { desa };
  },

  // A paying programme only names one the office has (none yet: the example leaves it blank).
  officeExamples(ctx) {
    const latest = ctx.sqlite.prepare('SELECT name FROM worker_programme ORDER BY year DESC, id DESC LIMIT 1').pluck().get() as string | undefined;
    return { payingProgramme: latest ?? null };
  },

  session(ctx, officeArea) {
    warmRegionResolver(ctx);
    const regionCodes = rememberingRegionLookup(ctx.sqlite);
    const todayDate = officeToday(ctx);
    const today = todayDate.toISOString().slice(0, 10);
    const regions = new Map<string, ReturnType<typeof resolveRegion>>();
    const employers = new Map<string, number | null>();
    /** The register's employer with that NPP or NIB (remembered: a list repeats its employers). */
    const employerBy = (column: 'npp' | 'nib', value: string) => {
      const key = `${column}:${value}`;
      if (!employers.has(key)) employers.set(key, (stmt(ctx.sqlite, `SELECT id FROM employer WHERE ${column} = ? AND record_status <> 'dihapus' ORDER BY id LIMIT 1`).pluck().get(value) as number | undefined) ?? null);
      return employers.get(key)!;
    };
    let namedEmployers: Map<string, NamedEmployer[]> | undefined;
    const listCode = listCodes(ctx);
    const payingProgramme = payingProgrammeLookup(ctx);
    const periodsOf = stmt(ctx.sqlite, 'SELECT * FROM participation_period WHERE person_id = ? ORDER BY start_date');
    const splitTerms = newPeriodTerms(ctx);
    const mergedInto = stmt(ctx.sqlite, 'SELECT k.nik, k.name FROM person_merge m JOIN person k ON k.id = m.kept_person_id WHERE m.merged_person_id = ? AND m.undone_at IS NULL ORDER BY m.id DESC LIMIT 1');
    const notActiveError = (nik: string, current: { id: number; name: string; recordStatus: string; statusDate: string | null }) => {
      const kept = current.recordStatus === 'salah_input' ? (mergedInto.get(current.id) as { nik: string; name: string } | undefined) : undefined;
      const said = kept
        ? msg('workers.import.mergedInto', { nik, name: kept.name, keptNik: kept.nik })
        : msg('workers.import.notActive', { nik, name: current.name, status: msg(`workers.recordStatus.${current.recordStatus}` as MessageKey), date: day(current.statusDate) });
      return new AppError('INVALID_INPUT', said, { issues: [{ path: 'nik' }] });
    };
    const dismissedOf = stmt(ctx.sqlite, "SELECT file_name AS fileName, file_birth_date AS fileBirthDate, resolved_by AS resolvedBy, resolved_at AS resolvedAt FROM identity_review WHERE person_id = ? AND state = 'dismissed'");

    return {
      convert(row) {
        const { values, issues } = convertWorkerRow(
          {
            nik: (cell) => analyzeNik(cell, { lookup: regionCodes, today: todayDate, fromNumericCell: typeof cell === 'number' }),
            region: (input) => {
              const key = `${input.level}|${input.withinCode ?? ''}|${input.text}`;
              if (!regions.has(key)) regions.set(key, resolveRegion(ctx, input));
              return regions.get(key)!;
            },
            listCode,
            payingProgramme,
            employerByNpp: (npp) => employerBy('npp', npp),
            employerByNib: (nib) => employerBy('nib', nib),
            employersByName: (name) => employersNamed((namedEmployers ??= employerNames(ctx)), name),
            today,
          },
          row,
          officeArea,
        );
        return { values, issues, label: values?.name ?? displayCell(row.name) };
      },

      match(rows) {
        const ids: (number | undefined)[] = rows.map(() => undefined);
        const asked: number[] = [];
        const niks: string[] = [];
        rows.forEach((v, i) => {
          if (v) {
            asked.push(i);
            niks.push(v.nik);
          }
        });
        if (niks.length) for (const [k, id] of stmt(ctx.sqlite, matchSql).raw().all(JSON.stringify(niks)) as [number, number][]) ids[asked[k]!] = id;
        return ids.map((id) => (id === undefined ? undefined : existingOf(selectRowById(ctx.sqlite, person, id))));
      },

      plan(values, provided, existing, context) {
        const current = existing?.row as (Omit<PersonTableRow, 'identityMismatch'> & { identityMismatch: number }) | undefined;
        // One NIK is one person: another name (or another typed birth date) is not overwritten,
        // the row waits in the identity review for a person to decide.
        // An earlier row of the file had this NIK: its name, and the periods planned for the person.
        const seen = context.repeatOf?.memo ? fileNote(context.repeatOf.memo) : undefined;
        if (seen && otherIdentity(seen, values)) {
          context.warn('name', msg('workerReview.import.toReviewInFile', { nik: values.nik, row: context.repeatOf?.rowNumber ?? 0, name: seen.name, rowName: values.name }));
          return [reviewWrite(values, provided, context.rowNumber)];
        }
        if (!seen && current && otherIdentity(current, values)) {
          // A reviewer kept the register's data against this very name and birth date: remembered.
          const kept = (dismissedOf.all(current.id) as { fileName: string; fileBirthDate: string | null; resolvedBy: string; resolvedAt: string }[]).find(
            (d) => sameName(d.fileName, values.name) && d.fileBirthDate === values.birthDateTyped,
          );
          if (kept) {
            context.warn('name', msg('workerReview.import.keptBefore', { nik: values.nik, rowName: values.name, name: current.name, who: kept.resolvedBy, date: day(kept.resolvedAt.slice(0, 10)) }));
            return [];
          }
          context.warn('name', msg('workerReview.import.toReview', { nik: values.nik, name: current.name, birth: day(current.birthDateTyped ?? current.birthDate), rowName: values.name, rowBirth: day(values.birthDateTyped ?? values.birthDate) }));
          return [reviewWrite(values, provided, context.rowNumber)];
        }

        // Died, moved away, entered in error: the form refuses to change such a person, and so
        // does the import (a period after a death would count them covered).
        if (current && current.recordStatus !== 'aktif') throw notActiveError(values.nik, current);

        // The person: what the row filled, over what the record has.
        const columns = personColumnsFromRow(values, provided, current);
        const cleared = current && provided.has('kecamatan') && !provided.has('desa') ? clearedDesa(ctx.sqlite, values.kecamatanCode, current.desaCode) : null;
        if (cleared) context.warn('kecamatan', msg('workers.import.desaDropped', cleared));
        const writes: PlannedWrite[] = [{ table: 'person', ...(existing ? { target: existing } : {}), columns }];

        // The period: extends one of the same segment (and employer) it continues, or is added.
        const p = values.period;
        const state = seen ?? { name: values.name, birthDateTyped: values.birthDateTyped, periods: [], extended: [] };
        const planned = state.periods.find((o) => o.segment === p.segment && overlaps(o, p));
        // The same person and period again (a list pasted twice): said at the NIK that repeats (as a repeated NIB is), and saved once.
        if (planned && seen && planned.startDate === p.startDate && planned.endDate === p.endDate) {
          context.warn('nik', msg('workers.import.repeatedRow', { row: context.repeatOf?.rowNumber ?? 0, nik: values.nik, segment: p.segment, start: day(p.startDate) }));
          return [];
        }
        if (planned) throw overlapError(p, planned);
        const known = current ? (periodsOf.all(current.id) as Record<string, unknown>[]).map((raw) => fromDriver(participationPeriod, raw)) : [];
        const merged = mergePeriod(known, p, values.kpj, (field) => provided.has(field), new Set(state.extended));
        if ('extends' in merged) {
          state.extended.push(merged.extends.id);
          if (merged.closes) context.warn('endDate', msg('workers.import.periodClosed', { segment: p.segment, start: day(merged.extends.startDate), end: day(p.endDate) }));
          if (merged.keeps.length) context.warn('programmes', msg('workers.import.programmesKept', { segment: p.segment, start: day(merged.extends.startDate), kept: merged.keeps.join(', ') }));
          writes.push({ table: 'period', target: { id: merged.extends.id, uid: merged.extends.uid, row: merged.extends as PeriodTableRow as unknown as Record<string, unknown> }, columns: merged.columns });
        } else {
          if (merged.splits) {
            const { period: earlier, columns } = merged.splits;
            state.extended.push(earlier.id);
            const terms = splitTerms(merged.adds, (field) => provided.has(field));
            context.warn('startDate', msg('workers.import.periodSplit', { segment: p.segment, start: day(earlier.startDate), end: day((columns?.endDate as string | undefined) ?? earlier.endDate), newStart: day(p.startDate), terms: terms.said }));
            // A term the row leaves blank is the earlier period's (walk 37: the wage came along unsaid).
            for (const [field, value] of terms.carried) context.warn(field, msg('workers.import.termCarried', { value, segment: p.segment, start: day(earlier.startDate), newStart: day(p.startDate) }));
            if (columns) writes.push({ table: 'period', target: { id: earlier.id, uid: earlier.uid, row: earlier as unknown as Record<string, unknown> }, columns });
          }
          writes.push({ table: 'period', columns: merged.adds });
        }
        state.periods.push({ segment: p.segment, startDate: p.startDate, endDate: p.endDate });
        context.remember(JSON.stringify(state));
        return writes;
      },
    };
  },

  fieldOfPath: (path) => fieldOfColumn[path] ?? path,

  // A KPJ is one person's card: on another NIK's row of the file it is refused there (a copy error in one of them).
  identityKeys: (values) => [{ field: 'nik', kind: 'NIK', value: values.nik }, ...(values.kpj ? [{ field: 'kpj', kind: 'KPJ', value: values.kpj, repeatedSaid: 'workers.import.kpjOfAnother' as const }] : [])],

  // A duplicate merge in force: its undo needs both people, and the periods it moved to the kept
  // one or joined into theirs, as it left them. An undo of an earlier batch (an import, a bulk
  // change) neither reverses nor removes them, even told to reverse records changed since: the
  // merge's own undo first, then the batch's can reach them. Unless the batch added both people:
  // its undo then removes the two, and the merge with them (nothing of it is left to undo).
  undoHolds: [
    { table: 'person', sql: `e.id IN (SELECT kept_person_id ${heldMerges()} UNION ALL SELECT merged_person_id ${heldMerges()})`, reason: { key: 'workers.undoHeldByMerge' } },
    {
      table: 'period',
      sql: `e.id IN (SELECT j.value ${heldMerges('person_merge m, json_each(m.moved_period_ids) j')}
        UNION ALL SELECT json_extract(j.value, '$.id') ${heldMerges("person_merge m, json_each(m.after, '$.joined') j")})`,
      reason: { key: 'workers.undoHeldByMerge' },
    },
  ],
};
