import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import { documentLimits, type DocumentEntry, type DocumentMime, type TextStatus } from '../api/documents.ts';
import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { placeContent, removeContent, sha256Of } from './content-store.ts';
import { documentBySha, entryByLink } from './document-rows.ts';
import { checkEntityGuard } from './entity-guards.ts';
import { extractPdfText, type ExtractLimits } from './extract-in-worker.ts';
import { readStaged } from './read-staged.ts';
import { pdfLooksComplete, sniffMime } from './sniff.ts';

// Attaching a staged upload to a record. The file is hostile until proven otherwise: its size,
// its first bytes, its end, and then its text read on a worker under limits. Any refusal leaves
// everything as it was: no row, no stored file. The staged copy is removed either way.

/** Fewer letters than this on an average page: a scan without a text layer. */
const lettersPerPageForText = 20;

export function textStatusOf(pages: string[]): TextStatus {
  if (pages.length === 0) return 'no_text';
  const letters = pages.reduce((n, text) => n + (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
  return letters / pages.length >= lettersPerPageForText ? 'text' : 'no_text';
}

interface Checked {
  mime: DocumentMime;
  pages: string[];
  pageCount: number;
}

/** Reads what the file is and, for a PDF, its text; throws a coded refusal. */
export async function checkDocument(bytes: Uint8Array, name: string, limits: ExtractLimits & { maxBytes: number } = documentLimits): Promise<Checked> {
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', msg('documents.empty', { name }));
  if (bytes.length > limits.maxBytes) throw tooLarge(name, bytes.length, limits.maxBytes);
  const mime = sniffMime(bytes);
  if (!mime) throw new AppError('INVALID_INPUT', msg('documents.notDocument', { name }));
  if (mime !== 'application/pdf') return { mime, pages: [], pageCount: 1 };
  if (!pdfLooksComplete(bytes)) throw new AppError('INVALID_INPUT', msg('documents.truncated', { name }));
  const pages = await extractPdfText(bytes, name, limits);
  return { mime, pages, pageCount: pages.length };
}

const tooLarge = (name: string, size: number, limit: number) =>
  new AppError('INPUT_TOO_LARGE', msg('documents.tooLarge', { name, megabytes: Math.ceil(size / (1024 * 1024)), limit: Math.round(limit / (1024 * 1024)) }));

export async function attachDocument(ctx: ServiceContext, input: { entity: string; entityUid: string; fileToken: string }): Promise<DocumentEntry> {
  const staged = ctx.runtime.files.staged(input.fileToken);
  try {
    checkEntityGuard(ctx, input.entity, input.entityUid, 'attach');
    if (staged.bytes > documentLimits.maxBytes) throw tooLarge(staged.name, staged.bytes, documentLimits.maxBytes);
    const bytes = await readStaged(ctx.runtime, input.fileToken);
    const sha256 = sha256Of(bytes);
    const known = documentBySha(ctx.sqlite, sha256);
    if (known && stmt(ctx.sqlite, 'SELECT 1 FROM document_link WHERE document_id = ? AND entity = ? AND entity_uid = ?').get(known.id, input.entity, input.entityUid))
      throw new AppError('CONFLICT', msg('documents.alreadyAttached', { name: staged.name }));
    // A file already stored was checked when it came: its text is there.
    const checked = known ? null : await checkDocument(bytes, staged.name);
    const wrote = await placeContent(ctx.runtime.dataDir, sha256, bytes);
    try {
      const linkUid = writeAudited(ctx, (scope) => {
        checkEntityGuard(ctx, input.entity, input.entityUid, 'attach'); // again under the write lock: the text was read meanwhile
        const at = ctx.now().toISOString();
        let documentId = documentBySha(ctx.sqlite, sha256)?.id;
        if (documentId === undefined) {
          if (!checked) throw new Error('a document row vanished while it was attached');
          const textStatus = checked.mime === 'application/pdf' ? textStatusOf(checked.pages) : 'no_text';
          documentId = Number(
            stmt(ctx.sqlite, `INSERT INTO document (uid, sha256, size, mime, original_name, pages, text_status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
              newUid(), sha256, bytes.length, checked.mime, staged.name, checked.pageCount, textStatus, ctx.actor.name, at,
            ).lastInsertRowid,
          );
          const page = stmt(ctx.sqlite, 'INSERT INTO document_page (document_id, page, text) VALUES (?, ?, ?)');
          checked.pages.forEach((text, i) => {
            if (text) page.run(documentId, i + 1, text);
          });
        }
        const uid = newUid();
        stmt(ctx.sqlite, 'INSERT INTO document_link (uid, document_id, entity, entity_uid, name, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          uid, documentId, input.entity, input.entityUid, staged.name, ctx.actor.name, at,
        );
        scope.audit({
          action: 'create',
          entity: 'document_link',
          entityUid: uid,
          label: staged.name,
          before: null,
          after: { entity: input.entity, entityUid: input.entityUid, name: staged.name, sha256, size: bytes.length, pages: checked?.pageCount ?? known?.pages ?? 0 },
        });
        return uid;
      });
      return entryByLink(ctx.sqlite, linkUid)!;
    } catch (error) {
      if (wrote) removeContent(ctx.runtime.dataDir, sha256); // nothing of a refused attach stays
      throw error;
    }
  } finally {
    ctx.runtime.files.discardStaged(input.fileToken);
  }
}
