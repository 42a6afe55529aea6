import type { z } from 'zod';

// What one channel of the contract declares: its input schema, its output type, whether it
// reads or writes, and the permission a caller needs. The router reads this (which calls may
// use the read-only connection while an import holds the database, which wait at the gate);
// accounts will check the permission.

/**
 * read: only reads the database (runs on the read-only connection while a job holds the gate);
 * write: changes data or starts a job (waits at the gate);
 * control: answers at once, never waits (job progress and cancel, app info).
 */
export type Access = 'read' | 'write' | 'control';

/** What a caller must be allowed to do. Roles map to these (core/accounts). */
export const permissions = [
  'public', // before sign-in: app info, who is signed in, sign in, create the first administrator
  'app', // signed in at all: job progress, one's own UI settings and password
  'records.read', // browse registers, reference data and the change log; verify the audit chain
  'records.write', // create, edit, close records; follow-ups
  'records.import', // import files, undo one's own imports, bulk changes
  'records.export', // export registers (personal data in bulk; NIKs masked without the next)
  'records.exportFullNik', // a bulk export with NIKs unmasked (kepala bidang and up; checked by the export itself)
  'imports.undoAny', // undo someone else's import (kepala bidang and up; one's own needs only records.import)
  'records.approve', // approve follow-ups and evidence items (kepala bidang and up)
  'award.approve', // approve the award cycle (kepala dinas)
  'reference.write', // contribution rules, editable lists
  'settings.write', // office profile, setup
  'accounts.manage', // create accounts, reset passwords, change roles (administrator)
  'backups.manage', // backups, restore, encryption, the application log (administrator)
] as const;
export type Permission = (typeof permissions)[number];

export interface ChannelSpec<Input extends z.ZodType = z.ZodType, Output = unknown> {
  input: Input;
  /** Phantom: carries the output type, no runtime value. */
  output: Output;
  access: Access;
  permission: Permission;
}

/** Declares a channel: `read(input, 'records.read')<Output>()`. */
function spec(access: Access) {
  return <Input extends z.ZodType>(input: Input, permission: Permission) =>
    <Output>(): ChannelSpec<Input, Output> => ({ input, output: undefined as unknown as Output, access, permission });
}
export const read = spec('read');
export const write = spec('write');
export const control = spec('control');

export type ChannelMap = Record<string, ChannelSpec>;
