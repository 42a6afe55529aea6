import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo } from '../../../core/api/imports.ts';
import { useOfficeZone } from '../api/queries.ts';
import { formatNumber } from '../format.ts';
import { useRefreshAfterWrite } from '../pages/imports/queries.ts';
import { UndoModal } from '../pages/imports/UndoModal.tsx';
import type { BulkView } from './bulk-view.ts';
import { BulkStatusModal } from './BulkStatusModal.tsx';
import type { BulkStatusAction, BulkStatusConfig, RegisterScreenConfig } from './register-config.ts';
import './messages.ts';

// A bulk status change from start to undo: the dialog, then a toast with the count and
// "Urungkan", which opens the import history's own undo for that batch (the same check,
// choice and job as there). The register's queries and the grid refresh after either.

/** The view the user acts on, taken when the action was chosen. */
export interface BulkRequest {
  action: BulkStatusAction;
  view: BulkView;
  words: string[];
  whole: boolean;
}

interface Props {
  config: Pick<RegisterScreenConfig<{ uid: string }, unknown>, 'queryKey' | 'data' | 'recordStatus' | 'texts'> & { bulkStatus: BulkStatusConfig };
  request: BulkRequest | null;
  onClose: () => void;
  /** Records changed (the change or its undo): the grid reloads. */
  onChanged: () => void;
}

export function BulkStatus({ config, request, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const refresh = useRefreshAfterWrite(config.bulkStatus.undo);
  const [undoing, setUndoing] = useState<ImportBatchInfo | null>(null);
  const toasts = useRef(new Set<string>());

  // A toast's "Urungkan" acts on this screen: it goes when the screen does.
  useEffect(() => {
    const shown = toasts.current;
    return () => shown.forEach((id) => notifications.hide(id));
  }, []);

  const onDone = useCallback(
    (batch: ImportBatchInfo, action: BulkStatusAction) => {
      onClose();
      onChanged();
      void refresh();
      const id = `bulk-${batch.uid}`;
      toasts.current.add(id);
      const records = t(config.texts.rowCount, { n: formatNumber(batch.updated), count: batch.updated });
      notifications.show({
        id,
        color: 'green',
        title: t(action.done, { records }),
        autoClose: 20_000,
        message: (
          <Stack gap={6} align="flex-start" data-testid="bulk-done">
            <Text size="sm">{t('registers.bulk.doneReason', { reason: batch.note })}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                setUndoing(batch);
              }}
            >
              {t('registers.bulk.undo')}
            </Button>
          </Stack>
        ),
      });
    },
    [onClose, onChanged, refresh, t, config.texts.rowCount],
  );

  return (
    <>
      <BulkStatusModal
        config={config}
        action={request?.action ?? null}
        view={request?.view ?? null}
        words={request?.words ?? []}
        whole={request?.whole ?? false}
        onDone={onDone}
        onClose={onClose}
      />
      <UndoModal
        config={config.bulkStatus.undo}
        batch={undoing}
        zone={zone}
        onClose={() => {
          setUndoing(null);
          onChanged();
        }}
      />
    </>
  );
}
