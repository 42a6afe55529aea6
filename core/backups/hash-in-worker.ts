import { Worker } from 'node:worker_threads';
import { sha256FileWith } from './backup-files.ts';

// SHA-256 of a big file (a backup of a million records is about a gigabyte) on a worker thread,
// so the screens' thread is not held for the seconds it takes. The worker's code is inline (the
// text of backup-files.ts's sha256FileWith): no separate entry for the desktop app's bundle to carry.

const code = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.postMessage((${sha256FileWith.toString()})(require('node:crypto'), require('node:fs'), workerData.file));
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
