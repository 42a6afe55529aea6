import { describe, expect, it } from 'vitest';
import { badungApp, sampleEmployer } from './support.ts';

async function desaOf(app: Awaited<ReturnType<typeof badungApp>>, kecamatan: string) {
  const result = await app.call('regions.children', { parentCode: kecamatan });
  if (!result.ok) throw new Error('regions');
  return result.data[0]!.code;
}

describe('employer register: records', () => {
  it('creates a record with identity numbers as text, derived section and names, audited', async () => {
    const app = await badungApp();
    const desa = await desaOf(app, '51.03.06');
    const saved = await app.call('employers.save', { ...sampleEmployer, desaCode: desa });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data).toMatchObject({ npwp: '012345678901000', nib: '9120001234567', kbliSection: 'I', kecamatanName: 'Kuta Utara', recordStatus: 'aktif' });
    expect(typeof saved.data.desaName).toBe('string');
    const audit = app.sqlite.prepare("SELECT action, after FROM audit_log WHERE entity = 'employer'").all() as { action: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after).npwp).toBe('012345678901000');
  });

  it('blocks a NIB, NPWP or NPP already in use and names the existing record', async () => {
    const app = await badungApp();
    await app.call('employers.save', sampleEmployer);
    for (const field of ['nib', 'npwp', 'npp'] as const) {
      const other = { ...sampleEmployer, name: `Usaha Lain ${field}`, nib: '9120009999999', npwp: '', npp: '', [field]: sampleEmployer[field] };
      const result = await app.call('employers.save', other);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('CONFLICT');
      expect(result.error.details).toMatchObject({ kind: 'duplicate_id', field, existing: { name: 'PT Bali Segara Sejahtera' } });
    }
    expect(app.count('employer')).toBe(1);
  });

  it('warns of a similar name in the same desa and lets the user continue', async () => {
    const app = await badungApp();
    const desa = await desaOf(app, '51.03.06');
    await app.call('employers.save', { ...sampleEmployer, desaCode: desa });
    const similar = { ...sampleEmployer, name: 'CV. Bali Segara Sejahtra', nib: '', npwp: '', npp: '', bpjsStatus: 'pwbd' as const, bpjsProgrammes: [], desaCode: desa };
    const warned = await app.call('employers.save', similar);
    expect(!warned.ok && warned.error.details).toMatchObject({ kind: 'similar_name', similar: [{ name: 'PT Bali Segara Sejahtera' }] });
    const elsewhere = await app.call('employers.save', { ...similar, kecamatanCode: '51.03.01', desaCode: await desaOf(app, '51.03.01') });
    expect(elsewhere.ok).toBe(true);
    const confirmed = await app.call('employers.save', { ...similar, confirmSimilarName: true });
    expect(confirmed.ok).toBe(true);
  });

  it('refuses a kecamatan outside the office area, a desa of another kecamatan, and bad KBLI', async () => {
    const app = await badungApp();
    const outside = await app.call('employers.save', { ...sampleEmployer, kecamatanCode: '51.71.01' });
    expect(!outside.ok && outside.error.details).toMatchObject({ issues: [{ path: 'kecamatanCode' }] });
    const wrongDesa = await app.call('employers.save', { ...sampleEmployer, desaCode: await desaOf(app, '51.03.01') });
    expect(!wrongDesa.ok && wrongDesa.error.details).toMatchObject({ issues: [{ path: 'desaCode' }] });
    const kbli = await app.call('employers.save', { ...sampleEmployer, kbliCodes: ['5511'] });
    expect(!kbli.ok && kbli.error.details).toMatchObject({ issues: [{ path: 'kbliCodes' }] });
    const badNib = await app.call('employers.save', { ...sampleEmployer, nib: '12345' });
    expect(!badNib.ok && badNib.error.code).toBe('INVALID_INPUT');
    expect(app.count('employer')).toBe(0);
  });

  it('closes and removes records without deleting them, with the reason, and restores', async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', sampleEmployer);
    if (!saved.ok) throw new Error('save');
    const noReason = await app.call('employers.setStatus', { uid: saved.data.uid, recordStatus: 'tutup', reason: '' });
    expect(!noReason.ok && noReason.error.code).toBe('INVALID_INPUT');
    const closed = await app.call('employers.setStatus', { uid: saved.data.uid, recordStatus: 'dihapus', reason: 'Data ganda dari impor lama' });
    expect(closed.ok && closed.data).toMatchObject({ recordStatus: 'dihapus', statusReason: 'Data ganda dari impor lama' });
    expect(app.count('employer')).toBe(1);
    // A removed record frees its numbers for a new one; restoring the old one is then refused.
    const again = await app.call('employers.save', { ...sampleEmployer, name: 'PT Bali Segara Sejahtera Baru' });
    expect(again.ok).toBe(true);
    const restore = await app.call('employers.setStatus', { uid: saved.data.uid, recordStatus: 'aktif', reason: '' });
    expect(!restore.ok && restore.error.code).toBe('CONFLICT');
    const actions = app.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'employer' ORDER BY id").pluck().all();
    expect(actions).toEqual(['create', 'remove', 'create']);
  });

  it('links a branch to its head office', async () => {
    const app = await badungApp();
    const head = await app.call('employers.save', sampleEmployer);
    if (!head.ok) throw new Error('save');
    const orphan = await app.call('employers.save', { ...sampleEmployer, name: 'Cabang Kuta', nib: '', npwp: '', npp: 'NN099999', officeType: 'cabang' });
    expect(!orphan.ok && orphan.error.details).toMatchObject({ issues: [{ path: 'headOfficeUid' }] });
    const branch = await app.call('employers.save', { ...sampleEmployer, name: 'Cabang Kuta', nib: '', npwp: '', npp: 'NN099999', officeType: 'cabang', headOfficeUid: head.data.uid });
    expect(branch.ok && branch.data.headOfficeName).toBe('PT Bali Segara Sejahtera');
    const detail = await app.call('employers.get', { uid: head.data.uid });
    expect(detail.ok && detail.data.branches.map((b) => b.name)).toEqual(['Cabang Kuta']);
  });

  it('keeps follow-ups and lists those due or overdue', async () => {
    const app = await badungApp(); // today 2026-11-24 WITA
    const saved = await app.call('employers.save', sampleEmployer);
    if (!saved.ok) throw new Error('save');
    const uid = saved.data.uid;
    await app.call('employers.followUps.save', { employerUid: uid, kind: 'teguran_1', date: '2026-11-01', letterNumber: '560/123/Disperinaker', dueDate: '2026-11-11' });
    await app.call('employers.followUps.save', { employerUid: uid, kind: 'teguran_2', date: '2026-11-20', letterNumber: '560/150/Disperinaker', dueDate: '2026-11-30' });
    await app.call('employers.followUps.save', { employerUid: uid, kind: 'kunjungan', date: '2026-11-20', dueDate: '2027-03-01' });
    const backwards = await app.call('employers.followUps.save', { employerUid: uid, kind: 'kunjungan', date: '2026-11-20', dueDate: '2026-11-01' });
    expect(!backwards.ok && backwards.error.code).toBe('INVALID_INPUT');
    const due = await app.call('employers.followUps.due', { withinDays: 14 });
    expect(due.ok && due.data.map((f) => [f.kind, f.overdue])).toEqual([
      ['teguran_1', true],
      ['teguran_2', false],
    ]);
  });

  it("marks a closed firm's follow-ups on the due list with its status", async () => {
    const app = await badungApp(); // today 2026-11-24 WITA
    const saved = await app.call('employers.save', sampleEmployer);
    if (!saved.ok) throw new Error('save');
    await app.call('employers.followUps.save', { employerUid: saved.data.uid, kind: 'teguran_1', date: '2026-11-01', dueDate: '2026-11-11' });
    const open = await app.call('employers.followUps.due', { withinDays: 14 });
    expect(open.ok && open.data.map((f) => f.employerStatus)).toEqual(['aktif']);
    await app.call('employers.setStatus', { uid: saved.data.uid, recordStatus: 'tutup', reason: 'Usaha berhenti' });
    const closed = await app.call('employers.followUps.due', { withinDays: 14 });
    expect(closed.ok && closed.data.map((f) => [f.kind, f.employerStatus])).toEqual([['teguran_1', 'tutup']]);
    await app.call('employers.setStatus', { uid: saved.data.uid, recordStatus: 'dihapus', reason: 'Data ganda' });
    const removed = await app.call('employers.followUps.due', { withinDays: 14 });
    expect(removed.ok && removed.data).toEqual([]);
  });

  it('refuses a date that has the shape of one but is no day', async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', sampleEmployer);
    if (!saved.ok) throw new Error('save');
    const feb31 = await app.call('employers.followUps.save', { employerUid: saved.data.uid, kind: 'teguran_1', date: '2026-01-06', dueDate: '2026-02-31' });
    expect(!feb31.ok && feb31.error.details).toMatchObject({ issues: [{ path: 'dueDate', messageKey: 'validation.invalid' }] });
    const startDate = await app.call('employers.save', { ...sampleEmployer, uid: saved.data.uid, startDate: '2015-02-29' });
    expect(!startDate.ok && startDate.error.code).toBe('INVALID_INPUT');
    expect(app.count('employer_follow_up')).toBe(0);
  });

  it("refuses a date after the office's today and a WLKP before the business started, at the field", async () => {
    const app = await badungApp(); // today 24/11/2026 WITA
    const refused = async (values: Record<string, unknown>) => {
      const r = await app.call('employers.save', { ...sampleEmployer, ...values });
      return r.ok ? null : [r.error.message, (r.error.details as { issues: { path: string }[] }).issues.map((i) => i.path)];
    };
    expect(await refused({ startDate: '2030-01-01' })).toEqual(['Mulai usaha (01/01/2030) sesudah hari ini (24/11/2026). Isi tanggal yang sudah terjadi, seperti tertulis pada dokumennya.', ['startDate']]);
    expect(await refused({ wlkpDate: '2026-11-25' })).toEqual([expect.stringMatching(/^Tanggal WLKP \(25\/11\/2026\) sesudah hari ini/), ['wlkpDate']]);
    expect(await refused({ startDate: '2021-03-01', wlkpDate: '2020-01-01' })).toEqual(['Tanggal WLKP (01/01/2020) sebelum mulai usaha (01/03/2021). Perusahaan melapor sesudah usahanya mulai: periksa kedua tanggalnya.', ['wlkpDate']]);
    expect(await refused({ startDate: '2021-03-01', wlkpDate: '2021-03-01', bpjsInfoDate: '2026-11-24' })).toBeNull();
  });
});
