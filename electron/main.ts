import { app, BrowserWindow, dialog, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { useBuiltWorkers } from '../db/worker-code.ts';
import { startCore } from '../core/host.ts';
import { quitWarning } from '../core/jobs/quit-warning.ts';
import type { JobRegistry } from '../core/jobs/job-registry.ts';
import { newSession } from '../core/accounts/session.ts';
import type { OpenDatabase } from '../db/database.ts';
import { resolveDataDir } from '../db/data-dir.ts';
import { restrictUmask } from '../core/platform/private-files.ts';
import { registerFileIpc } from './files.ts';
import { safeStorageKeyWrapper } from './keystore.ts';
import { registerIpc } from './ipc.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { appUrlTest, dataDirFlagFor, denyPermissions, devServerUrlFor, devToolsAllowed, guardContents } from './host-policy.ts';
import { appOrigin, secureWindowOptions } from './window-options.ts';

// The desktop host: lifecycle, one hardened window, app:// protocol and IPC. No logic here.

// Chromium writes into the user-data folder (the data folder by default) from the start.
restrictUmask();
// The developer's switches count only in an unpackaged run (host-policy.ts).
const devServerUrl = devServerUrlFor(app.isPackaged, process.env);
const dataDirFlag = dataDirFlagFor(app.isPackaged, process.argv);
const isApp = appUrlTest(app.isPackaged, devServerUrl);
let database: OpenDatabase | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents, isApp, (url) => void shell.openExternal(url)));
  app.whenReady().then(start, fail);
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => database?.close());
}

function start(): void {
  useBuiltWorkers(new URL('./', import.meta.url)); // electron-vite emits each worker beside this file
  denyPermissions(session.defaultSession, isApp);
  const dataDir = resolveDataDir({ flag: dataDirFlag, userDataDir: app.getPath('userData') });
  const core = startCore({ dataDir, migrationsFolder: join(app.getAppPath(), 'db', 'migrations'), version: app.getVersion(), host: 'electron', keys: { keystore: safeStorageKeyWrapper(safeStorage), passphrase: process.env.LINDUNG_PASSPHRASE } });
  database = core.database;
  const { router, runtime } = core;
  // The one window's sign-in (the app allows a single instance, with a single window).
  const signIn = newSession();
  registerIpc(router, signIn, devServerUrl);
  registerFileIpc(runtime, devServerUrl, signIn);
  handleAppProtocol(join(import.meta.dirname, '..', 'renderer'));
  createWindow(runtime.jobs);
}

function createWindow(jobs: JobRegistry): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '..', 'preload', 'preload.cjs'), { devTools: devToolsAllowed(app.isPackaged) }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  askBeforeStoppingWork(window, jobs);
  return window;
}

/** Closing the window quits the app and stops its running jobs (a commit rolls back whole): asked first. */
function askBeforeStoppingWork(window: BrowserWindow, jobs: JobRegistry): void {
  let stopAnyway = false;
  window.on('close', (event) => {
    const said = stopAnyway ? null : quitWarning(jobs, 'id');
    if (!said) return;
    const english = quitWarning(jobs, 'en')!;
    const choice = dialog.showMessageBoxSync(window, { type: 'warning', title: said.title, message: said.title, detail: `${said.body}\n\n${english.body}`, buttons: [said.wait, said.close], defaultId: 0, cancelId: 0, noLink: true });
    if (choice === 1) stopAnyway = true;
    else event.preventDefault();
  });
}

function fail(error: unknown): void {
  // Loud by design: a failed migration has already restored its backup; say so and stop.
  dialog.showErrorBox('Lindung tidak dapat dibuka', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
