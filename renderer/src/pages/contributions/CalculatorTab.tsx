import { Button, Group, Loader, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CalculationInput, CalculationResult, ContributionRuleRow } from '../../../../core/api/reference.ts';
import { useCalculation, useContributionRules } from './queries.ts';
import { sayMessage } from '../../i18n/index.ts';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { AppliedRules, CalcMessages, CertaintyBadge, countInputProps, formatIsoDate, rupiahInputProps, sourceNoteText, useRuleName } from './shared.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

// The frame every calculator tab of the Kalkulator iuran shares: an intro, the input form
// (the calculator's own fields, the rule date, Calculate) on top, and the result below.

export function useFieldError() {
  const { t } = useTranslation();
  return (error: { message?: string | undefined } | undefined) => (error?.message ? t(error.message) : undefined);
}

/** A Rupiah or count NumberInput bound to react-hook-form. */
export function NumberField<F extends FieldValues, O>(props: {
  control: Control<F, unknown, O>;
  name: Path<F>;
  label: string;
  description?: string;
  placeholder?: string;
  rupiah?: boolean;
  w?: number;
  autoFocus?: boolean;
}) {
  const fieldError = useFieldError();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <NumberInput
          {...(props.rupiah ? rupiahInputProps : countInputProps)}
          label={props.label}
          description={props.description}
          placeholder={props.placeholder}
          w={props.w ?? 200}
          value={field.value as number | string}
          onChange={field.onChange}
          onBlur={field.onBlur}
          name={field.name}
          ref={field.ref}
          error={fieldError(fieldState.error)}
          autoFocus={props.autoFocus}
        />
      )}
    />
  );
}

/**
 * A calculator's form and its calculation: the rule table, the last submitted input (null
 * until the first Calculate) with its query, and `submit`, which validates the form, turns
 * it into a calculator input and marks the form clean again.
 */
export function useCalculator<F extends FieldValues, O>(form: UseFormReturn<F, unknown, O>, toInput: (values: O) => CalculationInput, initial: CalculationInput | null = null) {
  const rules = useContributionRules();
  const [input, setInput] = useState<CalculationInput | null>(initial);
  const query = useCalculation(input);
  const submit = form.handleSubmit((values) => {
    setInput(toInput(values));
    form.reset(form.getValues());
  });
  return { form, rules, input, setInput, query, submit };
}

type Calculator<F extends FieldValues, O> = ReturnType<typeof useCalculator<F, O>>;
type ResultOf<K extends CalculationResult['kind']> = Extract<CalculationResult, { kind: K }>;

/**
 * One calculator tab: its intro, the form named after the tab (`children`, the calculator's
 * own fields, then the rule date and Calculate), and the result frame, in which
 * `renderResult` draws the calculator's figures. `summary` gives the first lines of the
 * copied text; the rules and warnings follow.
 */
export function CalculatorTab<K extends CalculationResult['kind'], F extends FieldValues, O>({
  kind,
  calculator,
  summary,
  renderResult,
  children,
}: {
  kind: K;
  calculator: Calculator<F, O>;
  summary: (result: ResultOf<K>) => string[];
  renderResult: (result: ResultOf<K>) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const footer = useSummaryFooter();
  const { form, rules, input, query, submit } = calculator;
  const dirty = form.formState.isDirty;
  const tab: CalculationResult['kind'] = kind;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t(`contributions.${tab}.intro`)}
      </Text>
      <CalcForm onSubmit={() => void submit()} stale={dirty && input !== null} label={t(`contributions.calc.tabs.${tab}`)}>
        {children}
        <DateField control={form.control} />
      </CalcForm>
      <ResultFrame query={query} rules={rules.data} summary={(r) => [...summary(r as ResultOf<K>), ...footer(r, rules.data)].join('\n')} stale={dirty}>
        {(r) => renderResult(r as ResultOf<K>)}
      </ResultFrame>
    </Stack>
  );
}

function CalcForm({ onSubmit, children, stale, label }: { onSubmit: () => void; children: ReactNode; stale: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); onSubmit(); }} noValidate aria-label={label}>
      <Group align="flex-end" gap="sm">
        {children}
        <Button type="submit">
          {t('contributions.calc.calculate')}
        </Button>
      </Group>
      {stale ? (
        <Text size="sm" c="orange.8" mt="xs" data-testid="calc-stale">
          {t('contributions.calc.stale')}
        </Text>
      ) : null}
    </Paper>
  );
}

function DateField<F extends FieldValues, O>({ control }: { control: Control<F, unknown, O> }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return (
    <Controller
      control={control}
      name={'date' as Path<F>}
      render={({ field, fieldState }) => (
        <IsoDateInput
          label={t('contributions.calc.date')}
          description={t('contributions.calc.dateHint')}
          value={field.value as string}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldError(fieldState.error)}
          clearable={false}
          w={150}
        />
      )}
    />
  );
}

/** Everything common to a result: errors, the header with certainty and copy, warnings, rules. */
function ResultFrame({
  query,
  rules,
  summary,
  stale,
  children,
}: {
  query: ReturnType<typeof useCalculation>;
  rules: ContributionRuleRow[] | undefined;
  summary: (result: CalculationResult) => string;
  stale: boolean;
  children: (result: CalculationResult) => ReactNode;
}) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 2500 });
  if (query.isPending && query.fetchStatus === 'idle') {
    return (
      <Text c="dimmed" size="sm">
        {t('contributions.calc.nothingYet')}
      </Text>
    );
  }
  if (query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (query.error) {
    return <ErrorAlert error={query.error} />;
  }
  const result = query.data;
  if (!result.ok) return <CalcMessages kind="error" messages={result.errors} />;
  return (
    <Stack gap="md" style={{ opacity: stale || query.isPlaceholderData ? 0.55 : 1 }} data-testid="calc-result">
      <Group justify="space-between" align="center">
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('contributions.calc.rulesOn', { date: formatIsoDate(result.date) })}
          </Text>
          <CertaintyBadge certainty={result.certainty} />
        </Group>
        <Button variant="light" size="xs" onClick={() => clipboard.copy(summary(result))} color={clipboard.error ? 'red' : undefined}>
          {clipboard.copied ? t('contributions.calc.copied') : clipboard.error ? t('contributions.calc.copyFailed') : t('contributions.calc.copy')}
        </Button>
      </Group>
      {/* Above the figures: what to check before reading them (a wage of Rp 5 shows Rp 0 everywhere). */}
      <CalcMessages kind="warning" messages={result.warnings} uncertain={result.uncertainRules} rules={rules} />
      {children(result)}
      <AppliedRules uids={result.appliedRules} rules={rules} />
    </Stack>
  );
}

/** Plain-text footer of every summary: the rules and their certainty, and the warnings. */
function useSummaryFooter() {
  const { t } = useTranslation();
  const ruleName = useRuleName();
  return (result: CalculationResult, rules: ContributionRuleRow[] | undefined): string[] => {
    const byUid = new Map((rules ?? []).map((r) => [r.uid, r]));
    const lines = ['', `${t('contributions.calc.appliedRules')} (${formatIsoDate(result.date)}):`];
    for (const uid of result.appliedRules) {
      const rule = byUid.get(uid);
      lines.push(
        rule
          ? `- ${ruleName(rule)}: ${sourceNoteText(rule.sourceNote)} (${t(`contributions.certainty.${rule.certainty}`).toLowerCase()})`
          : `- ${t('contributions.calc.unknownRule')}`,
      );
    }
    if (result.warnings.length > 0) {
      lines.push('', `${t('contributions.calc.warningsTitle')}:`);
      for (const w of result.warnings) lines.push(`- ${sayMessage(w.said)}`);
    }
    return lines;
  };
}
