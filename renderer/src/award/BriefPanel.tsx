import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail } from '../../../core/api/award.ts';
import { useErrorText } from '../api/error-text.ts';
import { useAwardFile, useCycleWrite } from './queries.ts';
import { useReportPageDirty } from './PageLeaveGuard.tsx';
import { useSayRefusal } from './use-refusal.ts';

// "Ringkasan wawancara": the three talking points the brief prints, and the one-page PDF.
// Points typed and not saved are asked about before the page or the tab is left.

export function BriefPanel({ cycle, editable }: { cycle: CycleDetail; editable: boolean }) {
  const { t } = useTranslation();
  const say = useSayRefusal();
  const errorText = useErrorText();
  const save = useCycleWrite('award.briefPoints.save');
  const brief = useAwardFile('award.brief');
  const [points, setPoints] = useState<[string, string, string]>(cycle.briefPoints);
  const changed = points.some((p, i) => p !== cycle.briefPoints[i]);
  useReportPageDirty(changed);
  const set = (index: number, value: string) => setPoints((old) => old.map((p, i) => (i === index ? value : p)) as [string, string, string]);

  return (
    <Paper withBorder p="md" component="section" aria-label={t('paritrana.pkg.briefTitle')} data-testid="brief-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('paritrana.pkg.briefTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('paritrana.pkg.briefIntro')}
        </Text>
        {points.map((point, i) => (
          <Textarea
            key={i}
            label={t('paritrana.pkg.point', { n: i + 1 })}
            description={i === 0 ? t('paritrana.pkg.pointHint') : undefined}
            value={point}
            onChange={(e) => set(i, e.currentTarget.value)}
            maxLength={600}
            autosize
            minRows={2}
            maxRows={5}
            disabled={!editable}
            data-testid={`brief-point-${i + 1}`}
          />
        ))}
        {save.error ? <Alert color="red">{errorText(save.error)}</Alert> : null}
        <Group>
          {editable ? (
            <Button
              variant={changed ? 'filled' : 'default'}
              disabled={!changed}
              loading={save.isPending}
              onClick={() => save.mutate({ cycleUid: cycle.uid, points }, { onSuccess: () => notifications.show({ color: 'green', message: t('paritrana.pkg.pointsSaved') }) })}
              data-testid="brief-save"
            >
              {t('paritrana.pkg.savePoints')}
            </Button>
          ) : null}
          <Button
            variant="default"
            loading={brief.isPending}
            onClick={() => brief.mutate({ uid: cycle.uid }, { onSuccess: ({ fileName, saved }) => (saved ? notifications.show({ color: 'green', message: t('paritrana.pkg.briefSaved', { file: fileName }) }) : undefined), onError: say })}
            data-testid="brief-download"
          >
            {t('paritrana.pkg.downloadBrief')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
