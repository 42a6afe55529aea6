import { Alert, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleEffect } from '../../../core/api/coverage.ts';
import { useErrorText } from '../api/error-text.ts';
import { formatDay, formatNumber } from '../format.ts';
import { formatChange, formatPercent, formatPoints } from './coverage-format.ts';
import './messages.ts';
import { useRuleEffect } from './queries.ts';
import { TrendChart } from './TrendChart.tsx';
import { useLocalized } from '../pages/imports/shared.ts';

// On a regulation's page: coverage in its scope over the 12 months before and after it took
// effect, the date marked on the chart, the change in people and points, and the plain warning
// that a before/after comparison is not proof of cause.

export function RuleEffectSection({ regulationUid, ready }: { regulationUid: string; ready: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const effect = useRuleEffect(regulationUid, ready);
  return (
    <Paper withBorder p="md" data-testid="rule-effect" component="section" aria-label={t('cakupan.rule.title')}>
      <Title order={2} size="h4" mb="xs">
        {t('cakupan.rule.title')}
      </Title>
      {!ready ? (
        <Text size="sm" c="dimmed">
          {t('cakupan.rule.needsDate')}
        </Text>
      ) : effect.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : effect.isError ? (
        <Alert color="orange" title={t('cakupan.rule.failed')}>
          {errorText(effect.error)}
        </Alert>
      ) : (
        <RuleEffectBody effect={effect.data} />
      )}
    </Paper>
  );
}

function RuleEffectBody({ effect }: { effect: RuleEffect }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { regulation, before, after } = effect;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('cakupan.rule.intro', { area: regulation.areaName, scope: localized(effect.scope.descriptionText), date: formatDay(regulation.effectiveDate) })}</Text>
      <TrendChart points={effect.months} mark={{ month: regulation.effectiveDate.slice(0, 7), label: t('cakupan.rule.effective') }} label={t('cakupan.rule.title')} testId="rule-effect-chart" />
      <Group gap="xl" wrap="wrap" data-testid="rule-effect-change">
        {before ? <Figure label={t('cakupan.rule.before', { date: formatDay(before.date) })} value={`${formatNumber(before.numerator)} · ${formatPercent(before.percent)}`} /> : null}
        {after ? <Figure label={t('cakupan.rule.after', { date: formatDay(after.date) })} value={`${formatNumber(after.numerator)} · ${formatPercent(after.percent)}`} /> : null}
        <Figure label={t('cakupan.rule.changePeople')} value={effect.changePeople === null ? '—' : formatChange(effect.changePeople)} testId="rule-effect-people" />
        <Figure label={t('cakupan.rule.changePoints')} value={effect.changePoints === null ? '—' : t('cakupan.rule.points', { value: formatPoints(effect.changePoints) })} testId="rule-effect-points" />
      </Group>
      {after?.denominator ? (
        <Text size="xs" c="dimmed">
          {t('cakupan.figure.denominator', { name: after.denominator.name, value: formatNumber(after.denominator.value) })} · {t('cakupan.figure.denominatorSource', { source: after.denominator.source, date: formatDay(after.denominator.asOfDate) })}
        </Text>
      ) : null}
      <Alert color="yellow" variant="light" data-testid="rule-effect-caveat">
        {t('cakupan.rule.caveat')}
      </Alert>
    </Stack>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
