import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../core/api/contract.ts';

// Exposes invoke (only the contract's channels), upload and download: never ipcRenderer itself.
const allowed = new Set<string>(channels);

contextBridge.exposeInMainWorld('lindung', {
  invoke(channel: string, input: unknown) {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Permintaan tidak dikenal.', messageEn: 'Unknown request.' } });
    }
    return ipcRenderer.invoke(`lindung:${channel}`, input);
  },
  /** Stages a file the user picked for import; returns its token. */
  upload(name: string, bytes: ArrayBuffer) {
    return ipcRenderer.invoke('lindung:upload', String(name), new Uint8Array(bytes));
  },
  /** Saves an outgoing file (export, error file, template) where the user chooses. */
  download(token: string) {
    return ipcRenderer.invoke('lindung:download', String(token));
  },
});
