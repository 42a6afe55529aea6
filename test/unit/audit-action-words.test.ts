import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../core/api/audit.ts';
import type { PersonReportResult } from '../../core/api/privacy.ts';
import type { GridPage } from '../../core/api/grid.ts';
import i18n from '../../renderer/src/i18n/index.ts';
import { actionWords, actorWords } from '../../renderer/src/pages/audit/words.ts';
import { badungApp } from './employers/support.ts';

// A person marked entered in error is never deleted: the change log says so in the register's
// own word ("tandai salah input"), on screen and in its search, while an employer removed stays
// "hapus"; the log's action filter, one entry for both, names both. The person's data report says it too.

async function logged(app: Awaited<ReturnType<typeof badungApp>>, quickSearch: string): Promise<AuditRow[]> {
  const page = await app.call('audit.list', { startRow: 0, endRow: 100, sortModel: [{ colId: 'at', sort: 'desc' }], filterModel: {}, quickSearch });
  if (!page.ok) throw new Error(page.error.message);
  return (page.data as GridPage<AuditRow>).rows;
}

describe('the change log says what a removal was', () => {
  it('a person marked entered in error reads "tandai salah input", an employer removed "hapus"', async () => {
    const app = await badungApp();
    const saved = await app.call('workers.save', { nik: '5103064507900002', name: 'Ni Luh Putu Sukerti', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', periods: [] });
    if (!saved.ok) throw new Error(saved.error.message);
    const marked = await app.call('workers.setStatus', { uid: saved.data.person.uid, recordStatus: 'salah_input', reason: 'NIK tetangga' });
    if (!marked.ok) throw new Error(marked.error.message);

    const found = await logged(app, 'tandai salah input');
    expect(found.map((r) => [r.action, r.entity])).toEqual([['remove', 'person']]);
    expect((await logged(app, 'entered in error')).map((r) => r.entity)).toEqual(['person']);
    // Indexed with its own word, not the general one: a search for deletions does not find it.
    expect((await logged(app, 'hapus')).filter((r) => r.entity === 'person')).toEqual([]);
    // The person's own data report says the same.
    const report = await app.call('workers.report', { nik: '5103064507900002', formats: ['text'] });
    if (!report.ok) throw new Error(report.error.message);
    expect((report.data as PersonReportResult).text).toContain('Tandai salah input');
    const [id, en] = [i18n.getFixedT('id'), i18n.getFixedT('en')];
    expect([actionWords(id, 'remove', 'person'), actionWords(en, 'remove', 'person')]).toEqual(['tandai salah input', 'mark entered in error']);
    expect([actionWords(id, 'remove', 'employer'), actionWords(id, 'remove')]).toEqual(['hapus', 'hapus / salah input']);
    expect(actionWords(id, 'update', 'person')).toBe('ubah');
  });

  it("the app's own entries name it in the language on screen; a clerk's name stays as stored", async () => {
    const app = await badungApp();
    // The reference data loaded at start-up is the app's own change.
    const own = (await logged(app, '')).filter((r) => r.actorName !== 'Petugas Uji');
    expect(own.length).toBeGreaterThan(0);
    const [id, en] = [i18n.getFixedT('id'), i18n.getFixedT('en')];
    expect([actorWords(id, own[0]!.actorName), actorWords(en, own[0]!.actorName)]).toEqual(['Lindung (sistem)', 'Lindung (system)']);
    expect(actorWords(en, 'Made Sudarsana')).toBe('Made Sudarsana');
  });
});
