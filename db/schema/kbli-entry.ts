import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// KBLI 2020: sections (A–U) and 2-digit divisions seeded; a fuller list can be imported later.
export const kbliEntry = sqliteTable(
  'kbli_entry',
  {
    code: text('code').primaryKey(), // 'G', '47', '47111'
    section: text('section').notNull(),
    level: text('level', { enum: ['kategori', 'golongan-pokok', 'golongan', 'subgolongan', 'kelompok'] }).notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull().default(''),
  },
  (t) => [index('kbli_entry_section_idx').on(t.section, t.code)],
);
