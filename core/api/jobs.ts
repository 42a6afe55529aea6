import { z } from 'zod';
import type { ApiError } from './result.ts';

export interface JobState {
  id: string;
  kind: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress: { phase: string; done: number; total: number | null };
  result: unknown;
  error: ApiError | null;
  startedAt: string;
  finishedAt: string | null;
}

export const jobIdInput = z.object({ jobId: z.string().uuid() }).strict();
