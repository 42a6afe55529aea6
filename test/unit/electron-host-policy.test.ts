import { describe, expect, it } from 'vitest';
import { appUrlTest, dataDirFlagFor, denyPermissions, devServerUrlFor, devToolsAllowed, guardContents, type GuardedContents } from '../../electron/host-policy.ts';
import { isAppUrl, secureWindowOptions } from '../../electron/window-options.ts';

// electron/host-policy.ts imports only types from 'electron': its decisions are checked here with
// fake webContents and sessions, for a packaged and an unpackaged app.

const dev = 'http://localhost:5173';

/** A webContents that records its listeners, and an event that records preventDefault. */
function fakeContents() {
  const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: (event: { url: string; preventDefault(): void }) => void) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string): boolean => {
    let prevented = false;
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents: contents as unknown as GuardedContents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('the desktop host closed to the outside', () => {
  it('a packaged app ignores ELECTRON_RENDERER_URL; a developer run uses it', () => {
    expect(devServerUrlFor(true, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toBeUndefined();
    expect(devServerUrlFor(false, { ELECTRON_RENDERER_URL: dev })).toBe(dev);
    expect(devServerUrlFor(false, { ELECTRON_RENDERER_URL: '' })).toBeUndefined();
  });

  it('a packaged app ignores --data-dir=', () => {
    const argv = ['/opt/Lindung/lindung', '--data-dir=/tmp/prepared'];
    expect(dataDirFlagFor(true, argv)).toBeUndefined();
    expect(dataDirFlagFor(false, argv)).toBe('/tmp/prepared');
    expect(dataDirFlagFor(false, ['/opt/Lindung/lindung'])).toBeUndefined();
  });

  it('DevTools follow isPackaged, not NODE_ENV', () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      expect(devToolsAllowed(true)).toBe(false);
      expect(secureWindowOptions('/p.cjs', { devTools: devToolsAllowed(true) }).webPreferences?.devTools).toBe(false);
      expect(secureWindowOptions('/p.cjs').webPreferences?.devTools).toBe(false);
      expect(devToolsAllowed(false)).toBe(true);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('a packaged app does not take the dev server for the app, even when given its URL', () => {
    expect(appUrlTest(true, dev)(`${dev}/`)).toBe(false);
    expect(appUrlTest(true, dev)('app://lindung/index.html')).toBe(true);
    expect(appUrlTest(false, dev)(`${dev}/`)).toBe(true);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
  });

  it('navigations, redirects and frame navigations off the app are stopped', () => {
    const { contents, fire } = fakeContents();
    guardContents(contents, appUrlTest(true, undefined), () => {});
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(fire(name, 'https://evil.example/'), name).toBe(true);
      expect(fire(name, 'file:///etc/passwd'), name).toBe(true);
      expect(fire(name, 'app://lindung/index.html#/employers'), name).toBe(false);
    }
    expect(fire('will-attach-webview', 'app://lindung/index.html')).toBe(true);
  });

  it('a new window is never opened; https links go to the browser', () => {
    const opened: string[] = [];
    const { contents, open } = fakeContents();
    guardContents(contents, appUrlTest(true, undefined), (url) => opened.push(url));
    expect(open('https://bpjsketenagakerjaan.go.id').action).toBe('deny');
    expect(open('file:///etc/passwd').action).toBe('deny');
    expect(opened).toEqual(['https://bpjsketenagakerjaan.go.id']);
  });

  it('permission requests are refused and permission checks answer no (the clipboard for the app only)', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: ((c: unknown, p: string, origin: string, details: { requestingUrl?: string }) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    };
    denyPermissions(session as never, appUrlTest(true, undefined));
    const answers: boolean[] = [];
    request!(null, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(check).not.toBeNull();
    for (const permission of ['media', 'geolocation', 'notifications', 'hid', 'usb', 'serial', 'openExternal', 'clipboard-read']) {
      expect(check!(null, permission, 'app://lindung', { requestingUrl: 'app://lindung/index.html' }), permission).toBe(false);
    }
    expect(check!(null, 'clipboard-sanitized-write', 'app://lindung', { requestingUrl: 'app://lindung/index.html' })).toBe(true);
    expect(check!(null, 'clipboard-sanitized-write', 'https://evil.example', { requestingUrl: 'https://evil.example/' })).toBe(false);
  });

  it('main.ts takes its switches and guards from host-policy.ts', async () => {
    const { readFileSync } = await import('node:fs');
    const main = readFileSync(new URL('../../electron/main.ts', import.meta.url), 'utf8');
    expect(main).not.toMatch(/process\.env\.ELECTRON_RENDERER_URL/);
    expect(main).not.toMatch(/process\.argv\.find/);
    expect(main).toMatch(/devServerUrlFor\(app\.isPackaged/);
    expect(main).toMatch(/dataDirFlagFor\(app\.isPackaged/);
    expect(main).toMatch(/denyPermissions\(session\.defaultSession/);
    expect(main).toMatch(/guardContents\(contents/);
  });
});
