// The Paritrana evidence package for a kabupaten (issue 16), in a process of its own so its peak
// memory is its own: 50 documents of 20 pages each (real PDFs made once by pdfkit, each page with
// a scanned-looking image so the documents weigh what scans weigh; BENCH_AWARD_SCANS=0 for text
// only), coverage tables for 300 desa, the index, narratives, annexes and the manifest; built 5
// times (BENCH_AWARD_RUNS), median time and peak RSS printed beside the targets (< 10 s,
// < 400 MB). The builds run in a child process that only builds; nothing asserts; every file
// written is removed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage } from '../core/award/package/build-package.ts';
import type { PackageDocument, PackageSource } from '../core/award/package/package-source.ts';
import { verifyPackage } from '../core/award/package/verify-package.ts';
import { makeSource } from '../test/unit/award-package/fixture.ts';
import { documentPdf } from './award-documents.ts';
import { fmt, mb, summarise, timeIt } from './stats.ts';

const documents = Number(process.env.BENCH_AWARD_DOCUMENTS ?? 50);
const pages = Number(process.env.BENCH_AWARD_PAGES ?? 20);
const runs = Number(process.env.BENCH_AWARD_RUNS ?? 5);
const desaRows = Number(process.env.BENCH_AWARD_DESA ?? 300);
const scans = process.env.BENCH_AWARD_SCANS !== '0';

async function prepare(dir: string): Promise<string> {
  const source = await makeSource(dir, { documents: 0, desaRows });
  const docs: PackageDocument[] = [];
  for (let i = 0; i < documents; i++) {
    const bytes = await documentPdf(i + 1, pages, scans);
    const sha256 = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
    const path = join(dir, `${sha256}.bin`);
    writeFileSync(path, bytes);
    docs.push({ name: `Laporan kegiatan ${String(i + 1).padStart(2, '0')}.pdf`, sha256, size: bytes.length, pages, mime: 'application/pdf', path });
  }
  // Spread over every item that holds documents, as a real cycle does.
  const holders = source.aspects.flatMap((a) => a.indicators.flatMap((i) => i.items)).filter((item) => item.kind === 'document' || item.kind === 'regulation');
  docs.forEach((d, i) => holders[i % holders.length]!.documents.push(d));
  const file = join(dir, 'source.json');
  writeFileSync(file, JSON.stringify(source, (key, value) => (key === 'logo' && value ? { mime: value.mime, base64: Buffer.from(value.bytes).toString('base64') } : value)));
  return file;
}

async function runBuilds(sourceFile: string, outDir: string): Promise<void> {
  const source = JSON.parse(readFileSync(sourceFile, 'utf8'), (key, value) => (key === 'logo' && value ? { mime: value.mime, bytes: Buffer.from(value.base64, 'base64') } : value)) as PackageSource;
  const baseRss = process.memoryUsage().rss;
  const times: number[] = [];
  let last = { files: 0, bytes: 0, sha256: '' };
  const hashes = new Set<string>();
  for (let i = 0; i < runs; i++) {
    const out = join(outDir, `paket-${i}.zip`);
    const run = await timeIt(() => buildPackage(source, out, { onProgress: () => {}, signal: new AbortController().signal }));
    times.push(run.ms);
    last = run.value;
    hashes.add(run.value.sha256);
    if (i < runs - 1) rmSync(out);
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const verified = await timeIt(() => verifyPackage(join(outDir, `paket-${runs - 1}.zip`)));
  console.log(JSON.stringify({ times, baseRss, peakRss, files: last.files, bytes: last.bytes, identical: hashes.size === 1, verifyMs: verified.ms, verifyOk: verified.value.ok, verifyPeakRss: process.resourceUsage().maxRSS * 1024 }));
}

if (process.argv[2] === '--builds') {
  await runBuilds(process.argv[3]!, process.argv[4]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'lindung-bench-award-'));
  try {
    console.log(`\nParitrana evidence package (${documents} PDFs of ${pages} pages${scans ? ' with scanned-looking images' : ''}, ${desaRows} desa rows), ${runs} builds:`);
    const made = await timeIt(() => prepare(dir));
    const docBytes = JSON.parse(readFileSync(made.value, 'utf8')).aspects.flatMap((a: PackageSource['aspects'][number]) => a.indicators.flatMap((i) => i.items.flatMap((t) => t.documents))).reduce((s: number, d: PackageDocument) => s + d.size, 0);
    console.log(`  fixture: ${documents} PDFs, ${mb(docBytes)} of documents, made in ${fmt(made.ms)} (not counted)`);
    type Result = { times: number[]; baseRss: number; peakRss: number; files: number; bytes: number; identical: boolean; verifyMs: number; verifyOk: boolean; verifyPeakRss: number };
    const builds = (flags: string[]) => JSON.parse(execFileSync(process.execPath, [...flags, new URL(import.meta.url).pathname, '--builds', made.value, dir], { encoding: 'utf8' })) as Result;
    const result = builds([]);
    const time = summarise(result.times);
    console.log(`  build median ${fmt(time.median).padStart(9)}   (runs: ${result.times.map((t) => fmt(t)).join(', ')})   target < 10 s`);
    console.log(`  peak RSS     ${mb(result.peakRss).padStart(9)}   (${mb(result.baseRss)} before the first build)            target < 400 MB`);
    console.log(`  package: ${result.files} files, ${mb(result.bytes)}; the ${runs} builds ${result.identical ? 'byte-identical' : 'DIFFER'}; verify ${fmt(result.verifyMs)} (${result.verifyOk ? 'ok' : 'NOT ok'}), peak RSS after verify ${mb(result.verifyPeakRss)}`);
    // Most of the rise is V8's young generation growing under pdfkit's many small allocations (the
    // heap in use stays ~30 MB): the same builds with it capped, as a worker's resourceLimits would.
    const capped = builds(['--max-semi-space-size=4']);
    console.log(`  the same with V8's young generation capped at 4 MB: median ${fmt(summarise(capped.times).median)}, peak RSS ${mb(capped.peakRss)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
