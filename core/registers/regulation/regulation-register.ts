import { regulation } from '../../../db/schema/index.ts';
import { legalStatuses, regulationJenis, regulationRecordStatuses } from '../../api/regulation-kinds.ts';
import type { Message } from '../../api/messages/message.ts';
import { regulationImporter } from '../../imports/regulations/regulation-importer.ts';
import { legalStatusSql } from '../../regulations/legal-status.ts';
import { regulationLabelSql } from '../../regulations/regulation-label.ts';
import { regulationMatchQuery } from '../../regulations/regulation-search.ts';
import { officeTodaySql } from '../../workers/participation-status.ts';
import type { CellKind, HistoryCell, RegisterColumn, RegisterDefinition, RegisterHistory } from '../register-definition.ts';
import { regulationLinesInWords } from './history-lines.ts';

// The regulation register (Regulasi), declared for the shared floors: grid columns (the
// whitelist), their words, totals by record status and jenis, quick search over the metadata
// and the text of its documents (FTS5), its import and its record statuses. The status today
// is derived at each read.

const word = (key: string): Message => ({ key: `regulations.${key}` });
const choices = (group: string, values: readonly string[]): CellKind => ({ kind: 'choice', choices: Object.fromEntries(values.map((v) => [v, word(`${group}.${v}`)])) });
const column = (id: string, spec: Omit<RegisterColumn, 'id' | 'label'>): RegisterColumn => ({ id, label: word(`fields.${id}`), ...spec });

/** The uids of regulations with a document page matching the FTS query. */
const documentTextSql = `SELECT l.entity_uid FROM document_page_fts f JOIN document_page p ON p.id = f.rowid JOIN document_link l ON l.document_id = p.document_id
  WHERE document_page_fts MATCH ? AND l.entity = 'regulation'`;

export const statusTodaySql = legalStatusSql('r', officeTodaySql);

export const regulationColumns: RegisterColumn[] = [
  column('jenis', { sql: 'r.jenis', type: 'set', notNull: true, lowCardinality: true, cell: choices('jenis', regulationJenis), exportWidth: 22 }),
  column('nomor', { sql: 'r.nomor', type: 'text', notNull: true, cell: { kind: 'identity' }, exportWidth: 16 }),
  column('tahun', { sql: 'r.tahun', type: 'number', cell: { kind: 'number', plain: true }, exportWidth: 8 }),
  column('judul', { sql: 'r.title_fold', type: 'text', notNull: true, cell: { kind: 'text' }, exportWidth: 60 }),
  column('teuBadan', { sql: 'r.teu_badan', type: 'text', notNull: true, cell: { kind: 'text' }, exportWidth: 22 }),
  column('tanggalPenetapan', { sql: 'r.tanggal_penetapan', type: 'date', cell: { kind: 'date' }, exportWidth: 13 }),
  column('tanggalPengundangan', { sql: 'r.tanggal_pengundangan', type: 'date', cell: { kind: 'date' }, exportWidth: 13 }),
  column('effectiveDate', { sql: 'r.effective_date', type: 'date', cell: { kind: 'date' }, exportWidth: 13 }),
  column('subjek', { sql: 'r.subjek', type: 'text', notNull: true, cell: { kind: 'text' }, exportWidth: 24 }),
  column('areaCode', { sql: 'r.area_code', type: 'set', cell: { kind: 'region', nameField: 'areaName' }, exportWidth: 22 }),
  // Derived from relations and dates at each read: shown and filtered, not sorted.
  column('statusToday', { sql: statusTodaySql, type: 'set', notNull: true, lowCardinality: true, sortable: false, cell: choices('legalStatus', legalStatuses), exportWidth: 20 }),
  column('recordStatus', { sql: 'r.record_status', type: 'set', notNull: true, lowCardinality: true, cell: choices('recordStatus', regulationRecordStatuses), exportWidth: 12 }),
  column('updatedAt', { sql: 'r.updated_at', type: 'datetime', notNull: true, cell: { kind: 'datetime' }, exportWidth: 18 }),
];

const text: HistoryCell = { kind: 'text' };
const date: HistoryCell = { kind: 'date' };
const lines: HistoryCell = { kind: 'localized', words: (_sqlite, value) => regulationLinesInWords(value) };
const history: RegisterHistory = {
  fields: Object.fromEntries(
    (
      [
        ['singkatanJenis', text], ['tempatPenetapan', text], ['sumber', text], ['bidangHukum', text], ['bahasa', text], ['lokasi', text], ['abstrak', text],
        ['penandatangan', text], ['pemrakarsa', text], ['jdihnId', text], ['urlDownload', text], ['notes', text], ['statusReason', text], ['statusDate', date],
        // Lines of Indonesian words as written, in English put in English (history-lines.ts).
        ['relations', lines], ['commitments', lines],
      ] as [string, HistoryCell][]
    ).map(([field, cell]) => [field, { label: word(`fields.${field}`), cell }]),
  ),
  hidden: ['id', 'uid', 'titleFold', 'createdAt', 'updatedAt', 'importBatchId'],
};

const gridIndexCovers = ['recordStatus', 'jenis'];

export const regulationRegister: RegisterDefinition = {
  key: 'regulation',
  entity: 'regulation',
  recordTable: regulation,
  title: word('title'),
  recordNoun: word('noun'),
  grid: {
    from: 'regulation r LEFT JOIN region a ON a.code = r.area_code',
    countFrom: 'regulation r',
    select: `r.id, r.uid, r.jenis, r.singkatan_jenis AS singkatanJenis, r.nomor, r.tahun, r.judul, r.teu_badan AS teuBadan, r.tanggal_penetapan AS tanggalPenetapan,
  r.tanggal_pengundangan AS tanggalPengundangan, r.effective_date AS effectiveDate, r.subjek, r.area_code AS areaCode, a.name AS areaName,
  ${statusTodaySql} AS statusToday, r.record_status AS recordStatus, r.updated_at AS updatedAt`,
    primaryKey: 'r.id',
    defaultSort: [{ colId: 'judul', sort: 'asc' }],
    sortIndexes: {
      judul: { from: 'regulation r INDEXED BY regulation_grid_title_idx', covers: gridIndexCovers },
      updatedAt: { from: 'regulation r INDEXED BY regulation_grid_updated_idx', covers: gridIndexCovers },
    },
    totals: { register: 'regulation', status: 'recordStatus', by: 'jenis' },
    // The metadata, or the text of the record's documents (a word only inside its PDF): both
    // through FTS5, the pages reached from their matches to the links of regulations. A number
    // as clerks cite it ("48/2023", "No. 48 Tahun 2023") is read by regulationMatchQuery.
    quickSearch: (term) => {
      const match = regulationMatchQuery(term);
      return match ? { sql: `(r.id IN (SELECT rowid FROM regulation_fts WHERE regulation_fts MATCH ?) OR r.uid IN (${documentTextSql}))`, params: [match, match] } : null;
    },
  },
  columns: regulationColumns,
  countBy: ['jenis', 'statusToday'],
  labelSql: regulationLabelSql('r'),
  uidSql: 'r.uid',
  history,
  importer: regulationImporter,
  recordStatus: { gridColumn: 'recordStatus', column: 'recordStatus', reasonColumn: 'statusReason', dateColumn: 'statusDate', active: 'aktif', bulk: ['salah_input'] },
};
