import { open } from 'node:fs/promises';
import { stmt } from '../../db/statements.ts';
import { documentChunkBytes, type DocumentChunk, type DocumentEntry, type DocumentVerifyResult } from '../api/documents.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudited, type WriteScope } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { contentPath, hashOfFile, removeContent } from './content-store.ts';
import { allDocuments, documentByUid, entriesOf, entryByLink, type DocumentRow } from './document-rows.ts';
import { checkEntityGuard } from './entity-guards.ts';

// A record's documents: list, remove a link, check the stored bytes, read them for the viewer.

const missing = () => notFound(msg('documents.what'));

export function listDocuments(ctx: ServiceContext, entity: string, entityUid: string): DocumentEntry[] {
  return entriesOf(ctx.sqlite, entity, entityUid);
}

/**
 * Removes one record's link inside the caller's audited transaction (its guard asked, its audit
 * row written there); the document row goes with its last link. The caller removes the bytes of
 * a document removed (`removeContent`) only after its transaction committed.
 */
export function unlinkDocument(ctx: ServiceContext, scope: WriteScope, linkUid: string): { sha256: string; documentRemoved: boolean } {
  const entry = entryByLink(ctx.sqlite, linkUid);
  if (!entry) throw missing();
  checkEntityGuard(ctx, entry.entity, entry.entityUid, 'remove');
  const { documentId } = stmt(ctx.sqlite, 'SELECT document_id AS documentId FROM document_link WHERE uid = ?').get(linkUid) as { documentId: number };
  stmt(ctx.sqlite, 'DELETE FROM document_link WHERE uid = ?').run(linkUid);
  const last = !stmt(ctx.sqlite, 'SELECT 1 FROM document_link WHERE document_id = ?').get(documentId);
  if (last) {
    stmt(ctx.sqlite, 'DELETE FROM document_page WHERE document_id = ?').run(documentId);
    stmt(ctx.sqlite, 'DELETE FROM document WHERE id = ?').run(documentId);
  }
  scope.audit({
    action: 'delete',
    entity: 'document_link',
    entityUid: linkUid,
    label: entry.name,
    before: { entity: entry.entity, entityUid: entry.entityUid, name: entry.name, sha256: entry.sha256, size: entry.size, pages: entry.pages },
    after: null,
  });
  return { sha256: entry.sha256, documentRemoved: last };
}

/** Removes one record's link; the document and its file go only with the last link. */
export function removeDocumentLink(ctx: ServiceContext, linkUid: string): { removed: boolean; documentRemoved: boolean } {
  const { sha256, documentRemoved } = writeAudited(ctx, (scope) => unlinkDocument(ctx, scope, linkUid));
  // After the commit: the bytes of a document no record uses any more.
  if (documentRemoved) removeContent(ctx.runtime.dataDir, sha256);
  return { removed: true, documentRemoved };
}

/** Hashes one stored document again: ok, changed or missing. */
export async function checkStored(dataDir: string, doc: DocumentRow): Promise<DocumentVerifyResult> {
  const actual = await hashOfFile(contentPath(dataDir, doc.sha256));
  const status = actual === null ? 'missing' : actual === doc.sha256 ? 'ok' : 'changed';
  return { documentUid: doc.uid, name: doc.originalName, sha256: doc.sha256, status, actual };
}

/** Checks one document or all of them, records the outcome on each and in the change log. */
export async function verifyDocuments(ctx: ServiceContext, documentUid?: string): Promise<DocumentVerifyResult[]> {
  const docs = documentUid ? [documentByUid(ctx.sqlite, documentUid)].filter((d) => d !== undefined) : allDocuments(ctx.sqlite);
  if (documentUid && docs.length === 0) throw missing();
  const results: DocumentVerifyResult[] = [];
  for (const doc of docs) results.push(await checkStored(ctx.runtime.dataDir, doc));
  if (results.length === 0) return results;
  writeAudited(ctx, (scope) => {
    const at = ctx.now().toISOString();
    for (const r of results) {
      stmt(ctx.sqlite, 'UPDATE document SET verified_at = ?, verify_status = ? WHERE uid = ?').run(at, r.status, r.documentUid);
      scope.audit({ action: 'verify', entity: 'document', entityUid: r.documentUid, label: r.name, before: null, after: { sha256: r.sha256, status: r.status, actual: r.actual } });
    }
  });
  return results;
}

/** A piece of a document's bytes for the viewer; refused when the stored file is not what was stored. */
export async function documentContent(ctx: ServiceContext, documentUid: string, offset: number): Promise<DocumentChunk> {
  const doc = documentByUid(ctx.sqlite, documentUid);
  if (!doc) throw missing();
  const path = contentPath(ctx.runtime.dataDir, doc.sha256);
  if (offset === 0) {
    // The first piece: the whole file is hashed once, so the viewer never shows changed bytes.
    const check = await checkStored(ctx.runtime.dataDir, doc);
    if (check.status === 'missing') throw new AppError('NOT_FOUND', msg('documents.fileMissing', { name: doc.originalName, path }));
    if (check.status === 'changed') throw new AppError('CONFLICT', msg('documents.fileChanged', { name: doc.originalName }));
  }
  const length = Math.max(0, Math.min(documentChunkBytes, doc.size - offset));
  const buffer = Buffer.alloc(length);
  let file;
  try {
    file = await open(path, 'r');
  } catch {
    throw new AppError('NOT_FOUND', msg('documents.fileMissing', { name: doc.originalName, path }));
  }
  try {
    const { bytesRead } = await file.read(buffer, 0, length, offset);
    return { mime: doc.mime, size: doc.size, offset, base64: buffer.subarray(0, bytesRead).toString('base64'), done: offset + bytesRead >= doc.size };
  } finally {
    await file.close();
  }
}
