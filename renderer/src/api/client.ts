import type { Channel, InputOf, OutputOf } from '../../../core/api/contract.ts';
import type { ApiError, FieldIssue, Result } from '../../../core/api/result.ts';
import type { StagedFileInfo } from '../../../core/api/files.ts';
import { serveHeaders, serveToken } from './serve-token.ts';

// The renderer's one way to the backend. In Electron the preload exposes
// window.lindung.invoke (IPC); in a browser (`lindung serve`) it is HTTP on the same origin.

interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  upload?(name: string, bytes: ArrayBuffer): Promise<Result<StagedFileInfo>>;
  download?(token: string): Promise<Result<{ saved: boolean }>>;
}
declare global {
  interface Window {
    lindung?: Bridge;
  }
}

const httpBridge: Bridge = {
  async invoke(channel, input) {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...serveHeaders() },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Tidak dapat menghubungi layanan Lindung.', messageEn: 'Cannot reach the Lindung service.' } };
    }
  },
};

const bridge = (): Bridge => window.lindung ?? httpBridge;
// In a browser, the token leaves the address bar as the page starts.
if (!window.lindung) serveToken();

export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  const result = (await bridge().invoke(channel, input)) as Result<OutputOf<C>>;
  // Signed out or locked meanwhile: the sign-in state is read again (api/auth.ts).
  // So is a password the administrator has just reset: the forced change shows at once, not after a reload.
  const mustChange = !result.ok && Boolean((result.error.details as { mustChangePassword?: boolean } | undefined)?.mustChangePassword);
  if (!result.ok && (result.error.code === 'UNAUTHENTICATED' || mustChange) && !channel.startsWith('auth.')) window.dispatchEvent(new Event('lindung:auth-changed'));
  return result;
}

/** Thrown by `request` so TanStack Query sees failures; carries the coded error. */
export class ApiCallError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.error = error;
  }
}

/** The service's issue on one field of a refusal (details.issues), if any: where a form puts its words. */
export function fieldIssue(error: unknown, path: string): Partial<FieldIssue> | undefined {
  if (!(error instanceof ApiCallError)) return undefined;
  return ((error.error.details as { issues?: Partial<FieldIssue>[] } | undefined)?.issues ?? []).find((i) => i.path === path);
}

export async function request<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data;
}

const unreachable: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'Tidak dapat menghubungi layanan Lindung.', messageEn: 'Cannot reach the Lindung service.' } };

/** Hands a file the user picked to the backend (IPC in Electron, HTTP upload in a browser). */
export async function uploadFile(file: File): Promise<Result<StagedFileInfo>> {
  if (window.lindung?.upload) return window.lindung.upload(file.name, await file.arrayBuffer());
  try {
    const response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', headers: serveHeaders(), body: file, credentials: 'same-origin' });
    return (await response.json()) as Result<StagedFileInfo>;
  } catch {
    return unreachable;
  }
}

/**
 * Saves an outgoing file: a save dialog in Electron, the browser's download in a browser.
 * False when the user closed the save dialog without saving.
 */
export async function downloadFile(token: string, fileName: string, release = false): Promise<boolean> {
  // `release`: a file written unasked (a commit's error file) goes on record as it is taken, and
  // is not served before. Only then: the call is a write, which waits while an import is saved.
  if (release) await request('files.release', { token });
  if (window.lindung?.download) {
    const result = await window.lindung.download(token);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.data.saved;
  }
  const link = document.createElement('a');
  link.href = `/download/${token}`;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  return true;
}
