import { selectRowById } from '../../../db/fast-write.ts';
import { foldText } from '../../../db/fold.ts';
import { stmt } from '../../../db/statements.ts';
import { participationPeriod, person } from '../../../db/schema/index.ts';
import { foldName } from '../../api/fold-name.ts';
import { AppError } from '../../app-error.ts';
import type { ServiceContext } from '../../context.ts';
import { msg } from '../../messages.ts';
import { analyzeNik } from '../../reference/nik/analyze-nik.ts';
import { officeToday } from '../../reference/nik/nik-service.ts';
import { regionLookup, resolveRegion, warmRegionResolver } from '../../reference/regions/region-service.ts';
import { periodWrites, personWrites, type PeriodTableRow, type PersonTableRow } from '../../workers/person-record.ts';
import { identityDisagreements } from '../../workers/person-nik.ts';
import { choiceKey } from '../fields/cell-values.ts';
import type { ExistingRecord, PlannedWrite, RegisterImporter } from '../register-importer.ts';
import { workerFields } from './worker-fields.ts';
import { convertWorkerRow, type WorkerImportValues } from './worker-row.ts';

// The worker register's side of the shared import pipeline (layout a: one period a row). A
// known NIK updates the person (never erasing what the row leaves blank) and adds a period or
// extends the one it continues; the same NIK under another name or birth date is refused, not
// overwritten. A NIK repeating in one file is one person with several periods.

/** Import field -> the person's columns it fills (drizzle keys). */
const fills: Record<string, string[]> = {
  name: ['name'], sex: ['sexTyped'], birthDate: ['birthDateTyped'], address: ['address'], kecamatan: ['kecamatanCode'], desa: ['desaCode', 'kecamatanCode'],
  phone: ['phone'], occupation: ['occupation'], category: ['category'], kpj: ['kpj'],
};
const fieldOfColumn: Record<string, string> = { nik: 'nik', name: 'name', sexTyped: 'sex', birthDateTyped: 'birthDate', kecamatanCode: 'kecamatan', desaCode: 'desa', employerId: 'npp', startDate: 'startDate', endDate: 'endDate' };

const matchSql = 'SELECT j.key, p.id FROM json_each(?) AS j JOIN person p ON p.nik = j.value';
const day = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '—');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** Two spans overlap, or the second starts the day after the first ends (a continuation). */
const meets = (a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }) =>
  a.startDate <= (b.endDate ?? '9999-12-31') && (a.endDate === null || nextDay(a.endDate) >= b.startDate);
const overlaps = (a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }) =>
  a.startDate <= (b.endDate ?? '9999-12-31') && b.startDate <= (a.endDate ?? '9999-12-31');
const sameName = (a: string, b: string) => foldName(a) === foldName(b);

/** The person as the pipeline compares it: driver values (the flag as 0/1). */
const existingOf = (row: PersonTableRow | undefined): ExistingRecord | undefined =>
  row ? { id: row.id, uid: row.uid, row: { ...row, identityMismatch: row.identityMismatch ? 1 : 0 } } : undefined;

function listCodes(ctx: ServiceContext) {
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

export const workerImporter: RegisterImporter<WorkerImportValues> = {
  fields: workerFields,
  tables: [
    { key: 'person', table: person, entity: 'person', label: 'name', writes: personWrites, derived: ['nameFold', 'sex', 'birthDate', 'identityMismatch'] },
    { key: 'period', table: participationPeriod, entity: 'participation_period', label: 'segment', writes: periodWrites, parent: { table: 'person', column: 'personId' } },
  ],
  templateName: { key: 'workers.templateName' },
  repeatable: ['NIK'],

  // The office's kecamatan, and the editable lists: a file's own words are mapped to them.
  officeChoices(ctx, officeArea) {
    const list = (name: string) =>
      (ctx.sqlite.prepare('SELECT code, label_id AS label FROM lookup_item WHERE list = ? AND active = 1 ORDER BY sort_order, code').all(name) as { code: string; label: string }[]).map((r) => ({ value: r.code, label: r.label }));
    const kecamatan = officeArea ? (ctx.sqlite.prepare('SELECT name FROM region WHERE parent_code = ? ORDER BY name').pluck().all(officeArea) as string[]).map((name) => ({ value: name, label: name })) : [];
    return { kecamatan, category: list('vulnerable_category'), funding: list('funding_source') };
  },

  session(ctx, officeArea) {
    warmRegionResolver(ctx);
    const regionCodes = regionLookup(ctx.sqlite);
    const todayDate = officeToday(ctx);
    const today = todayDate.toISOString().slice(0, 10);
    const regions = new Map<string, ReturnType<typeof resolveRegion>>();
    const employers = new Map<string, number | null>();
    const listCode = listCodes(ctx);
    // This file's people so far: the first row's name, and the periods planned for them.
    const inFile = new Map<string, { name: string; birthDateTyped: string | null; periods: { segment: string; startDate: string; endDate: string | null }[]; extended: Set<number> }>();
    const periodsOf = stmt(ctx.sqlite, 'SELECT * FROM participation_period WHERE person_id = ? ORDER BY start_date');

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
            employerByNpp: (npp) => {
              if (!employers.has(npp)) employers.set(npp, (stmt(ctx.sqlite, "SELECT id FROM employer WHERE npp = ? AND record_status <> 'dihapus' ORDER BY id LIMIT 1").pluck().get(npp) as number | undefined) ?? null);
              return employers.get(npp)!;
            },
            today,
          },
          row,
          officeArea,
        );
        return { values, issues, label: values?.name ?? String(row.name ?? '') };
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
        // One NIK is one person: another name (or another typed birth date) is not overwritten.
        const seen = inFile.get(values.nik);
        if (seen && (!sameName(seen.name, values.name) || (values.birthDateTyped && seen.birthDateTyped && values.birthDateTyped !== seen.birthDateTyped))) {
          throw new AppError('INVALID_INPUT', msg('workers.import.otherPersonInFile', { nik: values.nik, row: context.repeatOf?.rowNumber ?? 0, name: seen.name, rowName: values.name }), { issues: [{ path: 'name' }] });
        }
        if (current && (!sameName(current.name, values.name) || (values.birthDateTyped && current.birthDateTyped && values.birthDateTyped !== current.birthDateTyped))) {
          throw new AppError(
            'INVALID_INPUT',
            msg('workers.import.otherPerson', { nik: values.nik, name: current.name, birth: day(current.birthDateTyped ?? current.birthDate), rowName: values.name, rowBirth: day(values.birthDateTyped ?? values.birthDate) }),
            { issues: [{ path: 'name' }] },
          );
        }

        // The person: what the row filled, over what the record has.
        const fromRow: Record<string, unknown> = {
          nik: values.nik, name: values.name, nameFold: foldText(values.name) ?? '',
          sex: values.sex, birthDate: values.birthDate, sexTyped: values.sexTyped, birthDateTyped: values.birthDateTyped, address: values.address,
          kecamatanCode: values.kecamatanCode, desaCode: values.desaCode, phone: values.phone, occupation: values.occupation, category: values.category, kpj: values.kpj || null,
        };
        const columns: Record<string, unknown> = current ? Object.fromEntries(personWrites.map((k) => [k, current[k as keyof typeof current]])) : { ...fromRow, notes: '' };
        if (current) {
          for (const field of provided) for (const key of fills[field] ?? []) columns[key] = fromRow[key];
          columns.sex = values.sex;
          columns.birthDate = values.birthDate;
        }
        columns.identityMismatch = identityDisagreements(
          { sex: columns.sex as 'L' | 'P' | null, birthDate: columns.birthDate as string | null },
          { sexTyped: columns.sexTyped as 'L' | 'P' | null, birthDateTyped: columns.birthDateTyped as string | null },
        ).length ? 1 : 0;
        const writes: PlannedWrite[] = [{ table: 'person', ...(existing ? { target: existing } : {}), columns }];

        // The period: extends one of the same segment (and employer) it continues, or is added.
        const p = values.period;
        const period = {
          segment: p.segment, employerId: p.employerId, kpj: values.kpj || null, programmes: JSON.stringify(p.programmes), startDate: p.startDate, endDate: p.endDate,
          wage: p.segment === 'PU' ? p.income : null, declaredIncome: p.segment === 'PU' ? null : p.income, funding: p.funding, source: p.source, sourceDate: null,
        };
        const state = seen ?? { name: values.name, birthDateTyped: values.birthDateTyped, periods: [], extended: new Set<number>() };
        const overlap = (other: { startDate: string }) =>
          new AppError('INVALID_INPUT', msg('workers.save.periodOverlap', { segment: p.segment, start: day(p.startDate), other: day(other.startDate) }), { issues: [{ path: 'startDate' }] });
        const planned = state.periods.find((o) => o.segment === p.segment && overlaps(o, p));
        if (planned) throw overlap(planned);
        const known = current ? (periodsOf.all(current.id) as Record<string, unknown>[]).map((raw) => selectRowById(ctx.sqlite, participationPeriod, raw.id as number)!) : [];
        const same = known.filter((o) => o.segment === p.segment);
        const continued = same.find((o) => (p.segment !== 'PU' || o.employerId === p.employerId) && meets(o, p) && o.startDate <= p.startDate);
        const clash = same.find((o) => o !== continued && overlaps(o, p));
        if (clash || (continued && state.extended.has(continued.id))) throw overlap(clash ?? continued!);
        if (continued) {
          state.extended.add(continued.id);
          const programmes = [...new Set([...(JSON.parse(continued.programmes) as string[]), ...p.programmes])];
          const endDate = continued.endDate === null || p.endDate === null ? null : continued.endDate > p.endDate ? continued.endDate : p.endDate;
          writes.push({
            table: 'period',
            target: { id: continued.id, uid: continued.uid, row: continued as PeriodTableRow as unknown as Record<string, unknown> },
            columns: {
              ...Object.fromEntries(periodWrites.map((k) => [k, continued[k]])),
              endDate,
              programmes: JSON.stringify(programmes),
              ...(provided.has('funding') ? { funding: p.funding } : {}),
              ...(provided.has('income') ? { wage: period.wage, declaredIncome: period.declaredIncome } : {}),
              ...(provided.has('kpj') ? { kpj: period.kpj } : {}),
            },
          });
        } else writes.push({ table: 'period', columns: period });
        state.periods.push({ segment: p.segment, startDate: p.startDate, endDate: p.endDate });
        inFile.set(values.nik, state);
        return writes;
      },
    };
  },

  fieldOfPath: (path) => fieldOfColumn[path] ?? path,

  identityKeys: (values) => [{ field: 'nik', kind: 'NIK', value: values.nik }],
};
