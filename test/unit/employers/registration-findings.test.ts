import { describe, expect, it } from 'vitest';
import { newRegistrationFindings, registrationFindings, registrationFindingText } from '../../../core/employers/employer-checks.ts';
import { badungApp, sampleEmployer } from './support.ts';

// A record marked Terdaftar needs an NPP and the programmes its scale must join (PP 6/2025
// Pasal 4); without them the save asks for confirmation, and "PDS program" is the status
// for an employer that has not joined every mandatory programme.

const registered = { bpjsStatus: 'terdaftar' as const, npp: 'NN012345', bpjsProgrammes: ['JKK', 'JKM', 'JHT'] as ('JKK' | 'JKM' | 'JHT' | 'JP')[], businessScale: 'kecil' as const };

describe('registrationFindings', () => {
  it('finds nothing for a complete Terdaftar record, or for any other status', () => {
    expect(registrationFindings(registered)).toEqual([]);
    expect(registrationFindings({ ...registered, bpjsStatus: 'pds_program', npp: '', bpjsProgrammes: [] })).toEqual([]);
    expect(registrationFindings({ ...registered, bpjsStatus: 'pwbd', npp: '', bpjsProgrammes: [] })).toEqual([]);
  });

  it('finds a missing NPP and the mandatory programmes not ticked, by scale', () => {
    expect(registrationFindings({ ...registered, npp: ' ' })).toEqual([{ kind: 'no_npp', field: 'npp' }]);
    expect(registrationFindings({ ...registered, bpjsProgrammes: ['JKK'] })).toEqual([
      { kind: 'missing_programmes', field: 'bpjsProgrammes', missing: ['JKM', 'JHT'], scale: 'kecil' },
    ]);
    // Medium and large also need JP.
    expect(registrationFindings({ ...registered, businessScale: 'menengah' })).toEqual([
      { kind: 'missing_programmes', field: 'bpjsProgrammes', missing: ['JP'], scale: 'menengah' },
    ]);
    // Scale unknown: the three every employer needs.
    expect(registrationFindings({ ...registered, businessScale: null, npp: '', bpjsProgrammes: [] })).toEqual([
      { kind: 'no_npp', field: 'npp' },
      { kind: 'missing_programmes', field: 'bpjsProgrammes', missing: ['JKK', 'JKM', 'JHT'], scale: null },
    ]);
  });

  it('says each finding in Indonesian and English, pointing to PDS program', () => {
    const [noNpp, missing] = registrationFindings({ ...registered, npp: '', bpjsProgrammes: ['JKK'] }).map(registrationFindingText);
    expect(noNpp?.id).toMatch(/tanpa NPP/);
    expect(missing?.id).toBe('Status Terdaftar, tetapi program wajib untuk usaha kecil belum diikuti: JKM, JHT. Bila memang belum semua program, statusnya PDS program.');
    expect(missing?.en).toMatch(/PDS program/);
  });

  it('counts only what a change introduces', () => {
    const gap = { ...registered, npp: '' };
    expect(newRegistrationFindings(gap, null)).toEqual([{ kind: 'no_npp', field: 'npp' }]);
    expect(newRegistrationFindings(gap, gap)).toEqual([]);
    expect(newRegistrationFindings(gap, { ...gap, bpjsStatus: 'pwbd' })).toEqual([{ kind: 'no_npp', field: 'npp' }]);
    expect(newRegistrationFindings({ ...gap, businessScale: 'besar' }, gap)).toEqual([{ kind: 'missing_programmes', field: 'bpjsProgrammes', missing: ['JP'], scale: 'besar' }]);
  });
});

describe('saving a record as Terdaftar', () => {
  it('asks to confirm Terdaftar without NPP and programmes, writes nothing, and saves once confirmed', async () => {
    const app = await badungApp();
    const bare = { name: 'PT Tanpa Nomor Peserta', kecamatanCode: '51.03.06', bpjsStatus: 'terdaftar' as const };
    const auditRows = app.count('audit_log');
    const asked = await app.call('employers.save', bare);
    expect(asked.ok).toBe(false);
    if (asked.ok) return;
    expect(asked.error.code).toBe('CONFLICT');
    expect(asked.error.details).toEqual({
      kind: 'registration_gaps',
      findings: [
        { kind: 'no_npp', field: 'npp' },
        { kind: 'missing_programmes', field: 'bpjsProgrammes', missing: ['JKK', 'JKM', 'JHT'], scale: null },
      ],
    });
    expect(asked.error.message).toMatch(/PDS program/);
    expect(app.count('employer')).toBe(0);
    expect(app.count('audit_log')).toBe(auditRows);

    const saved = await app.call('employers.save', { ...bare, confirmRegistrationGaps: true });
    expect(saved.ok && saved.data.bpjsStatus).toBe('terdaftar');
    expect(app.count('employer')).toBe(1);
  });

  it('does not ask again when an edit leaves a known gap as it was, but does when the edit makes one', async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', { ...sampleEmployer, npp: '', confirmRegistrationGaps: true });
    if (!saved.ok) throw new Error(saved.error.message);
    const phone = await app.call('employers.save', { ...sampleEmployer, uid: saved.data.uid, npp: '', contactPhone: '0361 123456' });
    expect(phone.ok).toBe(true);
    const dropped = await app.call('employers.save', { ...sampleEmployer, uid: saved.data.uid, npp: '', bpjsProgrammes: ['JKK'] });
    expect(!dropped.ok && dropped.error.details).toEqual({
      kind: 'registration_gaps',
      findings: [{ kind: 'missing_programmes', field: 'bpjsProgrammes', missing: ['JKM', 'JHT'], scale: 'kecil' }],
    });
    // Saved as what it is, PDS program, it needs no confirmation.
    const pds = await app.call('employers.save', { ...sampleEmployer, uid: saved.data.uid, npp: '', bpjsStatus: 'pds_program', bpjsProgrammes: ['JKK'] });
    expect(pds.ok && pds.data.bpjsStatus).toBe('pds_program');
  });
});
