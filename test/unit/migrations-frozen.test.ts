import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.ts';
import { tempDir } from './support/test-db.ts';

// Every database frozen from an earlier version (scripts/freeze-db.ts) must migrate to the
// current schema with its records intact and no broken references.
const fixtures = new URL('../fixtures/db/', import.meta.url).pathname;
const frozen = readdirSync(fixtures).filter((f) => /^v\d+\.db$/.test(f));

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('migrating frozen databases of earlier versions', () => {
  it('has at least one frozen database', () => {
    expect(frozen.length).toBeGreaterThan(0);
  });

  for (const file of frozen) {
    it(`${file} migrates to the current schema and keeps its records`, () => {
      const dir = tempDir();
      dirs.push(dir);
      mkdirSync(dir.path, { recursive: true });
      copyFileSync(join(fixtures, file), join(dir.path, 'lindung.db'));
      const database = openDatabase({ dataDir: dir.path });
      try {
        const fromVersion = Number(/\d+/.exec(file)?.[0]);
        expect(database.migration.schemaVersion).toBeGreaterThanOrEqual(fromVersion);
        if (database.migration.applied.length > 0) expect(database.migration.backupFile).toMatch(/before-v/);
        expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
        expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const office = database.sqlite.prepare('SELECT office_name FROM office_profile').get() as { office_name: string };
        expect(office.office_name).toMatch(/Denpasar/);
        const audits = database.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
        expect(audits.n).toBeGreaterThan(0);
        if (fromVersion >= 3) {
          // Frozen with employers: a head office, its branch and a follow-up come through.
          const branch = database.sqlite.prepare("SELECT h.name FROM employer b JOIN employer h ON h.id = b.head_office_id WHERE b.office_type = 'cabang'").pluck().get();
          expect(branch).toBe('PT Bali Segara Sejahtera');
          expect(database.sqlite.prepare('SELECT count(*) FROM employer_follow_up').pluck().get()).toBe(1);
        }
        // Deleting an employer looks for its branches through an index, not a scan of the register.
        const plan = database.sqlite.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM employer WHERE head_office_id = ?').all(1) as { detail: string }[];
        expect(plan.map((p) => p.detail).join(' ')).toMatch(/employer_head_office_idx/);
      } finally {
        database.close();
      }
    });
  }
});
