import type { TFunction } from 'i18next';
import { z } from 'zod';

// "Terlalu panjang." alone left the clerk to guess by how much: the field's limit is in its
// schema, read from there, so the words say both numbers ("1.240 karakter, paling banyak 1.000"),
// as an import's message does.

/** The most characters an object schema's text field takes, or null (no limit, or not text). */
export function maxLengthOf(schema: z.ZodType, field: string): number | null {
  let inner: unknown = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>)[field] : undefined;
  while (inner && !(inner instanceof z.ZodString) && typeof (inner as { unwrap?: unknown }).unwrap === 'function') inner = (inner as { unwrap: () => unknown }).unwrap();
  return inner instanceof z.ZodString ? inner.maxLength : null;
}

/** A field's "too long" in words with its limit and what it holds now; other messages as they are. */
export function tooLongWords(t: TFunction, message: string, schema: z.ZodType, field: string, value: unknown): string {
  const max = message === 'validation.tooLong' ? maxLengthOf(schema, field) : null;
  if (max === null || typeof value !== 'string') return t(message);
  return t('validation.tooLongMax', { length: value.trim().length, max });
}
