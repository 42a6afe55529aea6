import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCore } from '../../../core/host.ts';
import { tempDir } from '../support/test-db.ts';

// The CLI acts as a named user: the first administrator is made on a fresh folder, and a
// command that reads or writes the registers is refused without --user, saying how to give one.

const dir = tempDir('lindung-cli-accounts-');
afterAll(() => dir.remove());
const lindung = (args: string[], password?: string) => {
  const env = { ...process.env };
  delete env.LINDUNG_PASSWORD;
  if (password !== undefined) env.LINDUNG_PASSWORD = password;
  const run = spawnSync(process.execPath, ['bin/lindung.mjs', '--data-dir', dir.path, ...args], { encoding: 'utf8', timeout: 180_000, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.error) throw run.error;
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const auditRows = () => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  try {
    return core.database.sqlite.prepare("SELECT action, actor_name AS actor FROM audit_log WHERE entity = 'user_account' ORDER BY id").all() as { action: string; actor: string }[];
  } finally {
    core.database.close();
  }
};

describe('lindung accounts and --user', { timeout: 300_000 }, () => {
  it('makes the first administrator once, with the password from the env', () => {
    expect(lindung(['accounts', 'create-admin', '--username', 'kepala.tu', '--name', 'Kepala Tata Usaha'])).toMatchObject({ code: 1 });
    const short = lindung(['accounts', 'create-admin', '--username', 'kepala.tu', '--name', 'Kepala Tata Usaha'], 'pendek');
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/paling sedikit 10 karakter/); // in words, not "check the marked field"
    const named = lindung(['accounts', 'create-admin', '--username', 'kepala.tu', '--name', 'Kepala Tata Usaha'], 'kepala.tu-kopi-2026');
    expect(named.code).toBe(1);
    expect(named.err).toMatch(/tidak boleh memuat nama pengguna/);
    const made = lindung(['accounts', 'create-admin', '--username', 'kepala.tu', '--name', 'Kepala Tata Usaha'], 'sandi-kopi-pagi');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Administrator "kepala.tu" dibuat/);
    const again = lindung(['accounts', 'create-admin', '--username', 'lain', '--name', 'Lain'], 'sandi-kopi-sore');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/sudah dibuat/);
  });

  it('refuses a command without --user, saying how to give one, and changes nothing', () => {
    const file = join(dir.path, 'satu.csv');
    writeFileSync(file, 'Nama Perusahaan;NIB;Kecamatan\nCV Satu;9120000030001;Mengwi\n');
    const before = auditRows().length;
    const run = lindung(['employers', 'import', file], 'sandi-kopi-pagi');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/--user <nama pengguna>/);
    expect(run.err).toMatch(/--user <username>/);
    expect(lindung(['accounts', 'list']).err).toMatch(/--user/);
    expect(auditRows().length).toBe(before);
  });

  it('acts as the named user: a wrong password is refused, the right one lists the accounts', () => {
    const wrong = lindung(['--user', 'kepala.tu', 'accounts', 'list'], 'bukan-sandinya');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/kata sandi salah/i);
    const listed = lindung(['--user', 'KEPALA.TU', 'accounts', 'list'], 'sandi-kopi-pagi');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/kepala\.tu\tKepala Tata Usaha\tadministrator\taktif/);
    // The wrong password is in the audit log on the account it was tried on, written by whoever
    // typed it (not signed in), not in the account's name.
    expect(auditRows().map((r) => r.action)).toEqual(['create', 'sign_in_failed', 'sign_in']);
    expect(auditRows().map((r) => r.actor)).toEqual(['Kepala Tata Usaha', 'Belum masuk (not signed in)', 'Kepala Tata Usaha']);
  });
});
