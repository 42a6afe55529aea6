import type { MessageParam } from '../../api/messages/message.ts';
import type { ServiceContext } from '../../context.ts';
import { msg } from '../../messages.ts';
import { listChoices } from '../list-choices.ts';

// What a split's new period holds (core/workers/period-merge.ts: a later row with other terms
// starts its own period), in words for the dry run: its programmes, funding, wage or income and
// paying programme, and which of them the row left blank and so came from the period before.

/** The new period's terms said, and [import field, value in words] for each one taken from the earlier period. */
export interface NewPeriodTerms {
  said: MessageParam;
  carried: [string, MessageParam][];
}

export function newPeriodTerms(ctx: Pick<ServiceContext, 'sqlite'>) {
  const funding = new Map(listChoices(ctx, 'funding_source').map((c) => [c.value, { userWords: { id: c.label, en: c.labelEn ?? c.label } }]));
  const programmeName = ctx.sqlite.prepare('SELECT name FROM worker_programme WHERE id = ?').pluck();
  return (adds: Record<string, unknown>, provided: (field: string) => boolean): NewPeriodTerms => {
    const terms: MessageParam[] = [msg('workers.import.term.programmes', { list: (JSON.parse(String(adds.programmes)) as string[]).join(', ') })];
    const carried: [string, MessageParam][] = [];
    // A term of the new period the row did not fill is the earlier period's (period-merge.ts).
    const add = (field: string, term: MessageParam) => {
      terms.push(term);
      if (!provided(field)) carried.push([field, term]);
    };
    const fundingCode = adds.funding as string | null;
    if (fundingCode) add('funding', msg('workers.import.term.funding', { funding: funding.get(fundingCode) ?? fundingCode }));
    const wage = adds.wage as number | null;
    const income = adds.declaredIncome as number | null;
    if (wage !== null) add('income', msg('workers.import.term.wage', { amount: wage }));
    else if (income !== null) add('income', msg('workers.import.term.income', { amount: income }));
    const programmeId = adds.programmeId as number | null;
    if (programmeId !== null) add('payingProgramme', msg('workers.import.term.payingProgramme', { name: (programmeName.get(programmeId) as string | undefined) ?? String(programmeId) }));
    return { said: terms.reduce((a, b) => msg('workers.import.term.join', { a, b })), carried };
  };
}
