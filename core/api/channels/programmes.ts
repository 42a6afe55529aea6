import { z } from 'zod';
import { read, write } from '../channel.ts';
import { programmeInputSchema, programmePeopleInput, type Programme, type ProgrammeChoice, type ProgrammePage, type ProgrammePeople, type ProgrammeSummary } from '../programmes.ts';

// Vulnerable-worker programmes: the list with enrolled counts, one programme's page (target vs
// enrolled by category and desa, cost vs budget), its people, the period form's choices, save.

const uidInput = z.object({ uid: z.string().min(1).max(80) }).strict();
const noInput = z.object({}).strict();

export const programmeChannels = {
  'programmes.list': read(noInput, 'records.read')<ProgrammeSummary[]>(),
  'programmes.choices': read(noInput, 'records.read')<ProgrammeChoice[]>(),
  'programmes.get': read(uidInput, 'records.read')<Programme>(),
  'programmes.page': read(uidInput, 'records.read')<ProgrammePage>(),
  'programmes.people': read(programmePeopleInput, 'records.read')<ProgrammePeople>(),
  'programmes.save': write(programmeInputSchema, 'records.write')<Programme>(),
} as const;
