import { Alert, Anchor, Group, Loader, SegmentedControl, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useOfficeToday } from '../../api/queries.ts';
import { formatNumber } from '../../format.ts';
import { shownByDefault } from './due-rows.ts';
import { useFollowUpsDue } from './queries.ts';
import { DueBadge, employerPath, formatDate, RecordStatusBadge, registerPath } from './shared.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { regulationPath } from '../regulations/regulation-register.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import '../regulations/messages.ts';

// Tindak lanjut jatuh tempo: open follow-ups of every employer whose due date has passed
// or falls within the next 14 or 30 days, earliest first. A row opens its employer.
// Closed firms' letters are hidden unless asked for, and marked "Tutup" when shown. Open
// duties of regulations (their commitments) are in the same list and open their regulation.

export function FollowUpsDuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [withinDays, setWithinDays] = useState('14');
  const [showClosed, setShowClosed] = useState(false);
  const due = useFollowUpsDue(Number(withinDays));
  const today = useOfficeToday();
  const all = due.data ?? [];
  const closedCount = all.filter((r) => !shownByDefault(r)).length;
  const rows = showClosed ? all : all.filter(shownByDefault);
  const overdue = rows.filter((r) => r.overdue).length;
  const open = (uid: string) => void navigate(employerPath(uid, 'tindak-lanjut'));

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>{t('employers.due.title')}</PageTitle>
          <Text c="dimmed" size="sm">
            {t('employers.due.intro')}
          </Text>
        </div>
        <Group gap="lg">
          <Switch
            label={t('employers.due.showClosed', { n: formatNumber(closedCount) })}
            checked={showClosed}
            onChange={(e) => setShowClosed(e.currentTarget.checked)}
            data-testid="due-show-closed"
          />
          <SegmentedControl
            aria-label={t('employers.due.window')}
            value={withinDays}
            onChange={setWithinDays}
            data={[
              { value: '14', label: t('employers.due.within', { n: 14 }) },
              { value: '30', label: t('employers.due.within', { n: 30 }) },
            ]}
          />
        </Group>
      </Group>
      {due.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : due.isError ? (
        <ErrorAlert error={due.error} />
      ) : rows.length === 0 ? (
        <Alert color="green" data-testid="due-empty">
          {t('employers.due.none', { n: withinDays })}
          {closedCount > 0 ? ` ${t('employers.due.closedHidden', { n: formatNumber(closedCount) })}` : ''}{' '}
          <Anchor component={Link} to={registerPath} size="sm">
            {t('employers.due.toRegister')}
          </Anchor>
        </Alert>
      ) : (
        <>
          <Text size="sm" data-testid="due-summary">
            {t('employers.due.summary', { overdue: formatNumber(overdue), upcoming: formatNumber(rows.length - overdue), n: withinDays })}
            {!showClosed && closedCount > 0 ? ` · ${t('employers.due.closedHidden', { n: formatNumber(closedCount) })}` : ''}
          </Text>
          <Table withTableBorder highlightOnHover data-testid="due-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('employers.followUps.state')}</Table.Th>
                <Table.Th w={120}>{t('employers.followUps.dueDate')}</Table.Th>
                <Table.Th>{t('employers.due.employer')}</Table.Th>
                <Table.Th>{t('employers.followUps.kind')}</Table.Th>
                <Table.Th>{t('employers.followUps.letterNumber')}</Table.Th>
                <Table.Th w={120}>{t('employers.followUps.date')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((f) =>
                f.source === 'regulation' ? (
                  <Table.Tr
                    key={f.uid}
                    bg={f.overdue ? 'red.0' : undefined}
                    style={{ cursor: 'pointer' }}
                    tabIndex={0}
                    onClick={() => void navigate(regulationPath(f.regulationUid))}
                    onKeyDown={(e) => e.key === 'Enter' && void navigate(regulationPath(f.regulationUid))}
                    data-overdue={f.overdue ? 'true' : undefined}
                    data-source="regulation"
                  >
                    <Table.Td>
                      <DueBadge followUp={{ done: false, dueDate: f.dueDate }} today={today} />
                    </Table.Td>
                    <Table.Td fw={f.overdue ? 700 : undefined} c={f.overdue ? 'red.8' : undefined}>
                      {formatDate(f.dueDate)}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={regulationPath(f.regulationUid)} size="sm" onClick={(e) => e.stopPropagation()}>
                        {f.regulationLabel}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t('regulasi.due.duty')}</Table.Td>
                    <Table.Td>{f.description}</Table.Td>
                    <Table.Td>—</Table.Td>
                  </Table.Tr>
                ) : (
                <Table.Tr
                  key={f.uid}
                  bg={f.overdue ? 'red.0' : undefined}
                  style={{ cursor: 'pointer' }}
                  tabIndex={0}
                  onClick={() => open(f.employerUid)}
                  onKeyDown={(e) => e.key === 'Enter' && open(f.employerUid)}
                  data-overdue={f.overdue ? 'true' : undefined}
                  data-employer-status={f.employerStatus}
                >
                  <Table.Td>
                    <DueBadge followUp={f} today={today} />
                  </Table.Td>
                  <Table.Td fw={f.overdue ? 700 : undefined} c={f.overdue ? 'red.8' : undefined}>
                    {formatDate(f.dueDate)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component={Link} to={employerPath(f.employerUid, 'tindak-lanjut')} size="sm" onClick={(e) => e.stopPropagation()}>
                        {f.employerName}
                      </Anchor>
                      {f.employerStatus !== 'aktif' ? <RecordStatusBadge status={f.employerStatus} size="xs" /> : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`employers.followUpKinds.${f.kind}`)}</Table.Td>
                  <Table.Td>{f.letterNumber || '—'}</Table.Td>
                  <Table.Td>{formatDate(f.date)}</Table.Td>
                </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
