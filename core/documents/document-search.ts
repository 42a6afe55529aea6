import { stmt } from '../../db/statements.ts';
import type { DocumentSearchHit, SnippetPart } from '../api/documents.ts';
import type { ServiceContext } from '../context.ts';
import { ftsMatchQuery } from '../grid/fts-query.ts';

// Full-text search over the pages of documents (FTS5, accent- and case-insensitive), each hit
// with the record it belongs to and a snippet. Bounded work whatever the word: the newest 200
// matching pages are ranked, and snippets are made for the best of those only.

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

/**
 * How many matching pages are ranked: the newest ones (FTS5 walks its index by rowid and stops),
 * so a word on every page of the store costs what a word on 200 pages does. Within them the order
 * is by rank (bm25), and snippets are made for the pages shown only.
 */
const candidates = 200;

const link = {
  all: '',
  entity: 'AND EXISTS (SELECT 1 FROM document_page p JOIN document_link l ON l.document_id = p.document_id WHERE p.id = f.rowid AND l.entity = @entity)',
  record: 'AND EXISTS (SELECT 1 FROM document_page p JOIN document_link l ON l.document_id = p.document_id WHERE p.id = f.rowid AND l.entity = @entity AND l.entity_uid = @entityUid)',
};
type Scope = keyof typeof link;

/** The rowid of the oldest candidate: the range the ranking looks at (FTS5 seeks it). */
const floorSql = (scope: Scope) => `SELECT f.rowid FROM document_page_fts f WHERE document_page_fts MATCH @match ${link[scope]} ORDER BY f.rowid DESC LIMIT 1 OFFSET @skip`;

const pagesSql = (scope: Scope) => `SELECT p.page, d.id AS documentId, d.uid AS documentUid,
    snippet(document_page_fts, 0, '${open}', '${close}', '…', 16) AS snippet
  FROM document_page_fts f JOIN document_page p ON p.id = f.rowid JOIN document d ON d.id = p.document_id
  WHERE document_page_fts MATCH @match AND f.rowid >= @floor ${link[scope]}
  ORDER BY f.rank LIMIT @limit`;

export function searchDocuments(ctx: ServiceContext, input: { query: string; entity?: string | undefined; entityUid?: string | undefined; limit: number }): DocumentSearchHit[] {
  const match = ftsMatchQuery(input.query);
  if (!match) return [];
  const scoped = input.entity !== undefined;
  const scope = !scoped ? 'all' : input.entityUid === undefined ? 'entity' : 'record';
  const params = { match, ...(scoped ? { entity: input.entity } : {}), ...(scope === 'record' ? { entityUid: input.entityUid } : {}) };
  const floor = (stmt(ctx.sqlite, floorSql(scope)).pluck().get({ ...params, skip: candidates - 1 }) as number | undefined) ?? 0;
  const pages = stmt(ctx.sqlite, pagesSql(scope)).all({ ...params, floor, limit: input.limit }) as {
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
