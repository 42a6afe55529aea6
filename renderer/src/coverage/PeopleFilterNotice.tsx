import { Alert, Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, formatNumber } from '../format.ts';
import { formatChange, formatMonth } from './coverage-format.ts';
import './messages.ts';
import type { PeopleLink } from './people-link.ts';
import { wholeRegisterPath } from './use-people-filter.ts';

// On the worker register opened from a coverage figure: which figure, at which date, and the
// way back to the dashboard. From a frozen month: that this list is today's register at that
// date, with the frozen count beside today's; for a past date, that domicile and category are today's.

export function PeopleFilterNotice({ label, filter, frozen, past }: PeopleLink) {
  const { t, i18n } = useTranslation();
  return (
    // Never squeezed by the grid below it (the page is a column of fixed height).
    <Alert color="violet" variant="light" py={6} style={{ flexShrink: 0 }} data-testid="people-filter-notice">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div>
          <Text size="sm" fw={600}>
            {t('cakupan.people.notice', { filter: label })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('cakupan.people.at', { date: formatDay(filter.at) })}
          </Text>
          {frozen ? (
            <Text size="sm" data-testid="people-filter-frozen">
              {t('cakupan.people.frozen', {
                month: formatMonth(frozen.month, i18n.language),
                frozen: formatNumber(frozen.frozen),
                date: formatDay(filter.at),
                now: frozen.now === null ? '—' : formatNumber(frozen.now),
                change: frozen.now === null ? '—' : formatChange(frozen.now - frozen.frozen),
              })}
            </Text>
          ) : null}
          {past ? (
            <Text size="xs" c="dimmed" data-testid="people-filter-past">
              {t('cakupan.people.pastNote')}
            </Text>
          ) : null}
        </div>
        <Group gap="md" wrap="nowrap">
          <Anchor component={Link} to={wholeRegisterPath} size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="people-filter-clear">
            {t('cakupan.people.whole')}
          </Anchor>
          <Anchor component={Link} to={`/cakupan?tanggal=${filter.at}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {t('cakupan.people.back')}
          </Anchor>
        </Group>
      </Group>
    </Alert>
  );
}
