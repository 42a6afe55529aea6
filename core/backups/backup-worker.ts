// The worker side of run-backup.ts: its own read-only connection copies the database
// (backup-files.ts, write-backup.ts), so the thread that serves the screens stays free.
import type { BackupManifest, BackupResult } from '../api/backups.ts';
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { takeDatabaseKeys } from '../../db/database-key.ts';
import { copyToSecondFolder } from './second-copy.ts';
import { writeBackupSync, type WriteBackupInput } from './write-backup.ts';

export type FromBackupWorker = { kind: 'progress'; phase: string } | { kind: 'done'; manifest: BackupManifest; secondCopy: BackupResult['secondCopy'] } | { kind: 'failed'; message: string };

if (!parentPort) throw new Error('backup-worker.ts runs only as a worker thread');
const port = parentPort;
const { file, input, secondFolder, keys } = workerData as { file: string; input: WriteBackupInput; secondFolder: string | null; keys: [string, string][] };
takeDatabaseKeys(keys); // an encrypted database's key: this thread has its own memory
try {
  const manifest = writeBackupSync(file, input, (phase) => port.postMessage({ kind: 'progress', phase } satisfies FromBackupWorker));
  port.postMessage({ kind: 'progress', phase: 'second' } satisfies FromBackupWorker);
  const secondCopy = copyToSecondFolder(join(input.dir, manifest.file), manifest, secondFolder);
  port.postMessage({ kind: 'done', manifest, secondCopy } satisfies FromBackupWorker);
} catch (error) {
  port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromBackupWorker);
}
