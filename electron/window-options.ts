import type { BrowserWindowConstructorOptions } from 'electron';

// Every window the app opens is built from these options; test/unit/electron-window.test.ts
// asserts them, so a weakened setting fails the tests.
export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
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
      devTools: process.env.NODE_ENV === 'development',
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
  return devServerUrl !== undefined && devServerUrl !== '' && url.startsWith(devServerUrl);
}
