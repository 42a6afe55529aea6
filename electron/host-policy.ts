import type { PermissionCheckHandlerHandlerDetails, Session, WebContents } from 'electron';
import { isAllowedExternal, isAppUrl } from './window-options.ts';

// What the desktop host allows, decided by plain functions of `app.isPackaged` so that the unit
// tests (which cannot start Electron) check the decisions main.ts acts on. A packaged app
// ignores the developer's switches: a set ELECTRON_RENDERER_URL would otherwise load any page
// with the full IPC bridge, and --data-dir would point it at a folder someone else prepared.

/** The Vite dev server's URL: only for an unpackaged (developer's) run. */
export function devServerUrlFor(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined;
  const url = env.ELECTRON_RENDERER_URL;
  return url ? url : undefined;
}

/** The --data-dir= switch: only for an unpackaged run (tests, development). */
export function dataDirFlagFor(isPackaged: boolean, argv: readonly string[]): string | undefined {
  if (isPackaged) return undefined;
  return argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length) || undefined;
}

/** DevTools open only in an unpackaged run, whatever NODE_ENV says at run time. */
export const devToolsAllowed = (isPackaged: boolean): boolean => !isPackaged;

/** The test for "a page of the app": the dev server counts only in an unpackaged run. */
export function appUrlTest(isPackaged: boolean, devServerUrl: string | undefined): (url: string) => boolean {
  const dev = isPackaged ? undefined : devServerUrl;
  return (url) => isAppUrl(url, dev);
}

/** The part of a webContents the guard uses (a fake in the tests). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps every webContents on the app: navigations, redirects and frame navigations that leave
 * it are stopped, webviews are refused, and new windows are never opened (an https or mailto
 * link goes to the user's browser or mail program instead).
 */
export function guardContents(contents: GuardedContents, isApp: (url: string) => boolean, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (!isApp(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isApp(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isApp(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Permissions the app's own page may use: copying a result to the clipboard (the calculator). */
const grantedToApp = new Set(['clipboard-sanitized-write']);

/** Whether a permission check passes: nothing, except the few the app's own page needs. */
export function permissionAllowed(permission: string, requestingUrl: string, isApp: (url: string) => boolean): boolean {
  return grantedToApp.has(permission) && isApp(requestingUrl);
}

/** Both handlers: a request (a prompt) is always refused, a check answers as permissionAllowed. */
export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, isApp: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler((_contents, permission, _origin, details: PermissionCheckHandlerHandlerDetails) =>
    permissionAllowed(permission, details.requestingUrl ?? '', isApp),
  );
}
