import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, List, Loader, Menu, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Switch, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Certainty, Payer, Programme, RuleKind } from '../../../../core/api/contribution-rules.ts';
import { contributionRuleInput, type ContributionRuleInput, type ContributionRuleRow } from '../../../../core/api/reference.ts';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { useCan } from '../../api/auth.ts';
import { useOfficeToday } from '../../api/queries.ts';
import { ApiCallError } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import './messages.ts';
import { useContributionRules, useSaveRule } from './queries.ts';
import { FormModal, useFormModal, useReportDirty } from '../../components/FormModal.tsx';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { isIsoDate } from '../../typed-date.ts';
import { CertaintyBadge, addDaysIso, certaintyColumnWidth, formatIsoDate, isoDateField, rupiahInputProps, ruleValue, sourceNoteText, useRuleName, useRuleSubject } from './shared.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';

// Aturan iuran: the effective-dated contribution rule table. Rows are never deleted; a rate
// changes by ending the old row and adding a new one from a date ("Ganti mulai tanggal…").

const kinds: readonly RuleKind[] = ['pu_rate', 'wage_cap', 'bpu_rate', 'bpu_flat', 'bpu_income_range', 'jakon_tier', 'pmi_package'];
const programmes: readonly Programme[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];
const certainties: readonly Certainty[] = ['confirmed', 'secondary', 'unconfirmed'];
const payerOrder: readonly (Payer | null)[] = ['employer', 'worker', 'government', 'participant', null];

const order = <T,>(list: readonly T[], value: T) => {
  const i = list.indexOf(value);
  return i < 0 ? list.length : i;
};

function compareRules(a: ContributionRuleRow, b: ContributionRuleRow): number {
  return (
    order(kinds, a.kind) - order(kinds, b.kind) ||
    order(programmes, a.programme as Programme) - order(programmes, b.programme as Programme) ||
    order(payerOrder, a.payer) - order(payerOrder, b.payer) ||
    (a.riskClass ?? 0) - (b.riskClass ?? 0) ||
    (a.tierFrom ?? 0) - (b.tierFrom ?? 0) ||
    a.effectiveFrom.localeCompare(b.effectiveFrom)
  );
}

/** Rows describing the same thing at different times share a key (as the calculator does). */
const ruleKey = (r: ContributionRuleRow) => [r.kind, r.programme ?? '-', r.riskClass ?? '-', r.payer ?? '-', r.tierFrom ?? '-'].join('|');

type RowStatus = 'inactive' | 'ended' | 'future' | 'superseded' | 'inUse';

/** What the calculator does with each row today: inactive, ended, not yet, superseded, used. */
function statusToday(rules: ContributionRuleRow[], today: string): Map<string, RowStatus> {
  const used = usedToday(rules, today);
  return new Map(
    rules.map((r): [string, RowStatus] => [
      r.uid,
      !r.active ? 'inactive' : r.effectiveTo !== null && r.effectiveTo < today ? 'ended' : r.effectiveFrom > today ? 'future' : used.has(r.uid) ? 'inUse' : 'superseded',
    ]),
  );
}

const statusColor: Record<Exclude<RowStatus, 'inUse'>, string> = { inactive: 'dark', ended: 'gray', future: 'violet', superseded: 'orange' };

/** Uids of the rows the calculator would use today: active, in force, latest start per key. */
function usedToday(rules: ContributionRuleRow[], today: string): Set<string> {
  const winners = new Map<string, ContributionRuleRow>();
  for (const r of rules) {
    if (!r.active || r.effectiveFrom > today || (r.effectiveTo !== null && r.effectiveTo < today)) continue;
    const current = winners.get(ruleKey(r));
    if (!current || r.effectiveFrom > current.effectiveFrom || (r.effectiveFrom === current.effectiveFrom && r.uid > current.uid)) winners.set(ruleKey(r), r);
  }
  return new Set([...winners.values()].map((r) => r.uid));
}

const toInput = ({ id: _id, ...row }: ContributionRuleRow): ContributionRuleInput => row;

type Editing = { mode: 'new' } | { mode: 'edit'; rule: ContributionRuleRow } | { mode: 'replace'; rule: ContributionRuleRow };

export function RulesPage() {
  const { t } = useTranslation();
  const canEdit = useCan('reference.write'); // others read the rules
  const errorText = useErrorText();
  const rules = useContributionRules();
  const save = useSaveRule();
  const subject = useRuleSubject();
  const ruleName = useRuleName();
  const [kindFilter, setKindFilter] = useState<string | null>(null);
  const [showInactive, setShowInactive] = useState(true);
  const [editing, setEditing] = useState<Editing | null>(null);
  const today = useOfficeToday();

  const rows = useMemo(() => [...(rules.data ?? [])].sort(compareRules), [rules.data]);
  const status = useMemo(() => statusToday(rows, today), [rows, today]);
  const visible = rows.filter((r) => (kindFilter === null || r.kind === kindFilter) && (showInactive || r.active));

  const toggleActive = async (rule: ContributionRuleRow) => {
    try {
      await save.mutateAsync({ ...toInput(rule), active: !rule.active });
      notifications.show({ color: 'green', title: t('common.saved'), message: t(rule.active ? 'contributions.rules.deactivated' : 'contributions.rules.reactivated', { rule: ruleName(rule) }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };

  if (rules.isPending) return <Loader aria-label={t('common.loading')} />;
  if (rules.error) {
    return <ErrorAlert error={rules.error} />;
  }

  let lastKind: RuleKind | null = null;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <PageTitle>{t('contributions.rules.title')}</PageTitle>
          <Text c="dimmed" maw={820}>
            {t('contributions.rules.intro')}
          </Text>
        </div>
        {canEdit ? (
          <Button onClick={() => setEditing({ mode: 'new' })} style={{ flexShrink: 0 }}>
            {t('contributions.rules.add')}
          </Button>
        ) : null}
      </Group>
      {/* How to change a rate points at the row's Tindakan menu, which only an editor has. */}
      {canEdit ? (
        <Alert color="blue" variant="light" title={t('contributions.rules.howToChangeTitle')}>
          <Text size="sm">{t('contributions.rules.howToChange')}</Text>
        </Alert>
      ) : (
        <Alert color="gray" variant="light" py="xs" data-testid="rules-read-only">
          <Text size="sm">{t('contributions.rules.readOnly')}</Text>
        </Alert>
      )}
      <Group justify="space-between">
        <Group>
          <Select
            aria-label={t('contributions.rules.filterKind')}
            placeholder={t('contributions.rules.allKinds')}
            data={kinds.map((k) => ({ value: k, label: t(`contributions.kind.${k}`) }))}
            value={kindFilter}
            onChange={setKindFilter}
            clearable
            w={280}
          />
          <Switch label={t('contributions.rules.showInactive')} checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
        </Group>
        <Text size="sm" c="dimmed" data-testid="rules-count">
          {t('contributions.rules.count', { n: visible.length })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={1000}>
        <Table withTableBorder layout="fixed" verticalSpacing={6} fz="sm" data-testid="rules-table" style={{ fontVariantNumeric: 'tabular-nums' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={230}>{t('contributions.rules.col.subject')}</Table.Th>
              <Table.Th w={120} ta="right">
                {t('contributions.rules.col.value')}
              </Table.Th>
              <Table.Th w={105}>{t('contributions.rules.col.from')}</Table.Th>
              <Table.Th w={110}>{t('contributions.rules.col.to')}</Table.Th>
              <Table.Th>{t('contributions.rules.col.source')}</Table.Th>
              <Table.Th w={certaintyColumnWidth}>{t('contributions.rules.col.certainty')}</Table.Th>
              <Table.Th w={56} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed" ta="center" py="md">
                    {t('contributions.rules.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {visible.flatMap((rule) => {
              const out = [];
              if (rule.kind !== lastKind) {
                lastKind = rule.kind;
                out.push(
                  <Table.Tr key={`kind-${rule.kind}`} bg="gray.1">
                    <Table.Td colSpan={7}>
                      <Text fw={700} size="sm" component="span">
                        {t(`contributions.kind.${rule.kind}`)}
                      </Text>
                      <Text size="xs" c="dimmed" component="span" ml="sm">
                        {t(`contributions.kindHint.${rule.kind}`)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>,
                );
              }
              out.push(
                <Table.Tr key={rule.uid} data-uid={rule.uid} c={rule.active ? undefined : 'dimmed'}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {subject(rule) || t(`contributions.kind.${rule.kind}`)}
                    </Text>
                    <RowStatusBadge status={status.get(rule.uid) ?? 'inUse'} />
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {ruleValue(rule)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(rule.effectiveFrom)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{rule.effectiveTo ? formatIsoDate(rule.effectiveTo) : t('contributions.rules.open')}</Table.Td>
                  <Table.Td fz="xs">{sourceNoteText(rule.sourceNote)}</Table.Td>
                  <Table.Td>
                    <CertaintyBadge certainty={rule.certainty} />
                  </Table.Td>
                  <Table.Td display={canEdit ? undefined : 'none'}>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button variant="default" size="compact-sm" aria-label={t('contributions.rules.actionsFor', { rule: ruleName(rule) })} title={t('contributions.rules.actions')}>
                          ⋯
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setEditing({ mode: 'replace', rule })} disabled={!rule.active}>
                          {t('contributions.rules.replace')}
                        </Menu.Item>
                        <Menu.Item onClick={() => setEditing({ mode: 'edit', rule })}>{t('contributions.rules.edit')}</Menu.Item>
                        <Menu.Divider />
                        <Menu.Item color={rule.active ? 'red' : undefined} onClick={() => void toggleActive(rule)}>
                          {t(rule.active ? 'contributions.rules.deactivate' : 'contributions.rules.reactivate')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>,
              );
              return out;
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <FormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={editing ? t(`contributions.rules.modal.${editing.mode}`) : ''}
        closeOnClickOutside={false}
      >
        {editing ? <RuleForm key={editing.mode === 'new' ? 'new' : `${editing.mode}-${editing.rule.uid}`} editing={editing} onDone={() => setEditing(null)} /> : null}
      </FormModal>
    </Stack>
  );
}

function RowStatusBadge({ status }: { status: RowStatus }) {
  const { t } = useTranslation();
  if (status === 'inUse') return null;
  return (
    <Badge color={statusColor[status]} variant={status === 'inactive' ? 'filled' : 'light'} size="xs" title={t(`contributions.rules.statusHint.${status}`)}>
      {t(`contributions.rules.status.${status}`)}
    </Badge>
  );
}

// ---------------------------------------------------------------------------
// The rule form (new, edit, replace from a date)
// ---------------------------------------------------------------------------

type PayerChoice = Payer | 'recomposition';
const numberOrEmpty = z.union([z.number(), z.string()]);

interface RuleFormValues {
  kind: RuleKind;
  programme: Programme | null;
  payer: PayerChoice | null;
  riskClass: string | null;
  ratePercent: number | string;
  amount: number | string;
  tierFrom: number | string;
  tierTo: number | string;
  effectiveFrom: string;
  effectiveTo: string;
  sourceNote: string;
  certainty: Certainty;
  active: boolean;
}

/** Which fields a kind uses (see core/api/contribution-rules.ts). */
function fieldsOf(kind: RuleKind, programme: Programme | null, payer: PayerChoice | null) {
  return {
    programme: ['pu_rate', 'wage_cap', 'bpu_rate', 'bpu_flat'].includes(kind),
    payer: kind === 'pu_rate',
    riskClass: kind === 'pu_rate' && programme === 'JKK' && payer !== 'recomposition',
    rate: ['pu_rate', 'bpu_rate', 'jakon_tier'].includes(kind),
    amount: ['wage_cap', 'bpu_flat', 'pmi_package'].includes(kind),
    tiers: ['bpu_income_range', 'jakon_tier'].includes(kind),
  };
}

const isEmpty = (v: number | string) => v === '' || v === undefined || v === null;
const asNumber = (v: number | string): number | null => (isEmpty(v) ? null : typeof v === 'number' ? v : Number(v));

function ruleFormSchema(replacing: ContributionRuleRow | null) {
  return z
    .object({
      kind: z.enum(kinds as [RuleKind, ...RuleKind[]]),
      programme: z.enum(programmes as [Programme, ...Programme[]]).nullable(),
      payer: z.enum(['employer', 'worker', 'government', 'participant', 'recomposition']).nullable(),
      riskClass: z.string().nullable(),
      ratePercent: numberOrEmpty,
      amount: numberOrEmpty,
      tierFrom: numberOrEmpty,
      tierTo: numberOrEmpty,
      effectiveFrom: isoDateField,
      effectiveTo: z.string(),
      sourceNote: z.string().trim().min(1, 'validation.required').min(3, 'validation.tooShort').max(500, 'validation.tooLong'),
      certainty: z.enum(certainties as [Certainty, ...Certainty[]]),
      active: z.boolean(),
    })
    .superRefine((v, ctx) => {
      const need = (path: keyof RuleFormValues, ok: boolean, message = 'validation.required') => {
        if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
      };
      const f = fieldsOf(v.kind, v.programme, v.payer);
      if (f.programme) need('programme', v.programme !== null);
      if (f.payer) need('payer', v.payer !== null);
      if (f.riskClass) need('riskClass', v.riskClass !== null);
      if (v.kind === 'pu_rate' && v.payer === 'recomposition') need('programme', v.programme === 'JKK' || v.programme === 'JKM', 'contributions.rules.validation.recompositionProgramme');
      if (v.kind === 'bpu_rate' || v.kind === 'bpu_flat') need('programme', v.programme === null || ['JKK', 'JKM', 'JHT'].includes(v.programme), 'contributions.rules.validation.bpuProgramme');
      if (f.rate) {
        const rate = asNumber(v.ratePercent);
        need('ratePercent', rate !== null);
        if (rate !== null) need('ratePercent', Number.isFinite(rate) && rate >= 0 && rate <= 100, 'contributions.rules.validation.rateRange');
      }
      if (f.amount) {
        const amount = asNumber(v.amount);
        need('amount', amount !== null);
        if (amount !== null) need('amount', amount >= 0 && Number.isSafeInteger(amount), 'contributions.validation.negative');
      }
      if (f.tiers) {
        const from = asNumber(v.tierFrom);
        const to = asNumber(v.tierTo);
        need('tierFrom', from !== null);
        if (from !== null) need('tierFrom', from >= 0, 'contributions.validation.negative');
        if (v.kind === 'bpu_income_range') need('tierTo', to !== null);
        if (from !== null && to !== null) {
          need('tierTo', v.kind === 'jakon_tier' ? to > from : to >= from, 'contributions.rules.validation.tierOrder');
        }
      }
      if (v.effectiveTo !== '') {
        need('effectiveTo', isIsoDate(v.effectiveTo), 'contributions.validation.date');
        need('effectiveTo', v.effectiveTo >= v.effectiveFrom, 'contributions.rules.validation.toBeforeFrom');
      }
      if (replacing && v.effectiveFrom !== '') need('effectiveFrom', v.effectiveFrom > replacing.effectiveFrom, 'contributions.rules.validation.replaceAfterStart');
    });
}

function toFormValues(rule: ContributionRuleRow | null, mode: Editing['mode'], today: string): RuleFormValues {
  if (!rule) {
    return {
      kind: 'pu_rate', programme: null, payer: null, riskClass: null, ratePercent: '', amount: '', tierFrom: '', tierTo: '',
      effectiveFrom: today, effectiveTo: '', sourceNote: '', certainty: 'unconfirmed', active: true,
    };
  }
  return {
    kind: rule.kind,
    programme: rule.programme,
    payer: rule.kind === 'pu_rate' && rule.payer === null ? 'recomposition' : rule.payer,
    riskClass: rule.riskClass === null ? null : String(rule.riskClass),
    ratePercent: rule.rateMicro === null ? '' : rule.rateMicro / 10_000,
    amount: rule.amount ?? '',
    tierFrom: rule.tierFrom ?? '',
    tierTo: rule.tierTo ?? '',
    effectiveFrom: mode === 'replace' ? '' : rule.effectiveFrom,
    effectiveTo: rule.effectiveTo ?? '',
    sourceNote: mode === 'replace' ? '' : rule.sourceNote,
    // A new value comes with a new source: its certainty is chosen again, not inherited.
    certainty: mode === 'replace' ? 'unconfirmed' : rule.certainty,
    active: mode === 'replace' ? true : rule.active,
  };
}

/** Form values → the channel's input; unused columns of the kind become null. */
function toRuleInput(v: RuleFormValues, uid: string | undefined): ContributionRuleInput {
  const f = fieldsOf(v.kind, v.programme, v.payer);
  const fixedPayer: Record<RuleKind, Payer | null> = {
    pu_rate: v.payer === 'recomposition' ? null : (v.payer as Payer | null),
    wage_cap: null,
    bpu_rate: 'participant',
    bpu_flat: 'participant',
    bpu_income_range: null,
    jakon_tier: 'employer',
    pmi_package: 'participant',
  };
  const rate = asNumber(v.ratePercent);
  return {
    ...(uid ? { uid } : {}),
    kind: v.kind,
    programme: v.kind === 'jakon_tier' ? 'JKK' : f.programme ? v.programme : null,
    riskClass: f.riskClass && v.riskClass !== null ? Number(v.riskClass) : null,
    payer: fixedPayer[v.kind],
    rateMicro: f.rate && rate !== null ? Math.round(rate * 10_000) : null,
    amount: f.amount ? asNumber(v.amount) : null,
    tierFrom: f.tiers ? asNumber(v.tierFrom) : null,
    tierTo: f.tiers ? asNumber(v.tierTo) : null,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo === '' ? null : v.effectiveTo,
    sourceNote: v.sourceNote.trim(),
    certainty: v.certainty,
    active: v.active,
  };
}

/** Where a server-side issue on an input column shows in the form. */
const issueField: Record<string, keyof RuleFormValues> = {
  rateMicro: 'ratePercent',
  amount: 'amount',
  tierFrom: 'tierFrom',
  tierTo: 'tierTo',
  effectiveFrom: 'effectiveFrom',
  effectiveTo: 'effectiveTo',
  sourceNote: 'sourceNote',
  programme: 'programme',
  payer: 'payer',
  riskClass: 'riskClass',
};

function RuleForm({ editing, onDone }: { editing: Editing; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveRule();
  const today = useOfficeToday();
  const rule = editing.mode === 'new' ? null : editing.rule;
  const replacing = editing.mode === 'replace' ? editing.rule : null;
  const schema = useMemo(() => ruleFormSchema(replacing), [replacing]);
  const form = useForm<RuleFormValues>({ resolver: zodResolver(schema), defaultValues: toFormValues(rule, editing.mode, today) });
  const { control, register, handleSubmit, formState, setError, watch } = form;
  const ruleName = useRuleName();
  const modal = useFormModal();
  useReportDirty(formState.isDirty);
  const [serverError, setServerError] = useState<string | null>(null);
  const kind = watch('kind');
  const programme = watch('programme');
  const payer = watch('payer');
  const newStart = watch('effectiveFrom');
  const f = fieldsOf(kind, programme, payer);
  const locked = replacing !== null; // the replacement must describe the same thing
  const err = (name: keyof RuleFormValues) => {
    const message = formState.errors[name]?.message;
    return message ? t(String(message)) : undefined;
  };

  const showFailure = (error: unknown) => {
    if (!(error instanceof ApiCallError)) throw error;
    const issues = (error.error.details as { issues?: FieldIssue[] } | undefined)?.issues ?? [];
    for (const issue of issues) {
      const field = issueField[issue.path.split('.')[0] ?? ''];
      if (field) setError(field, { message: issue.messageKey });
    }
    setServerError(errorText(error.error));
  };

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const input = toRuleInput(values, editing.mode === 'edit' ? editing.rule.uid : undefined);
    // The channel's own schema, as a last check before the round trip.
    const parsed = contributionRuleInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issueField[String(issue.path[0])];
        if (field) setError(field, { message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid' });
      }
      return;
    }
    let added = false;
    try {
      await save.mutateAsync(input);
      added = true;
      if (replacing && (replacing.effectiveTo === null || replacing.effectiveTo >= values.effectiveFrom)) {
        await save.mutateAsync({ ...toInput(replacing), effectiveTo: addDaysIso(values.effectiveFrom, -1) });
      }
      notifications.show({
        color: 'green',
        title: t('common.saved'),
        message: replacing
          ? t('contributions.rules.replacedMessage', { rule: ruleName(replacing, false), date: formatIsoDate(values.effectiveFrom), end: formatIsoDate(addDaysIso(values.effectiveFrom, -1)) })
          : t('contributions.rules.savedMessage'),
      });
      onDone();
    } catch (error) {
      if (added && replacing) {
        setServerError(t('contributions.rules.replaceHalfDone', { rule: ruleName(replacing, false), error: errorText(error) }));
        return;
      }
      showFailure(error);
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
    <Stack gap="sm">
      {replacing ? (
        <Alert color="blue" variant="light" title={t('contributions.rules.replaceTitle', { rule: ruleName(replacing) })} data-testid="replace-explanation">
          <Stack gap={6}>
            <Text size="sm">{t('contributions.rules.replaceExplain')}</Text>
            <List size="sm" type="ordered">
              <List.Item>
                {t('contributions.rules.replaceStepNew', { date: isIsoDate(newStart) ? formatIsoDate(newStart) : '…' })}
              </List.Item>
              <List.Item>
                {t('contributions.rules.replaceStepOld', {
                  value: ruleValue(replacing),
                  end: isIsoDate(newStart) ? formatIsoDate(addDaysIso(newStart, -1)) : '…',
                })}
              </List.Item>
            </List>
            <Text size="sm">{t('contributions.rules.replacePast')}</Text>
          </Stack>
        </Alert>
      ) : null}
      {editing.mode === 'edit' ? (
        <>
          <Text size="sm" fw={600}>
            {ruleName(editing.rule)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('contributions.rules.editHint')}
          </Text>
        </>
      ) : null}
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <Select
            label={t('contributions.rules.field.kind')}
            data={kinds.map((k) => ({ value: k, label: t(`contributions.kind.${k}`) }))}
            value={field.value}
            onChange={(value) => value && field.onChange(value)}
            allowDeselect={false}
            disabled={locked || editing.mode === 'edit'}
            description={t(`contributions.kindHint.${kind}`)}
          />
        )}
      />
      <SimpleGrid cols={3}>
        {f.programme ? (
          <Controller
            control={control}
            name="programme"
            render={({ field }) => (
              <Select
                label={t('contributions.rules.field.programme')}
                data={(kind === 'bpu_rate' || kind === 'bpu_flat' ? ['JKK', 'JKM', 'JHT'] : programmes).map((p) => ({ value: p, label: p }))}
                value={field.value}
                onChange={field.onChange}
                error={err('programme')}
                disabled={locked}
                withAsterisk
              />
            )}
          />
        ) : null}
        {f.payer ? (
          <Controller
            control={control}
            name="payer"
            render={({ field }) => (
              <Select
                label={t('contributions.rules.field.payer')}
                data={(['employer', 'worker', 'government', 'recomposition'] as const).map((p) => ({ value: p, label: t(`contributions.payer.${p}`) }))}
                value={field.value}
                onChange={field.onChange}
                error={err('payer')}
                disabled={locked}
                withAsterisk
              />
            )}
          />
        ) : null}
        {f.riskClass ? (
          <Controller
            control={control}
            name="riskClass"
            render={({ field }) => (
              <Select
                label={t('contributions.rules.field.riskClass')}
                data={['1', '2', '3', '4', '5'].map((c) => ({ value: c, label: `${c} · ${t(`contributions.pu.riskClasses.${c}`)}` }))}
                value={field.value}
                onChange={field.onChange}
                error={err('riskClass')}
                disabled={locked}
                withAsterisk
              />
            )}
          />
        ) : null}
      </SimpleGrid>
      {payer === 'recomposition' && kind === 'pu_rate' ? (
        <Text size="xs" c="dimmed">
          {t('contributions.rules.recompositionHint')}
        </Text>
      ) : null}
      <SimpleGrid cols={3}>
        {f.rate ? (
          <RuleNumber control={control} name="ratePercent" label={t('contributions.rules.field.rate')} error={err('ratePercent')} percent autoFocus={locked} />
        ) : null}
        {f.amount ? <RuleNumber control={control} name="amount" label={t('contributions.rules.field.amount')} error={err('amount')} autoFocus={locked} /> : null}
        {f.tiers ? (
          <>
            <RuleNumber
              control={control}
              name="tierFrom"
              label={t(kind === 'jakon_tier' ? 'contributions.rules.field.tierFromJakon' : 'contributions.rules.field.incomeMin')}
              error={err('tierFrom')}
              disabled={locked && kind === 'jakon_tier'}
              autoFocus={locked && kind === 'bpu_income_range'}
            />
            <RuleNumber
              control={control}
              name="tierTo"
              label={t(kind === 'jakon_tier' ? 'contributions.rules.field.tierToJakon' : 'contributions.rules.field.incomeMax')}
              description={kind === 'jakon_tier' ? t('contributions.rules.field.tierToHint') : undefined}
              error={err('tierTo')}
              required={kind === 'bpu_income_range'}
            />
          </>
        ) : null}
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Controller
          control={control}
          name="effectiveFrom"
          render={({ field }) => (
            <IsoDateInput
              label={t(replacing ? 'contributions.rules.field.newFrom' : 'contributions.rules.field.from')}
              description={replacing ? t('contributions.rules.field.newFromHint', { date: formatIsoDate(replacing.effectiveFrom) }) : t('contributions.rules.field.fromHint')}
              required
              value={field.value}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={err('effectiveFrom')}
            />
          )}
        />
        <Controller
          control={control}
          name="effectiveTo"
          render={({ field }) => (
            <IsoDateInput
              label={t('contributions.rules.field.to')}
              description={t('contributions.rules.field.toHint')}
              value={field.value}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={err('effectiveTo')}
            />
          )}
        />
      </SimpleGrid>
      <Textarea
        label={t('contributions.rules.field.source')}
        description={t('contributions.rules.field.sourceHint')}
        withAsterisk
        autosize
        minRows={2}
        {...register('sourceNote')}
        error={err('sourceNote')}
      />
      <Controller
        control={control}
        name="certainty"
        render={({ field }) => (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="certainty-label">
              {t('contributions.rules.field.certainty')}
            </Text>
            <SegmentedControl
              aria-labelledby="certainty-label"
              value={field.value}
              onChange={field.onChange}
              data={certainties.map((c) => ({ value: c, label: t(`contributions.certainty.${c}`) }))}
            />
            <Text size="xs" c="dimmed">
              {t(`contributions.certaintyHint.${field.value}`)}
            </Text>
          </Stack>
        )}
      />
      {editing.mode !== 'replace' ? (
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <Switch label={t('contributions.rules.field.active')} description={t('contributions.rules.field.activeHint')} checked={field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} />
          )}
        />
      ) : null}
      <ErrorAlert error={serverError} data-testid="rule-server-error" />
      <Paper bg="gray.0" p="xs" radius="sm">
        <Group justify="flex-end">
          <Button variant="default" onClick={() => modal?.requestClose()}>
            {t('contributions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t(replacing ? 'contributions.rules.replaceSubmit' : 'common.save')}
          </Button>
        </Group>
      </Paper>
    </Stack>
    </form>
  );
}

function RuleNumber(props: {
  control: Control<RuleFormValues>;
  name: 'ratePercent' | 'amount' | 'tierFrom' | 'tierTo';
  label: string;
  description?: string | undefined;
  error: string | undefined;
  percent?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  required?: boolean;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <NumberInput
          {...(props.percent ? { decimalSeparator: ',', thousandSeparator: '.', decimalScale: 4, suffix: ' %', hideControls: true, allowNegative: true } : rupiahInputProps)}
          label={props.label}
          description={props.description}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          name={field.name}
          ref={field.ref}
          error={props.error}
          disabled={props.disabled}
          withAsterisk={props.required ?? props.name !== 'tierTo'}
          data-autofocus={props.autoFocus ? true : undefined}
        />
      )}
    />
  );
}
