import { pick, seededRandom, weighted } from '../registers/demo-random.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// A deterministic generator of realistic people for one kabupaten/kota (the demo button, the
// tests, the bench): Balinese and other Indonesian names, valid NIKs of both sexes issued in
// the area (and some elsewhere), a desa spread, segments, vulnerable-worker categories and
// funding as Bali programmes have them. A few NIKs come as spreadsheets mangle them (".0",
// spaces), and some people are near-duplicates of another (same name and birth date, a NIK one
// digit apart; or a name spelled another way). Same seed, same people.

export interface DemoWorkerArea {
  kecamatan: { code: string; name: string; desa: { code: string; name: string }[] }[];
  /** Kecamatan codes ('51.03.01') a NIK may be first issued in: the area's first, then others. */
  nikDistricts: { home: string[]; elsewhere: string[] };
  /** NPPs of employers in the register (PU periods name one); none means no PU rows. */
  employerNpps: string[];
}

export interface DemoWorker {
  nik: string;
  name: string;
  sex: string;
  birthDate: string;
  address: string;
  kecamatan: string;
  desa: string;
  phone: string;
  occupation: string;
  category: string;
  segment: string;
  npp: string;
  programmes: string;
  startDate: string;
  endDate: string;
  income: string;
  funding: string;
  source: string;
}

// Balinese names: birth-order names with I (men) / Ni (women), sometimes a title of the
// gentry; and names from elsewhere in Indonesia.
const birthOrder = ['Wayan', 'Putu', 'Gede', 'Made', 'Kadek', 'Nengah', 'Nyoman', 'Komang', 'Ketut'];
const maleGiven = ['Sudarsana', 'Suarta', 'Sudana', 'Wirawan', 'Arsana', 'Darmawan', 'Mahendra', 'Suparta', 'Adnyana', 'Sukadana', 'Wiguna', 'Widiana', 'Sutama', 'Budiarta', 'Parwata', 'Ardana', 'Mertayasa', 'Suryawan', 'Astawa', 'Sumerta'];
const femaleGiven = ['Sukerti', 'Astuti', 'Sriani', 'Suartini', 'Ariani', 'Wahyuni', 'Purnamawati', 'Sudiasih', 'Yuliani', 'Kartini', 'Rusmini', 'Suciati', 'Mariani', 'Widiastuti', 'Darmini', 'Sumiati', 'Arsini', 'Mertasari', 'Dewi', 'Ayu'];
const gentryMale = ['I Gusti Ngurah', 'Anak Agung Gede', 'Ida Bagus', 'Dewa Gede', 'I Gusti Made'];
const gentryFemale = ['I Gusti Ayu', 'Anak Agung Istri', 'Ida Ayu', 'Desak Made', 'Gusti Ayu'];
const otherMale = ['Budi', 'Agus', 'Ahmad', 'Yohanes', 'Eko', 'Muhammad', 'Dedi', 'Hendra', 'Samsul', 'Fransiskus', 'Rudi', 'Yosef'];
const otherFemale = ['Siti', 'Sri', 'Dewi', 'Nur', 'Maria', 'Rina', 'Yuliana', 'Fitri', 'Ratna', 'Lina', 'Wulan', 'Agustina'];
const otherLast = ['Santoso', 'Setiawan', 'Fauzi', 'Bria', 'Prasetyo', 'Rizki', 'Kurniawan', 'Gunawan', 'Arifin', 'Lake', 'Rahmawati', 'Wahyuningsih', 'Lestari', 'Aisyah', 'Ndun', 'Handayani', 'Marlina', 'Saputra', 'Hidayat', 'Nugroho'];
const banjar = ['Br. Dinas Tengah', 'Br. Kaja', 'Br. Kelod', 'Br. Kangin', 'Br. Kauh', 'Br. Anyar', 'Br. Pande', 'Br. Puseh', 'Jl. Raya', 'Jl. Pura Dalem', 'Gg. Melati'];

// Vulnerable-worker categories in the proportions of Denpasar's 2025 APBD list (domain brief),
// with the farmers, fishers and traders of a kabupaten.
const categories = [
  ['Non-ASN', 5302], ['Penerima PKH', 1579], ['Petani', 1462], ['Jumantik', 413], ['Nelayan', 349], ['Kelian / bandesa adat', 342], ['Linmas', 300],
  ['Petengen', 274], ['Penyarikan', 274], ['Sulinggih', 233], ['Pemangku', 156], ['Pecalang', 133], ['Pedagang kecil', 900], ['Buruh harian', 700],
  ['Perajin', 400], ['Peternak', 300], ['Ojek', 200], ['Tukang parkir', 120], ['Seniman', 150], ['Kader posyandu', 250], ['Pekerja disabilitas', 40],
] as const;
const occupationOf: Record<string, string> = { Petani: 'Petani', Nelayan: 'Nelayan', 'Pedagang kecil': 'Pedagang', Perajin: 'Perajin', Peternak: 'Peternak', Ojek: 'Pengemudi ojek', Seniman: 'Seniman' };

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A NIK: district, birth day (+40 for women), month, two-digit year, serial. */
const nikOf = (district: string, sex: 'L' | 'P', birth: string, serial: number) => {
  const [y, m, d] = birth.split('-');
  return `${district.replaceAll('.', '')}${String(Number(d) + (sex === 'P' ? 40 : 0)).padStart(2, '0')}${m}${y!.slice(2)}${String(serial).padStart(4, '0')}`;
};

/** `count` people, one period each, as a worker list's row; `today` bounds every date. */
export function* demoWorkers(area: DemoWorkerArea, count: number, today: string, seed = 2026): Generator<DemoWorker> {
  if (area.kecamatan.length === 0 || area.nikDistricts.home.length === 0) return;
  const rng = seededRandom(seed);
  const thisYear = Number(today.slice(0, 4));
  const used = new Set<number>(); // the NIKs so far, as numbers: one NIK is one person
  let previous: DemoWorker | null = null;
  for (let i = 0; i < count; i += 1) {
    const sex: 'L' | 'P' = rng() < 0.52 ? 'L' : 'P';
    const balinese = rng() < 0.85;
    const name = balinese
      ? rng() < 0.12
        ? `${pick(rng, sex === 'L' ? gentryMale : gentryFemale)} ${pick(rng, sex === 'L' ? maleGiven : femaleGiven)}`
        : `${sex === 'L' ? 'I' : 'Ni'} ${pick(rng, birthOrder)} ${pick(rng, sex === 'L' ? maleGiven : femaleGiven)}`
      : `${pick(rng, sex === 'L' ? otherMale : otherFemale)} ${pick(rng, otherLast)}`;
    const age = 18 + Math.floor(rng() * rng() * 55); // most of working age, a few older (pemangku, sulinggih)
    const birth = iso(thisYear - age - 1, 1 + Math.floor(rng() * 12), 1 + Math.floor(rng() * 28));
    const district = rng() < 0.85 ? pick(rng, area.nikDistricts.home) : pick(rng, area.nikDistricts.elsewhere.length ? area.nikDistricts.elsewhere : area.nikDistricts.home);
    let serial = 1 + Math.floor(rng() * 2000);
    let nik = nikOf(district, sex, birth, serial);
    while (used.has(Number(nik))) nik = nikOf(district, sex, birth, (serial = (serial % 9999) + 1));
    used.add(Number(nik));
    const kec = pick(rng, area.kecamatan);
    const desa = kec.desa.length ? pick(rng, kec.desa) : null;

    const segment = weighted(rng, [['BPU', 58], ['PU', area.employerNpps.length ? 32 : 0], ['JAKON', 6], ['PMI', 4]] as const);
    const category = segment === 'BPU' || rng() < 0.1 ? weighted(rng, categories) : '';
    const startYear = Math.max(2015, thisYear - Math.floor(rng() * 8));
    const start = iso(startYear, 1 + Math.floor(rng() * 12), 1);
    const start_ = start > today ? today : start;
    // About one period in seven has ended (the person is "tidak aktif" today).
    const ended = rng() < 0.14 ? iso(Math.min(thisYear, startYear + 1 + Math.floor(rng() * 2)), 1 + Math.floor(rng() * 12), 28) : '';
    const end = ended && ended > start_ && ended < today ? ended : '';
    const funding =
      segment === 'BPU' ? weighted(rng, [['APBD kabupaten/kota', 45], ['Mandiri (bayar sendiri)', 33], ['APBDes (dana desa)', 12], ['CSR perusahaan', 5], ['APBD provinsi', 5]] as const) : segment === 'PMI' ? 'Mandiri (bayar sendiri)' : 'Pemberi kerja';
    const programmes = segment === 'PU' ? (rng() < 0.5 ? 'JKK, JKM, JHT, JP' : 'JKK, JKM, JHT') : segment === 'BPU' ? (rng() < 0.2 ? 'JKK, JKM, JHT' : 'JKK, JKM') : segment === 'PMI' ? 'JKK, JKM, JHT' : 'JKK, JKM';
    const income = segment === 'PU' ? String(2_800_000 + Math.round(rng() * 40) * 100_000) : segment === 'BPU' ? String(1_000_000 + Math.round(rng() * 20) * 100_000) : '';

    let row: DemoWorker = {
      nik,
      name,
      // About one list in three gives sex and birth date; they agree with the NIK here.
      sex: rng() < 0.3 ? sex : '',
      birthDate: rng() < 0.3 ? dayMonthYear(birth) : '',
      address: `${pick(rng, banjar)}${rng() < 0.5 ? ` No. ${1 + Math.floor(rng() * 120)}` : ''}`,
      kecamatan: kec.name,
      desa: desa?.name ?? '',
      phone: rng() < 0.6 ? `08${String(Math.floor(rng() * 1e10)).padStart(10, '0')}` : '',
      occupation: occupationOf[category] ?? (segment === 'PU' ? 'Karyawan swasta' : ''),
      category,
      segment,
      npp: segment === 'PU' ? pick(rng, area.employerNpps) : '',
      programmes,
      startDate: dayMonthYear(start_),
      endDate: dayMonthYear(end),
      income,
      funding,
      source: segment === 'BPU' ? `Daftar ${funding.startsWith('APBD') ? 'program pemerintah' : 'desa'} ${startYear}` : `Data BPJS ${startYear}`,
    };
    // Near-duplicates, as lists have them: the previous person again under a NIK one digit
    // apart (a typo in a list), or their name spelled without the "I"/"Ni".
    const twin = rng();
    if (previous && twin < 0.01) {
      const last = Number(previous.nik.slice(-1));
      let other = `${previous.nik.slice(0, 15)}${(last + 1) % 10}`;
      if (other.endsWith('0000') || used.has(Number(other))) other = nik;
      used.add(Number(other));
      row = { ...row, name: previous.name, birthDate: previous.birthDate, sex: previous.sex, nik: other, kecamatan: previous.kecamatan, desa: previous.desa };
    } else if (twin < 0.02 && /^(I|Ni) /.test(row.name)) {
      row = { ...row, name: row.name.replace(/^(I|Ni) /, '') };
    }
    previous = row;
    // A few NIKs as spreadsheets leave them: ".0" from a number cell, spaces in groups.
    const mangle = rng();
    if (mangle < 0.01) row = { ...row, nik: `${row.nik}.0` };
    else if (mangle < 0.02) row = { ...row, nik: `${row.nik.slice(0, 6)} ${row.nik.slice(6, 12)} ${row.nik.slice(12)}` };
    yield row;
  }
}
