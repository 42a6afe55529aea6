import { newUid } from '../../../db/ids.ts';
import { count, eq } from 'drizzle-orm';
import { foldText } from '../../../db/fold.ts';
import { contributionRule, kbliEntry, lookupItem, referenceSource } from '../../../db/schema/index.ts';
import { writeAudited } from '../../audit/write.ts';
import type { CoreContext as ServiceContext } from '../../context.ts';
import { seedContributionRules } from '../contributions/seed-rules.ts';
import { KBLI_2020_DIVISIONS, KBLI_2020_SECTIONS } from '../kbli/kbli-2020.ts';
import { seedLists } from '../lists/seed-lists.ts';
import { idnAreaRegions, idnAreaVersion } from '../regions/idn-area-source.ts';

// Reference tables are loaded at start-up when empty (or, for regions, when the source
// package has a new version). Each load is one audited transaction; user edits to
// rules and lists are never overwritten.

export interface ReferenceLoadReport {
  regions: number | null; // rows loaded now, null when already current
  kbli: number | null;
  contributionRules: number | null;
  lists: Record<string, number>;
}

const isEmpty = (ctx: ServiceContext, table: typeof kbliEntry | typeof contributionRule) =>
  (ctx.db.select({ n: count() }).from(table).get()?.n ?? 0) === 0;

function loadRegions(ctx: ServiceContext): number | null {
  // Parsing 91,000 rows takes ~0.4 s: only when the package's version differs from the loaded one.
  // Each row is written as it is read, so the process never holds them all (see idnAreaRegions).
  const current = ctx.db.select().from(referenceSource).where(eq(referenceSource.key, 'regions')).get();
  if (current && current.version === idnAreaVersion()) return null;
  const { source, rows } = idnAreaRegions();
  return writeAudited(ctx, ({ db, audit }) => {
    ctx.sqlite.prepare('DELETE FROM region').run();
    const insert = ctx.sqlite.prepare('INSERT INTO region (code, parent_code, level, kind, name, name_fold) VALUES (?, ?, ?, ?, ?, ?)');
    let rowCount = 0;
    for (const r of rows) {
      insert.run(r.code, r.parentCode, r.level, r.kind, r.name, foldText(r.name));
      rowCount++;
    }
    const values = {
      key: 'regions',
      name: source.name,
      version: source.version,
      regulation: source.regulation,
      license: source.license,
      attribution: source.attribution,
      loadedAt: ctx.now().toISOString(),
      rowCount,
    };
    db.insert(referenceSource).values(values).onConflictDoUpdate({ target: referenceSource.key, set: values }).run();
    audit({ action: 'load', entity: 'reference_source', entityUid: 'regions', before: current ?? null, after: values });
    return rowCount;
  });
}

function loadKbli(ctx: ServiceContext): number | null {
  if (!isEmpty(ctx, kbliEntry)) return null;
  const rows = [
    ...KBLI_2020_SECTIONS.map((s) => ({ code: s.code, section: s.code, level: 'kategori' as const, nameId: s.nameId, nameEn: s.nameEn })),
    ...KBLI_2020_DIVISIONS.map((d) => ({ code: d.code, section: d.section, level: 'golongan-pokok' as const, nameId: d.nameId, nameEn: d.nameEn })),
  ];
  return writeAudited(ctx, ({ db, audit }) => {
    for (const row of rows) db.insert(kbliEntry).values(row).run();
    const values = { key: 'kbli', name: 'KBLI 2020 (Peraturan BPS 2/2020): kategori dan golongan pokok', version: '2020', regulation: 'Peraturan BPS Nomor 2 Tahun 2020', license: '', attribution: 'Badan Pusat Statistik', loadedAt: ctx.now().toISOString(), rowCount: rows.length };
    db.insert(referenceSource).values(values).onConflictDoUpdate({ target: referenceSource.key, set: values }).run();
    audit({ action: 'load', entity: 'reference_source', entityUid: 'kbli', before: null, after: values });
    return rows.length;
  });
}

function loadContributionRules(ctx: ServiceContext): number | null {
  if (!isEmpty(ctx, contributionRule)) return null;
  const rules = seedContributionRules();
  return writeAudited(ctx, ({ db, audit }) => {
    for (const rule of rules) db.insert(contributionRule).values(rule).run();
    audit({ action: 'load', entity: 'contribution_rule', entityUid: null, before: null, after: { rows: rules.length, source: 'seed' } });
    return rules.length;
  });
}

function loadLists(ctx: ServiceContext): Record<string, number> {
  const loaded: Record<string, number> = {};
  for (const [list, items] of Object.entries(seedLists) as [keyof typeof seedLists, (typeof seedLists)[keyof typeof seedLists]][]) {
    const existing = ctx.db.select({ n: count() }).from(lookupItem).where(eq(lookupItem.list, list)).get()?.n ?? 0;
    if (existing > 0) continue;
    loaded[list] = writeAudited(ctx, ({ db, audit }) => {
      items.forEach((item, index) => {
        db.insert(lookupItem).values({ uid: newUid(), list, sortOrder: (index + 1) * 10, description: '', ...item }).run();
      });
      audit({ action: 'load', entity: 'lookup_item', entityUid: list, before: null, after: { list, rows: items.length } });
      return items.length;
    });
  }
  return loaded;
}

export function ensureReferenceData(ctx: ServiceContext): ReferenceLoadReport {
  return {
    regions: loadRegions(ctx),
    kbli: loadKbli(ctx),
    contributionRules: loadContributionRules(ctx),
    lists: loadLists(ctx),
  };
}
