import { Alert, Anchor, Badge, Button, Group, Loader, Pagination, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { identityReviewPageSize, type IdentityReviewItem, type IdentitySide } from '../../../../../core/api/identity-review.ts';
import { messageNamespace } from '../../../../../core/api/messages/message.ts';
import type { TimeZoneCode } from '../../../../../core/api/office-profile.ts';
import { useCan } from '../../../api/auth.ts';
import { useErrorText } from '../../../api/error-text.ts';
import { formatDay, formatNumber, formatTimestamp } from '../../../format.ts';
import { apiErrorOf } from '../../imports/queries.ts';
import { useIdentityReviews, useResolveIdentityReview } from './queries.ts';
import './messages.ts';

// The identity review's list: each held row with the register's values and the file's side by
// side (what differs marked), and the two decisions. Its own component: the worker register's
// review page shows it, and later one "Tinjauan" page beside the duplicate review.

const stateColor = { open: 'orange', applied: 'blue', dismissed: 'gray' } as const;

export function IdentityConflicts({ show, zone }: { show: 'open' | 'resolved'; zone: TimeZoneCode }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [show]);
  const list = useIdentityReviews(show, page);
  const pages = Math.ceil((list.data?.total ?? 0) / identityReviewPageSize);
  // The last page's rows all decided: back to the page that is now last.
  useEffect(() => {
    if (list.data && !list.isPlaceholderData && page > 0 && page >= pages) setPage(Math.max(0, pages - 1));
  }, [list.data, list.isPlaceholderData, page, pages]);
  if (list.isPending) return <Loader aria-label={t('common.loading')} />;
  if (list.isError) return <Alert color="red">{t('workerReview.loadFailed')}</Alert>;
  const pager =
    pages > 1 ? (
      <Group>
        <Pagination size="sm" total={pages} value={page + 1} onChange={(p) => setPage(p - 1)} data-testid="identity-review-pages" />
        <Text size="sm" c="dimmed">
          {t('workerReview.pageOf', { from: formatNumber(page * identityReviewPageSize + 1), to: formatNumber(Math.min(list.data.total, (page + 1) * identityReviewPageSize)), total: formatNumber(list.data.total) })}
        </Text>
      </Group>
    ) : null;
  if (list.data.items.length === 0) {
    return (
      <Text c="dimmed" data-testid="identity-review-empty">
        {t(show === 'open' ? 'workerReview.empty' : 'workerReview.emptyResolved')}
      </Text>
    );
  }
  return (
    <Stack data-testid="identity-review-list">
      {pager}
      {list.data.items.map((item) => (
        <ConflictCard key={item.uid} item={item} zone={zone} />
      ))}
      {pager}
    </Stack>
  );
}

function ConflictCard({ item, zone }: { item: IdentityReviewItem; zone: TimeZoneCode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canWrite = useCan('records.write');
  const resolve = useResolveIdentityReview();
  const sex = (s: 'L' | 'P' | null) => (s ? t(`workerReview.sex.${s}`) : '—');
  const place = (side: IdentitySide) => [side.desaName, side.kecamatanName].filter(Boolean).join(', ') || '—';
  // The segment in the register's words (Jakon, not JAKON), as the duplicate review says it (PairEvidence).
  const segment = (code: string) => t(`workers.segment.${code}`, { ns: messageNamespace, defaultValue: code });
  const rows: { key: string; register: string; file: string }[] = [
    { key: 'name', register: item.register.name, file: item.file.name },
    { key: 'birthDateTyped', register: formatDay(item.register.birthDateTyped) || '—', file: formatDay(item.file.birthDateTyped) || '—' },
    { key: 'sexTyped', register: sex(item.register.sexTyped), file: sex(item.file.sexTyped) },
    { key: 'address', register: item.register.address || '—', file: item.file.address || '—' },
    { key: 'desa', register: place(item.register), file: place(item.file) },
    { key: 'kpj', register: item.register.kpj || '—', file: item.file.kpj || '—' },
  ];
  const p = item.file.period;
  const period = t('workerReview.period', {
    segment: segment(p.segment),
    start: formatDay(p.startDate),
    end: p.endDate ? t('workerReview.periodEnd', { end: formatDay(p.endDate) }) : '',
    programmes: p.programmes.join(', ') || '—',
  });

  const act = (action: 'useFile' | 'keepRegister') =>
    resolve.mutate(
      { uid: item.uid, action },
      {
        onSuccess: (done) => notifications.show({ color: 'green', message: t(action === 'useFile' ? 'workerReview.applied' : 'workerReview.dismissed', { name: action === 'useFile' ? done.file.name : done.register.name }) }),
        onError: (e) => notifications.show({ color: 'red', title: t('errors.title'), message: errorText(apiErrorOf(e)) }),
      },
    );

  const cell = (text: string, differs: boolean): ReactNode => (
    <Text size="sm" fw={differs ? 700 : undefined} c={differs ? 'orange.9' : undefined}>
      {text}
    </Text>
  );

  return (
    <Paper withBorder p="md" data-testid="identity-review-item" data-nik={item.nik}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={700} ff="monospace">
                NIK {item.nik}
              </Text>
              <Badge color={stateColor[item.state]} variant="light" tt="none">
                {t(`workerReview.state.${item.state}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {item.batch
                ? t('workerReview.source', { row: item.fileRow, file: item.batch.fileName, when: formatTimestamp(item.batch.createdAt, zone) })
                : t('workerReview.sourceUndone', { row: item.fileRow })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('workerReview.fromNik', { birth: formatDay(item.nikBirthDate) || '—', sex: sex(item.nikSex) })}
            </Text>
          </Stack>
          <Anchor component={Link} to={`/register/pekerja/${item.personUid}`} size="sm">
            {t('workerReview.openPerson')}
          </Anchor>
        </Group>
        <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="identity-review-compare">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">{t('workerReview.column.field')}</Table.Th>
              <Table.Th>{t('workerReview.column.register')}</Table.Th>
              <Table.Th>{t('workerReview.column.file')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const differs = r.register !== r.file && r.file !== '—';
              return (
                <Table.Tr key={r.key} data-field={r.key} data-differs={differs || undefined}>
                  <Table.Td>
                    <Text size="sm">{t(`workerReview.field.${r.key}`)}</Text>
                    {differs ? (
                      <Badge size="xs" color="orange" variant="outline" tt="none">
                        {t('workerReview.differs')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{cell(r.register, false)}</Table.Td>
                  <Table.Td>{cell(r.file, differs)}</Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr>
              <Table.Td>
                <Text size="sm">{t('workerReview.field.period')}</Text>
              </Table.Td>
              <Table.Td data-testid="identity-review-register-periods">
                {item.register.periods.length ? (
                  item.register.periods.map((rp, i) => (
                    <Text key={i} size="sm">
                      {segment(rp.segment)} {formatDay(rp.startDate)}
                      {rp.endDate ? ` – ${formatDay(rp.endDate)}` : ' – …'}
                      {rp.employerName ? ` · ${rp.employerName}` : ''}
                    </Text>
                  ))
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{period}</Text>
                {p.employerName ? (
                  <Text size="xs" c="dimmed">
                    {t('workerReview.periodEmployer', { name: p.employerName, npp: p.employerNpp ?? '—' })}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {item.state === 'open' ? (
          canWrite ? (
            <Stack gap={4}>
              {item.personStatus !== 'aktif' ? (
                <Text size="sm" c="red.8">
                  {t('workerReview.notActive')}
                </Text>
              ) : null}
              <Group>
                <Button color="orange" onClick={() => act('useFile')} loading={resolve.isPending && resolve.variables.action === 'useFile'} disabled={resolve.isPending || item.personStatus !== 'aktif'}>
                  {t('workerReview.useFile')}
                </Button>
                <Button variant="default" onClick={() => act('keepRegister')} loading={resolve.isPending && resolve.variables.action === 'keepRegister'} disabled={resolve.isPending}>
                  {t('workerReview.keepRegister')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {t('workerReview.useFileHint')} {t('workerReview.keepRegisterHint')}
              </Text>
            </Stack>
          ) : null
        ) : (
          <Text size="sm" c="dimmed" data-testid="identity-review-resolved">
            {t(`workerReview.state.${item.state}`)}: {t('workerReview.resolvedBy', { who: item.resolvedBy ?? '—', when: formatTimestamp(item.resolvedAt, zone) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
