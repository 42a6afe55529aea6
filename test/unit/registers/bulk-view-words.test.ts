import { describe, expect, it } from 'vitest';
import i18n from '../../../renderer/src/i18n/index.ts';
import { isWholeRegister } from '../../../renderer/src/registers/bulk-view.ts';
import { describeView } from '../../../renderer/src/registers/filter-words.ts';

// The register's bulk change says what it acts on: the view's filters in the screen's words,
// and whether the view is the whole register (asked twice).

const recordStatus = { column: 'recordStatus', active: 'aktif' };
const columns: Record<string, { headerName: string; filterParams?: { options: { value: string; label: string }[] } }> = {
  recordStatus: { headerName: 'Status data', filterParams: { options: [{ value: 'aktif', label: 'Aktif' }, { value: 'tutup', label: 'Tutup' }] } },
  name: { headerName: 'Nama perusahaan' },
  workersTotal: { headerName: 'Pekerja' },
  startDate: { headerName: 'Mulai usaha' },
};

describe('isWholeRegister', () => {
  it('is the whole register with no filter, or only the live records, and no search', () => {
    expect(isWholeRegister({ filterModel: {}, quickSearch: '' }, recordStatus)).toBe(true);
    expect(isWholeRegister({ filterModel: { recordStatus: { filterType: 'set', values: ['aktif'] } }, quickSearch: '  ' }, recordStatus)).toBe(true);
  });
  it('is narrowed by a search, another column, or record statuses without the live one', () => {
    expect(isWholeRegister({ filterModel: {}, quickSearch: 'bali' }, recordStatus)).toBe(false);
    expect(isWholeRegister({ filterModel: { name: { filterType: 'text', type: 'contains', filter: 'x' } }, quickSearch: '' }, recordStatus)).toBe(false);
    expect(isWholeRegister({ filterModel: { recordStatus: { filterType: 'set', values: ['tutup'] } }, quickSearch: '' }, recordStatus)).toBe(false);
  });
});

describe('describeView', () => {
  const view = {
    recordStatus: { filterType: 'set' as const, values: ['aktif'] },
    name: { filterType: 'text' as const, type: 'contains' as const, filter: 'hotel' },
    workersTotal: { filterType: 'number' as const, type: 'inRange' as const, filter: 10, filterTo: 1500 },
    startDate: { filterType: 'date' as const, operator: 'OR' as const, conditions: [{ filterType: 'date' as const, type: 'blank' as const }, { filterType: 'date' as const, type: 'lessThan' as const, dateFrom: '2020-01-31 00:00:00' }] },
  };
  it('says each filter and the search with the grid column names and value labels, in Indonesian', async () => {
    await i18n.changeLanguage('id');
    expect(describeView(i18n.t, view, ' Bali ', (c) => columns[c])).toEqual([
      'Status data: Aktif',
      'Nama perusahaan memuat "hotel"',
      'Pekerja antara 10 dan 1.500',
      'Mulai usaha kosong atau sebelum 31 Jan 2020',
      'Pencarian: "Bali"',
    ]);
  });
  it('and in English', async () => {
    await i18n.changeLanguage('en');
    expect(describeView(i18n.t, view, '', (c) => columns[c])).toEqual(['Status data: Aktif', 'Nama perusahaan contains "hotel"', 'Pekerja between 10 and 1,500', 'Mulai usaha is empty or before 31 Jan 2020']);
    await i18n.changeLanguage('id');
  });
  it('says nothing for a view without filters', () => {
    expect(describeView(i18n.t, {}, '', () => undefined)).toEqual([]);
  });
});
