import { Anchor, Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeopleFilter } from '../../../core/api/coverage.ts';
import { formatDay } from '../format.ts';
import './messages.ts';
import { unappliedParts } from './people-link.ts';

// On the worker register opened from a coverage figure: which figure, and (on hover or focus)
// what of its filter the grid cannot apply yet, with the way back to the dashboard.

export function PeopleFilterNotice({ label, filter }: { label: string; filter: PeopleFilter }) {
  const { t } = useTranslation();
  const words = [filter.segment, filter.category ? filter.category : null].filter((x): x is string => !!x);
  const missing = unappliedParts(filter).map((part) =>
    part === 'at' ? t('cakupan.people.at', { date: formatDay(filter.at) }) : part === 'programmeUid' ? t('cakupan.people.programme') : t(`cakupan.people.${part}`, { value: filter[part] }),
  );
  return (
    <Group gap="xs" wrap="nowrap" data-testid="people-filter-notice">
      <Tooltip label={t('cakupan.people.missing', { what: missing.join(', ') })} multiline w={320} withArrow>
        <Badge variant="light" color="violet" size="lg" tabIndex={0} style={{ textTransform: 'none', maxWidth: 360 }}>
          {t('cakupan.people.notice', { filter: [label, ...words].join(' · ') })}
        </Badge>
      </Tooltip>
      <Anchor component={Link} to="/cakupan" size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t('cakupan.people.back')}
      </Anchor>
    </Group>
  );
}
