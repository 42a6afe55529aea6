import { aggregateSegments, coverageSourceKinds, denominatorUniverses } from '../../api/coverage-input-kinds.ts';
import type { Message } from '../../api/messages/message.ts';
import type { CellKind, RegisterColumn, RegisterHistory } from '../register-definition.ts';

// Grid columns and change-log words shared by the two coverage input registers.

export const word = (key: string): Message => ({ key: `coverageInputs.${key}` });
const choices = (group: string, values: readonly string[]): CellKind => ({ kind: 'choice', choices: Object.fromEntries(values.map((v) => [v, word(`${group}.${v}`)])) });
export const column = (id: string, spec: Omit<RegisterColumn, 'id' | 'label'>): RegisterColumn => ({ id, label: word(`fields.${id}`), ...spec });

export const universeCell = choices('universe', denominatorUniverses);
export const sourceKindCell = choices('sourceKind', coverageSourceKinds);
export const segmentCell = choices('segment', aggregateSegments);

export const coverageHistory: RegisterHistory = {
  fields: {
    notes: { label: word('fields.notes'), cell: { kind: 'text' } },
    retiredAt: { label: word('fields.retiredAt'), cell: { kind: 'date' } },
    programmeId: { label: word('fields.programmeId'), cell: { kind: 'recordName', sql: 'SELECT name FROM worker_programme WHERE id = ?' } },
    category: { label: word('fields.category'), cell: { kind: 'text', list: 'vulnerable_category' } },
    sector: { label: word('fields.sector'), cell: { kind: 'text' } },
    funding: { label: word('fields.funding'), cell: { kind: 'text', list: 'funding_source' } },
  },
  hidden: ['id', 'uid', 'createdAt', 'updatedAt', 'importBatchId'],
};
