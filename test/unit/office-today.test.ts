import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayInZone } from '../../core/api/office-profile.ts';

// "Today" on screen is the office's calendar day, whatever zone the computer is set to.
describe('dayInZone', () => {
  afterEach(() => vi.useRealTimers());

  // 16:30 UTC on 2 December: 23:30 in Jakarta, already past midnight in Bali and Jayapura.
  const nearMidnight = new Date('2026-12-02T16:30:00Z');

  it("gives the office's date at an instant near midnight, each zone its own", () => {
    expect(dayInZone('WIB', nearMidnight)).toBe('2026-12-02');
    expect(dayInZone('WITA', nearMidnight)).toBe('2026-12-03');
    expect(dayInZone('WIT', nearMidnight)).toBe('2026-12-03');
  });

  it('turns at the zone\'s own midnight: a minute either side of 00:00 WITA', () => {
    expect(dayInZone('WITA', new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31');
    expect(dayInZone('WITA', new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it("takes now from the clock, not the computer's zone (a machine in Los Angeles still on 2 December)", () => {
    vi.useFakeTimers();
    vi.setSystemTime(nearMidnight);
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(new Date().getDate()).toBe(2); // the machine's own calendar
      expect(dayInZone('WITA')).toBe('2026-12-03');
      expect(dayInZone('WIB')).toBe('2026-12-02');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
