import { describe, expect, it } from 'vitest';
import { waitJob } from '../imports-pipeline/support.ts';
import { badungApp, perbupJembrana, saved } from './support.ts';

// A regulation's area ("Wilayah berlaku") on a real database: saved and changed at province,
// kabupaten/kota or kecamatan level, an unknown or malformed code refused on the field, and the
// demo office's own Perbup (Jembrana 48/2023) carrying Jembrana's area.

describe('regulation area', () => {
  it('saves the area of a regulation and changes it, with its name', async () => {
    const app = await badungApp();
    const uid = await saved(app, { ...perbupJembrana, teuBadan: 'Badung (Kabupaten)', areaCode: '51.03' });
    const detail = await app.call('regulations.get', { uid });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.data.regulation.areaCode).toBe('51.03');
    expect(detail.data.regulation.areaName).toMatch(/Badung/i);
    for (const areaCode of ['51.03.01', '51', null]) {
      const changed = await app.call('regulations.save', { ...perbupJembrana, teuBadan: 'Badung (Kabupaten)', uid, areaCode });
      if (!changed.ok) throw new Error(changed.error.message);
      expect(changed.data.regulation.areaCode).toBe(areaCode);
    }
    expect(app.sqlite.prepare('SELECT area_code FROM regulation WHERE uid = ?').pluck().get(uid)).toBeNull();
  });

  it('refuses an unknown region code on the area field, in Indonesian, and saves nothing', async () => {
    const app = await badungApp();
    const unknown = await app.call('regulations.save', { ...perbupJembrana, areaCode: '51.99' });
    if (unknown.ok) throw new Error('saved an unknown area');
    expect(unknown.error.code).toBe('INVALID_INPUT');
    expect(unknown.error.message).toBe('Wilayah berlaku "51.99" tidak ada dalam daftar wilayah.');
    expect((unknown.error.details as { issues?: { path: string }[] }).issues?.map((i) => i.path)).toEqual(['areaCode']);
    const malformed = await app.call('regulations.save', { ...perbupJembrana, areaCode: 'Badung' });
    expect(!malformed.ok && malformed.error.code).toBe('INVALID_INPUT');
    expect(app.count('regulation')).toBe(0);
  });

  it("gives the demo office's own Perbup (Jembrana 48/2023) the Jembrana area", async () => {
    const app = await badungApp();
    const loaded = await app.call('regulations.demo', {});
    if (!loaded.ok) throw new Error(loaded.error.message);
    const job = await waitJob(app, loaded.data);
    expect(job.status).toBe('done');
    expect(app.sqlite.prepare("SELECT area_code FROM regulation WHERE jenis = 'perbup' AND nomor = '48' AND tahun = 2023").pluck().get()).toBe('51.01');
  });
});
