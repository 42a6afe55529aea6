import { workforceFindings, type WorkforceCounts, type WorkforceFinding } from '../api/employers.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import type { Message } from '../api/messages/message.ts';
import { invalidInput } from '../app-error.ts';
import { msg, renderBoth } from '../messages.ts';

// The worker counts against each other, said in words: what a save refuses (a split larger
// than the total) and what an import only warns about (a complete split short of it).

/** One finding as a sentence that names both figures and the way out. */
export function workforceSaid(f: WorkforceFinding): Message {
  return msg(`employerChecks.workforce.${f.code}`, { split: f.split, total: f.total });
}

/** The same, in both languages. */
export const workforceMessage = (f: WorkforceFinding): LocalizedText => renderBoth(workforceSaid(f));

/** Sentences one after another, as one message. */
export const sentences = (messages: readonly Message[]): Message =>
  messages.slice(1).reduce<Message>((a, b) => msg('employerChecks.sentences', { a, b }), messages[0]!);

/** The field a finding is about, for the form and the import's column. */
export const workforceField = (f: WorkforceFinding): 'workersTotal' | 'workersMale' | 'workersForeign' =>
  f.code === 'foreignAboveTotal' ? 'workersForeign' : f.code === 'sexSumTooLarge' ? 'workersMale' : 'workersTotal';

/** A save refuses counts no record can have; the message names both figures. */
export function checkWorkforce(counts: WorkforceCounts): void {
  const errors = workforceFindings(counts).filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  throw invalidInput(
    sentences(errors.map(workforceSaid)),
    { issues: errors.map((f) => ({ path: workforceField(f), messageKey: `employers.workforce.${f.code}Short` })) },
  );
}
