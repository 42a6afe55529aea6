import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openMemoryDatabase } from '../../../db/database.ts';
import { openSqlite, wrapDrizzle } from '../../../db/open.ts';
import type { Channel, OutputOf } from '../../../core/api/contract.ts';
import type { Result } from '../../../core/api/result.ts';
import type { Role } from '../../../core/api/accounts.ts';
import type { Session } from '../../../core/accounts/session.ts';
import type { Actor, ServiceContext } from '../../../core/context.ts';
import { seedAccount } from './accounts.ts';
import { createRouter } from '../../../core/router.ts';
import { createRuntime } from '../../../core/runtime.ts';
import type { RegisterDefinition } from '../../../core/registers/register-definition.ts';
import { prepareData } from '../../../core/startup.ts';

export const testActor: Actor = { id: 'test-user', name: 'Petugas Uji' };

/** A fresh in-memory database with every migration, a router over it, and a context. */
// Loading every region takes ~0.5 s; build one database with reference data per test
// process and give each test its own in-memory copy.
let referenceTemplate: Buffer | null = null;
function referenceCopy() {
  if (!referenceTemplate) {
    const template = openMemoryDatabase();
    prepareData({ db: template.db, sqlite: template.sqlite, now: () => new Date('2026-01-01T00:00:00Z') });
    referenceTemplate = template.sqlite.serialize();
    template.sqlite.close();
  }
  const sqlite = openSqlite(referenceTemplate, { skipQuickCheck: true });
  return { sqlite, db: wrapDrizzle(sqlite) };
}

export function makeTestApp(options: { now?: () => Date; reference?: boolean; registers?: readonly RegisterDefinition[] } = {}) {
  const { db, sqlite } = options.reference ? referenceCopy() : openMemoryDatabase();
  const now = options.now ?? (() => new Date());
  const errors: unknown[] = [];
  const runtime = createRuntime(tempDir('lindung-runtime-').path, options.registers);
  const router = createRouter({
    db,
    sqlite,
    runtime,
    now,
    info: () => ({ version: 'test', schemaVersion: 0, dataDir: ':memory:', host: 'cli' }),
    logError: (_c, e) => errors.push(e),
  });
  // Calls come from a signed-in administrator (the test actor), unless a test asks for another role.
  const adminSession = seedAccount(sqlite, { uid: testActor.id, username: 'admin', displayName: testActor.name, role: 'administrator' });
  const ctx: ServiceContext = { db, sqlite, actor: testActor, now, runtime, session: adminSession };
  const callIn = <const C>(session: Session, channel: C, input?: unknown) =>
    router.call(channel, input, session) as Promise<Result<C extends Channel ? OutputOf<C> : unknown>>;
  const call = <const C>(channel: C, input?: unknown) => callIn(adminSession, channel, input);
  /** A session of a user with `role` (seeded once per role; null: no one signed in). */
  const sessionAs = (role: Role | null): Session =>
    role === null ? { userUid: null, locked: false } : seedAccount(sqlite, { uid: `test-${role}`, username: `uji.${role}`, displayName: `Uji ${role}`, role });
  const callAs = <const C>(role: Role | null, channel: C, input?: unknown) => callIn(sessionAs(role), channel, input);
  const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { db, sqlite, router, ctx, call, callAs, callIn, sessionAs, adminSession, count, errors, runtime };
}

// Every scratch folder a test file made goes when the file's tests end, also those a test did not
// remove itself: a runtime's files, a failed test's.
const made: string[] = [];
afterAll(() => {
  for (const path of made.splice(0)) rmSync(path, { recursive: true, force: true });
});

export function tempDir(prefix = 'lindung-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  made.push(path);
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const validProfile = {
  officeName: 'Dinas Perindustrian dan Tenaga Kerja Kabupaten Badung',
  address: 'Jl. Raya Sempidi, Mengwi',
  headName: 'I Putu Eka Merthawan',
  headNip: '197001011990031001',
  phone: '(0361) 123456',
  email: 'disperinaker@badungkab.go.id',
  timeZone: 'WITA' as const,
  logo: null,
};

/** The smallest valid PNG (1x1), as a logo input. */
export const tinyPng = {
  mimeType: 'image/png' as const,
  base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
};

/** The test administrator in a database a test opened itself (startCore): the session its calls use. */
export const adminSessionIn = (sqlite: Parameters<typeof seedAccount>[0]): Session =>
  seedAccount(sqlite, { uid: testActor.id, username: 'admin', displayName: testActor.name, role: 'administrator' });
