// The documents store, for other domains (a regulation's page, the quick search, award evidence):
// any record is (entity, uid). Channels: documents.attach | list | remove | verify | content | search
// (core/api/channels/documents.ts); the screen: renderer/src/documents/DocumentsPanel.tsx.
export { attachDocument, checkDocument } from './attach-document.ts';
export { documentContent, listDocuments, removeDocumentLink, verifyDocuments } from './document-service.ts';
export { searchDocuments } from './document-search.ts';
export { contentPath, documentsDirOf } from './content-store.ts';
export { registerEntityGuard, type EntityGuard } from './entity-guards.ts';
