import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../cli/serve/http-host.ts';
import { maxRequestBytes } from '../../../core/api/contract.ts';
import { hashPassword } from '../../../core/accounts/password.ts';
import { seedAccount } from '../support/accounts.ts';
import { makeTestApp, tempDir } from '../support/test-db.ts';

// `lindung serve` over real HTTP: an oversized body gets the coded reply, and the run's token
// never travels in a cookie (cookies ignore ports: every server on 127.0.0.1 would get it).

let server: RunningServer;
let app: ReturnType<typeof makeTestApp>;
let rendererDir = '';
let incoming = '';
let cookies = '';
beforeAll(async () => {
  app = makeTestApp();
  incoming = app.runtime.files.incoming;
  rendererDir = tempDir('lindung-renderer-').path;
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Lindung</title>');
  server = await startServer({ router: app.router, runtime: app.runtime, rendererDir, maxUploadBytes: 256 * 1024 });
  // A browser's session, signed in: uploads need one (accounts), besides the run's token.
  seedAccount(app.sqlite, { uid: 'u-http', username: 'petugas.http', displayName: 'Petugas Uji', role: 'operator', passwordHash: await hashPassword('sandi-http-123') });
  cookies = (await fetch(server.url)).headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const signedIn = await fetch(`${server.origin}/api/auth.signIn`, { method: 'POST', headers: headers(), body: JSON.stringify({ username: 'petugas.http', password: 'sandi-http-123' }) });
  expect(((await signedIn.json()) as { ok: boolean }).ok).toBe(true);
});
afterAll(() => server.close());

const headers = () => ({ 'Content-Type': 'application/json', 'X-Lindung': '1', Authorization: `Bearer ${server.token}`, Cookie: cookies });

/** A body sent in chunks without a length, as a client streaming it would. */
function postChunked(path: string, bytes: number, extra: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.origin}${path}`, { method: 'POST', headers: { ...headers(), ...extra, 'Transfer-Encoding': 'chunked' } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('lindung serve', () => {
  it('answers a body over the limit with INPUT_TOO_LARGE (413), not a reset', async () => {
    const big = JSON.stringify({ key: 'x', value: 'a'.repeat(maxRequestBytes * 2) });
    const response = await fetch(`${server.origin}/api/settings.ui.set`, { method: 'POST', headers: headers(), body: big });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('INPUT_TOO_LARGE');
  });

  it('answers a streamed body over the limit (no Content-Length) the same way', async () => {
    const reply = await postChunked('/api/settings.ui.set', maxRequestBytes * 3);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('INPUT_TOO_LARGE');
    // The server still answers afterwards.
    const next = await fetch(`${server.origin}/api/app.info`, { method: 'POST', headers: headers(), body: '{}' });
    expect((await next.json()).ok).toBe(true);
  });

  it('answers an upload over the limit with INPUT_TOO_LARGE (413), and keeps nothing of it', async () => {
    const reply = await postChunked('/upload?name=besar.csv', 4 * 1024 * 1024, { 'Content-Type': 'text/csv' });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('INPUT_TOO_LARGE');
    expect(existsSync(incoming) ? readdirSync(incoming) : []).toEqual([]);
  });

  it('keeps the token out of cookies; the page cookie is named for the port and opens no API', async () => {
    const page = await fetch(server.url, { redirect: 'manual' });
    expect(page.status).toBe(200);
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^lindung_${new URL(server.origin).port}=`));
    expect(cookie).not.toContain(server.token);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0]!;
    // The cookie lets the page in, not the API.
    expect((await fetch(`${server.origin}/`, { headers: { Cookie: pair } })).status).toBe(200);
    const withCookie = await fetch(`${server.origin}/api/app.info`, { method: 'POST', headers: { 'X-Lindung': '1', Cookie: pair }, body: '{}' });
    expect(withCookie.status).toBe(401);
    const withToken = await fetch(`${server.origin}/api/app.info`, { method: 'POST', headers: headers(), body: '{}' });
    expect((await withToken.json()).ok).toBe(true);
    const wrong = await fetch(`${server.origin}/api/app.info`, { method: 'POST', headers: { ...headers(), Authorization: 'Bearer nope' }, body: '{}' });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${server.origin}/`)).status).toBe(403);
  });
  it('keeps an idle connection open past Node\'s 5 s: a client reusing it gets its answer, not a reset', async () => {
    // One socket for both requests, as Playwright's request context and a browser pool them.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = () =>
      new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
        const req = httpRequest(`${server.origin}/api/auth.status`, { method: 'POST', agent, headers: headers() }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
        });
        req.on('error', reject);
        req.end('{}');
      });
    try {
      const first = await post();
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      const second = await post();
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
    }
  }, 30_000);
  it('stops with a request under way: its answer is sent, then its connection ends and the stop returns', async () => {
    const other = await startServer({ router: app.router, runtime: app.runtime, rendererDir, maxUploadBytes: 256 * 1024 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let stopped: Promise<void> | null = null;
    try {
      // The body comes in two parts: the request is under way when the server is told to stop.
      const status = await new Promise<number>((resolve, reject) => {
        const headers = { 'Content-Type': 'application/json', 'X-Lindung': '1', Authorization: `Bearer ${other.token}`, 'Transfer-Encoding': 'chunked' };
        const req = httpRequest(`${other.origin}/api/auth.status`, { method: 'POST', agent, headers }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.write('{');
        setTimeout(() => {
          stopped = other.close();
          setTimeout(() => req.end('}'), 200);
        }, 200);
      });
      expect(status).toBe(200);
      // Kept alive by the client, the connection is ended by the server: the stop returns (a hang fails on the test's timeout).
      await stopped;
    } finally {
      agent.destroy();
    }
  }, 30_000);
});
