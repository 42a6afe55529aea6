import { describe, expect, it } from 'vitest';
import { awardWorld, indicatorUid, itemTitled, ok, saveItem, starterCycle } from './support.ts';

// An evidence item's owner picked from the office's accounts: the active ones, uid and name only,
// readable by anyone who reads records; the item keeps the account and its name.

describe('evidence owners', () => {
  it('offers the active accounts by name, not the inactive, and an item keeps the one picked', async () => {
    const { app } = await awardWorld();
    app.sessionAs('operator');
    app.sessionAs('kepala_bidang');
    app.sqlite.prepare("UPDATE user_account SET state = 'nonaktif' WHERE uid = 'test-kepala_bidang'").run();

    const owners = ok(await app.callAs('operator', 'award.owners', {}));
    expect(owners).toContainEqual({ uid: 'test-operator', displayName: 'Uji operator' });
    expect(owners.map((o) => o.uid)).not.toContain('test-kepala_bidang');
    expect(owners.every((o) => Object.keys(o).sort().join() === 'displayName,uid')).toBe(true); // no username, role or NIP
    expect(owners.map((o) => o.displayName)).toEqual([...owners.map((o) => o.displayName)].sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base' })));
    expect((await app.callAs(null, 'award.owners', {})).ok).toBe(false);

    const cycle = await starterCycle(app);
    const detail = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'B.1'), kind: 'document', title: 'DPA iuran 2025', owner: 'Uji operator', ownerAccountUid: 'test-operator' });
    expect(itemTitled(detail, 'DPA iuran 2025')).toMatchObject({ owner: 'Uji operator', ownerAccountUid: 'test-operator' });
    const plain = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'B.2'), kind: 'document', title: 'Daftar non-ASN', owner: 'Bu Komang (BKPSDM)' });
    expect(itemTitled(plain, 'Daftar non-ASN')).toMatchObject({ owner: 'Bu Komang (BKPSDM)', ownerAccountUid: null });
  });
});
