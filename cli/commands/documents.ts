import type { Command } from 'commander';
import type { DocumentVerifyResult } from '../../core/api/documents.ts';
import { contentPath } from '../../core/documents/content-store.ts';
import { allDocuments } from '../../core/documents/document-rows.ts';
import { checkStored } from '../../core/documents/document-service.ts';
import { msg, render } from '../../core/messages.ts';
import type { Message } from '../../core/api/messages/message.ts';
import { openDatabase } from '../../db/database.ts';
import { resolveDataDir } from '../../db/data-dir.ts';
import { bothWays } from '../help-text.ts';

// `lindung documents verify`: every stored document hashed again against the SHA-256 it was
// stored under. Exit 0 when all match, 1 when one changed or is missing (each named, in
// Indonesian, then in English). It only reads: run it from a scheduled task or after a restore.

/** The lines of a check: problems first, then the summary. */
export function verifyLines(dataDir: string, results: DocumentVerifyResult[]): { ok: boolean; lines: Message[] } {
  if (results.length === 0) return { ok: true, lines: [msg('documents.cli.none')] };
  const bad = results.filter((r) => r.status !== 'ok');
  const lines = bad.map((r) =>
    r.status === 'missing'
      ? msg('documents.cli.missing', { name: r.name, sha: r.sha256, path: contentPath(dataDir, r.sha256) })
      : msg('documents.cli.changed', { name: r.name, sha: r.sha256 }),
  );
  lines.push(bad.length ? msg('documents.cli.bad', { count: bad.length, total: results.length }) : msg('documents.cli.ok', { count: results.length }));
  return { ok: bad.length === 0, lines };
}

export function registerDocuments(program: Command): void {
  const documents = program.command('documents').description(bothWays('documents.cli.documents'));
  documents
    .command('verify')
    .description(bothWays('documents.cli.verify'))
    .option('--json', bothWays('cliHelp.json'))
    .action(async (options: { json?: boolean }) => {
      const dataDir = resolveDataDir({ flag: program.opts<{ dataDir?: string }>().dataDir });
      const database = openDatabase({ dataDir });
      let docs;
      try {
        docs = allDocuments(database.sqlite);
      } finally {
        database.close();
      }
      const results: DocumentVerifyResult[] = [];
      for (const doc of docs) results.push(await checkStored(dataDir, doc));
      const report = verifyLines(dataDir, results);
      if (options.json) console.log(JSON.stringify(results, null, 2));
      else for (const language of ['id', 'en'] as const) for (const line of report.lines) (report.ok ? console.log : console.error)(render(line, language));
      if (!report.ok) process.exitCode = 1;
    });
}
