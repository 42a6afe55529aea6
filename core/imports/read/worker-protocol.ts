// Messages between read-in-worker.ts (main thread) and parse-worker.ts (the worker).
import type { ImportReadErrorData } from './errors.ts';
import type { ReadLimits } from './limits.ts';
import type { RawRow, ReadProgress, SheetInfo, SourceInfo } from './types.ts';

export type WorkerJob =
  | {
      op: 'read';
      file: string;
      sheet?: string | number;
      limits: ReadLimits;
      batchSize: number;
      /** The worker waits for an ack when this many batches are unacknowledged. */
      maxBatchesInFlight: number;
    }
  | { op: 'list'; file: string; limits: ReadLimits };

export type FromWorker =
  | { type: 'opened'; source: SourceInfo; sheet: SheetInfo; sheets: SheetInfo[] }
  | { type: 'sheets'; sheets: SheetInfo[] }
  | { type: 'batch'; seq: number; rows: RawRow[]; progress: ReadProgress }
  | { type: 'done'; progress: ReadProgress }
  | { type: 'error'; error: ImportReadErrorData };

export type ToWorker = { type: 'ack'; seq: number };
