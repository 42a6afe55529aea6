import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// A yes/no question before a removal or a retirement: the safe answer has the focus (Enter
// keeps the record), Esc closes. Extra buttons (retire and enter a new one) go before the main one.

interface Props {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  color?: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  extra?: ReactNode;
  testId: string;
}

export function ConfirmAction({ opened, title, body, confirmLabel, color = 'red', busy, onConfirm, onClose, extra, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered>
      <Stack data-testid={testId}>
        <Text size="sm">{body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('cakupanInput.common.cancel')}
          </Button>
          {extra}
          <Button color={color} loading={busy ?? false} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
