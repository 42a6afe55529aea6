import type { RegisterDefinition } from '../../../../core/registers/register-definition.ts';
import type { RegisterImporter } from '../../../../core/imports/register-importer.ts';
import { household, member } from './tables.ts';

// The tiny register's declaration: configuration over the shared floors and nothing else. Its
// words come with it; the shared floors never name it.

interface Values {
  code: string;
  name: string;
  kind: string;
  member: string;
  role: string;
}

const text = (cell: unknown) => (cell === undefined || cell === null ? '' : String(cell).trim());

export const tinyImporter: RegisterImporter<Values> = {
  fields: [
    { key: 'code', label: { key: 'tiny.import.code' }, synonyms: ['kode rumah tangga', 'kode rt'], required: true, example: 'RT-001', identity: true },
    { key: 'name', label: { key: 'tiny.import.name' }, synonyms: ['nama rumah tangga'], required: true, example: 'Keluarga Wayan' },
    { key: 'kind', label: { key: 'tiny.fields.kind' }, synonyms: ['jenis'], example: 'biasa', choices: [{ value: 'biasa', label: { key: 'tiny.kind.biasa' } }, { value: 'rentan', label: { key: 'tiny.kind.rentan' } }] },
    { key: 'member', label: { key: 'tiny.import.member' }, synonyms: ['nama anggota'], required: true, example: 'Wayan' },
    { key: 'role', label: { key: 'tiny.import.role' }, synonyms: ['peran'], example: 'kepala' },
  ],
  tables: [
    { key: 'household', table: household, entity: 'tiny_household', label: 'name', writes: ['code', 'name', 'kind'] },
    { key: 'member', table: member, entity: 'tiny_member', label: 'name', writes: ['name', 'role'], parent: { table: 'household', column: 'householdId' } },
  ],
  templateName: { key: 'tiny.templateName' },
  repeatable: ['KODE'],
  session(ctx) {
    const byCode = ctx.sqlite.prepare('SELECT * FROM tiny_household WHERE code = ?');
    const memberOf = ctx.sqlite.prepare('SELECT 1 FROM tiny_member WHERE household_id = ? AND name = ?');
    return {
      convert(cells) {
        const values = { code: text(cells.code), name: text(cells.name), kind: text(cells.kind).toLowerCase() || 'biasa', member: text(cells.member), role: text(cells.role) };
        const issues = [];
        if (!values.code) issues.push({ field: 'code', message: { key: 'tiny.import.codeRequired' }, severity: 'error' as const });
        if (!values.member) issues.push({ field: 'member', message: { key: 'tiny.import.memberRequired' }, severity: 'error' as const });
        if (!['biasa', 'rentan'].includes(values.kind)) issues.push({ field: 'kind', message: { key: 'tiny.import.unknownKind', params: { kind: values.kind } }, severity: 'error' as const });
        return { values: issues.length ? null : values, issues, label: values.name };
      },
      match(rows) {
        return rows.map((v) => {
          const row = v ? (byCode.get(v.code) as { id: number; uid: string; code: string; name: string; kind: string } | undefined) : undefined;
          return row ? { id: row.id, uid: row.uid, row: { code: row.code, name: row.name, kind: row.kind } } : undefined;
        });
      },
      plan(values, provided, existing) {
        // An import never overwrites what the file leaves out.
        const kind = existing && !provided.has('kind') ? existing.row.kind : values.kind;
        const writes = [{ table: 'household', ...(existing ? { target: existing } : {}), columns: { code: values.code, name: values.name, kind } }];
        // A member already in the household is not added again.
        if (existing && memberOf.get(existing.id, values.member)) return writes;
        return [...writes, { table: 'member', columns: { name: values.member, role: values.role } }];
      },
    };
  },
  fieldOfPath: (path) => path,
  identityKeys: (values) => [{ field: 'code', kind: 'KODE', value: values.code }],
};

export const tinyRegister: RegisterDefinition = {
  key: 'tiny_household',
  entity: 'tiny_household',
  recordTable: household,
  title: { key: 'tiny.title' },
  recordNoun: { key: 'tiny.noun' },
  words: {
    id: { tiny: { title: 'Register rumah tangga', noun: 'Rumah tangga', templateName: 'Templat rumah tangga', fields: { code: 'Kode', name: 'Nama', kind: 'Jenis', members: 'Anggota' }, kind: { biasa: 'Biasa', rentan: 'Rentan' },
      import: { code: 'Kode rumah tangga', name: 'Nama rumah tangga', member: 'Nama anggota', role: 'Peran', codeRequired: 'Kode wajib diisi.', memberRequired: 'Nama anggota wajib diisi.', unknownKind: '"{{kind}}" tidak dikenali.' } } },
    en: { tiny: { title: 'Household register', noun: 'Household', templateName: 'Household template', fields: { code: 'Code', name: 'Name', kind: 'Kind', members: 'Members' }, kind: { biasa: 'Ordinary', rentan: 'Vulnerable' },
      import: { code: 'Household code', name: 'Household name', member: 'Member name', role: 'Role', codeRequired: 'The code is required.', memberRequired: 'The member name is required.', unknownKind: '"{{kind}}" is not known.' } } },
  },
  grid: {
    from: 'tiny_household h',
    select: 'h.id, h.uid, h.code, h.name, h.kind, (SELECT count(*) FROM tiny_member m WHERE m.household_id = h.id) AS members',
    primaryKey: 'h.id',
    defaultSort: [{ colId: 'code', sort: 'asc' }],
  },
  columns: [
    { id: 'code', sql: 'h.code', type: 'text', notNull: true, label: { key: 'tiny.fields.code' }, cell: { kind: 'identity' } },
    { id: 'name', sql: 'h.name', type: 'text', notNull: true, label: { key: 'tiny.fields.name' }, cell: { kind: 'text' } },
    { id: 'kind', sql: 'h.kind', type: 'set', notNull: true, label: { key: 'tiny.fields.kind' }, cell: { kind: 'choice', choices: { biasa: { key: 'tiny.kind.biasa' }, rentan: { key: 'tiny.kind.rentan' } } } },
    { id: 'members', sql: '(SELECT count(*) FROM tiny_member m WHERE m.household_id = h.id)', type: 'number', notNull: true, label: { key: 'tiny.fields.members' }, cell: { kind: 'number' } },
  ],
  countBy: ['kind'],
  labelSql: 'h.name',
  uidSql: 'h.uid',
  importer: tinyImporter,
};
