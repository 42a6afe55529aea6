import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aspectScore, totalScore } from '../../../core/api/award-scores.ts';
import type { CycleDetail, Indicator } from '../../../core/api/award.ts';
import { useAwardFile, useCycleWrite } from './queries.ts';
import { useReportPageDirty } from './PageLeaveGuard.tsx';
import { useSayRefusal } from './use-refusal.ts';
import { formatDecimal } from '../format.ts';
import { useNumberSeparators } from '../components/number-field.ts';

// Penilaian awal as the rubric lays it out: per indicator the office's score (0 up to its
// maximum) and why, saved row by row; totals per aspect, weighted when the rubric has weights
// (core/api/award-scores.ts, the same arithmetic as the exports); the form exported as XLSX or PDF.
// A row typed and not saved is asked about before the page or the tab is left.

const number = (n: number) => formatDecimal(n, 2);

export function SelfAssessmentTab({ cycle, editable, canExport }: { cycle: CycleDetail; editable: boolean; canExport: boolean }) {
  const { t } = useTranslation();
  const say = useSayRefusal();
  const exportFile = useAwardFile('award.selfAssessment.export');
  const total = totalScore(cycle.aspects);
  const plain = cycle.aspects.map(aspectScore).reduce((s, a) => ({ score: s.score + a.score, max: s.max + a.max }), { score: 0, max: 0 });
  const weightedTotal = total && total.basis !== 'scores' ? total : null;
  const onExport = (format: 'xlsx' | 'pdf') =>
    exportFile.mutate({ cycleUid: cycle.uid, format }, { onSuccess: ({ fileName, saved }) => (saved ? notifications.show({ color: 'green', message: t('paritrana.self.exported', { file: fileName }) }) : undefined), onError: say });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">{t('paritrana.self.title')}</Title>
          <Text size="sm" c="dimmed" maw={800}>
            {t('paritrana.self.intro')}
          </Text>
        </div>
        {canExport ? (
          <Group gap="xs">
            <Button variant="default" onClick={() => onExport('xlsx')} loading={exportFile.isPending && exportFile.variables.format === 'xlsx'} data-testid="self-export-xlsx">
              {t('paritrana.self.exportXlsx')}
            </Button>
            <Button variant="default" onClick={() => onExport('pdf')} loading={exportFile.isPending && exportFile.variables.format === 'pdf'} data-testid="self-export-pdf">
              {t('paritrana.self.exportPdf')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {cycle.aspects.length === 0 ? <Alert color="blue">{t('paritrana.self.empty')}</Alert> : null}
      {cycle.aspects.map((aspect) => {
        const sums = aspectScore(aspect);
        return (
          <Paper key={aspect.uid} withBorder p="md" data-testid="self-aspect">
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h4">
                {aspect.code}. {aspect.title}
              </Title>
              <Text size="sm" fw={600} data-testid="self-aspect-total">
                {t('paritrana.self.aspectTotal', { code: aspect.code, score: number(sums.score), max: number(sums.max) })}
                {sums.contribution !== null && aspect.weight !== null ? ` · ${t('paritrana.self.weighted', { value: number(sums.contribution), weight: number(aspect.weight) })}` : ''}
              </Text>
            </Group>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="40%">{t('paritrana.self.indicator')}</Table.Th>
                  <Table.Th w={170}>{t('paritrana.self.score')}</Table.Th>
                  <Table.Th>{t('paritrana.self.note')}</Table.Th>
                  <Table.Th w={120} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {aspect.indicators.map((indicator) => (
                  <ScoreRow key={`${indicator.uid}:${indicator.selfScore}:${indicator.selfNote}`} indicator={indicator} editable={editable} />
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      })}
      {cycle.aspects.length > 0 ? (
        <Paper withBorder p="md" data-testid="self-total">
          <Text fw={700}>
            {weightedTotal
              ? t('paritrana.self.totalWeighted', { value: number(weightedTotal.value), weight: number(weightedTotal.outOf) })
              : t('paritrana.self.totalPlain', { score: number(plain.score), max: number(plain.max) })}
          </Text>
          {weightedTotal ? (
            <Text size="sm" c="dimmed">
              {t('paritrana.self.totalPlain', { score: number(plain.score), max: number(plain.max) })}
            </Text>
          ) : null}
        </Paper>
      ) : null}
    </Stack>
  );
}

/** One indicator's score and note; saved with its own button (Enter in the score saves too). */
function ScoreRow({ indicator, editable }: { indicator: Indicator; editable: boolean }) {
  const { t } = useTranslation();
  const separators = useNumberSeparators();
  const say = useSayRefusal();
  const save = useCycleWrite('award.selfAssessment.save');
  const [score, setScore] = useState<number | null>(indicator.selfScore);
  const [note, setNote] = useState(indicator.selfNote);
  const max = indicator.maxScore;
  const outOfRange = score !== null && max !== null && (score < 0 || score > max);
  const changed = score !== indicator.selfScore || note !== indicator.selfNote;
  useReportPageDirty(changed);
  const submit = () => {
    if (outOfRange || !changed) return;
    save.mutate({ indicatorUid: indicator.uid, score, note }, { onSuccess: () => notifications.show({ color: 'green', message: t('paritrana.self.saved', { code: indicator.code }) }), onError: say });
  };
  return (
    <Table.Tr data-testid="self-row">
      <Table.Td>
        <Text size="sm" fw={500}>
          {indicator.code} {indicator.title}
        </Text>
      </Table.Td>
      <Table.Td>
        {max === null ? (
          <Text size="sm" c="dimmed">
            {t('paritrana.self.notScored')}
          </Text>
        ) : (
          <NumberInput
            aria-label={`${t('paritrana.self.score')} ${indicator.code}`}
            value={score ?? ''}
            onChange={(v) => setScore(typeof v === 'number' ? v : v === '' ? null : Number(v))}
            onKeyDown={(e) => e.key === 'Enter' && submit()}
            min={0}
            max={max}
            clampBehavior="none"
            decimalSeparator={separators.decimalSeparator}
            // A locked row left unscored has no "of 5": its placeholder takes the box's whole width (walk 38: "Belum dinila").
            rightSection={editable || score !== null ? <Text size="xs" c="dimmed" pr={6}>{t('paritrana.self.max', { max: number(max) })}</Text> : undefined}
            rightSectionWidth={editable || score !== null ? 60 : undefined}
            error={outOfRange ? t('paritrana.self.scoreRange', { max: number(max) }) : undefined}
            // Locked (approved): read-only, not disabled, so the scores read in full ink and can be copied.
            readOnly={!editable}
            variant={editable ? 'default' : 'unstyled'}
            // A locked row left unscored says so, not an empty box.
            placeholder={editable ? undefined : t('paritrana.self.unscored')}
            data-testid="self-score"
          />
        )}
      </Table.Td>
      <Table.Td>
        <Textarea aria-label={`${t('paritrana.self.note')} ${indicator.code}`} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} maxRows={4} readOnly={!editable} variant={editable ? 'default' : 'unstyled'} placeholder={editable ? undefined : t('paritrana.self.noNote')} data-testid="self-note" />
      </Table.Td>
      <Table.Td>
        {editable ? (
          <Button size="compact-sm" variant={changed ? 'filled' : 'default'} disabled={!changed || outOfRange} loading={save.isPending} onClick={submit} data-testid="self-save">
            {t('paritrana.self.save')}
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
