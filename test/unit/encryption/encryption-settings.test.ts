import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPlainSqlite } from '../../../core/encryption/convert.ts';
import type { KeyWrapper } from '../../../core/encryption/key-wrap.ts';
import { setEncryptionOn } from '../../../core/encryption/state.ts';
import { startCore } from '../../../core/host.ts';
import { setDatabaseKey } from '../../../db/database-key.ts';
import { adminSessionIn, tempDir } from '../support/test-db.ts';

// The settings page's channels: turning encryption on in a running host writes the wrapped key
// as pending with an audit row; the next start converts the database and the old backups, and
// opens it with the keystore alone (the desktop app) or the passphrase (lindung serve).

const data = tempDir('lindung-crypt-settings-');
const dbFile = join(data.path, 'lindung.db');
const secret = Buffer.alloc(32, 9);
const keystore: KeyWrapper = {
  available: () => true,
  wrap: (key) => Buffer.from(key.map((b, i) => b ^ secret[i]!)).toString('base64'),
  unwrap: (data) => Buffer.from(Buffer.from(data, 'base64').map((b, i) => b ^ secret[i]!)),
};
afterAll(() => {
  setEncryptionOn(false);
  setDatabaseKey(dbFile, null);
  data.remove();
});

describe('encryption from the settings page', () => {
  it('asks for the confirmation, then converts at the next start', async () => {
    const core = startCore({ dataDir: data.path, version: 'test', host: 'electron', warm: false, backgroundCheckpoints: false, keys: { keystore } });
    const actor = adminSessionIn(core.database.sqlite);
    await core.router.call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }, actor);
    expect(await core.router.call('encryption.status', {}, actor)).toEqual({ ok: true, data: { on: false, pending: false, wrappedBy: [], keystoreAvailable: true } });
    const unconfirmed = await core.router.call('encryption.turnOn', { passphrase: 'kata sandi panjang sekali' }, actor);
    expect(unconfirmed.ok).toBe(false);
    const short = await core.router.call('encryption.turnOn', { passphrase: 'pendek', confirmLostKey: true }, actor);
    expect(short.ok).toBe(false);
    const done = await core.router.call('encryption.turnOn', { passphrase: 'kata sandi panjang sekali', confirmLostKey: true }, actor);
    expect(done).toEqual({ ok: true, data: { on: false, pending: true, wrappedBy: ['passphrase', 'keystore'], keystoreAvailable: true } });
    expect((await core.router.call('encryption.turnOn', { passphrase: 'kata sandi panjang sekali', confirmLostKey: true }, actor)).ok).toBe(false);
    const audit = core.database.sqlite.prepare(`SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 1`).get();
    expect(audit).toEqual({ action: 'encrypt', entity: 'database' });
    core.database.close();
    expect(isPlainSqlite(dbFile)).toBe(true); // not converted while it was open

    setDatabaseKey(dbFile, null);
    const desktop = startCore({ dataDir: data.path, version: 'test', host: 'electron', warm: false, backgroundCheckpoints: false, keys: { keystore } });
    expect(isPlainSqlite(dbFile)).toBe(false);
    expect(await desktop.router.call('encryption.status', {}, actor)).toMatchObject({ ok: true, data: { on: true, pending: false } });
    desktop.database.close();

    setDatabaseKey(dbFile, null);
    const serve = startCore({ dataDir: data.path, version: 'test', host: 'serve', warm: false, backgroundCheckpoints: false, keys: { passphrase: 'kata sandi panjang sekali' } });
    expect(serve.database.sqlite.prepare('SELECT count(*) FROM office_profile').pluck().get()).toBe(1);
    serve.database.close();
  });
});
