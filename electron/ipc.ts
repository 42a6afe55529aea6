import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../core/api/contract.ts';
import type { Session } from '../core/accounts/session.ts';
import type { Router } from '../core/router.ts';
import { isAppUrl } from './window-options.ts';

export const ipcPrefix = 'lindung:';

/**
 * One handler per contract channel; each checks that the call comes from the app's own main frame.
 * `session` is the window's sign-in: the router says who acts and what they may do.
 */
export function registerIpc(router: Router, session: Session, devServerUrl: string | undefined): void {
  for (const channel of channels) {
    ipcMain.handle(`${ipcPrefix}${channel}`, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerUrl)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Permintaan ditolak.', messageEn: 'Request refused.' } };
      }
      return router.call(channel, input, session);
    });
  }
}
