import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { buildPackage } from '../../../core/award/package/build-package.ts';
import type { PackageSource } from '../../../core/award/package/package-source.ts';

// What the package tests share: a build without progress or cancel, the ZIP's entries read back,
// a PDF's text (pdftotext) and page count (pdfinfo), LibreOffice where it is installed.

export const build = (source: PackageSource, out: string, onProgress: (done: number, total: number, phase: string) => void = () => {}, signal = new AbortController().signal) => buildPackage(source, out, { onProgress, signal });

export const entriesOf = (zip: string) => unzipSync(new Uint8Array(readFileSync(zip)));

/** The PDF's text with its whitespace folded (a title wrapped over two lines reads as one). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export const hasSoffice = spawnSync('which', ['soffice']).status === 0;

/** Each XLSX converted to CSV (UTF-8) by LibreOffice headless, with a profile of its own (another soffice may hold the default one). */
export function libreOfficeCsv(dir: string, files: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 600_000 });
}
