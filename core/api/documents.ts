import { z } from 'zod';

// The documents store's contract: any record (entity, uid) can carry documents. A leaf module
// (zod only), shared by core, the hosts and the renderer.

/** Limits on a document from outside (hostile input): bytes, pages, time and memory of the reader. */
export const documentLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 1000,
  /** Decompressed bytes of all the PDF's compressed streams together (a decompression bomb is refused). */
  maxInflatedBytes: 512 * 1024 * 1024,
  timeoutMs: 60_000,
  /** The extraction worker's JavaScript heap. */
  heapMb: 256,
} as const;

/** How many bytes one `documents.content` call returns (the viewer asks chunk after chunk). */
export const documentChunkBytes = 4 * 1024 * 1024;

/** A record kind: a table-like name (regulation, office_profile, evidence ...). */
export const entitySchema = z.string().regex(/^[a-z][a-z_]{1,39}$/);
export const entityUidSchema = z.string().min(1).max(80);

export const documentMimes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMime = (typeof documentMimes)[number];
export type TextStatus = 'text' | 'no_text';
export type VerifyStatus = 'ok' | 'changed' | 'missing';

/** One document as a record lists it (a link and its document). */
export interface DocumentEntry {
  linkUid: string;
  documentUid: string;
  entity: string;
  entityUid: string;
  name: string;
  sha256: string;
  size: number;
  mime: DocumentMime;
  pages: number;
  textStatus: TextStatus;
  /** Other records that use the same file. */
  otherLinks: number;
  createdBy: string;
  createdAt: string;
  verifiedAt: string | null;
  verifyStatus: VerifyStatus | null;
}

export interface DocumentVerifyResult {
  documentUid: string;
  name: string;
  sha256: string;
  status: VerifyStatus;
  /** The hash found now (null when the file is missing). */
  actual: string | null;
}

/** A piece of a snippet: the hits are marked, so the screen can highlight without HTML. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface DocumentSearchHit {
  entity: string;
  entityUid: string;
  linkUid: string;
  documentUid: string;
  name: string;
  page: number;
  snippet: SnippetPart[];
}

export const attachInput = z.object({ entity: entitySchema, entityUid: entityUidSchema, fileToken: z.string().regex(/^[a-f0-9]{32}$/) }).strict();
export const listInput = z.object({ entity: entitySchema, entityUid: entityUidSchema }).strict();
export const linkInput = z.object({ linkUid: z.string().min(1).max(80) }).strict();
export const verifyInput = z.object({ documentUid: z.string().min(1).max(80).optional() }).strict();
export const contentInput = z.object({ documentUid: z.string().min(1).max(80), offset: z.number().int().min(0).default(0) }).strict();
export const searchInput = z
  .object({
    query: z.string().max(200),
    entity: entitySchema.optional(),
    entityUid: entityUidSchema.optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();

export interface DocumentChunk {
  mime: DocumentMime;
  size: number;
  offset: number;
  /** The bytes from offset, base64. */
  base64: string;
  done: boolean;
}
