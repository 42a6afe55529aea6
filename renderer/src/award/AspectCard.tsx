import { ActionIcon, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Aspect, Indicator } from '../../../core/api/award.ts';
import { ConfirmAction } from '../coverage-inputs/ConfirmAction.tsx';
import { CompletenessBar } from './CompletenessBar.tsx';
import type { EvidenceEdit } from './EvidenceFormModal.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { useCycleWrite } from './queries.ts';
import { useMoveIndicator } from './reorder.ts';
import type { AspectEdit, IndicatorEdit } from './RubricForms.tsx';
import { useSayRefusal } from './use-refusal.ts';
import { formatDecimal } from '../format.ts';

// One aspect of the rubric: its code, title and weight with its completeness, then each
// indicator (weight, maximum score, the evidence it asks for) with its evidence items.

interface Props {
  cycleUid: string;
  aspect: Aspect;
  index: number;
  count: number;
  editable: boolean;
  /** The cycle is approved: evidence is locked (the lock banner says how to change it). */
  locked: boolean;
  canApprove: boolean;
  onMove: (by: -1 | 1) => void;
  onEditAspect: (edit: AspectEdit) => void;
  onEditIndicator: (edit: IndicatorEdit) => void;
  onEditEvidence: (edit: EvidenceEdit) => void;
}

const number = (n: number) => formatDecimal(n, 2);

export function AspectCard({ cycleUid, aspect, index, count, editable, locked, canApprove, onMove, onEditAspect, onEditIndicator, onEditEvidence }: Props) {
  const { t } = useTranslation();
  const say = useSayRefusal();
  const removeAspect = useCycleWrite('award.rubric.removeAspect');
  const removeIndicator = useCycleWrite('award.rubric.removeIndicator');
  const moveIndicator = useMoveIndicator(aspect.uid);
  const [removing, setRemoving] = useState<{ kind: 'aspect' } | { kind: 'indicator'; indicator: Indicator } | null>(null);
  const next = aspect.indicators.reduce((max, i) => Math.max(max, i.position + 1), 0);

  return (
    <Paper withBorder p="md" component="section" aria-label={`${aspect.code} ${aspect.title}`} data-testid="aspect-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="xs">
              <Title order={2} size="h4">
                {aspect.code}. {aspect.title}
              </Title>
              <Badge variant="light" color="gray">
                {aspect.weight === null ? t('paritrana.rubric.noWeight') : t('paritrana.rubric.weight', { weight: number(aspect.weight) })}
              </Badge>
            </Group>
            {aspect.description ? (
              <Text size="sm" c="dimmed">
                {aspect.description}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={4} w={260}>
            <CompletenessBar value={aspect.completeness} testId={`aspect-completeness-${aspect.code}`} />
          </Stack>
          {editable ? (
            <Group gap={2} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label={t('paritrana.rubric.moveUp', { what: t('paritrana.rubric.aspect'), code: aspect.code })} disabled={index === 0} onClick={() => onMove(-1)}>
                ↑
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={t('paritrana.rubric.moveDown', { what: t('paritrana.rubric.aspect'), code: aspect.code })} disabled={index === count - 1} onClick={() => onMove(1)}>
                ↓
              </ActionIcon>
              <Button size="compact-sm" variant="subtle" onClick={() => onEditAspect({ cycleUid, aspect, position: aspect.position })}>
                {t('paritrana.common.edit')}
              </Button>
              <ActionIcon variant="subtle" color="red" aria-label={`${t('paritrana.rubric.removeAspect')}: ${aspect.code}`} onClick={() => setRemoving({ kind: 'aspect' })}>
                ✕
              </ActionIcon>
            </Group>
          ) : null}
        </Group>
        {aspect.indicators.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('paritrana.rubric.noIndicators')}
          </Text>
        ) : null}
        {aspect.indicators.map((indicator, i) => (
          <Stack key={indicator.uid} gap={6} data-testid="indicator-block">
            <Divider />
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600}>
                    {indicator.code} {indicator.title}
                  </Text>
                  {indicator.weight !== null ? (
                    <Badge size="sm" variant="light" color="gray">
                      {t('paritrana.rubric.weight', { weight: number(indicator.weight) })}
                    </Badge>
                  ) : null}
                  {indicator.maxScore !== null ? (
                    <Badge size="sm" variant="light" color="gray">
                      {t('paritrana.rubric.maxScore', { max: number(indicator.maxScore) })}
                    </Badge>
                  ) : null}
                </Group>
                {indicator.evidenceAsked ? (
                  <Text size="xs" c="dimmed">
                    {t('paritrana.rubric.evidenceAsked', { text: indicator.evidenceAsked })}
                  </Text>
                ) : null}
              </Stack>
              <Stack gap={4} w={200}>
                {indicator.items.length > 0 ? <CompletenessBar value={indicator.completeness} size="sm" compact /> : null}
              </Stack>
              {editable ? (
                <Group gap={2} wrap="nowrap">
                  <ActionIcon variant="subtle" size="sm" aria-label={t('paritrana.rubric.moveUp', { what: t('paritrana.rubric.indicator'), code: indicator.code })} disabled={i === 0 || moveIndicator.pending} onClick={() => moveIndicator.move(aspect.indicators, i, -1)}>
                    ↑
                  </ActionIcon>
                  <ActionIcon variant="subtle" size="sm" aria-label={t('paritrana.rubric.moveDown', { what: t('paritrana.rubric.indicator'), code: indicator.code })} disabled={i === aspect.indicators.length - 1 || moveIndicator.pending} onClick={() => moveIndicator.move(aspect.indicators, i, 1)}>
                    ↓
                  </ActionIcon>
                  <Button size="compact-xs" variant="subtle" onClick={() => onEditIndicator({ aspectUid: aspect.uid, indicator, position: indicator.position })}>
                    {t('paritrana.common.edit')}
                  </Button>
                  <ActionIcon variant="subtle" size="sm" color="red" aria-label={`${t('paritrana.rubric.removeIndicator')}: ${indicator.code}`} onClick={() => setRemoving({ kind: 'indicator', indicator })}>
                    ✕
                  </ActionIcon>
                </Group>
              ) : null}
            </Group>
            <Stack pl="md">
              <EvidenceList indicator={indicator} editable={editable} locked={locked} canApprove={canApprove} onEdit={onEditEvidence} />
            </Stack>
          </Stack>
        ))}
        {editable ? (
          <Button variant="default" size="compact-sm" w="fit-content" onClick={() => onEditIndicator({ aspectUid: aspect.uid, indicator: null, position: next })} data-testid="indicator-add">
            {t('paritrana.rubric.addIndicator')}
          </Button>
        ) : null}
      </Stack>
      <ConfirmAction
        opened={removing !== null}
        testId="rubric-remove"
        title={removing?.kind === 'indicator' ? t('paritrana.rubric.removeIndicator') : t('paritrana.rubric.removeAspect')}
        body={
          removing?.kind === 'indicator'
            ? t('paritrana.rubric.removeIndicatorConfirm', { code: removing.indicator.code, title: removing.indicator.title })
            : t('paritrana.rubric.removeAspectConfirm', { code: aspect.code, title: aspect.title })
        }
        confirmLabel={t('paritrana.common.remove')}
        busy={removeAspect.isPending || removeIndicator.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          const done = { onSettled: () => setRemoving(null), onError: say };
          if (removing.kind === 'indicator') removeIndicator.mutate({ uid: removing.indicator.uid }, done);
          else removeAspect.mutate({ uid: aspect.uid }, done);
        }}
      />
    </Paper>
  );
}
