import { Anchor, Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegulationDetail } from '../../../../core/api/regulations.ts';
import { formatDate } from '../employers/shared.tsx';
import { core, LegalStatusBadge } from './regulation-columns.tsx';
import { regulationPath } from './regulation-register.ts';

// The rule's family on one screen: the original, its amendments and revocations, in the order
// they took effect, each with what it did and its status today.
export function FamilyTimeline({ detail }: { detail: RegulationDetail }) {
  const { t } = useTranslation();
  const entries = detail.timeline;
  const current = entries.findIndex((e) => e.uid === detail.regulation.uid);
  return (
    <Paper withBorder p="md" data-testid="regulation-timeline">
      <Title order={2} size="h4" mb="sm">
        {t('regulasi.detail.timeline')}
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('regulasi.detail.noTimeline')}
        </Text>
      ) : (
        <Timeline active={current} bulletSize={18} lineWidth={2}>
          {entries.map((e) => (
            <Timeline.Item
              key={e.uid}
              data-testid="timeline-entry"
              title={
                <Anchor component={Link} to={regulationPath(e.uid)} fw={e.uid === detail.regulation.uid ? 700 : 500} size="sm">
                  {e.label}
                </Anchor>
              }
            >
              <Text size="xs" c="dimmed">
                {t(`regulasi.detail.role.${e.role}`)} · {e.date ? formatDate(e.date) : t('regulasi.common.none')}
                {e.acts.length ? ` · ${e.acts.map((a) => `${core(t, `regulations.relation.${a.kind}`)} ${a.label}`).join('; ')}` : ''}
              </Text>
              <Text size="xs" lineClamp={1}>
                {e.judul}
              </Text>
              <LegalStatusBadge status={e.status} label={core(t, `regulations.legalStatus.${e.status}`)} size="sm" />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
