import { sql } from 'drizzle-orm';
import { blob, check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// One row (id = 1): the office that uses this copy of the app.
export const officeProfile = sqliteTable(
  'office_profile',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    officeName: text('office_name').notNull(),
    address: text('address').notNull().default(''),
    headName: text('head_name').notNull().default(''),
    headNip: text('head_nip').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    timeZone: text('time_zone', { enum: ['WIB', 'WITA', 'WIT'] }).notNull().default('WITA'),
    // The office's area: a province ('51') or a kabupaten/kota ('51.03'); scopes pickers and reports.
    level: text('level', { enum: ['provinsi', 'kabupaten_kota'] }),
    areaCode: text('area_code'),
    logoMime: text('logo_mime'),
    logo: blob('logo', { mode: 'buffer' }),
    updatedAt: text('updated_at'),
    // UU PDP, data minimisation: the worker register opens with its NIK column hidden (anyone
    // who reads the register may still show it); off, the NIK shows until a user hides it.
    hideNikByDefault: integer('hide_nik_by_default', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [check('office_profile_single_row', sql`${t.id} = 1`)],
);
