import { stmt } from '../../db/statements.ts';
import type { DocumentSearchHit, SnippetPart } from '../api/documents.ts';
import type { ServiceContext } from '../context.ts';
import { ftsMatchQuery } from '../grid/fts-query.ts';

// Full-text search over the pages of documents (FTS5, accent- and case-insensitive), each hit
// with the record it belongs to and a snippet. The best pages are chosen first by rank alone;
// snippets are made for those only (a common word may match every page of the store).

const open = '\u0002';
const close = '\u0003';

/** The snippet in pieces, hits marked (no HTML crosses to the screen). */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of snippet.split(open)) {
    const end = piece.indexOf(close);
    if (end < 0) {
      if (piece) parts.push({ text: piece, hit: false });
      continue;
    }
    parts.push({ text: piece.slice(0, end), hit: true });
    if (end + 1 < piece.length) parts.push({ text: piece.slice(end + 1), hit: false });
  }
  return parts;
}

const pagesSql = (scoped: boolean) => `WITH best AS (
    SELECT f.rowid AS id, f.rank AS rank FROM document_page_fts f
    ${scoped ? 'JOIN document_page p ON p.id = f.rowid JOIN document_link l ON l.document_id = p.document_id AND l.entity = @entity AND (@entityUid IS NULL OR l.entity_uid = @entityUid)' : ''}
    WHERE document_page_fts MATCH @match ORDER BY f.rank LIMIT @limit
  )
  SELECT p.id AS pageId, p.page, d.id AS documentId, d.uid AS documentUid,
    snippet(document_page_fts, 0, '${open}', '${close}', '…', 16) AS snippet
  FROM document_page_fts JOIN best ON best.id = document_page_fts.rowid
  JOIN document_page p ON p.id = document_page_fts.rowid JOIN document d ON d.id = p.document_id
  WHERE document_page_fts MATCH @match ORDER BY best.rank`;

export function searchDocuments(ctx: ServiceContext, input: { query: string; entity?: string | undefined; entityUid?: string | undefined; limit: number }): DocumentSearchHit[] {
  const match = ftsMatchQuery(input.query);
  if (!match) return [];
  const scoped = input.entity !== undefined;
  const pages = stmt(ctx.sqlite, pagesSql(scoped)).all({ match, limit: input.limit, ...(scoped ? { entity: input.entity, entityUid: input.entityUid ?? null } : {}) }) as {
    page: number;
    documentId: number;
    documentUid: string;
    snippet: string;
  }[];
  const links = stmt(ctx.sqlite, 'SELECT uid, entity, entity_uid AS entityUid, name FROM document_link WHERE document_id = ? ORDER BY id');
  return pages.flatMap((p) =>
    (links.all(p.documentId) as { uid: string; entity: string; entityUid: string; name: string }[])
      .filter((l) => !scoped || (l.entity === input.entity && (input.entityUid === undefined || l.entityUid === input.entityUid)))
      .map((l) => ({ entity: l.entity, entityUid: l.entityUid, linkUid: l.uid, documentUid: p.documentUid, name: l.name, page: p.page, snippet: snippetParts(p.snippet) })),
  );
}
