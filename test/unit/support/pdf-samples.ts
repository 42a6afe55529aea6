import { constants, deflateRawSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

// PDFs made up for tests and the bench (never real scans): with text, without a text layer,
// and the hostile corpus: encrypted, truncated, damaged, a decompression bomb, too many pages.

function render(build: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, compress: true, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    build(doc);
    doc.end();
  });
}

/** One page per text (or `pages` pages of a generated paragraph naming its page). */
export function textPdf(texts: string[], options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return render((doc) => {
    for (const text of texts) doc.addPage().fontSize(11).text(text, { width: 460 });
  }, options);
}

const paragraph = (n: number) =>
  `Halaman ${n}. Peraturan Bupati tentang perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan ` +
  `di desa dan kelurahan: iuran program jaminan kecelakaan kerja dan jaminan kematian dibayar dari APBD, ` +
  `pendataan oleh perangkat desa, verifikasi oleh dinas, dan laporan triwulan kepada bupati.`;

export const pagesPdf = (pages: number, extra: (n: number) => string = () => '') => textPdf(Array.from({ length: pages }, (_, i) => `${paragraph(i + 1)} ${extra(i + 1)}`));

/** A scan: pages with shapes only, no text layer. */
export const scannedPdf = (pages = 2) =>
  render((doc) => {
    for (let i = 0; i < pages; i += 1) doc.addPage().rect(60, 60, 400, 600).fill('#999').circle(200, 200, 40).fill('#333');
  });

/** Opens only with a password. */
export const encryptedPdf = () => textPdf(['Rahasia: dokumen berkata sandi.'], { userPassword: 'sandi', ownerPassword: 'pemilik' });

/** The first half of a good PDF. */
export const truncatedPdf = async () => {
  const whole = await pagesPdf(3);
  return whole.subarray(0, Math.floor(whole.length / 2));
};

/** A header and an end, nothing a reader can use between them. */
export const damagedPdf = () => Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ngarbage that is not a PDF body\n%%EOF\n', 'latin1');

/**
 * A small PDF whose one content stream inflates to `megabytes` MB of zeros. The zlib data is made
 * by repeating one flushed deflate block (cheap to build at any size) and a final empty block.
 */
export function bombPdf(megabytes: number): Buffer {
  const mb = Buffer.alloc(1024 * 1024);
  const block = deflateRawSync(mb, { finishFlush: constants.Z_FULL_FLUSH });
  const total = megabytes * mb.length;
  const adler = Buffer.alloc(4);
  // adler32 of zeros: a = 1, b = length mod 65521.
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0);
  const data = Buffer.concat([Buffer.from([0x78, 0x9c]), ...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00]), adler]);
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  const add = (b: Buffer | string) => parts.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b);
  const length = () => parts.reduce((n, p) => n + p.length, 0);
  add('%PDF-1.7\n');
  const obj = (n: number, body: string) => {
    offsets[n] = length();
    add(`${n} 0 obj\n${body}\nendobj\n`);
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>');
  offsets[4] = length();
  add(`4 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`);
  add(data);
  add('\nendstream\nendobj\n');
  const xref = length();
  add(`xref\n0 5\n0000000000 65535 f \n${[1, 2, 3, 4].map((n) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** Many small empty pages. */
export const manyPagesPdf = (pages: number) =>
  render((doc) => {
    for (let i = 0; i < pages; i += 1) doc.addPage({ size: [100, 100] });
  });

/** A PNG of one pixel (a scanned page as an image). */
export const tinyPng = () =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
