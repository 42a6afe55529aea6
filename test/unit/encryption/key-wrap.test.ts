import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPlainSqlite } from '../../../core/encryption/convert.ts';
import { keyFilePath, pendingKeyFilePath, readKeyFile, writeKeyFile } from '../../../core/encryption/key-file.ts';
import { unwrapWithPassphrase, wrapWithPassphrase, type KeyWrapper } from '../../../core/encryption/key-wrap.ts';
import { setEncryptionOn } from '../../../core/encryption/state.ts';
import { encryptionState, turnOnEncryption, unlockDatabase } from '../../../core/encryption/unlock.ts';
import { databaseCipher, databaseKeyFor, setDatabaseKey } from '../../../db/database-key.ts';
import { openSqlite } from '../../../db/open.ts';
import { safeStorageKeyWrapper, type SafeStorageLike } from '../../../electron/keystore.ts';
import { tempDir } from '../support/test-db.ts';

// The key's wrapping: by a passphrase (scrypt + AES-256-GCM), by the OS keystore (a fake
// KeyWrapper here; the Electron binary is not available to unit tests, so electron/keystore.ts
// is tested with a mocked safeStorage), and a conversion a crash cut short, finished at start.

const cheap = { N: 2 ** 10, r: 8, p: 1 }; // the real cost is 2^17; the logic is the same
const dirs: { path: string; remove(): void }[] = [];
const folder = () => {
  const d = tempDir('lindung-key-');
  dirs.push(d);
  return d.path;
};
afterAll(() => {
  setEncryptionOn(false);
  for (const d of dirs) d.remove();
});

/** A keystore that XORs with a secret of "this computer"; `broken` stands for another computer's. */
function fakeKeystore(options: { broken?: boolean; available?: boolean } = {}): KeyWrapper & { wrapped: number } {
  const secret = randomBytes(32);
  const k = {
    wrapped: 0,
    available: () => options.available ?? true,
    wrap: (key: Buffer) => {
      k.wrapped++;
      return Buffer.from(key.map((b, i) => b ^ secret[i]!)).toString('base64');
    },
    unwrap: (data: string) => {
      if (options.broken) throw new Error('cannot decrypt');
      return Buffer.from(Buffer.from(data, 'base64').map((b, i) => b ^ secret[i]!));
    },
  };
  return k;
}

function plainDatabase(dir: string): string {
  const file = join(dir, 'lindung.db');
  const sqlite = openSqlite(file);
  sqlite.exec(`CREATE TABLE t (nik TEXT); INSERT INTO t VALUES ('5103060101850001'), ('5103060202850002')`);
  sqlite.close();
  return file;
}

describe('the database key, wrapped', () => {
  it('a passphrase wraps and unwraps it; another passphrase gets null, never a wrong key', () => {
    const key = randomBytes(32);
    const wrap = wrapWithPassphrase(key, 'kata sandi panjang sekali', cheap);
    expect(JSON.stringify(wrap)).not.toContain(key.toString('hex'));
    expect(unwrapWithPassphrase(wrap, 'kata sandi panjang sekali')).toEqual(key);
    expect(unwrapWithPassphrase(wrap, 'kata sandi panjang sekalI')).toBeNull();
  });

  it('turning on with a keystore wraps twice; the keystore alone unlocks, the passphrase when the keystore cannot', () => {
    const dir = folder();
    const file = plainDatabase(dir);
    const keystore = fakeKeystore();
    turnOnEncryption(dir, { passphrase: 'kata sandi panjang sekali', keystore });
    expect(isPlainSqlite(file)).toBe(false);
    expect(readKeyFile(keyFilePath(dir))).toMatchObject({ format: 1, cipher: databaseCipher });
    expect(encryptionState(dir)).toEqual({ on: true, pending: false, wrappedBy: ['passphrase', 'keystore'] });
    setDatabaseKey(file, null);
    expect(unlockDatabase(dir, { keystore })).toBe(true);
    const viaKeystore = databaseKeyFor(file);
    expect(openSqlite(file, { readonly: true }).prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    setDatabaseKey(file, null);
    expect(unlockDatabase(dir, { keystore: fakeKeystore({ broken: true }), passphrase: 'kata sandi panjang sekali' })).toBe(true);
    expect(databaseKeyFor(file)).toEqual(viaKeystore);
    expect(() => unlockDatabase(dir, { keystore: fakeKeystore({ broken: true }) })).toThrow(/terenkripsi/);
    expect(() => unlockDatabase(dir, { passphrase: 'salah' })).toThrow(/salah/);
  });

  it('refuses a short passphrase and a second turn-on', () => {
    const dir = folder();
    plainDatabase(dir);
    expect(() => turnOnEncryption(dir, { passphrase: 'pendek' })).toThrow(/minimal 12/);
    expect(existsSync(pendingKeyFilePath(dir))).toBe(false);
    turnOnEncryption(dir, { passphrase: 'kata sandi panjang sekali' });
    expect(() => turnOnEncryption(dir, { passphrase: 'kata sandi panjang sekali' })).toThrow(/sudah aktif/);
  });

  it('a conversion cut short (pending key file, database still plain) is finished at the next start', () => {
    const dir = folder();
    const file = plainDatabase(dir);
    const key = randomBytes(32);
    writeKeyFile(pendingKeyFilePath(dir), { format: 1, cipher: databaseCipher, wraps: [wrapWithPassphrase(key, 'kata sandi panjang sekali', cheap)] });
    expect(unlockDatabase(dir, { passphrase: 'kata sandi panjang sekali' })).toBe(true);
    expect(isPlainSqlite(file)).toBe(false);
    expect(existsSync(keyFilePath(dir))).toBe(true);
    expect(existsSync(pendingKeyFilePath(dir))).toBe(false);
    expect(openSqlite(file).prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
  });

  it('a data folder without a key file stays plain', () => {
    const dir = folder();
    writeFileSync(join(dir, 'note'), '');
    expect(unlockDatabase(dir, {})).toBe(false);
  });
});

describe('the desktop keystore (electron/keystore.ts, safeStorage mocked)', () => {
  const mock = (backend = 'gnome_libsecret', available = true): SafeStorageLike => ({
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.from(`enc:${s}`),
    decryptString: (b) => {
      const s = b.toString();
      if (!s.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return s.slice(4);
    },
    getSelectedStorageBackend: () => backend,
  });

  it('wraps and unwraps through safeStorage', () => {
    const wrapper = safeStorageKeyWrapper(mock(), 'linux');
    const key = randomBytes(32);
    expect(wrapper.available()).toBe(true);
    expect(wrapper.unwrap(wrapper.wrap(key))).toEqual(key);
    expect(() => wrapper.unwrap(Buffer.from('zzz').toString('base64'))).toThrow();
    expect(() => wrapper.unwrap(Buffer.from('enc:not a key').toString('base64'))).toThrow(/not a database key/);
  });

  it('counts Linux basic_text (a hard-coded password) and an unavailable keystore as none', () => {
    expect(safeStorageKeyWrapper(mock('basic_text'), 'linux').available()).toBe(false);
    expect(safeStorageKeyWrapper(mock('basic_text'), 'win32').available()).toBe(true);
    expect(safeStorageKeyWrapper(mock('gnome_libsecret', false), 'linux').available()).toBe(false);
  });
});
