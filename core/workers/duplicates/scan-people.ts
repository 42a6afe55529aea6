// The active people a duplicate scan compares, held in typed arrays rather than an object per
// person: at a million people an object each would take ~300 MB; these take ~40 MB beside the
// given names. Regions are numbered as they come (0: unknown); birth dates are days since 1800.

export interface ScanPeople {
  count: number;
  ids: Int32Array;
  /** 16 digits a person. */
  digits: Uint8Array;
  /** Days since 1800-01-01; -1 when the NIK gave none. */
  birth: Int32Array;
  kecamatan: Int32Array;
  desa: Int32Array;
  /** The given name without birth-order and caste words (name-core.ts). */
  core: string[];
}

const epoch = Date.UTC(1800, 0, 1);
const dayOf = (iso: string | null) => {
  if (!iso) return -1;
  const day = Math.round((Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - epoch) / 86_400_000);
  return Number.isFinite(day) && day >= 0 ? day : -1;
};

/** Collects up to `capacity` people, one `add` each. */
export class ScanPeopleBuilder {
  readonly #people: ScanPeople;
  readonly #regions = new Map<string, number>();

  constructor(capacity: number) {
    this.#people = {
      count: 0,
      ids: new Int32Array(capacity),
      digits: new Uint8Array(capacity * 16),
      birth: new Int32Array(capacity),
      kecamatan: new Int32Array(capacity),
      desa: new Int32Array(capacity),
      core: new Array<string>(capacity),
    };
  }

  #region(code: string | null): number {
    if (!code) return 0;
    let n = this.#regions.get(code);
    if (n === undefined) this.#regions.set(code, (n = this.#regions.size + 1));
    return n;
  }

  add(id: number, nik: string, core: string, birthDate: string | null, kecamatanCode: string | null, desaCode: string | null): void {
    const p = this.#people;
    const i = p.count;
    if (i >= p.ids.length) return; // more than counted (people added while the scan read): the next scan sees them
    p.ids[i] = id;
    for (let k = 0; k < 16; k += 1) p.digits[i * 16 + k] = nik.charCodeAt(k) - 48;
    p.birth[i] = dayOf(birthDate);
    p.kecamatan[i] = this.#region(kecamatanCode);
    p.desa[i] = this.#region(desaCode);
    p.core[i] = core;
    p.count = i + 1;
  }

  get people(): ScanPeople {
    return this.#people;
  }
}
