import { describe, expect, it } from 'vitest';
import { runProgram, type WriteProgram } from '../../../db/write-program.ts';
import { derivedRebuild } from '../../../core/imports/derived-rebuild.ts';
import { employerImporter } from '../../../core/imports/employers/employer-importer.ts';
import { workerImporter } from '../../../core/imports/workers/worker-importer.ts';
import { makeTestApp } from '../support/test-db.ts';

// A write of many records refills their name words (person_word, employer_word: the quick
// search's) once instead of row by row through the triggers (core/imports/derived-rebuild.ts).
// The counts the triggers keep beside them too. Afterwards the words, their totals and the
// counts are exactly what the triggers would have kept, the
// triggers are back as they were, and a failed write leaves both as before.

const hooks = { progress: () => {}, stopped: () => false, pause: () => undefined };

/** A register's table, how a record goes in by plain SQL, and the status its people or firms leave by. */
const registers = [
  {
    table: 'person',
    importTable: workerImporter.tables.find((t) => t.key === 'person')!,
    firstIdentity: 5103010101900001,
    insert: "INSERT INTO person (uid, nik, name, name_fold, created_at, updated_at) VALUES (?, ?, ?, fold(?), '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
    copy: "INSERT INTO person (uid, nik, name, name_fold, created_at, updated_at) SELECT 'n-' || id, CAST(nik + 100 AS TEXT), 'Ni Luh ' || name, fold('Ni Luh ' || name), created_at, updated_at FROM person",
    leaves: 'meninggal',
    // The counts by record status and category (migration 0007).
    kept: ["SELECT status, value, n FROM record_total WHERE register = 'worker' AND n > 0 ORDER BY 1, 2"],
  },
  {
    table: 'employer',
    importTable: employerImporter.tables.find((t) => t.key === 'employer')!,
    firstIdentity: 9120000000001,
    insert: "INSERT INTO employer (uid, nib, name, name_fold, created_at, updated_at) VALUES (?, ?, ?, fold(?), '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
    copy: "INSERT INTO employer (uid, name, name_fold, created_at, updated_at) SELECT 'n-' || id, 'Ni Luh ' || name, fold('Ni Luh ' || name), created_at, updated_at FROM employer",
    leaves: 'tutup',
    // The counts by record status, BPJS status and workforce (migration 0029), and by the two statuses (0006).
    kept: [
      'SELECT record_status, bpjs_status, workers_total, n FROM employer_workforce_total WHERE n > 0 ORDER BY 1, 2, 3',
      "SELECT status, value, n FROM record_total WHERE register = 'employer' AND n > 0 ORDER BY 1, 2",
    ],
  },
] as const;
const names = ['I Made Sudarsana', 'Putu Ayu Lestari', 'Wayan Sudiarta', 'Ni Made Ayu', 'Kadek Ayu Ayu'];

describe.each(registers)('$table name words and counts refilled around a large write', ({ table, importTable, firstIdentity, insert, copy, leaves, kept }) => {
  function withRecords(list: string[]) {
    const app = makeTestApp();
    const add = app.sqlite.prepare(insert);
    list.forEach((name, i) => add.run(`p-${i}`, String(firstIdentity + i), name, name));
    return app;
  }
  type App = ReturnType<typeof withRecords>;
  const words = (app: App) => app.sqlite.prepare(`SELECT word, name_fold, id, record_status FROM ${table}_word ORDER BY 1, 2, 3`).all();
  const totals = (app: App) => app.sqlite.prepare(`SELECT word, n FROM ${table}_word_total WHERE n > 0 ORDER BY word`).all();
  const derivedTriggers = importTable.derivedRows!.triggers;
  const triggers = (app: App) =>
    app.sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${derivedTriggers.map(() => '?').join(', ')}) ORDER BY name`).all(...derivedTriggers);
  const others = (app: App) => kept.map((sql) => app.sqlite.prepare(sql).all());

  /** Adds, renames, retires and removes records in plain SQL: what an import or its undo does. */
  const changes: WriteProgram['steps'] = [
    { kind: 'once', sql: copy, plain: true },
    { kind: 'once', sql: `UPDATE ${table} SET name = 'Made Sudarsane', name_fold = fold('Made Sudarsane') WHERE uid = 'p-0'`, plain: true },
    { kind: 'once', sql: `UPDATE ${table} SET record_status = '${leaves}' WHERE uid = 'p-1'`, plain: true },
    { kind: 'once', sql: `DELETE FROM ${table} WHERE uid = 'p-2'`, plain: true },
  ];

  it('gives the words and totals the triggers would have kept, and puts the triggers back', async () => {
    const byTriggers = withRecords(names);
    await runProgram(byTriggers.sqlite, { params: {}, chunkRows: 100, steps: changes }, hooks);

    const app = withRecords(names);
    const before = triggers(app);
    const steps = derivedRebuild(app, importTable, table, 5, 3);
    expect(steps.before).toHaveLength(derivedTriggers.length); // every trigger dropped
    expect(derivedTriggers.length).toBeGreaterThanOrEqual(4);
    await runProgram(app.sqlite, { params: {}, chunkRows: 100, steps: [...steps.before, ...changes, ...steps.after] }, hooks);
    expect(words(app)).toEqual(words(byTriggers));
    expect(totals(app)).toEqual(totals(byTriggers));
    expect(others(app)).toEqual(others(byTriggers));
    expect(others(app).every((rows) => rows.length > 1)).toBe(true);
    expect(words(app).length).toBeGreaterThan(20);
    expect(triggers(app)).toEqual(before);
    // The triggers work again.
    app.sqlite.prepare(`UPDATE ${table} SET name = 'Gede Baru', name_fold = fold('Gede Baru') WHERE uid = 'p-3'`).run();
    expect(app.sqlite.prepare(`SELECT count(*) FROM ${table}_word WHERE word = 'gede'`).pluck().get()).toBe(1);
  });

  it('leaves a small write to the triggers', () => {
    const app = withRecords(names);
    expect(derivedRebuild(app, importTable, table, 2, 3)).toEqual({ before: [], after: [] });
    expect(derivedRebuild(app, { ...importTable, derivedRows: undefined }, table, 5, 3)).toEqual({ before: [], after: [] });
  });

  it('rolls back with the write: the triggers and the words as before', async () => {
    const app = withRecords(names);
    const [before, wordsBefore, othersBefore] = [triggers(app), words(app), others(app)];
    const steps = derivedRebuild(app, importTable, table, 5, 3);
    const failing: WriteProgram = { params: {}, chunkRows: 100, steps: [...steps.before, ...changes, { kind: 'once', sql: 'SELECT no_such_function()', plain: true }, ...steps.after] };
    await expect(runProgram(app.sqlite, failing, hooks)).rejects.toThrow(/no_such_function/);
    expect(triggers(app)).toEqual(before);
    expect(words(app)).toEqual(wordsBefore);
    expect(others(app)).toEqual(othersBefore);
  });
});
