import { homedir } from 'node:os';
import { join } from 'node:path';

export const dataDirEnv = 'LINDUNG_DATA_DIR';
export const appFolderName = 'Lindung';
export const databaseFileName = 'lindung.db';

/**
 * The folder Electron's app.getPath('userData') gives for this app, computed without
 * Electron so the CLI and the desktop app share one database.
 */
export function defaultUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName);
}

/** A --data-dir flag beats the environment variable, which beats the user-data folder. */
export function resolveDataDir(options: { flag?: string | undefined; userDataDir?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const env = options.env ?? process.env;
  if (options.flag) return options.flag;
  if (env[dataDirEnv]) return env[dataDirEnv];
  return options.userDataDir ?? defaultUserDataDir(process.platform, env);
}
