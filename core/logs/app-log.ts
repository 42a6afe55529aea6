import { appendFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../app-error.ts';
import { scrub, scrubValue } from './scrub.ts';

// The application log: one JSON line per event in <data folder>/logs/lindung.log, for IT when
// something goes wrong (the "Kirim laporan masalah" ZIP carries it). What goes in: what
// happened (start, migrations, jobs, a call that failed unexpectedly), channel names, error
// codes and stacks. Never an input, a NIK, a name or a wage: callers pass only such fields, and
// every string is scrubbed again (scrub.ts).
//
// Rotation is our own, a few lines: at `maxBytes` lindung.log becomes lindung.1.log (the older
// ones move up, the oldest beyond `keep` goes). pino with pino-roll would do it through a
// worker-thread transport, which the Electron main bundle would have to ship as separate entry
// files; a synchronous append of a line or two a minute needs none of that.

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface AppLog {
  readonly dir: string;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, error: unknown, fields?: LogFields): void;
  /** The log files, newest first. */
  files(): string[];
}

export const logFileName = 'lindung.log';
const rotated = (n: number) => `lindung.${n}.log`;

/** What of an error is logged: its kind, code and stack, its message scrubbed. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof AppError) return { name: 'AppError', code: error.code };
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { name: error.name, ...(code ? { code: String(code) } : {}), stack: scrub(error.stack ?? error.message) };
  }
  return { name: typeof error };
}

export function openAppLog(dir: string, options: { maxBytes?: number; keep?: number; host?: string } = {}): AppLog {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 5;
  const file = join(dir, logFileName);
  let size: number | null = null;

  const rotate = () => {
    rmSync(join(dir, rotated(keep - 1)), { force: true });
    for (let n = keep - 2; n >= 1; n -= 1) {
      try {
        renameSync(join(dir, rotated(n)), join(dir, rotated(n + 1)));
      } catch {
        // not there yet
      }
    }
    renameSync(file, join(dir, rotated(1)));
    size = 0;
  };

  const write = (level: string, event: string, fields: Record<string, unknown>) => {
    try {
      const line = `${JSON.stringify({ time: new Date().toISOString(), level, event: scrub(event), ...(options.host ? { host: options.host } : {}), pid: process.pid, ...(scrubValue(fields) as object) })}\n`;
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (size === null) {
        try {
          size = statSync(file).size;
        } catch {
          size = 0;
        }
      }
      if (size > 0 && size + line.length > maxBytes) rotate();
      appendFileSync(file, line, { mode: 0o600 });
      size += Buffer.byteLength(line);
    } catch {
      // A log that cannot be written (a full disk) must never stop the work it describes.
    }
  };

  return {
    dir,
    info: (event, fields = {}) => write('info', event, fields),
    warn: (event, fields = {}) => write('warn', event, fields),
    error: (event, error, fields = {}) => write('error', event, { ...fields, error: errorFields(error) }),
    files() {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return [];
      }
      const order = (name: string) => (name === logFileName ? 0 : Number(/^lindung\.(\d+)\.log$/.exec(name)?.[1] ?? Number.NaN));
      return names.filter((n) => !Number.isNaN(order(n))).sort((a, b) => order(a) - order(b)).map((n) => join(dir, n));
    },
  };
}

/** A log that writes nothing (hosts and tests that do not keep one). */
export const silentLog: AppLog = { dir: '', info: () => {}, warn: () => {}, error: () => {}, files: () => [] };
