// One extraction of a PDF's text on the worker, in a process that loads nothing else (bench/documents.ts
// starts it): its peak RSS is Node's, the worker's and pdfjs's, not the database's. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { extractPdfText } from '../core/documents/extract-in-worker.ts';
import { timeIt } from './stats.ts';

const pdf = readFileSync(process.argv[2]!);
const baseRss = process.resourceUsage().maxRSS * 1024;
const extracted = await timeIt(() => extractPdfText(pdf, 'bench.pdf'));
console.log(JSON.stringify({ ms: extracted.ms, pages: extracted.value.length, bytes: pdf.length, baseRss, peakRss: process.resourceUsage().maxRSS * 1024 }));
