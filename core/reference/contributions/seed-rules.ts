// Seed rows for the contribution rule table. Certainty marks:
//   confirmed   = read in the regulation itself ([c] in the domain brief)
//   secondary   = secondary source (news, BPJS branch announcements) ([s])
//   unconfirmed = not verified at all, or derived by us; check before relying on it
// Users may edit the table; these rows are only the starting point. Source notes are the
// office's own record of where a figure comes from, written in Indonesian like its documents.

import type { ContributionRule, Certainty, Payer, Programme } from '../../api/contribution-rules.ts';

const PP44 = '2015-07-01'; // PP 44/2015, 45/2015, 46/2015 in force 1 July 2015

function puRate(
  uid: string,
  programme: Programme,
  payer: Payer | null,
  rateMicro: number,
  effectiveFrom: string,
  effectiveTo: string | null,
  sourceNote: string,
  certainty: Certainty,
  riskClass: number | null = null,
): ContributionRule {
  return {
    uid, kind: 'pu_rate', programme, riskClass, payer, rateMicro, amount: null,
    tierFrom: null, tierTo: null, effectiveFrom, effectiveTo, sourceNote, certainty,
  };
}

function cap(
  uid: string,
  programme: Programme,
  amount: number,
  effectiveFrom: string,
  effectiveTo: string | null,
  sourceNote: string,
  certainty: Certainty,
): ContributionRule {
  return {
    uid, kind: 'wage_cap', programme, riskClass: null, payer: null, rateMicro: null, amount,
    tierFrom: null, tierTo: null, effectiveFrom, effectiveTo, sourceNote, certainty,
  };
}

function jakonTier(n: number, tierFrom: number, tierTo: number | null, rateMicro: number): ContributionRule {
  return {
    uid: `jakon-jkk-tier${n}-2015`, kind: 'jakon_tier', programme: 'JKK', riskClass: null,
    payer: 'employer', rateMicro, amount: null, tierFrom, tierTo, effectiveFrom: PP44, effectiveTo: null,
    sourceNote: 'PP 44/2015 Lamp. (jasa konstruksi, tarif marginal bertingkat) [s]',
    certainty: 'secondary',
  };
}

const JKK_CLASS_RATES: readonly number[] = [2400, 5400, 8900, 12700, 17400];

const rows: ContributionRule[] = [
  // --- Penerima Upah: JKK by risk class, employer (PP 44/2015) ---
  ...JKK_CLASS_RATES.map((rate, i) =>
    puRate(`pu-jkk-class${i + 1}-2015`, 'JKK', 'employer', rate, PP44, null,
      `PP 44/2015 Lamp. I, kelompok risiko ${i + 1} [c]`, 'confirmed', i + 1)),
  // --- JKM 0.30 %, employer ---
  puRate('pu-jkm-employer-2015', 'JKM', 'employer', 3000, PP44, null, 'PP 44/2015 [c]', 'confirmed'),
  // --- JHT 5.7 % = 3.7 employer + 2 worker ---
  puRate('pu-jht-employer-2015', 'JHT', 'employer', 37000, PP44, null, 'PP 46/2015 [c]', 'confirmed'),
  puRate('pu-jht-worker-2015', 'JHT', 'worker', 20000, PP44, null, 'PP 46/2015 [c]', 'confirmed'),
  // --- JP 3 % = 2 employer + 1 worker, on wage up to a yearly cap ---
  puRate('pu-jp-employer-2015', 'JP', 'employer', 20000, PP44, null, 'PP 45/2015 [c]', 'confirmed'),
  puRate('pu-jp-worker-2015', 'JP', 'worker', 10000, PP44, null, 'PP 45/2015 [c]', 'confirmed'),
  cap('cap-jp-2023', 'JP', 9_559_600, '2023-03-01', '2024-02-29',
    'Batas upah JP Maret 2023 (PP 45/2015 Ps. 29; pengumuman BPJS, berita 2024) [s]', 'secondary'),
  // No effectiveTo: superseded by the next row through the later-effectiveFrom rule, so the
  // row stays correct even if the unconfirmed 2025 row is deleted.
  cap('cap-jp-2024', 'JP', 10_042_300, '2024-03-01', null,
    'Batas upah JP mulai Maret 2024 (PP 45/2015 Ps. 29; pengumuman BPJS, berita Apr 2024) [s]', 'secondary'),
  cap('cap-jp-2025', 'JP', 10_547_400, '2025-03-01', null,
    'Batas upah JP Maret 2025: 10.042.300 x (1 + PDB 2024 5,03 %), dibulatkan; hasil hitungan sendiri, belum diverifikasi [u]',
    'unconfirmed'),
  // --- JKP under PP 37/2021: 0.46 % = 0.22 government + 0.14 from JKK + 0.10 from JKM ---
  puRate('pu-jkp-government-2021', 'JKP', 'government', 2200, '2021-02-02', '2025-02-06',
    'PP 37/2021 Ps. 11: iuran Pemerintah Pusat 0,22 % [s]', 'secondary'),
  puRate('pu-jkk-recomp-jkp-2021', 'JKK', null, 1400, '2021-02-02', '2025-02-06',
    'PP 37/2021 Ps. 11: rekomposisi 0,14 % dari iuran JKK ke JKP (bukan tambahan iuran) [s]', 'secondary'),
  puRate('pu-jkm-recomp-jkp-2021', 'JKM', null, 1000, '2021-02-02', '2025-02-06',
    'PP 37/2021 Ps. 11: rekomposisi 0,10 % dari iuran JKM ke JKP (bukan tambahan iuran) [s]', 'secondary'),
  // --- JKP under PP 6/2025 (diundangkan & berlaku 7 Feb 2025): 0.36 % = 0.22 government + 0.14 from JKK ---
  puRate('pu-jkp-government-2025', 'JKP', 'government', 2200, '2025-02-07', null,
    'PP 6/2025 Ps. 11 ayat (4): Pemerintah Pusat 0,22 %; berlaku sejak diundangkan 7 Feb 2025 [c]', 'confirmed'),
  puRate('pu-jkk-recomp-jkp-2025', 'JKK', null, 1400, '2025-02-07', null,
    'PP 6/2025 Ps. 11 ayat (5): rekomposisi 0,14 % dari iuran JKK, iuran pengusaha tidak naik [c]', 'confirmed'),
  cap('cap-jkp-2021', 'JKP', 5_000_000, '2021-02-02', null,
    'PP 37/2021 jo. PP 6/2025: batas atas upah JKP Rp5.000.000 [c]; tanggal mulai dari PP 37/2021', 'confirmed'),
  // --- Bukan Penerima Upah (informal workers) ---
  {
    uid: 'bpu-jkk-2015', kind: 'bpu_rate', programme: 'JKK', riskClass: null, payer: 'participant',
    rateMicro: 10000, amount: null, tierFrom: null, tierTo: null, effectiveFrom: PP44, effectiveTo: null,
    sourceNote: 'PP 44/2015 (BPU): JKK 1 % dari penghasilan yang dilaporkan [c]', certainty: 'confirmed',
  },
  {
    uid: 'bpu-jkm-2015', kind: 'bpu_flat', programme: 'JKM', riskClass: null, payer: 'participant',
    rateMicro: null, amount: 6_800, tierFrom: null, tierTo: null, effectiveFrom: PP44, effectiveTo: null,
    sourceNote: 'PP 44/2015 (BPU): JKM Rp6.800 per bulan [c]', certainty: 'confirmed',
  },
  {
    uid: 'bpu-jht-2015', kind: 'bpu_rate', programme: 'JHT', riskClass: null, payer: 'participant',
    rateMicro: 20000, amount: null, tierFrom: null, tierTo: null, effectiveFrom: PP44, effectiveTo: null,
    sourceNote: 'PP 46/2015 (BPU): JHT 2 % dari penghasilan, pilihan [c]', certainty: 'confirmed',
  },
  {
    uid: 'bpu-income-range-2015', kind: 'bpu_income_range', programme: null, riskClass: null, payer: null,
    rateMicro: null, amount: null, tierFrom: 1_000_000, tierTo: 20_700_000, effectiveFrom: PP44, effectiveTo: null,
    sourceNote: 'Rentang penghasilan BPU Rp1.000.000–Rp20.700.000 (JKK Rp10.000–Rp207.000); sumber & tanggal mulai belum diverifikasi',
    certainty: 'unconfirmed',
  },
  // --- Jasa konstruksi: JKK on contract value, marginal tiers ---
  jakonTier(1, 0, 100_000_000, 2100),
  jakonTier(2, 100_000_000, 500_000_000, 1700),
  jakonTier(3, 500_000_000, 1_000_000_000, 1300),
  jakonTier(4, 1_000_000_000, 5_000_000_000, 1100),
  jakonTier(5, 5_000_000_000, null, 900),
  // --- Pekerja Migran Indonesia ---
  {
    uid: 'pmi-package-2018', kind: 'pmi_package', programme: null, riskClass: null, payer: 'participant',
    rateMicro: null, amount: 370_000, tierFrom: null, tierTo: null, effectiveFrom: '2018-01-01', effectiveTo: null,
    sourceNote: 'Paket JKK+JKM PMI Rp370.000 (Permenaker 18/2018) [s]; mungkin sudah berubah, tanggal mulai perkiraan',
    certainty: 'secondary',
  },
];

/** The seed rows (frozen). Use `seedContributionRules()` for a mutable copy. */
export const SEED_CONTRIBUTION_RULES: readonly Readonly<ContributionRule>[] = Object.freeze(
  rows.map((r) => Object.freeze({ ...r })),
);

/** Fresh, mutable copies of the seed rows (e.g. to insert into the database). */
export function seedContributionRules(): ContributionRule[] {
  return SEED_CONTRIBUTION_RULES.map((r) => ({ ...r }));
}
