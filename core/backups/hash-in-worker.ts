import { Worker } from 'node:worker_threads';

// SHA-256 of a big file (a backup of a million records is about a gigabyte) on a worker thread,
// so the screens' thread is not held for the seconds it takes. The worker's code is inline: no
// separate entry for the desktop app's bundle to carry.

const code = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const hash = createHash('sha256');
const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
const fd = openSync(workerData.file, 'r');
try {
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    hash.update(buffer.subarray(0, n));
  }
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

export function sha256InWorker(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { file } });
    worker.once('message', (hex: string) => resolve(hex));
    worker.once('error', reject);
    worker.once('exit', (exitCode) => {
      if (exitCode !== 0) reject(new Error(`the checksum worker stopped (exit ${exitCode})`));
    });
  });
}
