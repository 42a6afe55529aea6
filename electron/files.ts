import { Readable } from 'node:stream';
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { maxUploadBytes } from '../core/api/files.ts';
import { AppError } from '../core/app-error.ts';
import type { Session } from '../core/accounts/session.ts';
import type { Runtime } from '../core/runtime.ts';
import { isAppUrl } from './window-options.ts';

// Files across the desktop boundary: the renderer hands over a picked file's bytes (staged
// like an HTTP upload), and asks to save an outgoing file where the user chooses.

const refused = { ok: false, error: { code: 'FORBIDDEN', message: 'Permintaan ditolak.', messageEn: 'Request refused.' } };
export function registerFileIpc(runtime: Runtime, devServerUrl: string | undefined, session: Session): void {
  // From the app's own main frame, with someone signed in and the screen not locked.
  const fromApp = (event: IpcMainInvokeEvent) =>
    Boolean(event.senderFrame && event.senderFrame.parent === null && isAppUrl(event.senderFrame.url, devServerUrl)) && session.userUid !== null && !session.locked;

  ipcMain.handle('lindung:upload', async (event, name: unknown, bytes: unknown) => {
    if (!fromApp(event) || typeof name !== 'string' || !(bytes instanceof Uint8Array)) return refused;
    try {
      return { ok: true, data: await runtime.files.stage(name, Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), maxUploadBytes) };
    } catch (error) {
      const e = error instanceof AppError ? error : null;
      return { ok: false, error: { code: e?.code ?? 'INTERNAL', message: e?.message ?? 'Unggahan gagal.', messageEn: e?.messageEn ?? 'Upload failed.' } };
    }
  });

  ipcMain.handle('lindung:download', async (event, token: unknown) => {
    if (!fromApp(event) || typeof token !== 'string') return refused;
    try {
      const file = runtime.files.outgoingFile(token);
      const window = BrowserWindow.fromWebContents(event.sender);
      const options = { defaultPath: file.name };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: true, data: { saved: false } };
      await runtime.files.copyOutgoing(token, choice.filePath); // decrypted on the way when sealed
      return { ok: true, data: { saved: true } };
    } catch {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Berkas tidak ditemukan.', messageEn: 'File not found.' } };
    }
  });
}
