import { displayCell } from '../fields/cell-values.ts';
import { selectRowById } from '../../../db/fast-write.ts';
import { stmt } from '../../../db/statements.ts';
import { coverageDenominator } from '../../../db/schema/index.ts';
import type { ServiceContext } from '../../context.ts';
import { checkNotFrozen, denominatorColumns, type DenominatorRow } from '../../coverage-inputs/denominator-service.ts';
import type { ExistingRecord, RegisterImporter } from '../register-importer.ts';
import { listCodes } from '../workers/worker-importer.ts';
import { areaLookup } from './area-words.ts';
import { denominatorFields } from './denominator-fields.ts';
import { convertDenominatorRow, type ImportedDenominator } from './denominator-row.ts';

// Denominators through the shared import pipeline (a BPS table, a Dukcapil extract, a decree's
// figures): dry run, error file, whole commit, undo. A row matches the denominator in use for
// the same area, universe, category, kind of source and date: a new number for it updates it,
// unless a frozen month names it (then the row is refused: retire it and import a new one).

export const denominatorWrites = ['name', 'value', 'areaCode', 'universe', 'programmeId', 'category', 'sourceKind', 'source', 'asOfDate', 'notes'] as const;

const matchSql = `SELECT id FROM coverage_denominator WHERE area_code = ? AND universe = ? AND category IS ? AND source_kind = ? AND as_of_date = ? AND retired_at IS NULL ORDER BY id LIMIT 1`;

const existingOf = (row: DenominatorRow | undefined): ExistingRecord | undefined => (row ? { id: row.id, uid: row.uid, row } : undefined);

export const denominatorImporter: RegisterImporter<ImportedDenominator> = {
  fields: denominatorFields,
  tables: [{ key: 'denominator', table: coverageDenominator, entity: 'coverage_denominator', label: 'name', writes: denominatorWrites }],
  templateName: { key: 'coverageInputs.register.denominatorTemplate' },

  officeChoices(ctx: ServiceContext) {
    const list = ctx.sqlite.prepare("SELECT code, label_id AS label FROM lookup_item WHERE list = 'vulnerable_category' AND active = 1 ORDER BY sort_order, code").all() as { code: string; label: string }[];
    return { category: list.map((r) => ({ value: r.code, label: r.label })) };
  },

  session(ctx, officeArea) {
    const area = areaLookup(ctx, officeArea);
    const codes = listCodes(ctx);
    return {
      convert(cells) {
        const { values, issues } = convertDenominatorRow(cells, area, (text) => codes('vulnerable_category', text));
        return { values, issues, label: values?.name ?? displayCell(cells.name) };
      },
      match(rows) {
        return rows.map((v) => {
          if (!v) return undefined;
          const id = stmt(ctx.sqlite, matchSql).pluck().get(v.areaCode, v.universe, v.category, v.sourceKind, v.asOfDate) as number | undefined;
          return id === undefined ? undefined : existingOf(selectRowById(ctx.sqlite, coverageDenominator, id));
        });
      },
      plan(values, provided, existing) {
        const current = existing?.row as DenominatorRow | undefined;
        const fresh = denominatorColumns(ctx, { ...values, programmeUid: null }, current);
        if (!current) return [{ table: 'denominator', columns: fresh }];
        // An import never erases what the file leaves blank.
        const columns = Object.fromEntries(denominatorWrites.map((k) => [k, provided.has(k) ? fresh[k] : current[k]]));
        checkNotFrozen(ctx, current, columns);
        return [{ table: 'denominator', target: existing!, columns }];
      },
    };
  },

  fieldOfPath: (path) => (path === 'programmeId' ? 'name' : path),

  identityKeys(values) {
    return [{ field: 'areaCode', kind: 'Penyebut', value: [values.areaCode, values.universe, values.category, values.sourceKind, values.asOfDate].filter(Boolean).join(' · ') }];
  },

  undoBlocker: {
    table: 'denominator',
    sql: 'EXISTS (SELECT 1 FROM coverage_target t WHERE t.denominator_id = e.id)',
    reason: { key: 'coverageInputs.register.undoHeld' },
  },
};
