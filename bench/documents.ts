// Documents (issue 14): reading the text of a 200-page PDF made with pdfkit (time and the
// process's peak RSS: the worker thread is inside it), and full-text search over 2,000 records
// holding 10,000 pages of text (median and p95 through the router), each next to its target.
// Its own process (run.ts starts it; BENCH_DOCUMENTS=0 skips): its peak memory is its own.
// Nothing asserts; the data folder it writes is removed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { newSession } from '../core/accounts/session.ts';
import { startCore } from '../core/host.ts';
import { newUid } from '../db/ids.ts';
import { pagesPdf } from '../test/unit/support/pdf-samples.ts';
import { fmt, mb, summarise, timeIt } from './stats.ts';

const records = Number(process.env.BENCH_DOCUMENT_RECORDS ?? 2_000);
const pages = Number(process.env.BENCH_DOCUMENT_PAGES ?? 10_000);
const searches = Number(process.env.BENCH_DOCUMENT_SEARCHES ?? 200);

const dir = mkdtempSync(join(tmpdir(), 'lindung-bench-documents-'));
try {
  const core = startCore({ dataDir: dir, version: 'bench', host: 'cli' });
  const session = newSession();
  await core.router.call('auth.createFirstAdmin', { username: 'bench', displayName: 'Bench', password: 'sandi-ukur-kinerja' }, session);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.router.call(channel, input, session);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  };

  // 1. A 200-page PDF: its text read on the worker (3 times, each in a process of its own:
  // bench/documents-extract.ts), then attached through the router.
  const pdf = await pagesPdf(200);
  const pdfFile = join(dir, 'bench-200.pdf');
  writeFileSync(pdfFile, pdf);
  const runs = Array.from({ length: 3 }, () => JSON.parse(execFileSync(process.execPath, [new URL('./documents-extract.ts', import.meta.url).pathname, pdfFile], { encoding: 'utf8' })) as { ms: number; pages: number; baseRss: number; peakRss: number });
  const staged = await core.runtime.files.stage('bench-200.pdf', Readable.from([pdf]), 100 * 1024 * 1024);
  const attached = await timeIt(() => call('documents.attach', { entity: 'regulation', entityUid: 'bench', fileToken: staged.token }));
  const time = summarise(runs.map((r) => r.ms));
  console.log(`\nDocuments — text of a 200-page PDF made with pdfkit (${Math.round(pdf.length / 1024)} KB, ${runs[0]!.pages} pages read), 3 runs, each in a fresh process:`);
  console.log(`  extraction on the worker: median ${fmt(time.median)}, slowest ${fmt(Math.max(...runs.map((r) => r.ms)))}   target < 5 s`);
  console.log(`  peak RSS of the process (Node, the worker, pdfjs): ${mb(Math.max(...runs.map((r) => r.peakRss)))} (${mb(runs[0]!.baseRss)} before the read)   target < 300 MB`);
  console.log(`  attach through the router (checks, bomb guard, extraction, store, index): ${fmt(attached.ms)}`);

  // 2. 2,000 records with 10,000 pages of text: made-up Indonesian text with a few words that are
  // everywhere and many that are rare, written straight into the tables (the search is measured).
  const common = ['peraturan', 'bupati', 'pekerja', 'jaminan', 'sosial', 'ketenagakerjaan', 'desa', 'iuran', 'program', 'dinas', 'tahun', 'pasal', 'ayat', 'kecamatan', 'daerah'];
  const syllables = ['ba', 'ka', 'ma', 'ra', 'sa', 'ta', 'nga', 'pe', 'ri', 'lu', 'di', 'jo', 'wa', 'se', 'ku', 'ne', 'gi', 'an', 'ung', 'ar'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rare = Array.from({ length: 20_000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  const word = () => (random() < 0.35 ? common[Math.floor(random() * common.length)]! : rare[Math.floor(random() ** 2 * rare.length)]!);
  const pageText = () => Array.from({ length: 300 }, word).join(' ');
  const seeded = await timeIt(() =>
    core.database.sqlite.transaction(() => {
      const doc = core.database.sqlite.prepare("INSERT INTO document (uid, sha256, size, mime, original_name, pages, text_status, created_by, created_at) VALUES (?, ?, 0, 'application/pdf', ?, ?, 'text', 'bench', '2026-01-01')");
      const link = core.database.sqlite.prepare("INSERT INTO document_link (uid, document_id, entity, entity_uid, name, created_by, created_at) VALUES (?, ?, 'regulation', ?, ?, 'bench', '2026-01-01')");
      const page = core.database.sqlite.prepare('INSERT INTO document_page (document_id, page, text) VALUES (?, ?, ?)');
      const perRecord = Math.ceil(pages / records);
      for (let r = 0; r < records; r += 1) {
        const id = Number(doc.run(newUid(), r.toString(16).padStart(64, '0'), `regulasi-${r}.pdf`, perRecord).lastInsertRowid);
        link.run(newUid(), id, `reg-${r}`, `regulasi-${r}.pdf`);
        for (let p = 1; p <= perRecord; p += 1) page.run(id, p, pageText());
      }
    })(),
  );
  const total = core.database.sqlite.prepare('SELECT count(*) FROM document_page').pluck().get() as number;
  console.log(`\nDocuments — full-text search over ${records.toLocaleString('en')} records, ${total.toLocaleString('en')} pages (~2 KB of text each; written in ${fmt(seeded.ms)}):`);
  const queries = [...common.slice(0, 5), ...Array.from({ length: 15 }, (_, i) => rare[i * 97]!), 'jaminan sosial', 'pekerja desa', rare[5]!.slice(0, 3), 'PERATURAN BUPATI'];
  const byKind: Record<string, number[]> = { 'a common word (every page)': [], 'a rarer word': [], 'two words / a prefix': [] };
  const kindOf = (q: string) => (q.includes(' ') || q.length <= 3 ? 'two words / a prefix' : common.includes(q) ? 'a common word (every page)' : 'a rarer word');
  let hits = 0;
  for (let i = 0; i < searches; i += 1) {
    const query = queries[i % queries.length]!;
    const run = await timeIt(() => call<unknown[]>('documents.search', { query, limit: 20 }));
    hits += run.value.length;
    byKind[kindOf(query)]!.push(run.ms);
  }
  const all = Object.values(byKind).flat();
  for (const [kind, ms] of Object.entries(byKind)) {
    const s = summarise(ms);
    console.log(`  ${kind}: median ${fmt(s.median)}, p95 ${fmt(s.p95)} (${s.n} searches)`);
  }
  const s = summarise(all);
  console.log(`  all ${s.n} searches (20 hits with snippets; ${hits.toLocaleString('en')} hits in all): median ${fmt(s.median)}, p95 ${fmt(s.p95)}   target p95 < 30 ms`);
  core.database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
