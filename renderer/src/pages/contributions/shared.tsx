import { Alert, Badge, List, Paper, Table, Text, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { CalcMessage, Certainty, ContributionRule } from '../../../../core/api/contribution-rules.ts';
import type { UncertainRule } from '../../../../core/api/contribution-results.ts';
import type { ContributionRuleRow } from '../../../../core/api/reference.ts';
import { formatDay, formatDecimal, formatRupiah } from '../../format.ts';
import { isIsoDate } from '../../typed-date.ts';
import { sayMessage } from '../../i18n/index.ts';
import './messages.ts';

// Pieces shared by the calculator and the rule table: dates, rates, badges, rule text.

/** `iso` moved by `days` calendar days. */
export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** '2027-01-01' → '1 Jan 2027' (the month in the interface language). */
export const formatIsoDate = formatDay;

/** Millionths of the base as a percentage: 2400 → '0,24%' ('0.24%' in English). */
export const formatRateMicro = (rateMicro: number | null | undefined): string => (rateMicro === null || rateMicro === undefined ? '—' : `${formatDecimal(rateMicro / 10_000, 4)}%`);

/** Props that make a Mantine NumberInput a Rupiah field: Rp 1.000.000, whole Rupiah only. */
export const rupiahInputProps = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowDecimal: false,
  prefix: 'Rp ',
  hideControls: true,
  inputMode: 'numeric',
} as const;

/** A count field (workers, months): id-ID thousands, whole numbers. */
export const countInputProps = { thousandSeparator: '.', decimalSeparator: ',', allowDecimal: false } as const;

type NumberOpts = { min: number; max: number; minKey?: string; maxKey?: string };

/** Checks a NumberInput value (number, or '' when empty); issue messages are i18n keys. */
function checkNumber(value: number | string, opts: NumberOpts, ctx: z.RefinementCtx): number | undefined {
  const n = typeof value === 'number' ? value : Number(String(value).replace(/\./g, '').replace(',', '.'));
  const problem = !Number.isFinite(n)
    ? 'contributions.validation.number'
    : n < 0
      ? 'contributions.validation.negative'
      : !Number.isInteger(n)
        ? 'contributions.validation.whole'
        : n < opts.min
          ? (opts.minKey ?? 'contributions.validation.atLeastOne')
          : n > opts.max
            ? (opts.maxKey ?? 'contributions.validation.tooLarge')
            : null;
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return undefined;
  }
  return n;
}

/** A required whole-number field of a NumberInput. */
export const numberField = (opts: NumberOpts) =>
  z.union([z.number(), z.string()]).transform((value, ctx): number => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: 'validation.required' });
      return z.NEVER;
    }
    return checkNumber(value, opts, ctx) ?? z.NEVER;
  });

/** An optional whole-number field: '' becomes undefined. */
export const optionalNumberField = (opts: NumberOpts) =>
  z.union([z.number(), z.string()]).transform((value, ctx): number | undefined => (value === '' ? undefined : (checkNumber(value, opts, ctx) ?? z.NEVER)));

/** A required date of an IsoDateInput: a real day, not the text of one that is none. */
export const isoDateField = z.string().min(1, 'validation.required').refine(isIsoDate, 'contributions.validation.date');

const certaintyColor: Record<Certainty, MantineColor> = { confirmed: 'green', secondary: 'yellow', unconfirmed: 'red' };

/** Room for the longest certainty label ("Belum dikonfirmasi") in a table column. */
export const certaintyColumnWidth = 170;

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={certaintyColor[certainty]}
      variant="light"
      tt="none"
      title={t(`contributions.certaintyHint.${certainty}`)}
      // A badge is one line and cuts its label at the cell's edge; this one wraps instead.
      h="auto"
      maw="100%"
      styles={{ root: { flexShrink: 0, paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 } }}
    >
      {t(`contributions.certainty.${certainty}`)}
    </Badge>
  );
}

/** What a rule is about, without its value: 'JKK · kelas risiko 1 · pemberi kerja'. */
export function useRuleSubject() {
  const { t } = useTranslation();
  return (rule: ContributionRule): string => {
    const parts: string[] = [];
    if (rule.programme) parts.push(rule.programme);
    if (rule.riskClass !== null) parts.push(t('contributions.riskClassN', { n: rule.riskClass }));
    if (rule.kind === 'pu_rate' && rule.payer === null) parts.push(t('contributions.payer.recomposition'));
    else if (rule.payer && rule.payer !== 'participant' && rule.kind !== 'jakon_tier') parts.push(t(`contributions.payer.${rule.payer}`));
    if (rule.kind === 'jakon_tier') parts.push(tierText(rule.tierFrom ?? 0, rule.tierTo, t));
    return parts.join(' · ');
  };
}

/**
 * A rule named in words, for people: 'Iuran tetap BPU · JKM (sejak 1 Jul 2015)'. The row's
 * id (bpu-jkm-2015) is for the database and the audit log, not for the screen.
 */
export function useRuleName() {
  const { t } = useTranslation();
  const subject = useRuleSubject();
  return (rule: ContributionRule, withPeriod = true): string => {
    const title = [t(`contributions.kindShort.${rule.kind}`), subject(rule)].filter(Boolean).join(' · ');
    return withPeriod ? `${title} (${periodText(rule, t)})` : title;
  };
}

/**
 * The source note as shown: without the certainty markers [c] [s] [u] of the domain notes
 * (the Kepastian column says that, in words).
 */
export const sourceNoteText = (note: string): string => note.replace(/\s*\[[csu]\]/g, '').trim();

type T = TFunction;

export function tierText(from: number, to: number | null, t: T): string {
  return to === null ? t('contributions.tierAbove', { from: formatRupiah(from) }) : t('contributions.tierRange', { from: formatRupiah(from), to: formatRupiah(to) });
}

/** The rule's value: a rate, an amount or a range. */
export function ruleValue(rule: ContributionRule): string {
  switch (rule.kind) {
    case 'pu_rate':
    case 'bpu_rate':
    case 'jakon_tier':
      return formatRateMicro(rule.rateMicro);
    case 'bpu_income_range':
      return `${formatRupiah(rule.tierFrom ?? 0)} – ${rule.tierTo === null ? '…' : formatRupiah(rule.tierTo)}`;
    default:
      return rule.amount === null ? '—' : formatRupiah(rule.amount);
  }
}

/** One big figure with its label. */
export function Figure({ label, value, testId, hint, strong, big }: { label: string; value: string; testId: string; hint?: ReactNode; strong?: boolean; big?: boolean }) {
  return (
    <Paper withBorder p="md" bg={strong ? 'blue.0' : undefined} style={strong ? { borderColor: 'var(--mantine-color-blue-4)' } : undefined}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={big ? 38 : 24} fw={700} c={strong ? 'blue.9' : undefined} lh={1.25} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The calculator's warnings (yellow) or errors (red), in the interface language; warnings
 *  also name the rules used that are not confirmed in a primary text. */
export function CalcMessages({
  messages,
  kind,
  uncertain = [],
  rules,
}: {
  messages: CalcMessage[];
  kind: 'warning' | 'error';
  uncertain?: UncertainRule[];
  rules?: ContributionRuleRow[] | undefined;
}) {
  const { t } = useTranslation();
  const ruleName = useRuleName();
  const byUid = new Map((rules ?? []).map((r) => [r.uid, r]));
  if (messages.length === 0 && uncertain.length === 0) return null;
  return (
    <Alert color={kind === 'error' ? 'red' : 'yellow'} title={t(kind === 'error' ? 'contributions.calc.errorsTitle' : 'contributions.calc.warningsTitle')} data-testid={`calc-${kind}s`}>
      <List size="sm" spacing={4}>
        {messages.map((m, i) => (
          <List.Item key={`${m.code}-${i}`}>{sayMessage(m.said)}</List.Item>
        ))}
        {uncertain.length > 0 ? (
          <List.Item>
            {t('contributions.calc.uncertainRules')}{' '}
            {uncertain.map((u, i) => {
              const rule = byUid.get(u.uid);
              return (
                <span key={u.uid} data-uid={u.uid}>
                  {i > 0 ? '; ' : ''}
                  <Text span fw={600} fz="sm">
                    {rule ? ruleName(rule) : t('contributions.calc.unknownRule')}
                  </Text>{' '}
                  ({t(`contributions.certainty.${u.certainty}`).toLowerCase()})
                </span>
              );
            })}
          </List.Item>
        ) : null}
      </List>
    </Alert>
  );
}

/** "Aturan yang dipakai": every rule row behind a figure, so it can be defended. */
export function AppliedRules({ uids, rules }: { uids: string[]; rules: ContributionRuleRow[] | undefined }) {
  const { t } = useTranslation();
  const ruleName = useRuleName();
  if (uids.length === 0) return null;
  const byUid = new Map((rules ?? []).map((r) => [r.uid, r]));
  return (
    <div>
      <Text fw={600} mb={4}>
        {t('contributions.calc.appliedRules')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('contributions.calc.appliedRulesHint')}
      </Text>
      <Table.ScrollContainer minWidth={820}>
        <Table striped withTableBorder layout="fixed" verticalSpacing={6} fz="sm" data-testid="applied-rules">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>{t('contributions.rules.col.subject')}</Table.Th>
              <Table.Th w={120} ta="right">
                {t('contributions.rules.col.value')}
              </Table.Th>
              <Table.Th w={120}>{t('contributions.rules.col.period')}</Table.Th>
              <Table.Th>{t('contributions.rules.col.source')}</Table.Th>
              <Table.Th w={certaintyColumnWidth}>{t('contributions.rules.col.certainty')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {uids.map((uid) => {
              const rule = byUid.get(uid);
              return (
                <Table.Tr key={uid} data-uid={uid}>
                  <Table.Td>{rule ? ruleName(rule, false) : t('contributions.calc.unknownRule')}</Table.Td>
                  <Table.Td ta="right">{rule ? ruleValue(rule) : '—'}</Table.Td>
                  <Table.Td>{rule ? periodText(rule, t) : '—'}</Table.Td>
                  <Table.Td fz="xs">{rule ? sourceNoteText(rule.sourceNote) : '—'}</Table.Td>
                  <Table.Td>{rule ? <CertaintyBadge certainty={rule.certainty} /> : null}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}

export function periodText(rule: Pick<ContributionRule, 'effectiveFrom' | 'effectiveTo'>, t: T): string {
  return rule.effectiveTo === null
    ? t('contributions.periodOpen', { from: formatIsoDate(rule.effectiveFrom) })
    : t('contributions.periodClosed', { from: formatIsoDate(rule.effectiveFrom), to: formatIsoDate(rule.effectiveTo) });
}

