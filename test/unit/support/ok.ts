import type { Result } from '../../../core/api/result.ts';

/** A call's data, or its refusal thrown with its code and words: for calls a test expects to pass. */
export async function ok<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}
