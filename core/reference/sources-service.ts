import type { ReferenceSourceInfo } from '../api/reference.ts';
import type { ServiceContext } from '../context.ts';

/** Which public datasets the reference tables came from (shown, with attribution, in About). */
export function readSources(ctx: ServiceContext): ReferenceSourceInfo[] {
  return ctx.sqlite.prepare('SELECT key, name, version, regulation, license, attribution, loaded_at AS loadedAt, row_count AS rowCount FROM reference_source ORDER BY key').all() as ReferenceSourceInfo[];
}
