import { Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import { formatDay, formatNumber } from '../format.ts';
import { formatChange, numeratorSourceText } from './coverage-format.ts';
import { useShownView } from './shown-view.ts';
import { peoplePath, type FrozenCount } from './people-link.ts';
import { useSnapshotDifference } from './queries.ts';
import { useFigureLabel } from './figure-label.ts';

// What a figure was made of, in full: the denominator (its name, value, what it counts, source
// and date), where the numerator came from (people or aggregate rows), the data date, and the
// way to the people behind it.

export function FigureDetails({ figure, size = 'sm' }: { figure: CoverageFigure; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const d = figure.denominator;
  return (
    <Stack gap={2} data-testid="figure-details">
      {d ? (
        <>
          <Text size={size} data-testid="figure-denominator">
            {t('cakupan.figure.denominator', { name: d.name, value: formatNumber(d.value) })}
          </Text>
          <Text size={size} c="dimmed" data-testid="figure-denominator-source">
            {t('cakupan.figure.denominatorSource', { source: d.source, date: formatDay(d.asOfDate) })}
          </Text>
          <Text size={size} c="dimmed">
            {t('cakupan.figure.universe', { universe: t(`cakupanInput.universe.${d.universe}`, { defaultValue: d.universe }) })}
          </Text>
        </>
      ) : (
        <Text size={size} c="dimmed">
          {t('cakupan.figure.noDenominator')}
        </Text>
      )}
      {figure.hasData ? null : (
        <Text size={size} c="orange" data-testid="figure-no-data">
          {t('cakupan.figure.noData')}
        </Text>
      )}
      <Text size={size} data-testid="figure-numerator-source">
        {numeratorSourceText(t, figure)}
      </Text>
      {figure.aggregateOnly.length > 0 ? (
        <Text size={size} c="orange" data-testid="figure-aggregate-only">
          {t('cakupan.figure.only', { parts: figure.aggregateOnly.map((o) => t(`cakupan.figure.onlyColumns.${o.column}`, { value: o.value })).join(', ') })}
        </Text>
      ) : null}
      {figure.registerSetAside !== null ? (
        <Text size={size} c="dimmed" data-testid="figure-register-set-aside">
          {t('cakupan.figure.registerSetAside', { count: formatNumber(figure.registerSetAside) })}
        </Text>
      ) : null}
      {figure.aggregates.length > 0 ? (
        <List size={size} spacing={0}>
          {figure.aggregates.map((a) => (
            <List.Item key={a.uid}>{t('cakupan.figure.aggregateRow', { count: formatNumber(a.count), source: a.source, date: formatDay(a.asOfDate) })}</List.Item>
          ))}
        </List>
      ) : null}
      <Text size={size} c="dimmed" data-testid="figure-data-date">
        {t('cakupan.figure.dataDate', { date: formatDay(figure.dataDate) })}
      </Text>
      <PeopleButton figure={figure} />
    </Stack>
  );
}

/**
 * Opens the worker register with the figure's filter; absent for aggregate figures (no people to
 * list). On a frozen month the register lists today's people at that date, not the frozen list:
 * said here and on the register, with the frozen count beside today's.
 */
export function PeopleButton({ figure }: { figure: CoverageFigure }) {
  const { t } = useTranslation();
  const labelOf = useFigureLabel();
  const navigate = useNavigate();
  const { snapshot: frozenView, past } = useShownView();
  const difference = useSnapshotDifference(frozenView && figure.people ? frozenView.uid : null);
  if (!figure.people) return null;
  const people = figure.people;
  let frozen: FrozenCount | null = null;
  if (frozenView) {
    const changed = difference.data?.find((d) => d.key === figure.key);
    const now = difference.data ? (changed ? changed.now.people : figure.parts.people) : null;
    frozen = { month: frozenView.month, frozen: figure.parts.people, now };
  }
  return (
    <>
      {frozen ? (
        <Text size="xs" c="violet.8" maw={420} data-testid="figure-frozen-people">
          {frozen.now === null || frozen.now === frozen.frozen
            ? t('cakupan.figure.frozenPeopleSame', { frozen: formatNumber(frozen.frozen), date: formatDay(people.at) })
            : t('cakupan.figure.frozenPeople', { frozen: formatNumber(frozen.frozen), date: formatDay(people.at), now: formatNumber(frozen.now), change: formatChange(frozen.now - frozen.frozen) })}
        </Text>
      ) : null}
      <Button
        className="coverage-no-print"
        size="compact-xs"
        variant="light"
        w="fit-content"
        mt={4}
        aria-label={t('cakupan.figure.openPeopleOf', { label: labelOf(figure) })}
        onClick={() => void navigate(peoplePath(people, labelOf(figure), frozen, past))}
        data-testid="figure-open-people"
      >
        {t('cakupan.figure.openPeople')}
      </Button>
    </>
  );
}
