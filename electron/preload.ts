import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../core/api/contract.ts';

// Exposes exactly one function, and only for the contract's channels: never ipcRenderer itself.
const allowed = new Set<string>(channels);

contextBridge.exposeInMainWorld('lindung', {
  invoke(channel: string, input: unknown) {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Permintaan tidak dikenal.', messageEn: 'Unknown request.' } });
    }
    return ipcRenderer.invoke(`lindung:${channel}`, input);
  },
});
