import { crc32, deflateSync } from 'node:zlib';

// A small office emblem as a real PNG (made here, no image file in the tree): a blue shield-like
// disc with a gold ring and a white star-ish centre, on a transparent background.

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

export function logoPng(size = 128): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows: Buffer[] = [];
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c + 0.5, y - c + 0.5) / c;
      const angle = Math.atan2(y - c, x - c);
      const star = d < 0.42 * (0.75 + 0.25 * Math.cos(5 * angle));
      const [r, g, b, a] = d > 1 ? [0, 0, 0, 0] : d > 0.86 ? [201, 162, 39, 255] : star ? [255, 255, 255, 255] : [11, 79, 138, 255];
      row.set([r, g, b, a], 1 + x * 4);
    }
    rows.push(row);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
