import { readFileSync } from 'node:fs';
import type { Actor } from '../core/context.ts';
import { osUserName, startCore } from '../core/host.ts';
import { resolveDataDir } from '../db/data-dir.ts';
import { passphraseFor } from './passphrase.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export function localActor(via: 'cli' | 'serve'): Actor {
  const name = osUserName();
  return { id: `${via}:${name}`, name };
}

let passphrase: string | undefined;
/** Before a command runs (it may be asked at the terminal): the passphrase of an encrypted data folder. */
export async function preparePassphrase(dataDir: string | undefined): Promise<void> {
  passphrase = await passphraseFor(resolveDataDir({ flag: dataDir }));
}

/** Opens the data folder (migrating with backup) and a router over it, for the CLI hosts. */
export function openHost(options: { dataDir?: string | undefined; host: 'serve' | 'cli' }) {
  const dataDir = resolveDataDir({ flag: options.dataDir });
  return { ...startCore({ dataDir, version: pkg.version, host: options.host, keys: { passphrase } }), dataDir, version: pkg.version };
}
