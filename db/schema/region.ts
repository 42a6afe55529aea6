import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Kode wilayah Kemendagri for all of Indonesia, loaded from a named, versioned source
// (reference_source). Codes are the natural key: '51', '51.03', '51.03.06', '51.03.06.2001'.
export const region = sqliteTable(
  'region',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    level: integer('level').notNull(), // 1 provinsi, 2 kab/kota, 3 kecamatan, 4 desa/kelurahan
    kind: text('kind', { enum: ['provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'] }).notNull(),
    name: text('name').notNull(),
    nameFold: text('name_fold').notNull(), // folded for search (see db/fold.ts)
  },
  (t) => [index('region_parent_idx').on(t.parentCode, t.name), index('region_name_fold_idx').on(t.nameFold)],
);
