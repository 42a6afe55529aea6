import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeJoin } from '../../core/platform/static-files.ts';
import { isAllowedExternal, isAppUrl, secureWindowOptions } from '../../electron/window-options.ts';

// electron/window-options.ts imports only types from 'electron', so this runs in plain Node.
describe('Electron window hardening', () => {
  it('every window is sandboxed, isolated and without Node', () => {
    const prefs = secureWindowOptions('/app/out/preload/preload.cjs').webPreferences ?? {};
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/preload.cjs',
    });
  });

  it('main.ts builds its windows only from secureWindowOptions', () => {
    const main = readFileSync(new URL('../../electron/main.ts', import.meta.url), 'utf8');
    const constructions = main.match(/new BrowserWindow\(([^)]*)/g) ?? [];
    expect(constructions.length).toBeGreaterThan(0);
    for (const c of constructions) expect(c).toMatch(/^new BrowserWindow\(secureWindowOptions\(/);
    // The navigation guards and the window-open handler: electron-host-policy.test.ts.
    expect(main).toMatch(/web-contents-created[\s\S]*guardContents/);
    expect(main).toMatch(/requestSingleInstanceLock/);
  });

  it('the preload exposes one bridge object and never ipcRenderer itself', () => {
    const preload = readFileSync(new URL('../../electron/preload.ts', import.meta.url), 'utf8');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
  });

  it('opens outside the app only https and mailto links', () => {
    expect(isAllowedExternal('https://bpjsketenagakerjaan.go.id')).toBe(true);
    expect(isAllowedExternal('mailto:disnaker@badungkab.go.id')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'http://example.com', 'not a url']) {
      expect(isAllowedExternal(url)).toBe(false);
    }
  });

  it('accepts IPC only from the app origin (or the dev server when set)', () => {
    expect(isAppUrl('app://lindung/index.html')).toBe(true);
    expect(isAppUrl('app://lindung.evil/index.html')).toBe(false);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', '')).toBe(false);
  });

  it('the app:// protocol refuses path traversal', () => {
    const root = '/srv/renderer';
    expect(safeJoin(root, '/index.html')).toBe('/srv/renderer/index.html');
    expect(safeJoin(root, '/assets/a.js')).toBe('/srv/renderer/assets/a.js');
    for (const evil of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/a/../../x', '/%00', '/..\\..\\windows', '/%E0%A4%A']) {
      expect(safeJoin(root, evil), evil).toBeNull();
    }
  });
});
