import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { undo } from '../imports-pipeline/support.ts';
import { badungApp, loadDemo } from './support.ts';

// Demo data enters the register as an imported file does: one batch, undone in one step, and
// nothing of the generated file left behind.
describe('demo employers', () => {
  it('load as one import batch, leave no file behind, refuse a register that is not empty, and undo whole', async () => {
    const app = await badungApp();
    const loaded = await loadDemo(app, 700);
    expect(loaded.inserted).toBe(700);
    expect(app.count('employer')).toBe(700);
    const history = await app.call('imports.history', { register: 'employer' });
    expect(history.ok && history.data.map((b) => [b.fileName, b.inserted, b.invalid])).toEqual([['Data contoh 700 perusahaan.csv', 700, 0]]);
    // Every worker count the generator drew came through the file: unknown stays NULL, never 0.
    expect(app.sqlite.prepare('SELECT count(*) FROM employer WHERE workers_total = 0').pluck().get()).toBe(0);
    expect(app.sqlite.prepare('SELECT count(*) FROM employer WHERE workers_total IS NULL').pluck().get()).toBeGreaterThan(20);
    expect(app.sqlite.prepare('SELECT count(*) FROM employer WHERE desa_code IS NOT NULL').pluck().get()).toBeGreaterThan(600);
    const files = join(app.runtime.files.incoming);
    expect(readdirSync(files)).toEqual([]);
    expect(readdirSync(app.runtime.files.jobs).filter((f) => !f.endsWith('.lock'))).toEqual([]);

    const again = await app.call('employers.demo', { count: 10 });
    expect(again.ok ? 'started' : again.error.code).toBe('CONFLICT');

    expect((await undo(app, loaded.batch.uid)).status).toBe('done');
    expect(app.count('employer')).toBe(0);
  });
});
