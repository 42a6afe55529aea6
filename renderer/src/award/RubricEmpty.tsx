import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CycleDetail } from '../../../core/api/award.ts';
import { useCycleWrite, useCycles } from './queries.ts';
import { RubricFiles } from './RubricFiles.tsx';
import { useSayRefusal } from './use-refusal.ts';

// A cycle without a rubric: start from the starter template, from the cycle of the year before
// (its aspects and indicators, not its evidence), or from a file.
export function RubricEmpty({ cycle, editable, onAddAspect }: { cycle: CycleDetail; editable: boolean; onAddAspect: () => void }) {
  const { t } = useTranslation();
  const say = useSayRefusal();
  const copy = useCycleWrite('award.rubric.copy');
  const earlier = (useCycles().data ?? []).filter((c) => c.uid !== cycle.uid && c.year < cycle.year).sort((a, b) => b.year - a.year)[0] ?? null;
  const run = (from: string) => copy.mutate({ cycleUid: cycle.uid, from }, { onSuccess: () => notifications.show({ color: 'green', message: t('paritrana.rubric.copied') }), onError: say });
  return (
    <Paper withBorder p="lg" data-testid="rubric-empty">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3">{t('paritrana.rubric.emptyTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('paritrana.rubric.emptyIntro')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: earlier ? 3 : 2 }}>
          <Stack gap={4}>
            <Button onClick={() => run('starter')} disabled={!editable} loading={copy.isPending && copy.variables.from === 'starter'} data-autofocus data-testid="rubric-copy-starter">
              {t('paritrana.rubric.starter')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('paritrana.rubric.starterHint')}
            </Text>
          </Stack>
          {earlier ? (
            <Stack gap={4}>
              <Button variant="light" onClick={() => run(earlier.uid)} disabled={!editable} loading={copy.isPending && copy.variables.from === earlier.uid} data-testid="rubric-copy-cycle">
                {t('paritrana.rubric.fromCycle', { edition: earlier.edition })}
              </Button>
              <Text size="xs" c="dimmed">
                {t('paritrana.rubric.fromCycleHint')}
              </Text>
            </Stack>
          ) : null}
          <Stack gap={4}>
            <RubricFiles cycleUid={cycle.uid} canImport={editable} canExport={false} />
            <Text size="xs" c="dimmed">
              {t('paritrana.rubric.importHint')}
            </Text>
            {editable ? (
              <Button variant="subtle" size="compact-sm" onClick={onAddAspect} w="fit-content">
                {t('paritrana.rubric.addAspect')}
              </Button>
            ) : null}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
