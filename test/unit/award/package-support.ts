import type { JobState } from '../../../core/api/jobs.ts';
import { textPdf } from '../support/pdf-samples.ts';
import { awardWorld, indicatorUid, itemTitled, narrative, ok, saveItem, stage, starterCycle, type App } from './support.ts';

// The package side's helpers through the router: a job waited on, an outgoing file's bytes, and
// a cycle with an item of each kind that shows in the package (approved by the test itself).

export async function waitJob(app: App, job: JobState): Promise<JobState> {
  for (;;) {
    const state = ok(await app.call('jobs.get', { jobId: job.id }));
    if (state.status !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function bytesOf(app: App, token: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of app.runtime.files.openOutgoing(token)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function filledForPackage() {
  const world = await awardWorld();
  const { app, snapshotUid, regulationUid } = world;
  const cycle = await starterCycle(app);
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.2'), kind: 'regulation', title: 'Perbup pekerja rentan', regulationUid, state: 'siap' });
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'C.1'), kind: 'coverage', title: 'Cakupan per segmen', coverage: { snapshotUid, dimension: 'segment' }, state: 'siap' });
  await saveItem(app, { indicatorUid: indicatorUid(cycle, 'G.1'), kind: 'narrative', title: 'Inovasi UCOK', narrative: narrative('Pekerja rentan dibiayai APBD.'), state: 'siap' });
  const withDoc = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Daftar hadir sosialisasi' });
  const docItem = itemTitled(withDoc, 'Daftar hadir sosialisasi').uid;
  ok(await app.call('documents.attach', { entity: 'award_evidence', entityUid: docItem, fileToken: await stage(app, 'daftar-hadir.pdf', await textPdf(['Daftar hadir sosialisasi.'])) }));
  // With its file the item is ready: approval refuses an item not started or in draft.
  await saveItem(app, { uid: docItem, indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Daftar hadir sosialisasi', state: 'siap' });
  return { world, cycle };
}

/** Builds the approved cycle's package through the award.package job; its bytes. */
export async function packageBytes(app: App, cycleUid: string): Promise<Buffer> {
  const done = await waitJob(app, ok(await app.call('award.package', { uid: cycleUid })));
  if (done.status !== 'done') throw new Error(`package job ${done.status}`);
  return bytesOf(app, (done.result as { token: string }).token);
}
