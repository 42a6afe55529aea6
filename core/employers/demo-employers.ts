import type { EmployerValues } from '../api/employers.ts';
import { employerInputSchema } from '../api/employers.ts';
import type { Sqlite } from '../../db/open.ts';
import { areaKecamatan, digits, pick, seededRandom, weighted } from '../registers/demo-random.ts';

// A deterministic generator of realistic employers for one kabupaten/kota: the demo
// button, the tests and the benchmark all use it. Same seed, same records.

// KBLI mix of a Bali kabupaten: tourism, food, trade, crafts, construction, farming.
const kbliMix = [
  ['55110', 14], ['55130', 6], ['56101', 14], ['56303', 4], ['47111', 10], ['47721', 4], ['46100', 3], ['32111', 3],
  ['16291', 3], ['13134', 2], ['41011', 6], ['43211', 2], ['01113', 3], ['03111', 2], ['49421', 3], ['79120', 5],
  ['85220', 2], ['86103', 2], ['96111', 3], ['68111', 3], ['64121', 2], ['62010', 2],
] as const;
const sectorWords: Record<string, readonly string[]> = {
  '55': ['Hotel', 'Villa', 'Resort', 'Homestay', 'Cottage'],
  '56': ['Warung', 'Restoran', 'Kafe', 'Rumah Makan'],
  '47': ['Toko', 'Minimarket', 'Swalayan'],
  '46': ['Distributor', 'Dagang'],
  '32': ['Perak', 'Kerajinan', 'Emas'],
  '16': ['Ukiran', 'Mebel'],
  '13': ['Tenun', 'Endek'],
  '41': ['Konstruksi', 'Bangun'],
  '43': ['Listrik', 'Instalasi'],
  '01': ['Tani', 'Agro'],
  '03': ['Perikanan', 'Bahari'],
  '49': ['Transport', 'Angkutan'],
  '79': ['Tour', 'Travel', 'Wisata'],
  '85': ['Kursus', 'Pendidikan'],
  '86': ['Klinik', 'Apotek'],
  '96': ['Spa', 'Salon'],
  '68': ['Properti', 'Realty'],
  '64': ['Koperasi', 'LPD'],
  '62': ['Digital', 'Teknologi'],
};
const names = ['Bali', 'Dewata', 'Sari', 'Jaya', 'Abadi', 'Sentosa', 'Mandiri', 'Makmur', 'Sejahtera', 'Indah', 'Lestari', 'Segara', 'Giri', 'Bukit', 'Taman', 'Surya', 'Candra', 'Wisnu', 'Kencana', 'Mertha', 'Ayu', 'Santhi', 'Dharma', 'Karya', 'Utama', 'Nusa', 'Pertiwi', 'Amerta', 'Semesta', 'Tirta'];
const ownerFirst = ['I Made', 'I Wayan', 'I Nyoman', 'I Ketut', 'I Putu', 'Ni Made', 'Ni Luh', 'Ni Wayan', 'Ni Komang', 'Anak Agung', 'Gusti Ayu', 'Budi', 'Siti', 'Andreas', 'Dewi'];
const ownerLast = ['Suarta', 'Sudana', 'Wirawan', 'Astuti', 'Sukerti', 'Mahendra', 'Pratama', 'Santoso', 'Wijaya', 'Purnama', 'Arsana', 'Darmawan'];
const streets = ['Jl. Raya', 'Jl. Danau', 'Jl. Pantai', 'Jl. Sunset Road', 'Jl. Gunung', 'Jl. Bypass', 'Gg.'];
const statuses = [['terdaftar', 55], ['pwbd', 20], ['pds_tk', 12], ['pds_upah', 8], ['pds_program', 5]] as const;
const scales = [['mikro', 55], ['kecil', 28], ['menengah', 12], ['besar', 5]] as const;

export interface DemoArea {
  kecamatan: { code: string; desa: string[] }[];
}

/** The kecamatan and desa of an area, from the region table. */
export function demoArea(sqlite: Sqlite, areaCode: string): DemoArea {
  return { kecamatan: areaKecamatan(sqlite, areaCode).map((k) => ({ code: k.code, desa: k.desa.map((d) => d.code) })) };
}

/** `count` employers, deterministic for a seed, spread over the area's kecamatan and desa. */
export function generateEmployers(area: DemoArea, count: number, seed = 2026): EmployerValues[] {
  return Array.from(demoEmployerFields(area, count, seed), (fields) => employerInputSchema.parse(fields));
}

/** The same employers one at a time, as typed into a form (a million never sit in memory). */
export function* demoEmployerFields(area: DemoArea, count: number, seed = 2026) {
  const rng = seededRandom(seed);
  // A second stream decides which counts a firm has: the first one, and so every other
  // field of every firm, stays as it was for a seed.
  const gaps = seededRandom(seed ^ 0x5bd1e995);
  if (area.kecamatan.length === 0) return;
  for (let i = 0; i < count; i += 1) {
    const kbli = weighted(rng, kbliMix);
    const word = pick(rng, sectorWords[kbli.slice(0, 2)] ?? ['Usaha']);
    const legalForm = weighted(rng, [['PT', 35], ['CV', 30], ['UD', 15], ['Perorangan', 12], ['Koperasi', 3], ['Yayasan', 2], ['Firma', 3]] as const);
    const base = `${word} ${pick(rng, names)} ${pick(rng, names)}`;
    const name = ['PT', 'CV', 'UD'].includes(legalForm) ? `${legalForm} ${base}` : base;
    const kec = pick(rng, area.kecamatan);
    const desa = kec.desa.length ? pick(rng, kec.desa) : null;
    const scale = weighted(rng, scales);
    const size = { mikro: 4, kecil: 15, menengah: 60, besar: 250 }[scale];
    const workers = Math.max(1, Math.round(size * (0.4 + rng() * 1.2)));
    const female = Math.round(workers * (0.3 + rng() * 0.4));
    const pkwt = Math.round(workers * rng() * 0.4);
    const harian = Math.round((workers - pkwt) * rng() * 0.2);
    const status = weighted(rng, statuses);
    const year = 1995 + Math.floor(rng() * 30);
    const date = (y: number) => `${y}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
    const registered = status !== 'pwbd';
    // As registers are: about 1 firm in 12 without any count (listed without figures), 1 in
    // 12 with the total only (a list with "Jumlah TK"), the rest with the splits.
    const known = gaps();
    const counts = (foreign: number) =>
      known < 0.08
        ? {}
        : known < 0.16
          ? { workersTotal: workers }
          : {
              workersTotal: workers,
              workersMale: workers - female,
              workersFemale: female,
              workersPkwtt: workers - pkwt - harian,
              workersPkwt: pkwt,
              workersHarianLepas: harian,
              workersBorongan: 0,
              workersForeign: foreign,
            };
    yield {
      name: `${name}${i >= 2000 ? ` ${Math.floor(i / 2000) + 1}` : ''}`,
      legalForm,
      nib: `${(9 + (i % 2)).toString()}${digits(rng, 6)}${String(i).padStart(6, '0')}`.slice(0, 13),
      npwp: legalForm === 'Perorangan' && rng() < 0.4 ? '' : `${digits(rng, 9)}${String(i).padStart(6, '0')}`,
      npp: registered ? `${String((seed % 89) + 10)}${String(i).padStart(7, '0')}` : '',
      kbliCodes: [kbli],
      businessScale: scale,
      address: `${pick(rng, streets)} ${pick(rng, names)} No. ${1 + Math.floor(rng() * 200)}`,
      kecamatanCode: kec.code,
      desaCode: desa,
      officeType: 'pusat',
      startDate: date(year),
      ownerName: `${pick(rng, ownerFirst)} ${pick(rng, ownerLast)}`,
      contactPhone: `08${digits(rng, 10)}`,
      // The foreign workers are drawn here, where they always were in the first stream.
      ...counts(scale === 'besar' && rng() < 0.5 ? 1 + Math.floor(rng() * 4) : 0),
      wlkpNumber: rng() < 0.7 ? `WLKP/${year}/${String(i).padStart(5, '0')}` : '',
      wlkpDate: rng() < 0.7 ? date(Math.min(2025, year + 1)) : null,
      bpjsStatus: status,
      bpjsProgrammes: registered ? (status === 'pds_program' ? ['JKK', 'JKM'] : scale === 'mikro' || scale === 'kecil' ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM', 'JHT', 'JP']) : [],
      bpjsInfoDate: registered ? date(2025) : null,
    };
  }
}
