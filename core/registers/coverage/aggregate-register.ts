import { coverageAggregate } from '../../../db/schema/index.ts';
import { aggregateImporter } from '../../imports/coverage/aggregate-importer.ts';
import type { RegisterDefinition } from '../register-definition.ts';
import { column, coverageHistory, segmentCell, sourceKindCell, word } from './coverage-columns.ts';

// The coverage aggregate inputs declared for the shared floors: their import (the pipeline),
// the change log of a row, and a grid over them. The screens list them through their own channels.

export const aggregateRegister: RegisterDefinition = {
  key: 'coverage_aggregate',
  entity: 'coverage_aggregate',
  recordTable: coverageAggregate,
  title: word('register.aggregateTitle'),
  recordNoun: word('register.aggregateNoun'),
  grid: {
    from: 'coverage_aggregate g LEFT JOIN region a ON a.code = g.area_code',
    select: `g.id, g.uid, g.area_code AS areaCode, a.name AS areaName, g.segment, g.category, g.sector, g.funding, g.count, g.as_of_date AS asOfDate, g.source_kind AS sourceKind, g.source, g.retired_at AS retiredAt, g.updated_at AS updatedAt`,
    primaryKey: 'g.id',
    defaultSort: [{ colId: 'asOfDate', sort: 'desc' }],
  },
  columns: [
    column('areaCode', { sql: 'g.area_code', type: 'set', notNull: true, cell: { kind: 'region', nameField: 'areaName' }, exportWidth: 22 }),
    column('segment', { sql: 'g.segment', type: 'set', lowCardinality: true, cell: segmentCell, exportWidth: 14 }),
    column('category', { sql: 'g.category', type: 'set', cell: { kind: 'text', list: 'vulnerable_category' }, exportWidth: 18 }),
    column('sector', { sql: 'g.sector', type: 'set', cell: { kind: 'text' }, exportWidth: 8 }),
    column('funding', { sql: 'g.funding', type: 'set', cell: { kind: 'text', list: 'funding_source' }, exportWidth: 16 }),
    column('count', { sql: 'g.count', type: 'number', notNull: true, cell: { kind: 'number' }, exportWidth: 14 }),
    column('asOfDate', { sql: 'g.as_of_date', type: 'date', notNull: true, cell: { kind: 'date' }, exportWidth: 13 }),
    column('sourceKind', { sql: 'g.source_kind', type: 'set', notNull: true, lowCardinality: true, cell: sourceKindCell, exportWidth: 18 }),
    column('source', { sql: 'g.source', type: 'text', notNull: true, cell: { kind: 'text' }, exportWidth: 40 }),
    column('retiredAt', { sql: 'g.retired_at', type: 'date', cell: { kind: 'date' }, exportWidth: 13 }),
    column('updatedAt', { sql: 'g.updated_at', type: 'datetime', notNull: true, cell: { kind: 'datetime' }, exportWidth: 18 }),
  ],
  countBy: [],
  labelSql: "g.area_code || ' ' || g.as_of_date",
  uidSql: 'g.uid',
  history: coverageHistory,
  importer: aggregateImporter,
};
