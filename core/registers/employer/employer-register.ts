import { employer } from '../../../db/schema/index.ts';
import { formatNpwp } from '../../api/employers.ts';
import { employerRegisterWords } from '../../api/messages/employer-history.ts';
import { employerWords } from '../../api/messages/employer.ts';
import type { Message } from '../../api/messages/message.ts';
import { nameWordsSearch, type NameWordTables } from '../../grid/name-word-search.ts';
import { employerHistory } from './employer-history.ts';
import { employerImporter } from '../../imports/employers/employer-importer.ts';
import { kbliSection } from '../../reference/kbli/kbli-2020.ts';
import type { CellKind, RegisterColumn, RegisterDefinition } from '../register-definition.ts';

// The employer register (Perusahaan), declared for the shared floors: its grid columns (the
// whitelist requests are checked against), their words, what it counts by, its import.

const word = (key: string): Message => ({ key: `employer.${key}` });
const choices = (field: keyof typeof employerWords.id.employer): CellKind => ({
  kind: 'choice',
  choices: Object.fromEntries(Object.keys(employerWords.id.employer[field]).map((value) => [value, word(`${field}.${value}`)])),
});
const sectionWords = (code: string) => {
  const section = kbliSection(code);
  return section ? `${code} – ${section.nameId}` : code;
};

const column = (id: string, spec: Omit<RegisterColumn, 'id' | 'label'>): RegisterColumn => ({ id, label: word(`fields.${id}`), ...spec });

export const employerColumns: RegisterColumn[] = [
  column('name', { sql: 'e.name_fold', type: 'text', notNull: true, cell: { kind: 'text' }, exportWidth: 38 }),
  column('legalForm', { sql: 'e.legal_form', type: 'set', lowCardinality: true, cell: { kind: 'text' }, exportWidth: 11 }),
  column('nib', { sql: 'e.nib', type: 'text', cell: { kind: 'identity' }, exportWidth: 16 }),
  column('npwp', { sql: 'e.npwp', type: 'text', cell: { kind: 'identity', format: formatNpwp }, exportWidth: 21 }),
  column('npp', { sql: 'e.npp', type: 'text', cell: { kind: 'identity' }, exportWidth: 14 }),
  column('kbliSection', { sql: 'e.kbli_section', type: 'set', lowCardinality: true, cell: { kind: 'words', words: sectionWords }, exportWidth: 30 }),
  column('kbliMain', { sql: "json_extract(e.kbli_codes, '$[0]')", type: 'text', cell: { kind: 'identity' }, exportWidth: 10 }),
  column('businessScale', { sql: 'e.business_scale', type: 'set', lowCardinality: true, cell: choices('businessScale'), exportWidth: 10 }),
  column('kecamatanCode', { sql: 'e.kecamatan_code', type: 'set', cell: { kind: 'region', nameField: 'kecamatanName' }, exportWidth: 24 }),
  column('desaCode', { sql: 'e.desa_code', type: 'set', cell: { kind: 'region', nameField: 'desaName' }, exportWidth: 30 }),
  column('bpjsStatus', { sql: 'e.bpjs_status', type: 'set', notNull: true, lowCardinality: true, cell: choices('bpjsStatus'), exportWidth: 17 }),
  // NULL is unknown: sorted last either way, matched by no number condition (blank aside).
  column('workersTotal', { sql: 'e.workers_total', type: 'number', cell: { kind: 'number' }, exportWidth: 11 }),
  column('officeType', { sql: 'e.office_type', type: 'set', lowCardinality: true, cell: choices('officeType'), exportWidth: 14 }),
  column('startDate', { sql: 'e.start_date', type: 'date', cell: { kind: 'date' }, exportWidth: 13 }),
  column('wlkpDate', { sql: 'e.wlkp_date', type: 'date', cell: { kind: 'date' }, exportWidth: 13 }),
  column('bpjsInfoDate', { sql: 'e.bpjs_info_date', type: 'date', cell: { kind: 'date' }, exportWidth: 13 }),
  column('recordStatus', { sql: 'e.record_status', type: 'set', notNull: true, lowCardinality: true, cell: choices('recordStatus'), exportWidth: 10 }),
  column('updatedAt', { sql: 'e.updated_at', type: 'datetime', notNull: true, cell: { kind: 'datetime' }, exportWidth: 18 }),
];

const employerNameWords: NameWordTables = { table: 'employer', fts: 'employer_fts' };

/** The columns the grid's sort indexes hold besides their order (migration 0006). */
const gridIndexCovers = ['recordStatus', 'bpjsStatus', 'kecamatanCode', 'desaCode', 'workersTotal'];

export const employerRegister: RegisterDefinition = {
  key: 'employer',
  entity: 'employer',
  recordTable: employer,
  title: word('title'),
  recordNoun: word('noun'),
  words: employerRegisterWords,
  grid: {
    from: 'employer e LEFT JOIN region k ON k.code = e.kecamatan_code LEFT JOIN region d ON d.code = e.desa_code',
    countFrom: 'employer e',
    select: `e.id, e.uid, e.name, e.legal_form AS legalForm, e.nib, e.npwp, e.npp, e.kbli_section AS kbliSection,
  json_extract(e.kbli_codes, '$[0]') AS kbliMain, e.business_scale AS businessScale,
  e.kecamatan_code AS kecamatanCode, k.name AS kecamatanName, e.desa_code AS desaCode, d.name AS desaName,
  e.bpjs_status AS bpjsStatus, e.workers_total AS workersTotal, e.office_type AS officeType,
  e.start_date AS startDate, e.wlkp_date AS wlkpDate, e.bpjs_info_date AS bpjsInfoDate, e.record_status AS recordStatus, e.updated_at AS updatedAt`,
    primaryKey: 'e.id',
    defaultSort: [{ colId: 'name', sort: 'asc' }],
    sortIndexes: {
      name: { from: 'employer e INDEXED BY employer_grid_name_idx', covers: gridIndexCovers },
      updatedAt: { from: 'employer e INDEXED BY employer_grid_updated_idx', covers: gridIndexCovers },
    },
    totals: { register: 'employer', status: 'recordStatus', by: 'bpjsStatus' },
    // Kept by triggers (migration 0029): the compliance views by BPJS status and workforce.
    countTables: [{ from: 'employer_workforce_total', columns: { recordStatus: 'record_status', bpjsStatus: 'bpjs_status', workersTotal: 'workers_total' }, n: 'n' }],
    // Digits are an identity number's (NIB, NPWP, NPP: in the FTS, not the name words).
    quickSearch: (term) => nameWordsSearch(employerNameWords, 'e.id', term, !/\d/.test(term)),
  },
  columns: employerColumns,
  countBy: ['bpjsStatus'],
  labelSql: 'e.name',
  uidSql: 'e.uid',
  history: employerHistory,
  importer: employerImporter,
  recordStatus: { gridColumn: 'recordStatus', column: 'recordStatus', reasonColumn: 'statusReason', dateColumn: 'statusDate', active: 'aktif', bulk: ['dihapus', 'tutup'] },
};
