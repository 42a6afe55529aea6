import { describe, expect, it } from 'vitest';
import { permissions } from '../../core/api/channel.ts';
import { channels, contract, duplicateChannels } from '../../core/api/contract.ts';
import { makeTestApp, validProfile } from './support/test-db.ts';

describe('router', () => {
  it('answers every channel of the contract (no channel without a handler)', async () => {
    const app = makeTestApp();
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) {
      const result = await app.call(channel, {});
      if (!result.ok) expect(result.error.code).not.toBe('UNKNOWN_CHANNEL');
    }
    expect(Object.keys(contract)).toEqual(channels);
  });

  it('has each channel declared once, saying whether it reads or writes and what permission it needs', () => {
    expect(duplicateChannels()).toEqual([]);
    for (const channel of channels) {
      expect(['read', 'write', 'control'], channel).toContain(contract[channel].access);
      expect(permissions, channel).toContain(contract[channel].permission);
    }
    // Progress polls and cancel never wait behind the job they ask about.
    expect(contract['jobs.get'].access).toBe('control');
    expect(contract['jobs.cancel'].access).toBe('control');
    expect(contract['employers.save'].access).toBe('write');
  });

  it('returns UNKNOWN_CHANNEL with Indonesian and English messages', async () => {
    const app = makeTestApp();
    for (const bad of ['nope', '__proto__', 'constructor', 42, null, { a: 1 }]) {
      const result = await app.call(bad, {});
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('UNKNOWN_CHANNEL');
      expect(result.error.message).toMatch(/tidak dikenal/);
      expect(result.error.messageEn).toMatch(/Unknown/);
    }
  });

  it('rejects wrong types with INVALID_INPUT and field paths, changing nothing', async () => {
    const app = makeTestApp();
    const before = app.count('audit_log');
    const result = await app.call('settings.officeProfile.save', { ...validProfile, officeName: 12, timeZone: 'UTC' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    const paths = (result.error.details as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['officeName', 'timeZone']));
    expect(app.count('audit_log')).toBe(before);
    expect(app.count('office_profile')).toBe(0);
  });

  it('rejects oversized strings and oversized bodies', async () => {
    const app = makeTestApp();
    const long = await app.call('settings.officeProfile.save', { ...validProfile, address: 'x'.repeat(501) });
    expect(!long.ok && long.error.code).toBe('INVALID_INPUT');
    expect(!long.ok && JSON.stringify(long.error.details)).toContain('validation.tooLong');
    const huge = await app.call('settings.officeProfile.save', { ...validProfile, address: 'x'.repeat(2_000_000) });
    expect(!huge.ok && huge.error.code).toBe('INPUT_TOO_LARGE');
    expect(app.count('office_profile')).toBe(0);
  });

  it('turns SQL in sort or filter fields into coded errors and leaves the database intact', async () => {
    const app = makeTestApp();
    await app.call('settings.officeProfile.save', validProfile);
    const auditRows = app.count('audit_log');
    const hostile = [
      { startRow: 0, endRow: 10, sortModel: [{ colId: 'at; DROP TABLE audit_log; --', sort: 'asc' }] },
      { startRow: 0, endRow: 10, sortModel: [{ colId: 'at', sort: 'asc; DROP TABLE audit_log' }] },
      { startRow: 0, endRow: 10, filterModel: { '1=1) OR (1': { filterType: 'text', type: 'contains', filter: 'x' } } },
      { startRow: 0, endRow: 10, filterModel: { actorName: { filterType: 'text', type: 'contains); DROP TABLE x; --', filter: 'x' } } },
      { startRow: 0, endRow: 10, filterModel: { actorName: { filterType: 'number', type: 'equals', filter: 1 } } },
      JSON.parse('{"startRow":0,"endRow":10,"filterModel":{"__proto__":{"filterType":"text","type":"contains","filter":"x"}}}'),
      { startRow: -5, endRow: 10 },
      { startRow: 0, endRow: 100_000 },
    ];
    for (const input of hostile) {
      const result = await app.call('audit.list', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(['INVALID_INPUT']).toContain(result.error.code);
    }
    // A quote in a filter value is data, not SQL.
    const quoted = await app.call('audit.list', {
      startRow: 0,
      endRow: 10,
      filterModel: { actorName: { filterType: 'text', type: 'contains', filter: "' OR '1'='1" } },
    });
    expect(quoted.ok && quoted.data).toEqual({ rows: [], rowCount: 0 });
    expect(app.count('audit_log')).toBe(auditRows);
    expect(Object.prototype).not.toHaveProperty('filterType');
  });

  it('hides internal errors behind INTERNAL and logs them', async () => {
    const app = makeTestApp();
    app.sqlite.close();
    const result = await app.call('settings.officeProfile.get', {});
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(!result.ok && result.error.message).not.toMatch(/database|sqlite/i);
    expect(app.errors).toHaveLength(1);
  });
});
