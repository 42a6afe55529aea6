// `lindung serve` only: the per-run token from the printed address, kept in sessionStorage
// (per origin, port included, unlike a cookie) and sent with every API call and upload. It is
// taken out of the address bar at once, so it is not shown or bookmarked.

const key = 'lindung.serveToken';

function takeFromAddress(): string | null {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return null;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return token;
}

let token: string | null = null;

/** The token, read once from the address (then from this tab's storage after a reload). */
export function serveToken(): string | null {
  if (token) return token;
  token = takeFromAddress();
  try {
    if (token) window.sessionStorage.setItem(key, token);
    else token = window.sessionStorage.getItem(key);
  } catch {
    // storage off: the token lives as long as the page
  }
  return token;
}

/** Headers of a call to the serve host. */
export function serveHeaders(): Record<string, string> {
  const t = serveToken();
  return { 'X-Lindung': '1', ...(t ? { Authorization: `Bearer ${t}` } : {}) };
}
