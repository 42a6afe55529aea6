import { createHash } from 'node:crypto';
import type { CycleDetail, PackageBuilt, VerifyReport } from '../api/award.ts';
import type { DownloadToken } from '../api/imports.ts';
import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import { sha256InWorker } from '../backups/hash-in-worker.ts';
import type { ServiceContext } from '../context.ts';
import { entriesOf } from '../documents/document-rows.ts';
import { outgoingWriteStream, sealKeyFor, unseal } from '../files/sealed-file.ts';
import { msg, render } from '../messages.ts';
import { cycleDetail } from './cycle-detail.ts';
import { PackageDocumentError } from './package/build-package.ts';
import { buildPackageInWorker } from './package/build-in-worker.ts';
import type { PackageSource } from './package/package-source.ts';
import { verifyPackage } from './package/verify-package.ts';
import { safeSegment } from './package/safe-names.ts';
import { officeOfPackage } from './office-of-package.ts';
import { loadBriefSource, loadPackageSource } from './package-source-loader.ts';
import { writeBriefPdf } from './pdf/brief-pdf.ts';
import { writeSelfAssessmentPdf } from './pdf/self-assessment-pdf.ts';
import { writeSelfAssessmentXlsx } from './xlsx/self-assessment-xlsx.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// The award's files: the evidence package (a job: progress, cancel, audited, made only from an
// approved cycle's frozen data), its verification, the interview brief and the self-assessment.
// Each is written to the outgoing folder (sealed while encryption is on) and handed out by token.

const safeName = (s: string) => safeSegment(s, 'Paritrana').slice(0, 120);

async function outgoingBytes(ctx: ServiceContext, fileName: string, bytes: Buffer): Promise<DownloadToken> {
  const out = ctx.runtime.files.reserveOutgoing(fileName);
  try {
    const stream = outgoingWriteStream(out.path);
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.once('finish', () => resolve());
      stream.end(bytes);
    });
  } catch (error) {
    ctx.runtime.files.discardOutgoing(out.token);
    throw error;
  }
  return { token: out.token, fileName: out.name };
}

/**
 * A document of the package gone or changed in the store, said with where to attach it again: a
 * regulation item's document that is not the item's own belongs to the regulation itself.
 */
function documentProblem(ctx: ServiceContext, source: PackageSource, error: PackageDocumentError): AppError {
  const params = { name: error.documentName, item: error.itemTitle };
  const item = source.aspects
    .flatMap((a) => a.indicators.flatMap((i) => i.items))
    .find((i) => i.title === error.itemTitle && i.documents.some((d) => d.name === error.documentName));
  const own = item ? entriesOf(ctx.sqlite, 'award_evidence', item.uid).some((d) => d.name === error.documentName) : true;
  if (item?.kind === 'regulation' && !own) {
    const key = error.reason === 'missing' ? 'award.package.regulationDocumentMissing' : 'award.package.regulationDocumentChanged';
    return new AppError('CONFLICT', msg(key, { ...params, regulation: item.targetLabel ?? item.title, edition: source.cycle.edition }));
  }
  return new AppError('CONFLICT', msg(error.reason === 'missing' ? 'award.package.documentMissing' : 'award.package.documentChanged', params));
}

/** Starts building the evidence package of an approved cycle; the job's result is its download. */
export function startPackage(ctx: ServiceContext, cycleUid: string): JobState {
  // Read at once: a cycle not approved is refused here, before a job starts.
  const source = loadPackageSource(ctx, cycleUid);
  const fileName = `${render(msg('award.files.package'))} ${safeName(source.cycle.edition)}.zip`;
  return ctx.runtime.jobs.start('award.package', async (job) => {
    const out = ctx.runtime.files.reserveOutgoing(fileName);
    try {
      const built = await buildPackageInWorker(source, out.path, { onProgress: (done, total, phase) => job.progress(phase, done, total), signal: job.signal });
      await ctx.runtime.gate.run(() =>
        writeAudited(ctx, ({ audit }) =>
          audit({
            action: 'export',
            entity: 'award_cycle',
            entityUid: source.cycle.uid,
            label: fileName,
            before: null,
            after: { files: built.files, bytes: built.bytes, sha256: built.sha256, snapshot: source.approval.snapshotMonth, approvedAt: source.approval.approvedAt },
          }),
        ),
      );
      const result: PackageBuilt = { token: out.token, fileName: out.name, files: built.files, bytes: built.bytes, sha256: built.sha256 };
      return { result };
    } catch (error) {
      ctx.runtime.files.discardOutgoing(out.token);
      if (error instanceof PackageDocumentError) throw documentProblem(ctx, source, error);
      throw error;
    }
  });
}

/** The whole file's SHA-256 (a file on disk hashed on a worker thread; bytes already in memory here). */
const sha256Of = (file: string | Buffer): Promise<string> => (typeof file === 'string' ? sha256InWorker(file) : Promise.resolve(createHash('sha256').update(file).digest('hex')));

/** When this app built the package with this SHA-256, from its audit log (the package job writes one row per build). */
function builtHere(ctx: ServiceContext, sha256: string): { at: string; by: string } | null {
  const row = ctx.sqlite
    .prepare("SELECT at, actor_name AS by FROM audit_log WHERE entity = 'award_cycle' AND action = 'export' AND json_extract(after, '$.sha256') = ? ORDER BY id LIMIT 1")
    .get(sha256) as { at: string; by: string } | undefined;
  return row ?? null;
}

/**
 * Checks a staged package against its manifest, and the whole file against the packages this app
 * built; a sealed upload is opened in memory only (no plaintext on disk).
 */
export async function verifyStagedPackage(ctx: ServiceContext, fileToken: string): Promise<VerifyReport> {
  const staged = ctx.runtime.files.staged(fileToken);
  try {
    const key = sealKeyFor(staged.path);
    const file = key ? await unseal(staged.path, key) : staged.path;
    const report = await verifyPackage(file);
    return report.problem ? report : { ...report, builtHere: builtHere(ctx, await sha256Of(file)) };
  } finally {
    ctx.runtime.files.discardStaged(fileToken);
  }
}

export async function briefPdf(ctx: ServiceContext, cycleUid: string): Promise<DownloadToken> {
  const source = loadBriefSource(ctx, cycleUid);
  return outgoingBytes(ctx, `${render(msg('award.files.brief'))} ${safeName(source.cycle.edition)}${source.draft ? ` (${render(msg('award.files.draft'))})` : ''}.pdf`, await writeBriefPdf(source));
}

/**
 * The self-assessment is a working paper: from the approved source when there is one, else from
 * the cycle as it stands (its scores and items; dated today).
 */
function selfAssessmentSource(ctx: ServiceContext, cycleUid: string): PackageSource {
  const detail = cycleDetail(ctx, cycleUid);
  if (detail.approval) return loadPackageSource(ctx, cycleUid);
  return draftSource(ctx, detail);
}

function draftSource(ctx: ServiceContext, detail: CycleDetail): PackageSource {
  const today = officeTodayIso(ctx);
  return {
    office: officeOfPackage(ctx),
    cycle: {
      uid: detail.uid, edition: detail.edition, year: detail.year, level: detail.level, category: detail.category, periodStart: detail.periodStart, periodEnd: detail.periodEnd,
      submissionDeadline: detail.submissionDeadline, interviewDate: detail.interviewDate, ceremonyDate: detail.ceremonyDate,
    },
    approval: { approvedAt: `${today}T00:00:00.000Z`, approvedBy: '', approverName: '', approverNip: '', snapshotUid: '', snapshotMonth: today.slice(0, 7), snapshotAt: today },
    aspects: detail.aspects.map((a) => ({
      code: a.code,
      title: a.title,
      description: a.description,
      weight: a.weight,
      indicators: a.indicators.map((i) => ({
        code: i.code, title: i.title, evidenceAsked: i.evidenceAsked, weight: i.weight, maxScore: i.maxScore, selfScore: i.selfScore, selfNote: i.selfNote,
        items: i.items.map((e) => ({ uid: e.uid, kind: e.kind, title: e.title, owner: e.owner, state: e.state, summary: e.summary, targetLabel: e.targetLabel, table: null, narrative: e.narrative, documents: [] })),
      })),
    })),
    annexes: [],
  };
}

export async function selfAssessmentFile(ctx: ServiceContext, cycleUid: string, format: 'xlsx' | 'pdf'): Promise<DownloadToken> {
  const source = selfAssessmentSource(ctx, cycleUid);
  const bytes = format === 'pdf' ? await writeSelfAssessmentPdf(source) : await writeSelfAssessmentXlsx(source);
  return outgoingBytes(ctx, `${render(msg('award.files.selfAssessment'))} ${safeName(source.cycle.edition)}.${format}`, bytes);
}
