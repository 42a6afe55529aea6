// Messages between read-in-worker.ts (main thread) and parse-worker.ts (the worker).
import type { ImportReadErrorData } from './errors.ts';
import type { ReadLimits } from './limits.ts';
import type { CellValue, ReadProgress, SheetInfo, SourceInfo } from './types.ts';

/** The worker's `workerData`. */
export interface WorkerStart {
  /** A spare: load every reader now, before a job comes (a worker started for a job loads only the one it needs). */
  preload: boolean;
}

export type WorkerJob =
  | {
      op: 'read';
      file: string;
      sheet?: string | number;
      limits: ReadLimits;
      batchSize: number;
      /** Rows in the first batch (fewer than batchSize: the caller starts on rows sooner). */
      firstBatchSize: number;
      /** The worker waits for an ack when this many batches are unacknowledged. */
      maxBatchesInFlight: number;
      /** The key of a staged copy sealed at rest (core/files/sealed-file.ts), or null. */
      sealKey: string | null;
    }
  | { op: 'list'; file: string; limits: ReadLimits; sealKey: string | null };

export type FromWorker =
  /** Loaded (a spare: every reader too) and listening for its job. */
  | { type: 'ready' }
  /** The job arrived; from here on, a worker that dies failed this job. */
  | { type: 'accepted' }
  | { type: 'opened'; source: SourceInfo; sheet: SheetInfo; sheets: SheetInfo[]; /** Columns hidden in the sheet (0-based). */ hiddenColumns: number[] }
  | { type: 'sheets'; sheets: SheetInfo[] }
  /** Rows as columns (the sheet once, not once per row): cheaper to clone on both sides. */
  | { type: 'batch'; seq: number; sheet: string; rowNumbers: number[]; cells: CellValue[][]; /** Rows hidden in the sheet (few: by row number). */ hiddenRows: number[]; progress: ReadProgress }
  | { type: 'done'; progress: ReadProgress }
  | { type: 'error'; error: ImportReadErrorData };

/** One 'job' per worker (later ones are ignored); then the acks of its batches. */
export type ToWorker = { type: 'job'; job: WorkerJob } | { type: 'ack'; seq: number };
