import type { MessageLanguage } from '../api/messages/message.ts';
import { msg, render } from '../messages.ts';
import type { JobRegistry } from './job-registry.ts';

// What the desktop app says when its window is closed while long work runs: closing stops the
// work (a commit rolls back whole, nothing half-written), so the user chooses to wait or to stop
// it. The words name each running job; null when nothing runs and the window may just close.

const kindWords = {
  'import.dryRun': 'importDryRun',
  'import.commit': 'importCommit',
  'import.undo': 'importUndo',
  'import.undoCheck': 'importUndoCheck',
  'registers.bulkStatus': 'bulkStatus',
  'award.package': 'awardPackage',
  'audit.verify': 'auditVerify',
  'coverage.recount': 'coverageRecount',
  'duplicates.scan': 'duplicatesScan',
  'employers.compliance.export': 'complianceExport',
  'demo.office': 'demo',
  'employers.demo': 'demo',
  'workers.demo': 'demo',
  'regulations.demo': 'demo',
} as const;

type KindWord = (typeof kindWords)[keyof typeof kindWords] | 'other';

export interface QuitWarning {
  title: string;
  body: string;
  wait: string;
  close: string;
}

/** The warning in one language, or null when no job runs. */
export function quitWarning(jobs: Pick<JobRegistry, 'runningKinds'>, language: MessageLanguage = 'id'): QuitWarning | null {
  const kinds = jobs.runningKinds();
  if (!kinds.length) return null;
  const words = [...new Set(kinds.map((k): KindWord => (k in kindWords ? kindWords[k as keyof typeof kindWords] : 'other')))];
  const work = words.map((w) => render(msg(`jobs.kinds.${w}`), language)).join(', ');
  return {
    title: render(msg('jobs.quit.title'), language),
    body: render(msg('jobs.quit.body', { work }), language),
    wait: render(msg('jobs.quit.wait'), language),
    close: render(msg('jobs.quit.close'), language),
  };
}
