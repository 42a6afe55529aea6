import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { issuerKey, sameIssuer } from '../../../core/regulations/same-issuer.ts';
import { waitJob } from '../imports-pipeline/support.ts';
import { badungApp, perbupJembrana, saved, type App } from './support.ts';

// One regulation is recorded once, however its issuing body is written: "Jembrana (Kabupaten)"
// as JDIH writes it, "Kabupaten Jembrana", or left blank (walk 32 saved the same Perbup three times).

const refused = async (app: App, values: Record<string, unknown>) => {
  const r = await app.call('regulations.save', { ...perbupJembrana, judul: 'Uji duplikat nomor', ...values });
  return r.ok ? null : { code: r.error.code, path: (r.error.details as { issues?: { path: string }[] }).issues?.[0]?.path, message: r.error.message };
};

describe('the same regulation from the same body', () => {
  it('reads a body the same in any order, spelling or level word', () => {
    expect(issuerKey('Jembrana (Kabupaten)')).toBe(issuerKey('Kabupaten Jembrana'));
    expect(issuerKey('Pemerintah Kab. Jembrana')).toBe(issuerKey('KABUPATEN  JEMBRANA'));
    expect(issuerKey('Bupati Jembrana')).toBe(issuerKey('Jembrana (Kabupaten)'));
    expect(issuerKey('Kota Denpasar')).not.toBe(issuerKey('Kabupaten Denpasar'));
    expect(issuerKey('  ')).toBe('');
    expect(sameIssuer({ teuBadan: '', areaCode: '51.01' }, { teuBadan: 'Badung (Kabupaten)', areaCode: '51.03' })).toBe(false);
    expect(sameIssuer({ teuBadan: '', areaCode: null }, { teuBadan: 'Badung (Kabupaten)', areaCode: '51.03' })).toBe(true);
  });

  it('refuses the same number again with the body written another way or left blank, and takes another body\'s', async () => {
    const app = await badungApp();
    await saved(app, perbupJembrana);
    expect(await refused(app, { teuBadan: 'Kabupaten Jembrana' })).toEqual({ code: 'CONFLICT', path: 'nomor', message: expect.stringMatching(/^Sudah ada Perbup .*No\. 48 Tahun 2023 di register \("Perlindungan Jaminan Sosial Pekerja Rentan"\)\. Buka data itu/) });
    // Blank: the message names the record's body and says to fill this one's if it is another's.
    expect(await refused(app, { teuBadan: '' })).toEqual({ code: 'CONFLICT', path: 'teuBadan', message: expect.stringContaining('dengan T.E.U. badan "Jembrana (Kabupaten)". Bila ini peraturan yang sama, buka data itu; bila dari badan lain, isi T.E.U. badan-nya.') });
    // Badung's Perbup 48/2023 is another regulation.
    expect(await refused(app, { teuBadan: 'Badung (Kabupaten)' })).toBeNull();
    expect(app.count('regulation')).toBe(2);
  });

  it('an import row with the body written another way updates the record instead of adding a second', async () => {
    const app = await badungApp();
    const uid = await saved(app, perbupJembrana);
    const rows = [{ jenis: 'Peraturan Bupati', noPeraturan: '48', tahun: 2023, teuBadan: 'Kabupaten Jembrana', judul: 'Perlindungan Jaminan Sosial Pekerja Rentan', subjek: 'Jaminan sosial' }];
    const staged = await app.runtime.files.stage('jdih.json', Readable.from([Buffer.from(JSON.stringify(rows))]), 50_000_000);
    const jdihn = await app.call('regulations.jdihn.stage', { fileToken: staged.token });
    if (!jdihn.ok) throw new Error(jdihn.error.message);
    const { fileToken } = jdihn.data as { fileToken: string };
    const inspected = await app.call('imports.inspect', { register: 'regulation', fileToken });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const { headerRow, mapping } = inspected.data as Inspection;
    const started = await app.call('imports.dryRun', { register: 'regulation', fileToken, headerRow, mapping });
    if (!started.ok) throw new Error(started.error.message);
    const result = (await waitJob(app, started.data)).result as DryRunResult;
    expect(result.summary).toMatchObject({ total: 1, new: 0, changed: 1 });
    expect(result.rows[0]?.matchUid).toBe(uid);
  });
});
