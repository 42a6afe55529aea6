// Names inside the package come from what the office typed (document names, aspect titles): each
// path segment is made safe for every system the ZIP may be opened on. No "..", no slashes, no
// characters Windows refuses, no reserved device names, no trailing dots or spaces, a bounded
// length; two names equal once cleaned (ignoring case, as Windows and macOS do) are numbered.

// Control characters (code points below 32, and 127) are refused too.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const forbidden = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const maxSegment = 120;

/** One path segment (a folder or a file name), safe everywhere; never empty. */
export function safeSegment(name: string, fallback = 'berkas'): string {
  // A double quote (Windows refuses it) becomes a single one: Inovasi "Desa Sadar" → Inovasi 'Desa Sadar', not _Desa Sadar_.
  let s = name.normalize('NFC').replace(/"/g, "'").replace(forbidden, '_').replace(/\s+/g, ' ').trim();
  s = s.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (!s) s = fallback;
  if (reserved.test(s)) s = `_${s}`;
  if (s.length > maxSegment) {
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : '';
    s = s.slice(0, maxSegment - ext.length).trimEnd() + ext;
  }
  return s;
}

/** Hands out names unique within one folder: "a.pdf", "a (2).pdf", "a (3).pdf". */
export class UniqueNames {
  private readonly taken = new Set<string>();

  claim(name: string): string {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** Whether a path read from a ZIP or a manifest stays inside the package (relative, no "..", no drive). */
export function isSafeEntryPath(path: string): boolean {
  if (!path || path.length > 1000 || path.includes('\\') || path.includes('\u0000')) return false;
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
