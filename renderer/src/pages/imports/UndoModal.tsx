import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo, ImportRegister } from '../../../../core/api/imports.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import { apiErrorOf, useUndoImport } from './queries.ts';

interface Props {
  register: ImportRegister;
  batch: ImportBatchInfo | null;
  zone: TimeZoneCode;
  onClose: () => void;
  onUndone?: (batch: ImportBatchInfo) => void;
}

/** "Batalkan impor?": what will go and what comes back; a refusal (CONFLICT) is shown here. */
export function UndoModal({ register, batch, zone, onClose, onUndone }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const undo = useUndoImport(register);
  const { reset } = undo;

  useEffect(() => {
    if (batch) reset();
  }, [batch, reset]);

  const confirm = async () => {
    if (!batch) return;
    try {
      const undone = await undo.mutateAsync(batch.uid);
      notifications.show({
        color: 'green',
        title: t('imports.undo.doneTitle'),
        message: t('imports.undo.done', { file: batch.fileName, inserted: formatNumber(batch.inserted), updated: formatNumber(batch.updated) }),
      });
      onUndone?.(undone);
      onClose();
    } catch {
      // shown below from undo.error
    }
  };

  return (
    <Modal opened={batch !== null} onClose={onClose} title={t('imports.undo.title')} size="lg">
      {batch ? (
        <Stack>
          <Text>
            {t('imports.undo.body', {
              file: batch.fileName,
              when: formatTimestamp(batch.createdAt, zone),
              inserted: formatNumber(batch.inserted),
              updated: formatNumber(batch.updated),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('imports.undo.note')}
          </Text>
          {undo.error ? (
            <Alert color="red" title={t('imports.undo.refusedTitle')} role="alert" data-testid="undo-error">
              {errorText(apiErrorOf(undo.error))}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('imports.undo.keep')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={undo.isPending}>
              {t('imports.undo.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
