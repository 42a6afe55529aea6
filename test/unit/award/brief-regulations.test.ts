import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DownloadToken } from '../../../core/api/imports.ts';
import { regulationsForBrief, regulationsInForce, type InForceRow } from '../../../core/award/freeze-tables.ts';
import { loadDemoRegulations } from '../../../core/regulations/demo-service.ts';
import { officeSettings } from '../../../core/settings/office-profile-service.ts';
import { tempDir } from '../support/test-db.ts';
import { badungApp } from '../coverage/support.ts';
import { ok, starterCycle } from './support.ts';

// The brief for the head of region lists the rules in force in the office's area, its own first: a
// Perda or Perbup of its kabupaten (by its area, or by the issuing body when the area was left
// empty) before the province's, before the country's (UU before PP); the highest in the hierarchy
// first within each, the newest first among equals. So the office's Perbup is never hidden in
// "dan N lainnya". Another kabupaten's rule is not in force here and is left out.

const row = (uid: string, jenis: string, areaCode: string | null, effective: string): InForceRow =>
  ({ uid, areaCode, effective, tanggalPenetapan: effective, status: 'berlaku', jenis, singkatanJenis: null, teuBadan: null, nomor: '1', tahun: Number(effective.slice(0, 4)), judul: uid }) as unknown as InForceRow;

describe('regulations on the brief', () => {
  it('puts the kabupaten first, then the province, then the country (highest first), and leaves out other regions', () => {
    const rows = [
      row('UU 24/2011', 'uu', null, '2011-11-25'),
      row('PP 86/2013', 'pp', null, '2013-12-24'),
      row('Pergub Bali 2020', 'pergub', '51', '2020-05-01'),
      row('Perbup Jembrana 48/2023', 'perbup', '51.01', '2023-09-01'),
      row('Perbup Jembrana 2019', 'perbup', '51.01', '2019-01-01'),
      row('Perda Jembrana 2015', 'perda', '51.01', '2015-01-01'),
      row('Perbup Badung 2024', 'perbup', '51.03', '2024-01-01'),
      row('Kepbup Jembrana untuk kecamatan Negara', 'kepbup', '51.01.01', '2024-02-01'),
    ];
    expect(regulationsForBrief(rows, '51.01').map((r) => r.uid)).toEqual([
      'Perda Jembrana 2015', 'Perbup Jembrana 48/2023', 'Perbup Jembrana 2019', 'Kepbup Jembrana untuk kecamatan Negara',
      'Pergub Bali 2020', 'UU 24/2011', 'PP 86/2013',
    ]);
  });

  it('keeps the hierarchy, then the newest, when the office has no area yet', () => {
    expect(regulationsForBrief([row('a', 'pp', null, '2011-01-01'), row('b', 'uu', null, '2003-01-01'), row('c', 'perbup', '51.01', '2023-01-01')], null).map((r) => r.uid)).toEqual(['b', 'a', 'c']);
  });

  it("lists the office's own Perbup first on the printed brief, even one entered without its area", async () => {
    const app = await badungApp(); // Kabupaten Badung, 51.03
    loadDemoRegulations(app.ctx); // UU, PP, Inpres, SE, Bali's Pergub and Perda, Perbup Gianyar, Jembrana, Tabanan
    ok(await app.call('regulations.save', { jenis: 'perbup', nomor: '12', tahun: 2024, teuBadan: 'Badung (Kabupaten)', judul: 'Perlindungan Jaminan Sosial Pekerja Rentan Badung', subjek: 'Pekerja rentan', tanggalPenetapan: '2024-03-01', tanggalPengundangan: '2024-03-02' }));
    const own = ok(await app.call('regulations.save', { jenis: 'perda', nomor: '3', tahun: 2016, teuBadan: 'Badung (Kabupaten)', areaCode: '51.03', judul: 'Penyelenggaraan Ketenagakerjaan Badung', subjek: 'Ketenagakerjaan', tanggalPenetapan: '2016-05-01', tanggalPengundangan: '2016-05-02' }));
    expect(own.regulation.uid).toBeTruthy();

    const order = regulationsForBrief(regulationsInForce(app.ctx, '2025-12-31'), officeSettings(app.ctx).areaCode).map((r) => `${r.jenis} ${r.nomor}/${r.tahun}`);
    expect(order.slice(0, 2)).toEqual(['perda 3/2016', 'perbup 12/2024']);
    expect(order.length).toBeGreaterThan(4); // more than the brief's frame holds: the rest go into "dan N lainnya"

    const cycle = await starterCycle(app);
    const brief = ok(await app.call('award.brief', { uid: cycle.uid })) as DownloadToken;
    const chunks: Buffer[] = [];
    for await (const c of app.runtime.files.openOutgoing(brief.token)) chunks.push(c as Buffer);
    const dir = tempDir('lindung-brief-regulations-');
    try {
      const pdf = join(dir.path, 'brief.pdf');
      writeFileSync(pdf, Buffer.concat(chunks));
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\u00a0/g, ' ');
      const block = text.slice(text.search(/R\s?E\s?G\s?U\s?L\s?A\s?S\s?I/)); // the frame's title is letter-spaced
      const perda = block.indexOf('Perda Badung No. 3 Tahun 2016');
      const perbup = block.indexOf('Perbup Badung No. 12 Tahun 2024');
      const more = block.search(/dan \d+ lainnya/);
      expect(perda, block.slice(0, 800)).toBeGreaterThan(-1);
      expect(perbup).toBeGreaterThan(perda);
      expect(more).toBeGreaterThan(perbup);
    } finally {
      dir.remove();
    }
  });
});
