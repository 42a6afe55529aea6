import { msg } from '../../messages.ts';
import { stmt } from '../../../db/statements.ts';
import type { RegionItem } from '../../api/reference.ts';
import type { RegionResolution } from '../../api/regions.ts';
import { notFound } from '../../app-error.ts';
import type { ServiceContext } from '../../context.ts';
import type { Sqlite } from '../../../db/open.ts';
import { foldText } from '../../../db/fold.ts';
import { containsPattern } from '../../grid/filter-sql.ts';
import type { RegionCodeLookup } from '../../api/nik.ts';
import { createRegionResolver, type RegionResolver } from './resolve-region-text.ts';
import type { RegionRow } from '../../api/regions.ts';

const itemColumns = `r.code, r.name, r.kind, r.level, r.parent_code AS parentCode, p.name AS parentName,
  (SELECT count(*) FROM region c WHERE c.parent_code = r.code) AS childCount`;

export function listRegionChildren(ctx: ServiceContext, parentCode: string | null): RegionItem[] {
  const where = parentCode === null ? 'r.parent_code IS NULL' : 'r.parent_code = ?';
  return stmt(ctx.sqlite, `SELECT ${itemColumns} FROM region r LEFT JOIN region p ON p.code = r.parent_code WHERE ${where} ORDER BY r.code`)
    .all(...(parentCode === null ? [] : [parentCode])) as RegionItem[];
}

/** Every region of one level inside an area, by parent then name (a desa list grouped by kecamatan). */
export function listRegionsWithin(ctx: ServiceContext, code: string, level: 3 | 4): RegionItem[] {
  return stmt(ctx.sqlite, `SELECT ${itemColumns} FROM region r LEFT JOIN region p ON p.code = r.parent_code WHERE r.code LIKE ? AND r.level = ? ORDER BY p.name, r.name`)
    .all(`${code}.%`, level) as RegionItem[];
}

export function getRegion(ctx: ServiceContext, code: string): RegionItem {
  const row = stmt(ctx.sqlite, `SELECT ${itemColumns} FROM region r LEFT JOIN region p ON p.code = r.parent_code WHERE r.code = ?`).get(code) as
    | RegionItem
    | undefined;
  if (!row) throw notFound(msg('things.region', { code }), { code });
  return row;
}

/** Name or code search, optionally inside an area and at one level; codes match by prefix. */
export function searchRegions(ctx: ServiceContext, input: { query: string; withinCode?: string | undefined; level?: number | undefined; limit: number }): RegionItem[] {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const digits = input.query.replace(/[\s.]/g, '');
  if (/^\d+$/.test(digits)) {
    conditions.push("replace(r.code, '.', '') LIKE ?");
    params.push(`${digits}%`);
  } else {
    conditions.push("r.name_fold LIKE ? ESCAPE '\\'");
    params.push(containsPattern(input.query));
  }
  if (input.withinCode) {
    conditions.push('(r.code = ? OR r.code LIKE ?)');
    params.push(input.withinCode, `${input.withinCode}.%`);
  }
  if (input.level) {
    conditions.push('r.level = ?');
    params.push(input.level);
  }
  // Names that start with the query first, then shorter names, then by code.
  const starts = `CASE WHEN r.name_fold LIKE ? THEN 0 ELSE 1 END`;
  return stmt(ctx.sqlite, 
      `SELECT ${itemColumns} FROM region r LEFT JOIN region p ON p.code = r.parent_code
       WHERE ${conditions.join(' AND ')} ORDER BY ${starts}, length(r.name), r.code LIMIT ?`,
    )
    .all(...params, `${foldText(input.query) ?? ''}%`, input.limit) as RegionItem[];
}

// Building the resolver indexes every region once (~0.5 s); keep it per connection and
// source version so a reload of the regions is picked up.
const resolvers = new WeakMap<Sqlite, { version: string; resolver: RegionResolver }>();

function resolverFor(sqlite: Sqlite): RegionResolver {
  const version = (stmt(sqlite, "SELECT version FROM reference_source WHERE key = 'regions'").get() as { version: string } | undefined)?.version ?? '';
  const cached = resolvers.get(sqlite);
  if (cached && cached.version === version) return cached.resolver;
  // Read row by row: the resolver keeps columns, not the 91,000 rows.
  const rows = stmt(sqlite, 'SELECT code, parent_code AS parentCode, level, kind, name FROM region').iterate() as IterableIterator<RegionRow>;
  const resolver = createRegionResolver(rows);
  resolvers.set(sqlite, { version, resolver });
  return resolver;
}

/** Builds the resolver now (a host at start; an import while its parse worker starts). */
export function warmRegionResolver(ctx: Pick<ServiceContext, 'sqlite'>): void {
  resolverFor(ctx.sqlite);
}

export function resolveRegion(ctx: ServiceContext, input: { text: string; level?: 3 | 4 | undefined; withinCode?: string | undefined }): RegionResolution {
  // An unknown scope is NOT_FOUND, not a crash (cheap check: this runs for every imported row).
  if (input.withinCode && !stmt(ctx.sqlite, 'SELECT 1 FROM region WHERE code = ?').get(input.withinCode)) getRegion(ctx, input.withinCode);
  const options = { ...(input.level ? { level: input.level } : {}), ...(input.withinCode ? { withinCode: input.withinCode } : {}) };
  return resolverFor(ctx.sqlite).resolve(input.text, options);
}

/** What the NIK analyser needs to know about codes, answered by the region table. */
export function regionLookup(sqlite: Sqlite): RegionCodeLookup {
  const exists = stmt(sqlite, 'SELECT 1 FROM region WHERE code = ? AND level = ?').pluck();
  return {
    provinceExists: (code) => exists.get(code, 1) !== undefined,
    regencyExists: (code) => exists.get(code, 2) !== undefined,
    districtExists: (code) => exists.get(code, 3) !== undefined,
  };
}

/**
 * The same answers remembered for one run (an import's check): a million NIKs name a few
 * thousand codes, and a query per NIK and level cost a quarter of the check.
 */
export function rememberingRegionLookup(sqlite: Sqlite): RegionCodeLookup {
  const asked = regionLookup(sqlite);
  const remember = (ask: (code: string) => boolean) => {
    const known = new Map<string, boolean>();
    return (code: string) => {
      let found = known.get(code);
      if (found === undefined) known.set(code, (found = ask(code)));
      return found;
    };
  };
  return { provinceExists: remember(asked.provinceExists), regencyExists: remember(asked.regencyExists), districtExists: remember(asked.districtExists) };
}
