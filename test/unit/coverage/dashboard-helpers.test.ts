import { describe, expect, test } from 'vitest';
import type { PeopleFilter } from '../../../core/api/coverage.ts';
import { percentColour } from '../../../renderer/src/coverage/colour-scale.ts';
import { formatChange, formatPercent, formatPoints } from '../../../renderer/src/coverage/coverage-format.ts';
import { gridFilterOf, peopleFilterOf, peoplePath } from '../../../renderer/src/coverage/people-link.ts';

// The dashboard's pure pieces: numbers the Indonesian way, the desa colour scale, and the
// address that carries a figure's filter to the worker register and the grid filter made of it.

describe('coverage numbers', () => {
  test('percent with two decimals and a comma; thousands with dots; signed changes', () => {
    expect(formatPercent(65.6)).toBe('65,60 %');
    expect(formatPercent(21.44)).toBe('21,44 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatChange(1250)).toBe('+1.250');
    expect(formatChange(-40)).toBe('−40');
    expect(formatChange(0)).toBe('0');
    expect(formatPoints(2.4)).toBe('+2,40');
    expect(formatPoints(-0.15)).toBe('−0,15');
  });

  test('the colour scale darkens with the percent and turns the text white where dark', () => {
    const low = percentColour(5)!;
    const high = percentColour(95)!;
    const lightness = (c: { background: string }) => Number(/(\d+(\.\d+)?)%\)$/.exec(c.background)![1]);
    expect(lightness(high)).toBeLessThan(lightness(low));
    expect(low.color).not.toBe('#fff');
    expect(high.color).toBe('#fff');
    expect(percentColour(null)).toBeUndefined();
    expect(percentColour(250)).toEqual(percentColour(100));
  });
});

describe('the people behind a figure', () => {
  const filter: PeopleFilter = { at: '2025-09-30', areaCode: '51.04.02', segment: 'BPU', category: 'nelayan', funding: 'apbd' };

  test('the address carries the filter and the label there and back', () => {
    const path = peoplePath(filter, 'Sukawati');
    expect(path.startsWith('/register/pekerja?')).toBe(true);
    expect(peopleFilterOf(new URLSearchParams(path.split('?')[1]))).toEqual({ label: 'Sukawati', filter, frozen: null, past: false });
    expect(peopleFilterOf(new URLSearchParams('at=2025-09-30'))).toBeNull();
  });

  test("from a frozen month it carries the frozen count and today's, and that the date is past", () => {
    const back = (path: string) => peopleFilterOf(new URLSearchParams(path.split('?')[1]));
    expect(back(peoplePath(filter, 'Sukawati', { month: '2025-09', frozen: 120, now: 118 }, true))).toEqual({ label: 'Sukawati', filter, frozen: { month: '2025-09', frozen: 120, now: 118 }, past: true });
    // Today's count not known yet when the link was followed: the frozen one still travels.
    expect(back(peoplePath(filter, 'Sukawati', { month: '2025-09', frozen: 120, now: null }))?.frozen).toEqual({ month: '2025-09', frozen: 120, now: null });
  });

  test("the figure becomes the grid's own coverage filter, every part of it", () => {
    expect(gridFilterOf({ at: '2025-09-30', areaCode: '51.04.02', category: 'nelayan' })).toEqual({
      coverage: { filterType: 'set', values: ['at=2025-09-30', 'area=51.04.02', 'category=nelayan'] },
    });
    expect(gridFilterOf({ at: '2025-09-30', areaCode: '51.04', programmeUid: 'p1', category: '' }).coverage).toEqual({ filterType: 'set', values: ['at=2025-09-30', 'area=51.04', 'programme=p1', 'category='] });
  });
});
