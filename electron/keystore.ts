import type { KeyWrapper } from '../core/encryption/key-wrap.ts';

// The OS keystore for the database key: Electron's safeStorage (DPAPI on Windows, the Keychain on
// macOS, the secret service on Linux). Takes safeStorage as a parameter so the logic is tested
// without Electron. Linux without a secret service falls back to a hard-coded password
// ('basic_text'): that protects nothing, so it counts as no keystore and the passphrase is used.

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export function safeStorageKeyWrapper(storage: SafeStorageLike, platform = process.platform): KeyWrapper {
  const available = () => {
    if (!storage.isEncryptionAvailable()) return false;
    if (platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text') return false;
    return true;
  };
  return {
    available,
    wrap: (key) => storage.encryptString(key.toString('hex')).toString('base64'),
    unwrap: (wrapped) => {
      const hex = storage.decryptString(Buffer.from(wrapped, 'base64'));
      if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('the keystore gave back something that is not a database key');
      return Buffer.from(hex, 'hex');
    },
  };
}
