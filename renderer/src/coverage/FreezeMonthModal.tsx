import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { formatMonth } from './coverage-format.ts';
import { useFreezeMonth, useSnapshots } from './queries.ts';
import { useOfficeZone } from '../api/queries.ts';
import { formatTimestamp } from '../format.ts';

// "Bekukan bulan": pick a month (the last 24, the one before this first), say why it matters,
// confirm. The engine counts the month's last day and keeps the figures with their sources.

function lastMonths(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month - i, 1)).toISOString().slice(0, 7));
}

export function FreezeMonthModal({ opened, onClose, today, areaCode }: { opened: boolean; onClose: () => void; today: string; areaCode: string }) {
  const { t, i18n } = useTranslation();
  const months = lastMonths(today, 25);
  const [month, setMonth] = useState<string>(months[1] ?? months[0] ?? '');
  const freeze = useFreezeMonth();
  const zone = useOfficeZone();
  const label = formatMonth(month, i18n.language);
  // This month frozen before (the list is newest first): said before it is frozen again beside it.
  const before = (useSnapshots().data ?? []).filter((s) => s.month === month && s.areaCode === areaCode);
  const last = before[0];
  const submit = async () => {
    const made = await freeze.mutateAsync({ month, areaCode });
    notifications.show({ color: 'green', message: t('cakupan.freeze.done', { month: formatMonth(made.month, i18n.language) }) });
    onClose();
  };
  return (
    <FormModal opened={opened} onClose={onClose} title={t('cakupan.freeze.title')}>
      <Stack gap="sm">
        <Select label={t('cakupan.freeze.month')} data={months.map((m) => ({ value: m, label: formatMonth(m, i18n.language) }))} value={month} onChange={(v) => v && setMonth(v)} allowDeselect={false} data-autofocus data-testid="freeze-month" />
        <Text size="sm" c="dimmed">
          {t('cakupan.freeze.hint')}
        </Text>
        {last ? (
          <Alert color="yellow" data-testid="freeze-already">
            <Text size="sm">
              {before.length === 1
                ? t('cakupan.freeze.already', { month: label, when: formatTimestamp(last.frozenAt, zone), by: last.frozenBy })
                : t('cakupan.freeze.alreadyMany', { month: label, count: before.length, when: formatTimestamp(last.frozenAt, zone), by: last.frozenBy })}
            </Text>
            <Text size="sm">{t('cakupan.freeze.againHint')}</Text>
          </Alert>
        ) : null}
        <ErrorAlert error={freeze.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cakupan.freeze.cancel')}
          </Button>
          <Button onClick={() => void submit().catch(() => undefined)} loading={freeze.isPending} data-testid="freeze-confirm">
            {t('cakupan.freeze.confirm', { month: label })}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
