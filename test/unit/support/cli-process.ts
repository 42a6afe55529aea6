import { spawn, spawnSync } from 'node:child_process';
import { testPassword } from './accounts.ts';

// `lindung` as a child process that a test may SIGKILL at a chosen moment: as the moment the
// process starts, or after a line of its output appears (a phase has begun). Times are
// measured for choosing moments, never asserted.

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The kill landed: the process was still running when SIGKILL was sent. */
  killed: boolean;
  out: string;
  err: string;
  /** Milliseconds from the spawn to the first output line matching `mark` (null: never seen). */
  markAt: number | null;
  /** Milliseconds from the spawn to the exit. */
  endAt: number;
}

export interface KillPlan {
  /** A line on stdout or stderr that marks a phase (e.g. the dry run's summary: the commit starts). */
  mark?: RegExp;
  /** SIGKILL this long after the spawn… */
  afterStartMs?: number;
  /** …or this long after `mark` appears. */
  afterMarkMs?: number;
  /** A run that hangs fails the test instead of waiting forever. */
  timeoutMs?: number;
  /** The --user's password, when it is not the test administrator's first one. */
  password?: string;
}

export function runCli(args: readonly string[], plan: KillPlan = {}): Promise<CliRun> {
  // The password of the test administrator, for runs that act as one (--user admin).
  const child = spawn(process.execPath, ['bin/lindung.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LINDUNG_PASSWORD: plan.password ?? testPassword } });
  const started = performance.now();
  const since = () => performance.now() - started;
  let out = '';
  let err = '';
  let markAt: number | null = null;
  let killSent = false;
  const timers: NodeJS.Timeout[] = [];
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null) return; // already ended by itself
    killSent = child.kill('SIGKILL');
  };
  const seen = (text: string) => {
    if (markAt !== null || !plan.mark || !plan.mark.test(text)) return;
    markAt = since();
    if (plan.afterMarkMs !== undefined) timers.push(setTimeout(kill, plan.afterMarkMs));
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => seen((out += chunk)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => seen((err += chunk)));
  if (plan.afterStartMs !== undefined) timers.push(setTimeout(kill, plan.afterStartMs));
  const hung = setTimeout(() => child.kill('SIGKILL'), plan.timeoutMs ?? 300_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const t of [...timers, hung]) clearTimeout(t);
      if (!killSent && signal === 'SIGKILL') reject(new Error(`lindung ${args.join(' ')} hung and was stopped after ${(plan.timeoutMs ?? 300_000) / 1000} s`));
      else resolve({ code, signal, killed: killSent && signal === 'SIGKILL', out, err, markAt, endAt: since() });
    });
  });
}

/**
 * `lindung --data-dir <dataDir> --user admin …` run to its end, as a clerk runs a command: its
 * exit code and output. Minutes each (a busy machine); nothing measures time.
 */
export function lindungAsAdmin(dataDir: string): (...args: string[]) => { code: number | null; out: string; err: string } {
  return (...args) => {
    const run = spawnSync(process.execPath, ['bin/lindung.mjs', '--data-dir', dataDir, '--user', 'admin', ...args], {
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, LINDUNG_PASSWORD: testPassword },
    });
    if (run.error) throw run.error;
    return { code: run.status, out: run.stdout, err: run.stderr };
  };
}
