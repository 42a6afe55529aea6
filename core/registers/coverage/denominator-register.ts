import { coverageDenominator } from '../../../db/schema/index.ts';
import { denominatorImporter } from '../../imports/coverage/denominator-importer.ts';
import type { RegisterDefinition } from '../register-definition.ts';
import { column, coverageHistory, sourceKindCell, universeCell, word } from './coverage-columns.ts';

// The coverage denominators declared for the shared floors: their import (the pipeline), the
// change log of a record, and a grid over them. The screens list them through their own channels.

export const denominatorRegister: RegisterDefinition = {
  key: 'coverage_denominator',
  entity: 'coverage_denominator',
  recordTable: coverageDenominator,
  title: word('register.denominatorTitle'),
  recordNoun: word('register.denominatorNoun'),
  grid: {
    from: 'coverage_denominator d LEFT JOIN region a ON a.code = d.area_code',
    select: `d.id, d.uid, d.name, d.value, d.area_code AS areaCode, a.name AS areaName, d.universe, d.source_kind AS sourceKind, d.source, d.as_of_date AS asOfDate, d.retired_at AS retiredAt, d.updated_at AS updatedAt`,
    primaryKey: 'd.id',
    defaultSort: [{ colId: 'asOfDate', sort: 'desc' }],
  },
  columns: [
    column('name', { sql: 'd.name', type: 'text', notNull: true, cell: { kind: 'text' }, exportWidth: 50 }),
    column('value', { sql: 'd.value', type: 'number', notNull: true, cell: { kind: 'number' }, exportWidth: 14 }),
    column('areaCode', { sql: 'd.area_code', type: 'set', notNull: true, cell: { kind: 'region', nameField: 'areaName' }, exportWidth: 22 }),
    column('universe', { sql: 'd.universe', type: 'set', notNull: true, lowCardinality: true, cell: universeCell, exportWidth: 24 }),
    column('sourceKind', { sql: 'd.source_kind', type: 'set', notNull: true, lowCardinality: true, cell: sourceKindCell, exportWidth: 18 }),
    column('source', { sql: 'd.source', type: 'text', notNull: true, cell: { kind: 'text' }, exportWidth: 40 }),
    column('asOfDate', { sql: 'd.as_of_date', type: 'date', notNull: true, cell: { kind: 'date' }, exportWidth: 13 }),
    column('retiredAt', { sql: 'd.retired_at', type: 'date', cell: { kind: 'date' }, exportWidth: 13 }),
    column('updatedAt', { sql: 'd.updated_at', type: 'datetime', notNull: true, cell: { kind: 'datetime' }, exportWidth: 18 }),
  ],
  countBy: [],
  labelSql: 'd.name',
  uidSql: 'd.uid',
  history: coverageHistory,
  importer: denominatorImporter,
};
