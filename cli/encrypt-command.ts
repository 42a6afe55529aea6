import { DatabaseInUseError } from '../core/encryption/convert.ts';
import { recordEncryptionOn } from '../core/encryption/record.ts';
import { turnOnEncryption } from '../core/encryption/unlock.ts';
import { msg } from '../core/messages.ts';
import { resolveDataDir } from '../db/data-dir.ts';
import { CliError } from './cli-jobs.ts';
import { bothWays } from './help-text.ts';
import { cliActor, openHost, preparePassphrase } from './host-context.ts';
import { askHidden, passphraseEnv } from './passphrase.ts';

// `lindung db encrypt`: a new key, wrapped by the passphrase (LINDUNG_PASSPHRASE, or typed twice),
// the database and the backups folder converted in place, then one audit row under the new key.

async function newPassphrase(): Promise<string> {
  const fromEnv = process.env[passphraseEnv];
  if (fromEnv) return fromEnv;
  const first = await askHidden('encryption.askPassphrase');
  if (first === null) throw new CliError(msg('encryption.locked'));
  if ((await askHidden('encryption.askPassphraseAgain')) !== first) throw new CliError(msg('encryption.passphraseMismatch'));
  return first;
}

export async function encryptDataFolder(dataDirFlag: string | undefined, username: string | undefined): Promise<void> {
  const dataDir = resolveDataDir({ flag: dataDirFlag });
  // An administrator's act: signed in (and refused) before anything is converted.
  const before = openHost({ dataDir: dataDirFlag, host: 'cli' });
  let actor;
  try {
    actor = await cliActor(before, username, 'backups.manage');
  } finally {
    before.database.close();
  }
  const passphrase = await newPassphrase();
  let backupsEncrypted: string[];
  try {
    ({ backupsEncrypted } = turnOnEncryption(dataDir, { passphrase }));
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw new CliError(msg('encryption.inUse'));
    throw error;
  }
  process.env[passphraseEnv] = passphrase; // this process opens it next, under the new key
  await preparePassphrase(dataDirFlag);
  const host = openHost({ dataDir: dataDirFlag, host: 'cli' });
  try {
    const { db, sqlite } = host.database;
    recordEncryptionOn({ db, sqlite, actor, now: () => new Date() }, { backupsEncrypted: backupsEncrypted.length, wrappedBy: ['passphrase'] });
  } finally {
    host.database.close();
  }
  console.log(bothWays('encryption.turnedOn'));
  console.log(bothWays('encryption.backupsEncrypted', { count: backupsEncrypted.length }));
  console.log(bothWays('encryption.backupsElsewhere'));
}
