import { Alert, Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeopleFilter } from '../../../core/api/coverage.ts';
import { formatDay } from '../format.ts';
import './messages.ts';

// On the worker register opened from a coverage figure: which figure, at which date, and the
// way back to the dashboard.

export function PeopleFilterNotice({ label, filter }: { label: string; filter: PeopleFilter }) {
  const { t } = useTranslation();
  return (
    <Alert color="violet" variant="light" py={6} data-testid="people-filter-notice">
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div>
          <Text size="sm" fw={600}>
            {t('cakupan.people.notice', { filter: label })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('cakupan.people.at', { date: formatDay(filter.at) })}
          </Text>
        </div>
        <Anchor component={Link} to={`/cakupan?tanggal=${filter.at}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {t('cakupan.people.back')}
        </Anchor>
      </Group>
    </Alert>
  );
}
