import { describe, expect, it } from 'vitest';
import { workforceFindings, type WorkforceCounts } from '../../../core/api/employers.ts';
import { registrationFindings, registrationFindingText } from '../../../core/employers/employer-checks.ts';
import { badungApp } from './support.ts';

// Worker counts: the total is a figure of its own, an absent count is unknown (null), and the
// splits by sex and by contract fit inside the total. Saved through the router, on real SQLite.

const base = { name: 'PT Tenaga Kerja Uji', kecamatanCode: '51.03.06' };
const stored = (app: Awaited<ReturnType<typeof badungApp>>, uid: string) =>
  app.sqlite
    .prepare('SELECT workers_total AS total, workers_male AS male, workers_female AS female, workers_pkwtt AS pkwtt, workers_foreign AS foreign_ FROM employer WHERE uid = ?')
    .get(uid);

describe('worker counts on save', () => {
  it('keeps a total given alone, and unknown counts as NULL (not 0), also in the record the app reads back', async () => {
    const app = await badungApp();
    const alone = await app.call('employers.save', { ...base, workersTotal: 40 });
    if (!alone.ok) throw new Error(alone.error.message);
    expect(stored(app, alone.data.uid)).toEqual({ total: 40, male: null, female: null, pkwtt: null, foreign_: null });
    const none = await app.call('employers.save', { ...base, name: 'PT Tanpa Angka', bpjsStatus: 'terdaftar', confirmRegistrationGaps: true });
    if (!none.ok) throw new Error(none.error.message);
    expect(stored(app, none.data.uid)).toEqual({ total: null, male: null, female: null, pkwtt: null, foreign_: null });
    const detail = await app.call('employers.get', { uid: none.data.uid });
    expect(detail.ok && detail.data.employer).toMatchObject({ workersTotal: null, workersMale: null, workersFemale: null, workersForeign: null });
    const row = await app.call('registers.list', { register: 'employer', startRow: 0, endRow: 10, quickSearch: 'tanpa angka' });
    expect(row.ok && row.data.rows.map((r) => r.workersTotal)).toEqual([null]);
  });

  it('takes the total from a complete split by sex, and leaves it unknown for half a split', async () => {
    const app = await badungApp();
    const full = await app.call('employers.save', { ...base, workersMale: 12, workersFemale: 9 });
    if (!full.ok) throw new Error(full.error.message);
    expect(full.data.workersTotal).toBe(21);
    const half = await app.call('employers.save', { ...base, name: 'CV Separuh', workersMale: 12 });
    if (!half.ok) throw new Error(half.error.message);
    expect(stored(app, half.data.uid)).toMatchObject({ total: null, male: 12, female: null });
  });

  it('refuses a total smaller than a split (naming both figures) and foreign workers above the total; a split short of the total saves', async () => {
    const app = await badungApp();
    const cases = [
      [{ workersTotal: 20, workersMale: 12, workersFemale: 9 }, 'workersTotal', /Laki-laki \+ perempuan \(21\) lebih banyak dari jumlah tenaga kerja \(20\)/],
      [{ workersTotal: 20, workersPkwtt: 15, workersPkwt: 6 }, 'workersTotal', /PKWTT \+ PKWT \+ harian lepas \+ borongan \(21\) lebih banyak/],
      [{ workersTotal: 20, workersMale: 25 }, 'workersTotal', /\(25\) lebih banyak dari jumlah tenaga kerja \(20\)/],
      [{ workersTotal: 3, workersForeign: 4 }, 'workersForeign', /Tenaga kerja asing \(4\) lebih banyak/],
      [{ workersMale: 9_000_000, workersFemale: 2_000_000 }, 'workersMale', /11\.000\.000\) lebih dari 10\.000\.000/],
    ] as const;
    for (const [counts, path, message] of cases) {
      const result = await app.call('employers.save', { ...base, ...counts });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(message);
      expect((result.error.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([path]);
    }
    expect(app.count('employer')).toBe(0);
    const short = await app.call('employers.save', { ...base, workersTotal: 30, workersMale: 12, workersFemale: 9, workersForeign: 30 });
    expect(short.ok && short.data.workersTotal).toBe(30);
  });

  it('finds, without a database, what the form shows live: errors above the total, warnings for a complete split short of it', () => {
    const none: WorkforceCounts = { workersTotal: null, workersMale: null, workersFemale: null, workersPkwtt: null, workersPkwt: null, workersHarianLepas: null, workersBorongan: null, workersForeign: null };
    const codes = (c: Partial<WorkforceCounts>) => workforceFindings({ ...none, ...c }).map((f) => `${f.severity}:${f.code}:${f.split}/${f.total}`);
    expect(codes({})).toEqual([]);
    expect(codes({ workersTotal: 10 })).toEqual([]);
    expect(codes({ workersTotal: 10, workersMale: 4 })).toEqual([]); // half a split says nothing of the rest
    expect(codes({ workersTotal: 10, workersMale: 4, workersFemale: 5 })).toEqual(['warning:sexBelowTotal:9/10']);
    expect(codes({ workersTotal: 10, workersMale: 4, workersFemale: 7 })).toEqual(['error:sexAboveTotal:11/10']);
    expect(codes({ workersMale: 4, workersFemale: 7, workersPkwtt: 11, workersPkwt: 0, workersHarianLepas: 0, workersBorongan: 0 })).toEqual([]);
    expect(codes({ workersMale: 4, workersFemale: 7, workersPkwtt: 5, workersPkwt: 1, workersHarianLepas: 0, workersBorongan: 0 })).toEqual(['warning:contractBelowTotal:6/11']);
    expect(codes({ workersTotal: 10, workersPkwtt: 11 })).toEqual(['error:contractAboveTotal:11/10']);
  });
});

describe('what "Terdaftar" implies (registration rule)', () => {
  const findings = (v: Partial<Parameters<typeof registrationFindings>[0]>) =>
    registrationFindings({ bpjsStatus: 'terdaftar', npp: 'NN012345', bpjsProgrammes: ['JKK', 'JKM', 'JHT'], businessScale: 'kecil', ...v }).map((f) => f.field);
  it('asks for an NPP and the programmes mandatory for the scale (the minimum when the scale is unknown)', () => {
    expect(findings({})).toEqual([]);
    expect(findings({ npp: '' })).toEqual(['npp']);
    expect(findings({ bpjsProgrammes: ['JKK', 'JKM'] })).toEqual(['bpjsProgrammes']);
    expect(findings({ businessScale: 'menengah' })).toEqual(['bpjsProgrammes']); // JP as well
    expect(findings({ businessScale: 'besar', bpjsProgrammes: ['JKK', 'JKM', 'JHT', 'JP'] })).toEqual([]);
    expect(findings({ businessScale: null, bpjsProgrammes: ['JKK'] })).toEqual(['bpjsProgrammes']);
    expect(findings({ bpjsStatus: 'pds_program', npp: '', bpjsProgrammes: [] })).toEqual([]);
    const [finding] = registrationFindings({ bpjsStatus: 'terdaftar', npp: 'X1', bpjsProgrammes: ['JKK', 'JKM', 'JHT'], businessScale: 'besar' });
    expect(registrationFindingText(finding!).id).toMatch(/program wajib untuk usaha besar belum diikuti: JP\./);
  });
});
