import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../core/api/coverage.ts';
import { formatDay } from '../format.ts';
import { formatMonth } from './coverage-format.ts';
import { SnapshotDifferenceTable } from './SnapshotDifferenceTable.tsx';

// A frozen month on screen: says so, and on request shows how a count now differs from it.

export function SnapshotPanel({ snapshot, compare, onCompare }: { snapshot: SnapshotSummary; compare: boolean; onCompare: (compare: boolean) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="violet" variant="light" data-testid="coverage-snapshot-notice">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">{t('cakupan.snapshot.notice', { month: formatMonth(snapshot.month, i18n.language), date: formatDay(snapshot.frozenAt.slice(0, 10)) })}</Text>
          <Button className="coverage-no-print" size="compact-sm" variant={compare ? 'subtle' : 'light'} onClick={() => onCompare(!compare)} data-testid="snapshot-compare">
            {t(compare ? 'cakupan.snapshot.hide' : 'cakupan.snapshot.compare')}
          </Button>
        </Group>
        {compare ? (
          <>
            <Text size="sm" fw={600}>
              {t('cakupan.snapshot.title')}
            </Text>
            <SnapshotDifferenceTable uid={snapshot.uid} />
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}
