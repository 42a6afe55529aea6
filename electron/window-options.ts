import type { BrowserWindowConstructorOptions } from 'electron';

// Every window the app opens is built from these options; test/unit/electron-window.test.ts
// asserts them, so a weakened setting fails the tests.
// DevTools: only in an unpackaged run (host-policy.ts devToolsAllowed), never by NODE_ENV.
export function secureWindowOptions(preloadPath: string, options: { devTools: boolean } = { devTools: false }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Lindung',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}

/** The origin the UI is served from (app:// in production, Vite's dev server in `npm run dev`). */
export const appOrigin = 'app://lindung';

/** Only these may be opened outside the app, in the user's browser or mail program. */
export const externalSchemes = ['https:', 'mailto:'];

export function isAllowedExternal(url: string): boolean {
  try {
    return externalSchemes.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** True for a URL served by the app itself (the only place IPC calls may come from). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${appOrigin}/`)) return true;
  if (devServerUrl === undefined || devServerUrl === '') return false;
  try {
    // The same origin, not a prefix: http://localhost:5173 must not admit http://localhost:51730.
    return new URL(url).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
