import { employerImportWords } from '../../api/messages/employer-import.ts';
import type { Message, MessageParam } from '../../api/messages/message.ts';
import { addMessages } from '../../messages.ts';

// The employer import's words, added to the catalogues when the import is loaded: a message
// of it can only be made here, so its words are always there to render it.
addMessages(employerImportWords);

type Paths<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`> }[keyof T & string];
export type EmployerImportKey = Paths<typeof employerImportWords.id.employerImport>;

/** A message of the employer import ("fields.name", "headOfficeMissing" with its NIB). */
export const word = (key: EmployerImportKey, params?: Record<string, MessageParam>): Message =>
  params ? { key: `employerImport.${key}`, params } : { key: `employerImport.${key}` };
