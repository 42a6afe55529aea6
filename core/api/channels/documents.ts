import { read, write } from '../channel.ts';
import {
  attachInput,
  contentInput,
  linkInput,
  listInput,
  searchInput,
  verifyInput,
  type DocumentChunk,
  type DocumentEntry,
  type DocumentSearchHit,
  type DocumentVerifyResult,
} from '../documents.ts';

// Documents attached to any record: attach a staged upload, list, remove a link, check the
// stored bytes against their hash, read the bytes for the viewer, search the text of the pages.

export const documentChannels = {
  'documents.attach': write(attachInput, 'records.write')<DocumentEntry>(),
  'documents.list': read(listInput, 'records.read')<DocumentEntry[]>(),
  'documents.remove': write(linkInput, 'records.write')<{ removed: boolean; documentRemoved: boolean }>(),
  'documents.verify': write(verifyInput, 'records.read')<DocumentVerifyResult[]>(),
  'documents.content': read(contentInput, 'records.read')<DocumentChunk>(),
  'documents.search': read(searchInput, 'records.read')<DocumentSearchHit[]>(),
} as const;
