// Regions of Indonesia as the contract shows them (types only).
import type { LocalizedText as Bilingual } from './localized-text.ts';
import type { Message } from './messages/message.ts';

export type RegionLevel = 1 | 2 | 3 | 4;

export type RegionKind = 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';

export type RegionRow = {
  code: string;
  parentCode: string | null;
  level: RegionLevel;
  kind: RegionKind;
  name: string;
};

export type RegionCandidate = { code: string; name: string; kind: RegionKind; parentName: string };

export type RegionResolution =
  | { status: 'found'; code: string; name: string; kind: RegionKind; how: 'code' | 'name' }
  | { status: 'ambiguous'; candidates: RegionCandidate[]; message: Bilingual; said: Message }
  | { status: 'unknown'; suggestions: { code: string; name: string }[]; message: Bilingual; said: Message };
