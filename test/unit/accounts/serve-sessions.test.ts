import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../core/accounts/password.ts';
import { startServer, type RunningServer } from '../../../cli/serve/http-host.ts';
import { seedAccount } from '../support/accounts.ts';
import { makeTestApp, tempDir } from '../support/test-db.ts';

// `lindung serve` signs each browser in on its own session (an HttpOnly, SameSite=Strict
// cookie named for the port), behind the per-run token, which stays the first gate (sent as
// Authorization on every API call and upload, never as a cookie).

let running: RunningServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function serve() {
  const app = makeTestApp();
  seedAccount(app.sqlite, { uid: 'u-wayan', username: 'wayan', displayName: 'Wayan Sudarma', role: 'operator', passwordHash: await hashPassword('sandi-pagi-123') });
  const rendererDir = tempDir().path;
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Lindung</title>');
  running = await startServer({ router: app.router, runtime: app.runtime, rendererDir });
  return running;
}

/** Opens the printed address as a browser does: the page, its key and a session in cookies. */
async function open(server: RunningServer): Promise<string[]> {
  const response = await fetch(server.url, { redirect: 'manual' });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie();
}

const bearer = (server: RunningServer) => ({ Authorization: `Bearer ${server.token}` });

const cookieHeader = (setCookies: string[]) => setCookies.map((c) => c.split(';')[0]).join('; ');
const api = async (server: RunningServer, cookies: string, channel: string, input: unknown) =>
  (await (await fetch(`${server.origin}/api/${channel}`, { method: 'POST', headers: { 'X-Lindung': '1', 'Content-Type': 'application/json', Cookie: cookies, ...bearer(server) }, body: JSON.stringify(input) })).json()) as {
    ok: boolean;
    error?: { code: string };
  };

describe('lindung serve sign-in', () => {
  it('gives each browser a session cookie, HttpOnly and SameSite=Strict, and asks it to sign in', async () => {
    const server = await serve();
    const set = await open(server);
    expect(set).toHaveLength(2);
    for (const c of set) expect(c).toMatch(/; HttpOnly; SameSite=Strict; Path=\//);
    const cookies = cookieHeader(set);
    const counts = { register: 'employer', by: 'bpjsStatus', filterModel: {} };
    expect((await api(server, cookies, 'registers.counts', counts)).error?.code).toBe('UNAUTHENTICATED');
    expect((await api(server, cookies, 'auth.signIn', { username: 'wayan', password: 'sandi-pagi-123' })).ok).toBe(true);
    expect((await api(server, cookies, 'registers.counts', counts)).ok).toBe(true);

    // Another browser with the token is not signed in by the first one's sign-in.
    const other = cookieHeader(await open(server));
    expect((await api(server, other, 'registers.counts', counts)).error?.code).toBe('UNAUTHENTICATED');
    // The session cookie without the run's token gets nothing.
    const sessionOnly = cookies.split('; ').find((c) => c.startsWith(`lindung_session_${new URL(server.origin).port}=`))!;
    const refused = await fetch(`${server.origin}/api/registers.counts`, { method: 'POST', headers: { 'X-Lindung': '1', Cookie: sessionOnly }, body: JSON.stringify(counts) });
    expect(refused.status).toBe(401);
    // Files need a sign-in too.
    const upload = await fetch(`${server.origin}/upload?name=a.csv`, { method: 'POST', headers: { 'X-Lindung': '1', Cookie: other, ...bearer(server) }, body: 'a;b\n' });
    expect(((await upload.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });
});
