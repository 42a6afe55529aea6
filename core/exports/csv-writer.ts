import { outgoingWriteStream } from '../files/sealed-file.ts';
import { once } from 'node:events';
import { neutralise } from './neutralise.ts';
import type { OutCell } from './xlsx-writer.ts';

// CSV for Indonesian Excel: UTF-8 with BOM, ';' between fields (the id-ID list separator),
// every field quoted, formula-like text neutralised.
const field = (v: OutCell) => (v === null ? '' : `"${neutralise(String(v)).replaceAll('"', '""')}"`);

export async function writeCsv(path: string, preamble: string[], header: string[], rows: Iterable<OutCell[]> | AsyncIterable<OutCell[]>, onRow?: (n: number) => void): Promise<number> {
  const out = outgoingWriteStream(path);
  const write = async (line: string) => {
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  };
  try {
    out.write('\uFEFF');
    for (const line of preamble) await write(field(line));
    if (preamble.length) await write('');
    await write(header.map(field).join(';'));
    let n = 0;
    for await (const row of rows) {
      await write(row.map(field).join(';'));
      n += 1;
      if (onRow && n % 1000 === 0) onRow(n);
    }
    out.end();
    await once(out, 'finish');
    return n;
  } catch (error) {
    // Rows stopped coming (a cancel): close the file so the caller can remove it.
    out.destroy();
    await once(out, 'close');
    throw error;
  }
}
