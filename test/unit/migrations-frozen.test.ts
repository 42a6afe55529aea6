import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../core/audit/chain.ts';
import { writeAudited } from '../../core/audit/write.ts';
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
        // The rows written before the hash chain are chained at the upgrade (migration 0008),
        // and the app's next row continues it.
        expect(verifyAuditChain(database.sqlite)).toMatchObject({ ok: true, count: audits.n, head: { id: audits.n } });
        expect(database.sqlite.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(0);
        expect(() => database.sqlite.prepare("UPDATE audit_log SET after = '{}' WHERE id = 1").run()).toThrow(/append-only/);
        expect(() => database.sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
        const ctx = { db: database.db, sqlite: database.sqlite, actor: { id: 't', name: 'Uji' }, now: () => new Date() };
        writeAudited(ctx, (scope) => scope.audit({ action: 'update', entity: 'office_profile', entityUid: null, before: null, after: { x: 1 } }));
        expect(verifyAuditChain(database.sqlite)).toMatchObject({ ok: true, count: audits.n + 1, head: { id: audits.n + 1 } });
        if (fromVersion >= 3) {
          // Frozen with employers: a head office, its branch and a follow-up come through.
          const branch = database.sqlite.prepare("SELECT h.name FROM employer b JOIN employer h ON h.id = b.head_office_id WHERE b.office_type = 'cabang'").pluck().get();
          expect(branch).toBe('PT Bali Segara Sejahtera');
          expect(database.sqlite.prepare('SELECT count(*) FROM employer_follow_up').pluck().get()).toBe(1);
        }
        // The totals the grid's counts read start from the records there were (migration 0006),
        // and the triggers keep them from then on.
        const totals = () => ({
          kept: database.sqlite.prepare("SELECT status, value, n FROM record_total WHERE register = 'employer' AND n <> 0 ORDER BY 1, 2").all(),
          counted: database.sqlite.prepare('SELECT record_status AS status, bpjs_status AS value, count(*) AS n FROM employer GROUP BY 1, 2 ORDER BY 1, 2').all(),
        });
        expect(totals().kept).toEqual(totals().counted);
        if (fromVersion >= 3) {
          database.sqlite.prepare("UPDATE employer SET record_status = 'tutup' WHERE name = 'PT Bali Segara Sejahtera'").run();
          expect(totals().kept).toEqual(totals().counted);
        }
        // Deleting an employer looks for its branches through an index, not a scan of the register.
        const plan = database.sqlite.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM employer WHERE head_office_id = ?').all(1) as { detail: string }[];
        expect(plan.map((p) => p.detail).join(' ')).toMatch(/employer_head_office_idx/);
        // Deleting a person (an import's undo) finds the duplicate pairs they are second in through an index (migration 0026).
        const pairPlan = database.sqlite.prepare('EXPLAIN QUERY PLAN DELETE FROM duplicate_candidate WHERE person_b_id = ?').all(1) as { detail: string }[];
        expect(pairPlan.map((p) => p.detail).join(' ')).toMatch(/duplicate_candidate_person_b_idx/);
        // The quick search's name words start from the people and employers there were (migrations 0025, 0028).
        for (const table of ['person', 'employer'] as const) {
          const records = database.sqlite.prepare(`SELECT id, name_fold, record_status FROM ${table} ORDER BY id`).all() as { id: number; name_fold: string; record_status: string }[];
          const words = records.flatMap((p) => [...new Set(p.name_fold.split(/[^\p{L}\p{N}]+/u).filter(Boolean))].map((word) => ({ word, name_fold: p.name_fold, id: p.id, record_status: p.record_status })));
          expect(database.sqlite.prepare(`SELECT word, name_fold, id, record_status FROM ${table}_word ORDER BY id, word`).all(), `${table} words`).toEqual(
            words.sort((a, b) => a.id - b.id || (a.word < b.word ? -1 : 1)),
          );
          const perWord = [...new Set(words.map((w) => w.word))].map((word) => ({ word, n: words.filter((w) => w.word === word).length }));
          expect(database.sqlite.prepare(`SELECT word, n FROM ${table}_word_total ORDER BY word`).all(), `${table} word totals`).toEqual(perWord.sort((a, b) => (a.word < b.word ? -1 : 1)));
          if (fromVersion >= 3 && table === 'employer') expect(records.length, `v${fromVersion} holds employers`).toBeGreaterThan(0);
        }
        // The counts by workforce start from the employers there were (migration 0029).
        expect(database.sqlite.prepare('SELECT record_status, bpjs_status, workers_total, n FROM employer_workforce_total WHERE n <> 0 ORDER BY 1, 2, 3').all()).toEqual(
          database.sqlite.prepare('SELECT record_status, bpjs_status, workers_total, count(*) AS n FROM employer GROUP BY 1, 2, 3 ORDER BY 1, 2, 3').all(),
        );
        const people = database.sqlite.prepare('SELECT id FROM person').all();
        if (fromVersion >= 24) expect(people.length, 'v24 holds people').toBeGreaterThan(0);
      } finally {
        database.close();
      }
    });
  }
});

describe('v4 → v5: worker counts may be unknown', () => {
  // Version 4 kept every count NOT NULL DEFAULT 0. Records as they stood then, written into the
  // frozen v4 database before it is opened (and so migrated) by the current app.
  const v4Rows: [string, number, number, number, number, number, number, number][] = [
    // name                  male female pkwtt pkwt harian borongan foreign
    ['PT Tanpa Angka', 0, 0, 0, 0, 0, 0, 0],
    ['PT Lengkap', 12, 9, 15, 4, 2, 0, 1],
    ['CV Laki Saja', 7, 0, 0, 0, 0, 0, 0],
    ['UD Kontrak Saja', 0, 0, 3, 2, 0, 0, 0],
    ['PT Asing Saja', 0, 0, 0, 0, 0, 0, 2],
  ];

  it('gives a total from male + female, turns all-zero groups into unknown, keeps ids, search, triggers and the id counter', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir.path, 'lindung.db');
    copyFileSync(join(fixtures, 'v4.db'), file);
    const raw = new Database(file);
    const insert = raw.prepare(
      `INSERT INTO employer (uid, name, name_fold, workers_male, workers_female, workers_pkwtt, workers_pkwt, workers_harian_lepas, workers_borongan, workers_foreign, created_at, updated_at)
       VALUES (?, ?, lower(?), ?, ?, ?, ?, ?, ?, ?, '2026-11-24T00:00:00Z', '2026-11-24T00:00:00Z')`,
    );
    for (const [name, ...counts] of v4Rows) insert.run(`uid-${name}`, name, name, ...counts);
    // The newest record goes (as an undone import deletes): its id must not be given out again.
    const removed = insert.run('uid-gone', 'PT Dihapus', 'pt dihapus', 1, 1, 0, 0, 0, 0, 0).lastInsertRowid;
    raw.prepare('DELETE FROM employer WHERE id = ?').run(removed);
    raw.close();

    const database = openDatabase({ dataDir: dir.path });
    try {
      expect(database.migration.applied.length).toBeGreaterThan(0);
      const counts = (name: string) =>
        database.sqlite
          .prepare('SELECT workers_total, workers_male, workers_female, workers_pkwtt, workers_pkwt, workers_harian_lepas, workers_borongan, workers_foreign FROM employer WHERE name = ?')
          .raw()
          .get(name);
      //                                    total male female pkwtt pkwt harian borongan foreign
      expect(counts('PT Tanpa Angka')).toEqual([null, null, null, null, null, null, null, null]);
      expect(counts('PT Bali Segara Sejahtera')).toEqual([null, null, null, null, null, null, null, null]); // frozen with no counts
      expect(counts('PT Lengkap')).toEqual([21, 12, 9, 15, 4, 2, 0, 1]);
      expect(counts('CV Laki Saja')).toEqual([7, 7, 0, null, null, null, null, 0]);
      expect(counts('UD Kontrak Saja')).toEqual([null, null, null, 3, 2, 0, 0, 0]);
      expect(counts('PT Asing Saja')).toEqual([null, null, null, null, null, null, null, 2]);

      // The rebuilt table keeps what 0002 and 0003 gave the old one.
      const objects = database.sqlite.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'employer' AND type IN ('trigger', 'index') ORDER BY name").pluck().all();
      expect(objects).toEqual(expect.arrayContaining(['employer_fts_delete', 'employer_fts_insert', 'employer_fts_update', 'employer_head_office_idx', 'employer_nib_idx', 'employer_npwp_idx', 'employer_npp_idx', 'employer_uid_unique']));
      const search = (term: string) => database.sqlite.prepare('SELECT e.name FROM employer_fts JOIN employer e ON e.id = employer_fts.rowid WHERE employer_fts MATCH ? ORDER BY e.name').pluck().all(term);
      expect(search('lengkap')).toEqual(['PT Lengkap']); // old rows: their FTS rows still point at their ids
      expect(search('dihapus')).toEqual([]);
      const added = database.sqlite
        .prepare("INSERT INTO employer (uid, name, name_fold, nib, created_at, updated_at) VALUES ('uid-baru', 'PT Sesudah Migrasi', 'pt sesudah migrasi', '9120009999999', 'x', 'x')")
        .run().lastInsertRowid;
      expect(Number(added)).toBeGreaterThan(Number(removed));
      expect(search('9120009999999')).toEqual(['PT Sesudah Migrasi']); // the insert trigger is back
      database.sqlite.prepare("UPDATE employer SET name = 'PT Lengkap Sekali' WHERE name = 'PT Lengkap'").run();
      expect(search('sekali')).toEqual(['PT Lengkap Sekali']); // and the update trigger

      // The CHECKs with unknowns: NULL passes, a negative count or a split above the total does not.
      const set = (sql: string) => () => database.sqlite.prepare(`UPDATE employer SET ${sql} WHERE name = 'PT Lengkap Sekali'`).run();
      expect(set('workers_male = NULL, workers_total = NULL')).not.toThrow();
      expect(set('workers_pkwt = -1')).toThrow(/CHECK constraint failed: employer_workers_non_negative/);
      expect(set('workers_total = 20, workers_male = 12, workers_female = 9')).toThrow(/CHECK constraint failed: employer_workers_within_total/);
      expect(database.sqlite.prepare('SELECT count(*) FROM employer_follow_up').pluck().get()).toBe(1); // not cascaded away
    } finally {
      database.close();
    }
  });
});

describe('→ 0031: the pemantau (read only) role', () => {
  // user_account is rebuilt to widen its role CHECK: every account of a frozen database comes
  // through as it was (password hashes, lockouts, states), its index too, and the new role saves.
  const withAccounts = frozen.filter((file) => {
    const raw = new Database(join(fixtures, file), { readonly: true });
    try {
      return raw.prepare("SELECT 1 FROM sqlite_master WHERE name = 'user_account'").get() !== undefined;
    } finally {
      raw.close();
    }
  });

  it('has frozen databases with accounts', () => {
    expect(withAccounts.length).toBeGreaterThan(0);
  });

  for (const file of withAccounts) {
    it(`${file} keeps its accounts and takes a pemantau`, () => {
      const dir = tempDir();
      dirs.push(dir);
      const path = join(dir.path, 'lindung.db');
      copyFileSync(join(fixtures, file), path);
      // Accounts of every role and state, written as that version's app would.
      const raw = new Database(path);
      const add = raw.prepare(
        `INSERT INTO user_account (uid, username, username_folded, display_name, nip, role, state, password_hash, failed_attempts, lockouts, locked_until, must_change_password, created_at, updated_at)
         VALUES (?, ?, lower(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-24T00:00:00Z', '2026-11-25T00:00:00Z')`,
      );
      add.run('u-op', 'Operator.Satu', 'Operator.Satu', 'Operator Satu', '199001012020011001', 'operator', 'aktif', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', 2, 1, '2026-11-24T01:00:00Z', 1);
      add.run('u-kb', 'kabid', 'kabid', 'Kepala Bidang', null, 'kepala_bidang', 'nonaktif', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaQ', 0, 0, null, 0);
      add.run('u-kd', 'kadis', 'kadis', 'Kepala Dinas', null, 'kepala_dinas', 'aktif', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaw', 0, 0, null, 0);
      expect(() => add.run('u-pm', 'pemantau', 'pemantau', 'Pemantau', null, 'pemantau', 'aktif', 'x', 0, 0, null, 0)).toThrow(/CHECK constraint failed/); // that version knew no pemantau
      const before = raw.prepare('SELECT * FROM user_account ORDER BY uid').all();
      raw.close();
      expect(before.length).toBeGreaterThanOrEqual(4);

      const database = openDatabase({ dataDir: dir.path });
      try {
        const journal = JSON.parse(readFileSync(new URL('../../db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: { tag: string; when: number }[] };
        expect(database.migration.applied).toContain(String(journal.entries.find((e) => e.tag === '0031_viewer_role')?.when));
        expect(database.sqlite.prepare('SELECT * FROM user_account ORDER BY uid').all()).toEqual(before);
        expect(database.sqlite.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'user_account' AND type = 'index' AND sql IS NOT NULL").pluck().all()).toEqual(['user_account_username_folded_unique']);
        expect(database.sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE instr(name, '__new_') > 0 OR instr(sql, '__new_') > 0").pluck().get()).toBe(0);
        expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
        const save = (uid: string, username: string, role: string) =>
          database.sqlite
            .prepare(`INSERT INTO user_account (uid, username, username_folded, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, lower(?), ?, ?, 'x', 'x', 'x')`)
            .run(uid, username, username, username, role);
        expect(() => save('u-pm', 'Pemantau', 'pemantau')).not.toThrow();
        expect(database.sqlite.prepare("SELECT role, state FROM user_account WHERE uid = 'u-pm'").get()).toEqual({ role: 'pemantau', state: 'aktif' });
        expect(() => save('u-x', 'tamu', 'tamu')).toThrow(/CHECK constraint failed: user_account_role_check/);
        expect(() => save('u-y', 'OPERATOR.satu', 'operator')).toThrow(/UNIQUE constraint failed: user_account.username_folded/);
        expect(() => database.sqlite.prepare("UPDATE user_account SET state = 'hilang' WHERE uid = 'u-op'").run()).toThrow(/CHECK constraint failed: user_account_state_check/);
      } finally {
        database.close();
      }
    });
  }
});
