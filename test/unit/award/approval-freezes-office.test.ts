import { describe, expect, it } from 'vitest';
import { loadBriefSource, loadPackageSource } from '../../../core/award/package-source-loader.ts';
import { tinyPng } from '../support/test-db.ts';
import { ok } from './support.ts';
import { filledForPackage, packageBytes } from './package-support.ts';

// "Byte-for-byte the same package from the same approved cycle": the letterhead (office name,
// address, phone, email, logo) is frozen at approval, so changing the office profile afterwards
// leaves the package as it was; withdrawn and approved again, the new letterhead is taken.

const profile = { officeName: 'Disperinaker Kabupaten Badung', address: 'Jl. Raya Sempidi', headName: 'I Putu Eka Merthawan', headNip: '197001011990031001', phone: '', email: '', timeZone: 'WITA' as const, logo: null };

describe('the letterhead frozen at approval', () => {
  it('gives the same package bytes after the office profile changed', async () => {
    const { world, cycle } = await filledForPackage();
    const { app, snapshotUid } = world;
    ok(await app.call('settings.officeProfile.save', { ...profile, logo: tinyPng }));
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    const first = await packageBytes(app, cycle.uid);

    ok(await app.call('settings.officeProfile.save', { ...profile, officeName: 'Dinas Tenaga Kerja Badung', address: 'Jl. Baru 1', phone: '0361 123456', email: 'disnaker@badungkab.go.id', logo: null }));
    const second = await packageBytes(app, cycle.uid);
    expect(second.equals(first)).toBe(true);
    const office = loadPackageSource(app.ctx, cycle.uid).office;
    expect(office).toMatchObject({ name: 'Disperinaker Kabupaten Badung', address: 'Jl. Raya Sempidi', phone: '', email: '' });
    expect(office.logo?.bytes.equals(Buffer.from(tinyPng.base64, 'base64'))).toBe(true);

    // Withdrawn and approved again: the letterhead of now.
    ok(await app.callAs('kepala_dinas', 'award.withdraw', { cycleUid: cycle.uid, reason: 'Kop surat kantor berganti' }));
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    expect(loadPackageSource(app.ctx, cycle.uid).office).toMatchObject({ name: 'Dinas Tenaga Kerja Badung', address: 'Jl. Baru 1', logo: null });
  });

  it("freezes the brief's regulations in force with the approval: a rule entered afterwards is on a draft's brief only", async () => {
    const { world, cycle } = await filledForPackage();
    const { app, snapshotUid } = world;
    ok(await app.call('settings.officeProfile.save', profile));
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    const approvedList = loadBriefSource(app.ctx, cycle.uid).regulations.map((r) => r.label);
    // Entered after the approval, in force since 2024 (inside the cycle's period): not in the approved data.
    ok(await app.call('regulations.save', { jenis: 'perbup', nomor: '12', tahun: 2024, teuBadan: 'Badung (Kabupaten)', areaCode: '51.03', judul: 'Perlindungan Pekerja Rentan Badung', subjek: 'Pekerja rentan', tanggalPenetapan: '2024-03-01', tanggalPengundangan: '2024-03-02' }));
    expect(loadBriefSource(app.ctx, cycle.uid).regulations.map((r) => r.label)).toEqual(approvedList);
    // Withdrawn, the cycle is a draft again: its brief reads the register as it is.
    ok(await app.callAs('kepala_dinas', 'award.withdraw', { cycleUid: cycle.uid, reason: 'Regulasi baru dimasukkan' }));
    expect(loadBriefSource(app.ctx, cycle.uid).regulations.map((r) => r.label)).toContain('Perbup Badung No. 12 Tahun 2024');
    // The package's annexes are only its tables: the brief's frozen parts are not one of them.
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    expect(loadPackageSource(app.ctx, cycle.uid).annexes.every((a) => a.fileName && a.table)).toBe(true);
  });
});
