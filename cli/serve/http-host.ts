import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { contentSecurityPolicy } from '../../core/api/csp.ts';
import { maxRequestBytes } from '../../core/api/contract.ts';
import type { ErrorCode, Result } from '../../core/api/result.ts';
import type { Router } from '../../core/router.ts';
import type { Runtime } from '../../core/runtime.ts';
import { apiError, AppError } from '../../core/app-error.ts';
import type { Message } from '../../core/api/messages/message.ts';
import { msg, render } from '../../core/messages.ts';
import { maxUploadBytes } from '../../core/api/files.ts';
import { readStatic } from '../../core/platform/static-files.ts';
import { cookieValue, ServeSessions } from './sessions.ts';

// `lindung serve`: the renderer and the router over HTTP on 127.0.0.1 only.
// Other programs on this computer can reach the port, so every request must carry the
// per-run token, printed in the URL. The token never goes into a cookie: cookies ignore
// ports, so a browser would send it to every other server on 127.0.0.1. The page keeps it in
// sessionStorage (which is per origin, port included) and sends it with every API call and
// upload in the Authorization header, which cross-site pages cannot set. The page and its
// downloads, which a header cannot accompany, are let in by a cookie named for this port
// that holds a separate random key: sent to another port, it opens no data (an API call needs
// the token, a download also its own random file token).
// Behind that gate, each browser signs in with an account: a session cookie, also named for
// this port (sessions.ts), says who; API calls still need the token besides.

const apiHeader = 'x-lindung';
/** A body this much over the limit is no longer read to the end: the connection is closed. */
const drainLimit = 64 * 1024 * 1024;

export interface ServeOptions {
  router: Router;
  runtime: Runtime;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest upload (core/api/files.ts; smaller in tests). */
  maxUploadBytes?: number;
}

export interface RunningServer {
  url: string; // includes the token: give it only to the user
  origin: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const failure = (code: ErrorCode, said: Message): Result<never> => ({ ok: false, error: apiError(code, said) });
const sendResult = (res: ServerResponse, result: Result<unknown>, status = 200) => send(res, status, JSON.stringify(result), 'application/json');

const sameToken = (a: string | undefined, b: string) =>
  typeof a === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));


const bearerToken = (req: IncomingMessage): string | undefined => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];

/** The body, or null once it passes `limit` (the rest is left unread for refuseRest). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Answers a request whose body is refused, then reads the rest of the body and drops it: a
 * connection closed under a client still sending reaches it as a reset, not as this reply.
 */
function refuseRest(req: IncomingMessage, res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json', { Connection: 'close' });
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > drainLimit) req.destroy();
  });
  req.resume();
}

const forbiddenPage = `<!doctype html><meta charset="utf-8"><title>Lindung</title>
<p>${render(msg('serve.openFullAddress'), 'id')}</p>
<p lang="en">${render(msg('serve.openFullAddress'), 'en')}</p>`;

/** Grace for the requests under way at a stop (a poll, a download) before their connections are cut. */
const stopGraceMs = 3_000;

/**
 * Stops taking connections and ends the kept ones: idle ones at once, the ones answering when
 * their answer is sent (a second later, not never: idle connections have no timeout while the
 * server runs), any still open after the grace.
 */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.keepAliveTimeout = 1;
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), stopGraceMs).unref();
  });
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  /** Lets the browser fetch the page and downloads; not the token (see the top). */
  const pageKey = randomBytes(32).toString('base64url');
  const sessions = new ServeSessions(() => `lindung_session_${new URL(origin).port}`);
  let origin = '';
  const cookieName = () => `lindung_${new URL(origin).port}`;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // DNS rebinding: a page on another name resolving to 127.0.0.1 must not get in.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'Misdirected request', 'text/plain');

    const called = url.pathname.startsWith('/api/') || url.pathname === '/upload';
    if (called) {
      // API calls and uploads: the token in the Authorization header, nothing else.
      if (!sameToken(bearerToken(req), token)) return refuseRest(req, res, 401, failure('FORBIDDEN', msg('errors.badToken')));
    } else if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      // The printed URL: the app shell (it takes the token from the address) and the page key.
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return send(res, 403, forbiddenPage, 'text/html; charset=utf-8');
      const shell = await readStatic(options.rendererDir, '/');
      if (!shell) return send(res, 404, 'Not found', 'text/plain');
      // Opening the printed address again keeps the browser's sign-in (a reload, a bookmark).
      const signIn = sessions.of(req);
      res.setHeader('Set-Cookie', [`${cookieName()}=${pageKey}; HttpOnly; SameSite=Strict; Path=/`, ...(signIn.setCookie ? [signIn.setCookie] : [])]);
      return send(res, 200, shell.body, shell.type);
    } else if (!sameToken(cookieValue(req, cookieName()), pageKey)) {
      return send(res, 403, forbiddenPage, 'text/html; charset=utf-8');
    }

    const { session, setCookie } = sessions.of(req);
    if (setCookie) res.setHeader('Set-Cookie', setCookie);
    // Files in and out need someone signed in (the router checks the account itself on each call).
    const signedIn = () => session.userUid !== null && !session.locked;

    if (url.pathname === '/upload' && req.method === 'POST') {
      if (req.headers[apiHeader] !== '1' || (req.headers.origin && req.headers.origin !== origin)) return send(res, 403, 'Refused', 'text/plain');
      if (!signedIn()) return sendResult(res, failure('UNAUTHENTICATED', msg('auth.signInFirst')), 401);
      // The stream the store reads: refusing a file too large ends it, not the client's connection.
      const body = new PassThrough();
      req.pipe(body);
      try {
        const staged = await options.runtime.files.stage(url.searchParams.get('name') ?? 'berkas', body, options.maxUploadBytes ?? maxUploadBytes);
        return sendResult(res, { ok: true, data: staged });
      } catch (error) {
        req.unpipe(body);
        const e = error instanceof AppError ? error : null;
        const result = failure(e?.code ?? 'INTERNAL', e?.said ?? msg('files.uploadFailed'));
        return req.complete ? sendResult(res, result) : refuseRest(req, res, e?.code === 'INPUT_TOO_LARGE' ? 413 : 200, result);
      }
    }
    if (url.pathname.startsWith('/download/') && req.method === 'GET') {
      if (!signedIn()) return send(res, 401, 'Sign in first', 'text/plain');
      try {
        const file = options.runtime.files.outgoingFile(url.pathname.slice('/download/'.length));
        res.writeHead(200, {
          ...securityHeaders,
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(file.bytes),
          'Content-Disposition': `attachment; filename="${file.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
          'Cache-Control': 'no-store',
        });
        options.runtime.files.openOutgoing(url.pathname.slice('/download/'.length)).pipe(res);
        return;
      } catch {
        return send(res, 404, 'Not found', 'text/plain');
      }
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST' || req.headers[apiHeader] !== '1') return send(res, 405, 'Use POST with the X-Lindung header', 'text/plain');
      if (req.headers.origin && req.headers.origin !== origin) return send(res, 403, 'Cross-origin request refused', 'text/plain');
      const tooLarge = failure('INPUT_TOO_LARGE', msg('errors.inputTooLarge'));
      if (Number(req.headers['content-length'] ?? 0) > maxRequestBytes + 1024) return refuseRest(req, res, 413, tooLarge);
      const body = await readBody(req, maxRequestBytes + 1024);
      if (body === null) return refuseRest(req, res, 413, tooLarge);
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendResult(res, failure('INVALID_INPUT', msg('errors.notJson')));
      }
      const result = await options.router.call(url.pathname.slice('/api/'.length), input, session);
      return sendResult(res, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const file = await readStatic(options.rendererDir, url.pathname);
    // Unknown paths get the app shell (client-side routes), assets are exact.
    const fallback = file ?? (url.pathname.startsWith('/assets/') ? null : await readStatic(options.rendererDir, '/'));
    if (!fallback) return send(res, 404, 'Not found', 'text/plain');
    return send(res, 200, fallback.body, fallback.type, url.pathname.startsWith('/assets/') ? { 'Cache-Control': 'max-age=31536000, immutable' } : {});
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.runtime.log.error('serve.failed', error, { path: new URL(req.url ?? '/', 'http://127.0.0.1').pathname.split('/')[1] ?? '' });
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    });
  });
  // Idle kept-alive connections stay open (0: no timeout; Node's default closes them after 5 s).
  // A client that reuses a pooled connection past that time, as Playwright's request context
  // does (microsoft/playwright#42701), got "socket hang up" on a POST. One local user's handful
  // of connections; a stop ends them (closeServer).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    server,
    close: () => closeServer(server),
  };
}
