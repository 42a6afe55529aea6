// Whether this process opened its database encrypted: then its scratch files (a dry run's plan)
// are encrypted too. Set once the database key is unlocked (unlock.ts).
let on = false;

export function encryptionOn(): boolean {
  return on;
}
export function setEncryptionOn(value: boolean): void {
  on = value;
}
