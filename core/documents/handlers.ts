import type { documentChannels } from '../api/channels/documents.ts';
import type { HandlersOf } from '../handler-types.ts';
import { attachDocument } from './attach-document.ts';
import { documentContent, listDocuments, removeDocumentLink, verifyDocuments } from './document-service.ts';
import { searchDocuments } from './document-search.ts';

export const documentHandlers: HandlersOf<typeof documentChannels> = {
  'documents.attach': (ctx, input) => attachDocument(ctx, input),
  'documents.list': (ctx, input) => listDocuments(ctx, input.entity, input.entityUid),
  'documents.remove': (ctx, input) => removeDocumentLink(ctx, input.linkUid),
  'documents.verify': (ctx, input) => verifyDocuments(ctx, input.documentUid),
  'documents.content': (ctx, input) => documentContent(ctx, input.documentUid, input.offset),
  'documents.search': (ctx, input) => searchDocuments(ctx, input),
};
