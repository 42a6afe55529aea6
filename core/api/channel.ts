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

/** What a caller must be allowed to do. Roles map to these (accounts come in their own issue). */
export const permissions = [
  'app', // signed in at all: app info, job progress, one's own UI settings
  'records.read', // browse registers, reference data and the change log
  'records.write', // create, edit, close records; follow-ups
  'records.import', // import files, undo imports, bulk changes
  'records.export', // export registers (personal data in bulk)
  'reference.write', // contribution rules, editable lists
  'settings.write', // office profile, setup
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
