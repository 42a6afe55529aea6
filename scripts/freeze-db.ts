// Freezes a database of the current schema, with a little of every kind of record, into
// test/fixtures/db/v<schemaVersion>.db. The next migration is tested on it.
// Usage: node scripts/freeze-db.ts [--migrations <folder of an earlier version's db/migrations>]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/database.ts';
import { saveOfficeProfile } from '../core/settings/office-profile-service.ts';
import { prepareData } from '../core/startup.ts';
import { createRuntime } from '../core/runtime.ts';

const dir = mkdtempSync(join(tmpdir(), 'lindung-freeze-'));
const flag = process.argv.indexOf('--migrations');
const migrationsFolder = flag > 0 ? process.argv[flag + 1] : undefined;
const database = openDatabase({ dataDir: dir, ...(migrationsFolder ? { migrationsFolder } : {}) });
prepareData({ db: database.db, sqlite: database.sqlite, now: () => new Date('2026-11-24T00:00:00Z') });
const ctx = { db: database.db, sqlite: database.sqlite, actor: { id: 'freeze', name: 'Fixture' }, now: () => new Date('2026-11-24T00:00:00Z'), runtime: createRuntime(dir) };
saveOfficeProfile(ctx, {
  officeName: 'Dinas Ketenagakerjaan dan Sertifikasi Kompetensi Kota Denpasar',
  address: 'Jl. Majapahit, Denpasar',
  headName: 'Ni Luh Putu Sri',
  headNip: '197512312000032001',
  phone: '(0361) 222333',
  email: 'disnaker@denpasarkota.go.id',
  timeZone: 'WITA',
  logo: null,
});
// Keep the fixture small: Bali's regions are enough for tests (the source row still names the full load).
database.sqlite.exec("DELETE FROM region WHERE level > 1 AND code NOT LIKE '51.%'");
database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
database.sqlite.exec('VACUUM');
const version = database.migration.schemaVersion;
database.close();
const target = join(import.meta.dirname, '..', 'test', 'fixtures', 'db', `v${version}.db`);
copyFileSync(join(dir, 'lindung.db'), target);
rmSync(dir, { recursive: true, force: true });
console.log(`frozen: ${target}`);
