import { participationPeriod, person } from '../../../db/schema/index.ts';
import type { Message } from '../../api/messages/message.ts';
import { workerMessages } from '../../api/messages/workers.ts';
import { coveragePeopleCondition } from '../../coverage/people-condition.ts';
import { nameWordsSearch, type NameWordTables } from '../../grid/name-word-search.ts';
import type { QuickSearchCondition } from '../../grid/grid-spec.ts';
import { workerImporter } from '../../imports/workers/worker-importer.ts';
import { currentPeriodIdSql, currentSegmentSql, participationTodaySql } from '../../workers/participation-status.ts';
import { mergedIntoNikSql, shownStatusReason } from '../../workers/duplicates/merge-mark.ts';
import { keptPeriodRow, periodLine, periodLinesInWords, type PeriodTableRow } from '../../workers/person-record.ts';
import { jsonList } from '../record-fields.ts';
import type { CellKind, HistoryCell, RegisterColumn, RegisterDefinition, RegisterHistory } from '../register-definition.ts';

// The worker register (Pekerja), declared for the shared floors: grid columns (the whitelist),
// their words, totals by record status and category, quick search by name and NIK prefix,
// its import and its record statuses.

type WordGroup = 'recordStatus' | 'participation' | 'sex' | 'segment' | 'mismatch';
const word = (key: string): Message => ({ key: `workers.${key}` });
const choices = (group: WordGroup): CellKind => ({
  kind: 'choice',
  choices: Object.fromEntries(Object.keys(workerMessages.id.workers[group]).map((value) => [value, word(`${group}.${value}`)])),
});
const column = (id: string, spec: Omit<RegisterColumn, 'id' | 'label'>): RegisterColumn => ({ id, label: word(`fields.${id}`), ...spec });

/**
 * The paying programme with its year unless its name ends in it ("PPR APBD 2026"): a name used in
 * several years is read back by the import as that year's (paying-programmes.ts), not the start's.
 */
const payingProgrammeSql = "CASE WHEN cpp.name IS NULL OR cpp.name LIKE '%' || cpp.year THEN cpp.name ELSE cpp.name || ' ' || cpp.year END";

export const workerColumns: RegisterColumn[] = [
  column('nik', { sql: 'w.nik', type: 'text', notNull: true, cell: { kind: 'identity', personal: true }, exportWidth: 19 }),
  column('name', { sql: 'w.name_fold', type: 'text', notNull: true, cell: { kind: 'text' }, exportWidth: 32 }),
  column('sex', { sql: 'w.sex', type: 'set', lowCardinality: true, cell: choices('sex'), exportWidth: 10 }),
  column('birthDate', { sql: 'w.birth_date', type: 'date', cell: { kind: 'date', inNik: true }, exportWidth: 13 }),
  column('kecamatanCode', { sql: 'w.kecamatan_code', type: 'set', cell: { kind: 'region', nameField: 'kecamatanName' }, exportWidth: 22 }),
  column('desaCode', { sql: 'w.desa_code', type: 'set', cell: { kind: 'region', nameField: 'desaName' }, exportWidth: 26 }),
  // A code of the editable list (its words are the office's, in the database).
  column('category', { sql: 'w.category', type: 'set', cell: { kind: 'text', list: 'vulnerable_category' }, exportWidth: 18 }),
  // Derived from the periods at each read: shown, filtered, not sorted (no index holds it).
  column('segment', { sql: currentSegmentSql, type: 'set', lowCardinality: true, sortable: false, cell: choices('segment'), exportWidth: 9 }),
  column('statusToday', { sql: participationTodaySql, type: 'set', notNull: true, lowCardinality: true, sortable: false, cell: choices('participation'), exportWidth: 16 }),
  column('kpj', { sql: 'w.kpj', type: 'text', cell: { kind: 'identity' }, exportWidth: 14 }),
  column('identityMismatch', { sql: 'w.identity_mismatch', type: 'set', notNull: true, lowCardinality: true, cell: choices('mismatch'), exportWidth: 12 }),
  column('recordStatus', { sql: 'w.record_status', type: 'set', notNull: true, lowCardinality: true, cell: choices('recordStatus'), exportWidth: 12 }),
  column('updatedAt', { sql: 'w.updated_at', type: 'datetime', notNull: true, cell: { kind: 'datetime' }, exportWidth: 18 }),
  // Shown and exported, neither sorted nor filtered (no index holds them): with the period's below,
  // an export holds what the import reads back (walk 36: a PU person exported without the
  // employer and the start date did not import again).
  ...(['address', 'phone', 'occupation'] as const).map((id) => column(id, { sql: `w.${id}`, type: 'text', sortable: false, filterable: false, cell: { kind: 'text' }, exportWidth: id === 'address' ? 30 : 16 })),
  // The current period's (else the one that ended last: the segment's), from currentPeriodJoin.
  column('employerName', { sql: 'cpe.name', type: 'text', sortable: false, filterable: false, cell: { kind: 'text' }, exportWidth: 30 }),
  column('npp', { sql: 'cpe.npp', type: 'text', sortable: false, filterable: false, cell: { kind: 'identity' }, exportWidth: 14 }),
  column('programmes', { sql: 'cp.programmes', type: 'text', sortable: false, filterable: false, cell: { kind: 'words', words: (json) => jsonList<string>(json).join(', ') }, exportWidth: 20 }),
  column('startDate', { sql: 'cp.start_date', type: 'date', sortable: false, filterable: false, cell: { kind: 'date' }, exportWidth: 13 }),
  column('endDate', { sql: 'cp.end_date', type: 'date', sortable: false, filterable: false, cell: { kind: 'date' }, exportWidth: 13 }),
  column('income', { sql: 'coalesce(cp.wage, cp.declared_income)', type: 'number', sortable: false, filterable: false, cell: { kind: 'number' }, exportWidth: 14 }),
  column('funding', { sql: 'cp.funding', type: 'set', sortable: false, filterable: false, cell: { kind: 'text', list: 'funding_source' }, exportWidth: 20 }),
  column('payingProgramme', { sql: payingProgrammeSql, type: 'text', sortable: false, filterable: false, cell: { kind: 'text' }, exportWidth: 30 }),
  // Never shown: the people behind a coverage figure, at its date and for its breakdown.
  column('coverage', { sql: "''", type: 'set', sortable: false, filterOnly: true, condition: coveragePeopleCondition, cell: { kind: 'text' } }),
];

const text: HistoryCell = { kind: 'text' };
const date: HistoryCell = { kind: 'date' };
/** Fields named otherwise on screen than in the table. */
const labelOf: Record<string, string> = { periods: 'periodNoun', employerId: 'fields.employer', programmeId: 'fields.payingProgramme' };
const history: RegisterHistory = {
  fields: Object.fromEntries(
    (
      [
        ['sexTyped', choices('sex')], ['birthDateTyped', date], ['address', text], ['phone', text], ['occupation', text], ['notes', text],
        // A merge's reason of older versions held the kept person's whole NIK: shown masked.
        ['statusReason', { kind: 'words', words: shownStatusReason }], ['statusDate', date], ['periods', { kind: 'localized', words: periodLinesInWords }],
        // A period's own fields, as an import's list of changed rows shows a period it changed (its segment and KPJ are columns).
        ['startDate', date], ['endDate', date], ['programmes', { kind: 'words', words: (json) => jsonList<string>(json).join(', ') }], ['funding', { kind: 'text', list: 'funding_source' }],
        ['employerId', { kind: 'recordName', sql: 'SELECT name FROM employer WHERE id = ?' }], ['programmeId', { kind: 'recordName', sql: 'SELECT name FROM worker_programme WHERE id = ?' }],
        ['wage', { kind: 'number' }], ['declaredIncome', { kind: 'number' }], ['source', text], ['sourceDate', date],
      ] as [string, HistoryCell][]
    )
      .map(([field, cell]): [string, { label: Message; cell: HistoryCell }] => [field, { label: word(labelOf[field] ?? `fields.${field}`), cell }])
      // What the duplicate review writes beside a person's fields (core/workers/duplicates).
      .concat([['mergedWith', { label: { key: 'duplicates.history.mergedWith' }, cell: text }], ['differentFrom', { label: { key: 'duplicates.history.differentFrom' }, cell: text }]]),
  ),
  // The flag follows from the values beside it (derived): its change is theirs.
  hidden: ['id', 'uid', 'nameFold', 'identityMismatch', 'createdAt', 'updatedAt', 'importBatchId'],
  // People merged into this one by the duplicate review (and not undone): their history comes along.
  mergedInto: (sqlite, id) =>
    sqlite
      .prepare("SELECT p.uid, p.nik || ' ' || p.name AS label FROM person_merge m JOIN person p ON p.id = m.merged_person_id WHERE m.kept_person_id = ? AND m.undone_at IS NULL ORDER BY m.id")
      .all(id) as { uid: string; label: string }[],
  // A period an import added or changed shows on its person, as a form's save of it does.
  children: [{ table: participationPeriod, parentColumn: 'person_id', field: 'periods', line: (sqlite, row) => periodLine(sqlite, row as PeriodTableRow), kept: keptPeriodRow }],
};

/**
 * The period the grid's segment is of (current, else the one that ended last), its employer and
 * paying programme. Only in `from`: a page's rows are found without it (countFrom) and read with
 * it by id, so it costs a lookup per row shown or exported.
 */
const currentPeriodJoin = `LEFT JOIN participation_period cp ON cp.id = ${currentPeriodIdSql}
  LEFT JOIN employer cpe ON cpe.id = cp.employer_id LEFT JOIN worker_programme cpp ON cpp.id = cp.programme_id`;

const personWords: NameWordTables = { table: 'person', fts: 'person_fts' };

/** The columns the grid's sort indexes hold besides their order (migration 0010). */
const gridIndexCovers = ['recordStatus', 'category', 'kecamatanCode', 'desaCode'];

/** Digits typed into the quick search: NIKs starting with them, along the NIK's unique index. */
function nikPrefix(term: string): QuickSearchCondition | null {
  const digits = term.replace(/[\s.-]/g, '');
  if (!/^\d{4,16}$/.test(digits)) return null;
  // "5103" is most of a kabupaten: its page is read along the name index, testing each row's NIK
  // there (the index holds it: a NIK says nothing of a name, the matches are spread along it),
  // and its count is the view's total less the NIKs outside the range.
  const [low, high] = [digits.padEnd(16, '0'), digits.padEnd(16, '9')];
  return {
    sql: 'w.nik BETWEEN ? AND ?',
    params: [low, high],
    probeSql: 'w.nik BETWEEN ? AND ?',
    outside: [
      { sql: 'w.nik < ?', params: [low] },
      { sql: 'w.nik > ?', params: [high] },
    ],
  };
}

export const workerRegister: RegisterDefinition = {
  key: 'worker',
  entity: 'person',
  recordTable: person,
  title: word('title'),
  recordNoun: word('noun'),
  grid: {
    from: `person w LEFT JOIN region k ON k.code = w.kecamatan_code LEFT JOIN region d ON d.code = w.desa_code ${currentPeriodJoin}`,
    countFrom: 'person w',
    select: `w.id, w.uid, w.nik, w.name, w.sex, w.birth_date AS birthDate, w.kecamatan_code AS kecamatanCode, k.name AS kecamatanName,
  w.desa_code AS desaCode, d.name AS desaName, w.category, cp.segment AS segment, ${participationTodaySql} AS statusToday,
  ${mergedIntoNikSql} AS mergedIntoNik, w.kpj, w.identity_mismatch AS identityMismatch, w.record_status AS recordStatus, w.updated_at AS updatedAt,
  w.address, w.phone, w.occupation, cpe.name AS employerName, cpe.npp, cp.programmes, cp.start_date AS startDate, cp.end_date AS endDate,
  coalesce(cp.wage, cp.declared_income) AS income, cp.funding, ${payingProgrammeSql} AS payingProgramme`,
    primaryKey: 'w.id',
    defaultSort: [{ colId: 'name', sort: 'asc' }],
    sortIndexes: {
      name: { from: 'person w INDEXED BY person_grid_name_idx', covers: gridIndexCovers },
      updatedAt: { from: 'person w INDEXED BY person_grid_updated_idx', covers: gridIndexCovers },
    },
    totals: { register: 'worker', status: 'recordStatus', by: 'category' },
    quickSearch: (term) => nikPrefix(term) ?? nameWordsSearch(personWords, 'w.id', term),
  },
  columns: workerColumns,
  countBy: ['category'],
  labelSql: 'w.name',
  uidSql: 'w.uid',
  history,
  importer: workerImporter,
  recordStatus: { gridColumn: 'recordStatus', column: 'recordStatus', reasonColumn: 'statusReason', dateColumn: 'statusDate', active: 'aktif', bulk: ['pindah', 'salah_input'], bulkFrom: ['aktif'], bulkDated: ['pindah'] },
};
