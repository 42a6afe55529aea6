import { describe, expect, it } from 'vitest';
import { runProgram, type WriteProgram } from '../../../db/write-program.ts';
import { derivedRebuild } from '../../../core/imports/derived-rebuild.ts';
import { workerImporter } from '../../../core/imports/workers/worker-importer.ts';
import { makeTestApp } from '../support/test-db.ts';

// A write of many people refills their name words (person_word, for the quick search) once
// instead of row by row through the triggers (core/imports/derived-rebuild.ts). Afterwards the
// words and their totals are exactly what the triggers would have kept, the triggers are back
// as they were, and a failed write leaves both as before.

const personTable = workerImporter.tables.find((t) => t.key === 'person')!;
const hooks = { progress: () => {}, stopped: () => false, pause: () => undefined };

function withPeople(names: string[]) {
  const app = makeTestApp();
  const insert = app.sqlite.prepare(
    "INSERT INTO person (uid, nik, name, name_fold, created_at, updated_at) VALUES (?, ?, ?, fold(?), '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
  );
  names.forEach((name, i) => insert.run(`p-${i}`, String(5103010101900001 + i), name, name));
  return app;
}
type App = ReturnType<typeof withPeople>;
const words = (app: App) => app.sqlite.prepare('SELECT word, name_fold, id, record_status FROM person_word ORDER BY 1, 2, 3').all();
const totals = (app: App) => app.sqlite.prepare('SELECT word, n FROM person_word_total WHERE n > 0 ORDER BY word').all();
const triggers = (app: App) => app.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'person_word%' ORDER BY name").all();

/** Adds, renames, retires and removes people in plain SQL: what an import or its undo does. */
const changes: WriteProgram['steps'] = [
  { kind: 'once', sql: "INSERT INTO person (uid, nik, name, name_fold, created_at, updated_at) SELECT 'n-' || id, nik + 100, 'Ni Luh ' || name, fold('Ni Luh ' || name), created_at, updated_at FROM person", plain: true },
  { kind: 'once', sql: "UPDATE person SET name = 'Made Sudarsane', name_fold = fold('Made Sudarsane') WHERE uid = 'p-0'", plain: true },
  { kind: 'once', sql: "UPDATE person SET record_status = 'meninggal' WHERE uid = 'p-1'", plain: true },
  { kind: 'once', sql: "DELETE FROM person WHERE uid = 'p-2'", plain: true },
];
const names = ['I Made Sudarsana', 'Putu Ayu Lestari', 'Wayan Sudiarta', 'Ni Made Ayu', 'Kadek Ayu Ayu'];

describe('name words refilled around a large write', () => {
  it('gives the words and totals the triggers would have kept, and puts the triggers back', async () => {
    const byTriggers = withPeople(names);
    await runProgram(byTriggers.sqlite, { params: {}, chunkRows: 100, steps: changes }, hooks);

    const app = withPeople(names);
    const before = triggers(app);
    const steps = derivedRebuild(app, personTable, 'person', 5, 3);
    expect(steps.before).toHaveLength(4); // the four triggers dropped
    await runProgram(app.sqlite, { params: {}, chunkRows: 100, steps: [...steps.before, ...changes, ...steps.after] }, hooks);
    expect(words(app)).toEqual(words(byTriggers));
    expect(totals(app)).toEqual(totals(byTriggers));
    expect(words(app).length).toBeGreaterThan(20);
    expect(triggers(app)).toEqual(before);
    // The triggers work again.
    app.sqlite.prepare("UPDATE person SET name = 'Gede Baru', name_fold = fold('Gede Baru') WHERE uid = 'p-3'").run();
    expect(app.sqlite.prepare("SELECT count(*) FROM person_word WHERE word = 'gede'").pluck().get()).toBe(1);
  });

  it('leaves a small write to the triggers', () => {
    const app = withPeople(names);
    expect(derivedRebuild(app, personTable, 'person', 2, 3)).toEqual({ before: [], after: [] });
    expect(derivedRebuild(app, { ...personTable, derivedRows: undefined }, 'person', 5, 3)).toEqual({ before: [], after: [] });
  });

  it('rolls back with the write: the triggers and the words as before', async () => {
    const app = withPeople(names);
    const [before, wordsBefore] = [triggers(app), words(app)];
    const steps = derivedRebuild(app, personTable, 'person', 5, 3);
    const failing: WriteProgram = { params: {}, chunkRows: 100, steps: [...steps.before, ...changes, { kind: 'once', sql: 'SELECT no_such_function()', plain: true }, ...steps.after] };
    await expect(runProgram(app.sqlite, failing, hooks)).rejects.toThrow(/no_such_function/);
    expect(triggers(app)).toEqual(before);
    expect(words(app)).toEqual(wordsBefore);
  });
});
