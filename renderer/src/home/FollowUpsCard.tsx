import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOfficeToday } from '../api/queries.ts';
import { formatNumber } from '../format.ts';
import { shownByDefault } from '../pages/employers/due-rows.ts';
import '../pages/employers/messages.ts';
import { useFollowUpsDue } from '../pages/employers/queries.ts';
import { DueBadge, employerPath } from '../pages/employers/shared.tsx';
import '../pages/regulations/messages.ts';
import { regulationPath } from '../pages/regulations/regulation-register.ts';
import { HomeCard } from './HomeCard.tsx';

// Follow-ups overdue and due within the due page's first window, counted as that page counts
// them on opening (the same query, closed firms left out), and the nearest few, each a link.

const withinDays = 14;
const shown = 5;

export function FollowUpsCard() {
  const { t } = useTranslation();
  const due = useFollowUpsDue(withinDays);
  const today = useOfficeToday();
  const rows = (due.data ?? []).filter(shownByDefault);
  const overdue = rows.filter((r) => r.overdue).length;

  return (
    <HomeCard title={t('beranda.due.heading')} testId="home-due" link={{ to: '/register/tindak-lanjut', label: t('beranda.due.open') }}>
      {due.isError ? (
        <Text size="sm" c="red">
          {t('beranda.loadFailed')}
        </Text>
      ) : due.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <>
          <Group gap="xl">
            <Figure value={overdue} label={t('beranda.due.overdue')} colour={overdue > 0 ? 'red.8' : 'dimmed'} testId="home-due-overdue" />
            <Figure value={rows.length - overdue} label={t('beranda.due.upcoming', { n: withinDays })} colour="blue.8" testId="home-due-upcoming" />
          </Group>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="home-due-none">
              {t('beranda.due.none', { n: withinDays })}
            </Text>
          ) : (
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('beranda.due.list')}>
              {rows.slice(0, shown).map((r) => (
                <Group key={r.uid} component="li" gap="xs" wrap="nowrap" data-testid="home-due-row">
                  <DueBadge followUp={{ done: false, dueDate: r.dueDate }} today={today} />
                  {r.source === 'regulation' ? (
                    <Anchor component={Link} to={regulationPath(r.regulationUid)} size="sm" lineClamp={1}>
                      {r.regulationLabel} · {r.description}
                    </Anchor>
                  ) : (
                    <Anchor component={Link} to={employerPath(r.employerUid, 'tindak-lanjut')} size="sm" lineClamp={1}>
                      {r.employerName} · {t(`employers.followUpKinds.${r.kind}`)}
                    </Anchor>
                  )}
                </Group>
              ))}
              {rows.length > shown ? (
                <Text component="li" size="xs" c="dimmed">
                  {t('beranda.due.more', { n: formatNumber(rows.length - shown) })}
                </Text>
              ) : null}
            </Stack>
          )}
        </>
      )}
    </HomeCard>
  );
}

function Figure({ value, label, colour, testId }: { value: number; label: string; colour: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text fz={28} fw={700} lh={1.1} c={colour} data-testid={testId}>
        {formatNumber(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
