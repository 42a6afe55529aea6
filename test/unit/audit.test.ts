import { describe, expect, it } from 'vitest';
import { writeAudited } from '../../core/audit/write.ts';
import { officeProfile } from '../../db/schema/index.ts';
import { makeTestApp, tinyPng, validProfile } from './support/test-db.ts';

describe('audit', () => {
  it('records actor, action, entity, before, after and time in the same transaction', async () => {
    const at = new Date('2026-11-24T02:00:00.000Z');
    const app = makeTestApp({ now: () => at });
    await app.call('settings.officeProfile.save', { ...validProfile, logo: tinyPng });
    await app.call('settings.officeProfile.save', { ...validProfile, headName: 'Ni Made Ayu', logo: tinyPng });
    const rows = app.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, string>[];
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    const [created, updated] = rows;
    expect(created).toMatchObject({ actor_id: 'test-user', actor_name: 'Petugas Uji', entity: 'office_profile', at: at.toISOString(), before: null });
    expect(updated?.changed_fields).toBe('headName');
    expect(JSON.parse(updated?.before ?? '{}').headName).toBe(validProfile.headName);
    expect(JSON.parse(updated?.after ?? '{}').headName).toBe('Ni Made Ayu');
    // The logo is kept as a fingerprint, not as pixels.
    expect(JSON.parse(updated?.after ?? '{}').logo).toMatchObject({ mimeType: 'image/png', bytes: 70 });
  });

  it('is append-only: UPDATE and DELETE are refused by the database', async () => {
    const app = makeTestApp();
    await app.call('settings.officeProfile.save', validProfile);
    expect(() => app.sqlite.prepare("UPDATE audit_log SET actor_name = 'x'").run()).toThrow(/append-only/);
    expect(() => app.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(app.count('audit_log')).toBe(1);
  });

  it('rolls back a write that records no audit row', () => {
    const app = makeTestApp();
    expect(() =>
      writeAudited(app.ctx, ({ db }) => {
        db.insert(officeProfile).values({ id: 1, uid: 'x', officeName: 'Tanpa jejak' }).run();
      }),
    ).toThrow(/without an audit row/);
    expect(app.count('office_profile')).toBe(0);
  });

  it('rolls back the change and its audit row together when the work fails', () => {
    const app = makeTestApp();
    expect(() =>
      writeAudited(app.ctx, ({ db, audit }) => {
        db.insert(officeProfile).values({ id: 1, uid: 'x', officeName: 'Setengah jalan' }).run();
        audit({ action: 'create', entity: 'office_profile', entityUid: 'x', before: null, after: { officeName: 'Setengah jalan' } });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(app.count('office_profile')).toBe(0);
    expect(app.count('audit_log')).toBe(0);
  });
});
