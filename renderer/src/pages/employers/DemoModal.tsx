import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/error-text.ts';
import { useSetupStatus } from '../../api/queries.ts';
import { formatNumber } from '../../format.ts';
import { useLoadDemo } from './queries.ts';

// "Muat data contoh": made-up employers across the office's kecamatan and desa, to try the app
// on an empty register.

export function DemoModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const area = useSetupStatus().data?.area;
  const demo = useLoadDemo();
  const [count, setCount] = useState<number | string>(500);
  const n = typeof count === 'number' ? count : Number(count);
  const valid = Number.isInteger(n) && n >= 1 && n <= 100_000;
  const load = async () => {
    try {
      const result = await demo.mutateAsync({ count: n });
      notifications.show({ color: 'green', title: t('employers.demo.doneTitle'), message: t('employers.demo.done', { n: formatNumber(result.inserted) }) });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('employers.demo.title')}>
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void load();
        }}
      >
        <Text size="sm">{t('employers.demo.intro', { area: area?.name ?? '' })}</Text>
        <NumberInput
          label={t('employers.demo.count')}
          value={count}
          onChange={setCount}
          min={1}
          max={100_000}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          error={valid ? undefined : t('employers.demo.countInvalid')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('employers.common.cancel')}
          </Button>
          <Button type="submit" loading={demo.isPending} disabled={!valid}>
            {t('employers.demo.load')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
