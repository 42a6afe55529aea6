// Whether this process opened its database encrypted: then its scratch files (a dry run's plan)
// are encrypted too. Set once the database key is unlocked (unlock.ts).
let on = false;

export function encryptionOn(): boolean {
  return on;
}
export function setEncryptionOn(value: boolean): void {
  on = value;
}

import type { KeyWrapper } from './key-wrap.ts';
let keystore: KeyWrapper | null = null;
/** The OS keystore the host gave at start (the desktop app), for turning encryption on later. */
export function hostKeystore(): KeyWrapper | null {
  return keystore;
}
export function setHostKeystore(value: KeyWrapper | null | undefined): void {
  keystore = value ?? null;
}
