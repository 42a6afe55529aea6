import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../../../core/api/audit.ts';
import type { PersonInput } from '../../../core/api/workers.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit } from '../imports-pipeline/support.ts';
import { workerDryRun } from '../workers/import-support.ts';
import { ok } from '../coverage-inputs/support.ts';

// Codes of the office's editable lists (a person's vulnerable category, a period's funding
// source, an aggregate's) read in a change's detail as the lists label them, in each language:
// the record's history, the change log's entry, an import's changed rows. A code the list no
// longer holds reads as itself.

const dir = tempDir('lindung-list-labels-');
const nik = '5103064507900002';

const person = (extra: Partial<PersonInput> = {}): PersonInput => ({
  nik,
  name: 'Ni Luh Putu Sukerti',
  kecamatanCode: '51.03.06',
  desaCode: '51.03.06.2006',
  category: 'petani',
  periods: [{ segment: 'BPU', startDate: '2025-01-01', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'Daftar desa 2025' }],
  ...extra,
});

/** A change's field, label and values as a user reads them. */
const said = (changes: readonly FieldChange[], field: string) => {
  const c = changes.find((x) => x.field === field);
  return c && { label: c.label, before: c.shownBefore, after: c.shownAfter };
};

describe('editable-list codes in change details', { timeout: 120_000 }, () => {
  it("say a person's category and a period's funding source by their labels, in both languages", async () => {
    const app = await badungApp();
    const saved = await app.call('workers.save', person());
    if (!saved.ok) throw new Error(saved.error.message);
    const { person: p, periods } = saved.data;
    const edited = await app.call('workers.save', person({ uid: p.uid, category: 'nelayan', periods: periods.map((q) => ({ uid: q.uid, segment: q.segment, startDate: q.startDate, programmes: q.programmes, funding: 'apbdes', source: q.source })) }));
    if (!edited.ok) throw new Error(edited.error.message);
    // A list of the province's funding moves her period to it.
    const file = dir.path('provinsi.csv');
    writeFileSync(file, ['NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Sumber dana;Program', `${nik};Ni Luh Putu Sukerti;Br. Kaja;Dalung;Nelayan;BPU;01/01/2025;APBD provinsi;JKK, JKM`].join('\n'));
    const { job } = await workerDryRun(app, file, 'provinsi.csv');
    expect((await commit(app, job.id)).status).toBe('done');

    const history = await app.call('registers.history', { register: 'worker', uid: p.uid });
    if (!history.ok) throw new Error(history.error.message);
    const [imported, update, create] = [history.data.find((e) => e.action === 'import-update' && e.changes.some((c) => c.field === 'periods'))!, history.data.find((e) => e.action === 'update')!, history.data.find((e) => e.action === 'create')!];
    // The record's history: the form's change and the values it was made with.
    expect(said(update.changes, 'category')).toEqual({ label: { id: 'Kategori rentan', en: 'Vulnerable category' }, before: { id: 'Petani', en: 'Farmers' }, after: { id: 'Nelayan', en: 'Fishers' } });
    expect(said(create.changes, 'category')?.after).toEqual({ id: 'Petani', en: 'Farmers' });
    expect(said(update.changes, 'periods')?.after).toEqual({ id: 'BPU 01/01/2025 – … · JKK, JKM · APBDes (dana desa)', en: 'BPU 01/01/2025 – … · JKK, JKM · Village budget (APBDes)' });
    expect(said(imported.changes, 'periods')?.after).toEqual({ id: 'BPU 01/01/2025 – … · JKK, JKM · APBD provinsi', en: 'BPU 01/01/2025 – … · JKK, JKM · Provincial budget (APBD)' });

    // The change log's entry of the form's save, described on the server.
    const auditId = app.sqlite.prepare("SELECT id FROM audit_log WHERE entity = 'person' AND action = 'update'").pluck().get() as number;
    const entry = await app.call('audit.get', { id: auditId });
    if (!entry.ok) throw new Error(entry.error.message);
    expect(said(entry.data.changes, 'category')).toEqual(said(update.changes, 'category'));

    // The import's changed rows: the period's funding source, named and in words.
    const batches = await app.call('imports.history', { register: 'worker' });
    if (!batches.ok) throw new Error(batches.error.message);
    const rows = await app.call('imports.changes', { batchUid: batches.data[0]!.uid, page: 0, pageSize: 50 });
    if (!rows.ok) throw new Error(rows.error.message);
    const funding = rows.data.rows.flatMap((r) => r.changes).filter((c) => c.field === 'funding');
    expect(funding.map((c) => said([c], 'funding'))).toEqual([
      { label: { id: 'Sumber dana', en: 'Funding' }, before: { id: 'APBDes (dana desa)', en: 'Village budget (APBDes)' }, after: { id: 'APBD provinsi', en: 'Provincial budget (APBD)' } },
    ]);

    // An item the list no longer holds: its code, in both languages.
    app.sqlite.prepare("DELETE FROM lookup_item WHERE list = 'vulnerable_category' AND code = 'nelayan'").run();
    const later = await app.call('registers.history', { register: 'worker', uid: p.uid });
    if (!later.ok) throw new Error(later.error.message);
    expect(said(later.data.find((e) => e.action === 'update')!.changes, 'category')?.after).toEqual({ id: 'nelayan', en: 'nelayan' });
  });

  it("say a coverage aggregate's category and funding source by their labels", async () => {
    const app = await badungApp();
    const saved = await ok(app.call('coverageInputs.aggregates.save', { areaCode: '51.03', segment: 'BPU', category: 'petani', funding: 'apbd_kabkota', count: 120, asOfDate: '2024-01-31', sourceKind: 'bpjs', source: 'BPJS Cabang Badung, Januari 2024' }));
    const history = await app.call('registers.history', { register: 'coverage_aggregate', uid: saved.uid });
    if (!history.ok) throw new Error(history.error.message);
    const created = history.data.at(-1)!.changes;
    expect([said(created, 'category')?.after, said(created, 'funding')?.after]).toEqual([
      { id: 'Petani', en: 'Farmers' },
      { id: 'APBD kabupaten/kota', en: 'District/city budget (APBD)' },
    ]);
  });
});
