import type Database from 'better-sqlite3';

// The identity numbers a dry run has seen ("NIB 9120…"), and the row and record that first had
// each. A million-row file has three million of them: a Map of strings would hold ~450 MB, and
// a keyed scratch table costs a random B-tree insert per number (a third of the whole check).
// So the numbers are appended to a plain scratch table (cheap: in rowid order), and found again
// through an open-addressing table in memory of a 32-bit hash and the scratch rowid: 8 bytes a
// number (33 MB for three million; a second hash made it 50 MB and spared only the rare read of
// a colliding number), side by side in one array so a probe touches one cache line, not two (the
// lookups were a tenth of a million-row check). A hash match is confirmed against the stored
// number, so a collision can never make two different numbers one. A register may keep a short note with a repeatable
// number (a person's name and the periods planned so far): it lives in the same scratch row,
// on disk, not in a Map of a million entries. The numbers are written a few dozen at a time
// (one INSERT each was a ninth of a worker list's check), and a row's numbers share one scratch
// row: each gets its rowid from a counter, and one still waiting is found in the waiting list.

const empty = 0;
/** Numbers written by one INSERT. */
const perInsert = 32;

/** A 32-bit FNV-1a hash of a string's UTF-16 units (exported for the collision test). */
export function hashOf(key: string): number {
  let a = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) a = Math.imul(a ^ key.charCodeAt(i), 0x01000193);
  return a >>> 0;
}

export interface SeenKey {
  row: number;
  uid: string;
  /** The register's note kept with the number (null: none). */
  memo: string | null;
  /** Where it is kept (for note()). */
  at: number;
}

export class SeenKeys {
  #first: Database.Statement;
  #appendMany: Database.Statement;
  #append: Database.Statement;
  #note: Database.Statement;
  /** Slot i is [hash, scratch rowid] at 2i (rowid 0: empty). */
  #slots: Uint32Array;
  /** Slots in #slots (a power of two). */
  #capacity: number;
  /** Scratch rows written or waiting (the last one's rowid). */
  #size = 0;
  /** Numbers in the table in memory (a scratch row holds one or more). */
  #entries = 0;
  /** Scratch rows not written yet, in rowid order from #size - #waiting.length + 1: [keys, row, uid, memo] each. */
  #waiting: [string, number, string, string | null][] = [];

  constructor(db: Database.Database, capacity = 1 << 16) {
    db.exec('CREATE TABLE IF NOT EXISTS seen (key TEXT NOT NULL, row_number INTEGER NOT NULL, uid TEXT NOT NULL, memo TEXT)');
    this.#append = db.prepare('INSERT INTO seen (rowid, key, row_number, uid, memo) VALUES (?, ?, ?, ?, ?)');
    this.#appendMany = db.prepare(`INSERT INTO seen (rowid, key, row_number, uid, memo) VALUES ${Array(perInsert).fill('(?, ?, ?, ?, ?)').join(', ')}`);
    this.#first = db.prepare('SELECT key, row_number AS row, uid, memo FROM seen WHERE rowid = ?');
    this.#note = db.prepare('UPDATE seen SET memo = ? WHERE rowid = ?');
    this.#capacity = capacity;
    this.#slots = new Uint32Array(capacity * 2);
  }

  /** The rowid of the first number still waiting. */
  get #firstWaiting(): number {
    return this.#size - this.#waiting.length + 1;
  }

  /** The number kept under this rowid: waiting, or from the table. */
  #kept(rowid: number): { /** One or more numbers, one a line. */ key: string; row: number; uid: string; memo: string | null } {
    const waiting = this.#waiting[rowid - this.#firstWaiting];
    if (waiting) return { key: waiting[0], row: waiting[1], uid: waiting[2], memo: waiting[3] };
    return this.#first.get(rowid) as { key: string; row: number; uid: string; memo: string | null };
  }

  /** The row (and record) that first had this number, with the note kept with it, or null. */
  firstWith(key: string): SeenKey | null {
    const hash = hashOf(key);
    const slots = this.#slots;
    const mask = this.#capacity - 1;
    for (let i = hash & mask; slots[i * 2 + 1] !== empty; i = (i + 1) & mask) {
      if (slots[i * 2] !== hash) continue;
      const at = slots[i * 2 + 1]!;
      const found = this.#kept(at);
      if (found.key === key || (found.key.length > key.length && found.key.split('\n').includes(key))) return { row: found.row, uid: found.uid, memo: found.memo, at };
    }
    return null;
  }

  /** Records that `row` (record `uid`) has this number, unless an earlier row had it. */
  claim(key: string, row: number, uid: string, memo: string | null = null): void {
    this.claimAll([key], row, uid, memo);
  }

  /**
   * Records that `row` (record `uid`) has these numbers, each unless an earlier row had it. They
   * share one scratch row (keys one a line): an employer's NIB, NPWP and NPP were three inserts,
   * a ninth of its check.
   */
  claimAll(keys: readonly string[], row: number, uid: string, memo: string | null = null): void {
    this.claimUnseen(keys.filter((key) => !this.firstWith(key)), row, uid, memo);
  }

  /**
   * claimAll for numbers the caller has just looked up and not found (the dry run looks each
   * row's numbers up before planning it): a second look-up each was half of the time spent here.
   */
  claimUnseen(keys: readonly string[], row: number, uid: string, memo: string | null = null): void {
    const fresh = keys.length > 1 ? [...new Set(keys)] : keys;
    if (fresh.length === 0) return;
    // A number with a line break of its own (none of the registers' numbers has one) keeps a row to itself.
    if (fresh.length > 1 && fresh.some((key) => key.includes('\n'))) {
      for (const key of fresh) this.claimUnseen([key], row, uid, memo);
      return;
    }
    while ((this.#entries + fresh.length) * 4 > this.#capacity * 3) this.#grow(); // at most three quarters full
    this.#entries += fresh.length;
    this.#size += 1;
    this.#waiting.push([fresh.join('\n'), row, uid, memo]);
    for (const key of fresh) this.#put(hashOf(key), this.#size);
    if (this.#waiting.length === perInsert) this.flush();
  }

  /** Replaces the note kept with a number, and with the numbers its row claimed with it (`at` from firstWith). */
  note(at: number, memo: string | null): void {
    const waiting = this.#waiting[at - this.#firstWaiting];
    if (waiting) waiting[3] = memo;
    else this.#note.run(memo, at);
  }

  /** Writes the numbers still waiting. */
  flush(): void {
    const from = this.#firstWaiting;
    if (this.#waiting.length === perInsert) this.#appendMany.run(this.#waiting.flatMap((w, i) => [from + i, ...w]));
    else for (const [i, w] of this.#waiting.entries()) this.#append.run(from + i, ...w);
    this.#waiting = [];
  }

  #put(hash: number, rowid: number): void {
    const slots = this.#slots;
    const mask = this.#capacity - 1;
    let i = hash & mask;
    while (slots[i * 2 + 1] !== empty) i = (i + 1) & mask;
    slots[i * 2] = hash;
    slots[i * 2 + 1] = rowid;
  }

  #grow(): void {
    const old = this.#slots;
    this.#capacity *= 2;
    this.#slots = new Uint32Array(this.#capacity * 2);
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== empty) this.#put(old[at]!, old[at + 1]!);
  }
}
