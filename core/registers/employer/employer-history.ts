import type { employerHistoryWords } from '../../api/messages/employer-history.ts';
import type { Message } from '../../api/messages/message.ts';
import type { HistoryCell, RegisterHistory } from '../register-definition.ts';

// The employer record's stored fields the grid does not show, as the change log and a
// record's history name and read them; and the keys no user needs to see.


type Field = keyof typeof employerHistoryWords.id.employerHistory;
const label = (field: Field): Message => ({ key: `employerHistory.${field}` });
/** A JSON list kept as text ('["47111","56101"]') as its items. */
const list: HistoryCell = { kind: 'words', words: (json) => (JSON.parse(json) as unknown[]).join(', ') };
const text: HistoryCell = { kind: 'text' };
const number: HistoryCell = { kind: 'number' };

const cells: Record<Field, HistoryCell> = {
  kbliCodes: list, address: text, headOfficeId: { kind: 'recordName', sql: 'SELECT name FROM employer WHERE id = ?' }, ownerName: text, contactPhone: text, contactEmail: text,
  workersMale: number, workersFemale: number, workersPkwtt: number, workersPkwt: number, workersHarianLepas: number, workersBorongan: number, workersForeign: number,
  wlkpNumber: text, bpjsProgrammes: list, notes: text, statusReason: text, statusDate: { kind: 'date' },
};

export const employerHistory: RegisterHistory = {
  fields: Object.fromEntries(Object.entries(cells).map(([field, cell]) => [field, { label: label(field as Field), cell }])),
  hidden: ['id', 'uid', 'nameFold', 'createdAt', 'updatedAt', 'importBatchId'],
};
