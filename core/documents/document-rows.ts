import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import type { DocumentEntry } from '../api/documents.ts';

// Reading documents and their links: one SELECT shape for every list.

const entrySelect = `SELECT l.uid AS linkUid, d.uid AS documentUid, l.entity, l.entity_uid AS entityUid, l.name,
    d.sha256, d.size, d.mime, d.pages, d.text_status AS textStatus,
    (SELECT count(*) FROM document_link o WHERE o.document_id = d.id AND o.id <> l.id) AS otherLinks,
    l.created_by AS createdBy, l.created_at AS createdAt, d.verified_at AS verifiedAt, d.verify_status AS verifyStatus
  FROM document_link l JOIN document d ON d.id = l.document_id`;

export function entriesOf(sqlite: Sqlite, entity: string, entityUid: string): DocumentEntry[] {
  return stmt(sqlite, `${entrySelect} WHERE l.entity = ? AND l.entity_uid = ? ORDER BY l.id`).all(entity, entityUid) as DocumentEntry[];
}

export function entryByLink(sqlite: Sqlite, linkUid: string): DocumentEntry | undefined {
  return stmt(sqlite, `${entrySelect} WHERE l.uid = ?`).get(linkUid) as DocumentEntry | undefined;
}

export interface DocumentRow {
  id: number;
  uid: string;
  sha256: string;
  size: number;
  mime: DocumentEntry['mime'];
  originalName: string;
  pages: number;
}

const documentSelect = 'SELECT id, uid, sha256, size, mime, original_name AS originalName, pages FROM document';

export const documentBySha = (sqlite: Sqlite, sha256: string) => stmt(sqlite, `${documentSelect} WHERE sha256 = ?`).get(sha256) as DocumentRow | undefined;
export const documentByUid = (sqlite: Sqlite, uid: string) => stmt(sqlite, `${documentSelect} WHERE uid = ?`).get(uid) as DocumentRow | undefined;
export const allDocuments = (sqlite: Sqlite) => stmt(sqlite, `${documentSelect} ORDER BY id`).all() as DocumentRow[];
