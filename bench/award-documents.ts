import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

// The award benches' documents: PDFs that weigh what a kabupaten's scanned evidence weighs.

/** A noisy greyscale PNG (does not compress: like a scanned page). */
function noisePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height);
  const noise = randomBytes(width * height);
  for (let y = 0; y < height; y++) noise.copy(rows, y * (width + 1) + 1, y * width, (y + 1) * width);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF of `pages` pages, each with a line of text and (scans) a scanned-looking image. */
export function documentPdf(n: number, pages: number, scans: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date('2025-09-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (let p = 1; p <= pages; p++) {
      doc.addPage().fontSize(11).text(`Dokumen ${n}, halaman ${p}. Laporan pelaksanaan perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan di desa.`, { width: 460 });
      if (scans) doc.image(noisePng(420, 520), 72, 120, { width: 420 });
    }
    doc.end();
  });
}
