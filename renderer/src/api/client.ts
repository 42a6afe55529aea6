import type { Channel, InputOf, OutputOf } from '../../../core/api/contract.ts';
import type { ApiError, Result } from '../../../core/api/result.ts';

// The renderer's one way to the backend. In Electron the preload exposes
// window.lindung.invoke (IPC); in a browser (`lindung serve`) it is HTTP on the same origin.

interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
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
        headers: { 'Content-Type': 'application/json', 'X-Lindung': '1' },
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

export function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  return bridge().invoke(channel, input) as Promise<Result<OutputOf<C>>>;
}

/** Thrown by `request` so TanStack Query sees failures; carries the coded error. */
export class ApiCallError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.error = error;
  }
}

export async function request<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data;
}
