import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem, Indicator } from '../../../core/api/award.ts';
import { ConfirmAction } from '../coverage-inputs/ConfirmAction.tsx';
import { formatDay } from '../format.ts';
import { useLocalized } from '../pages/imports/shared.ts';
import type { EvidenceEdit } from './EvidenceFormModal.tsx';
import { useCycleWrite } from './queries.ts';
import { StateBadge } from './StateBadge.tsx';
import { useSayRefusal } from './use-refusal.ts';

// The evidence items of one indicator: kind, title, what it points at, owner, due date, state and
// an overdue mark; open (edit), approve a ready item (kepala bidang and up), remove. An approved
// cycle invites nothing: no add, no approve, and an empty indicator says it is locked.

interface Props {
  indicator: Indicator;
  editable: boolean;
  locked: boolean;
  canApprove: boolean;
  onEdit: (edit: EvidenceEdit) => void;
}

export function EvidenceList({ indicator, editable, locked, canApprove, onEdit }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const say = useSayRefusal();
  const approve = useCycleWrite('award.evidence.approve');
  const remove = useCycleWrite('award.evidence.remove');
  const [removing, setRemoving] = useState<EvidenceItem | null>(null);
  // What an item without a target label holds: a document item its files, a narrative whether its
  // text is written; "Belum diisi" only for what is really empty.
  const whatItHolds = (item: EvidenceItem): string => {
    if (item.kind === 'document') return t('paritrana.evidence.documents', { count: item.documents.length });
    if (item.kind === 'narrative' && item.filled) return t('paritrana.evidence.narrativeFilled');
    return t('paritrana.evidence.noTarget');
  };
  const next = indicator.items.reduce((max, i) => Math.max(max, i.position + 1), 0);

  return (
    <Stack gap={6} data-testid="evidence-list">
      {indicator.items.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic" data-testid="evidence-none">
          {t(locked ? 'paritrana.evidence.noneLocked' : editable ? 'paritrana.evidence.none' : 'paritrana.evidence.noneReadOnly')}
        </Text>
      ) : null}
      {indicator.items.map((item) => (
        <Paper key={item.uid} withBorder p="xs" data-testid="evidence-row" bg={item.overdue ? 'var(--mantine-color-red-0)' : undefined}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Group gap={6} wrap="wrap">
                <Badge variant="outline" color="gray" size="sm">
                  {t(`paritrana.kinds.${item.kind}`)}
                </Badge>
                <Text fw={600} size="sm" data-testid="evidence-title-text">
                  {item.title}
                </Text>
                <StateBadge state={item.state} />
                {item.overdue ? (
                  <Badge color="red" size="sm" data-testid="evidence-overdue">
                    {t('paritrana.evidence.overdue')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed">
                {[
                  (item.targetLabelText ? localized(item.targetLabelText) : null) ?? whatItHolds(item),
                  `${t('paritrana.evidence.owner')}: ${item.owner || t('paritrana.completeness.noOwner')}`,
                  `${t('paritrana.evidence.due')}: ${formatDay(item.dueDate)}`,
                  item.kind !== 'document' && item.documents.length > 0 ? t('paritrana.evidence.documents', { count: item.documents.length }) : null,
                  item.approvedBy ? t('paritrana.evidence.approvedBy', { by: item.approvedBy }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              {canApprove && !locked && item.state === 'siap' ? (
                <Button
                  size="compact-sm"
                  color="green"
                  variant="light"
                  disabled={!editable}
                  loading={approve.isPending && approve.variables.uid === item.uid}
                  onClick={() => approve.mutate({ uid: item.uid }, { onSuccess: () => notifications.show({ color: 'green', message: t('paritrana.evidence.approved') }), onError: say })}
                  data-testid="evidence-approve"
                >
                  {t('paritrana.evidence.approve')}
                </Button>
              ) : null}
              <Button size="compact-sm" variant="subtle" onClick={() => onEdit({ indicatorUid: indicator.uid, item, position: item.position })} aria-label={`${t(editable ? 'paritrana.common.edit' : 'paritrana.common.view')}: ${item.title}`} data-testid="evidence-edit">
                {t(editable ? 'paritrana.common.edit' : 'paritrana.common.view')}
              </Button>
              {editable ? (
                <ActionIcon variant="subtle" color="red" aria-label={`${t('paritrana.common.remove')}: ${item.title}`} onClick={() => setRemoving(item)}>
                  ✕
                </ActionIcon>
              ) : null}
            </Group>
          </Group>
        </Paper>
      ))}
      {editable ? (
        <Button size="compact-sm" variant="light" w="fit-content" onClick={() => onEdit({ indicatorUid: indicator.uid, item: null, position: next })} data-testid="evidence-add">
          {t('paritrana.evidence.add')}
        </Button>
      ) : null}
      <ConfirmAction
        opened={removing !== null}
        testId="evidence-remove"
        title={t('paritrana.common.remove')}
        body={t('paritrana.evidence.removeConfirm', { title: removing?.title ?? '' })}
        confirmLabel={t('paritrana.common.remove')}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ uid: removing.uid }, { onSettled: () => setRemoving(null), onError: say })}
      />
    </Stack>
  );
}
