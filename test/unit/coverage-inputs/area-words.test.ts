import { describe, expect, it } from 'vitest';
import { areaLookup } from '../../../core/imports/coverage/area-words.ts';
import { badungApp } from './support.ts';

// The area of an imported row: codes as typed or as a number cell kept them, and names as BPS
// tables and BPJS reports write them.

describe('the area of an imported row', () => {
  it('reads codes, number cells and region names', async () => {
    const app = await badungApp();
    const area = areaLookup(app.ctx, '51.03');
    expect(['51', '51.04', '5104', '51.1', '51.10', '51.03.06'].map(area)).toEqual(['51', '51.04', '51.04', null, null, '51.03.06']);
    expect(['Bali', 'Provinsi Bali', 'Gianyar', 'Kab. Gianyar', 'Kabupaten Gianyar', 'Kota Denpasar', 'Denpasar', 'Kec. Kuta Utara'].map(area)).toEqual(['51', '51', '51.04', '51.04', '51.04', '51.71', '51.71', '51.03.06']);
    expect(['Atlantis', '99', ''].map(area)).toEqual([null, null, null]);
  });
});
