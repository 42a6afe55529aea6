import { Alert, Anchor, Button, Group, List, Loader, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleDetail } from '../../../core/api/award.ts';
import { useOfficeProfile } from '../api/queries.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { formatMonth } from '../coverage/coverage-format.ts';
import { useSnapshots } from '../coverage/queries.ts';
import { formatDay } from '../format.ts';
import { defaultSnapshot, monthOf } from './dates.ts';
import { useCycleWrite } from './queries.ts';

// "Setujui siklus": the head of office chooses the frozen month the package's numbers come from
// (by default the newest one not after the period's end) and approves; the evidence locks.

/** This machine's day (an office PC keeps the office's time), as ISO. */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export function ApproveModal({ opened, cycle, onClose }: { opened: boolean; cycle: CycleDetail; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('paritrana.approve.title', { edition: cycle.edition })} size="lg">
      {opened ? <ApproveForm cycle={cycle} onDone={onClose} /> : null}
    </FormModal>
  );
}

function ApproveForm({ cycle, onDone }: { cycle: CycleDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const snapshots = useSnapshots();
  const profile = useOfficeProfile().data;
  const approve = useCycleWrite('award.approve');
  const [chosen, setChosen] = useState<string | null>(null);
  if (snapshots.isPending) return <Loader aria-label={t('common.loading')} />;
  const list = [...(snapshots.data ?? [])].sort((a, b) => b.month.localeCompare(a.month));
  const uid = chosen ?? defaultSnapshot(list, cycle.periodEnd)?.uid ?? null;
  const picked = list.find((s) => s.uid === uid) ?? null;
  // An item not started ('belum') or in draft is refused at approval (the package goes to the
  // jury): said here, before the click, each item named with its state.
  const unfinished = cycle.aspects.flatMap((a) =>
    a.indicators.flatMap((i) => i.items.filter((x) => x.state === 'belum' || x.state === 'draf').map((x) => ({ uid: x.uid, code: i.code, title: x.title, state: x.state }))),
  );

  // Regulation evidence whose record lacks its dates or gazette: the package would show blanks (walk 38). Said, not refused.
  const regulationGaps = cycle.aspects.flatMap((a) =>
    a.indicators.flatMap((i) => i.items.filter((x) => x.kind === 'regulation' && x.regulationGaps.length > 0).map((x) => ({ uid: x.uid, code: i.code, label: x.targetLabel ?? x.title, gaps: x.regulationGaps }))),
  );

  const submit = async () => {
    if (!uid) return;
    await approve.mutateAsync({ cycleUid: cycle.uid, snapshotUid: uid });
    notifications.show({ color: 'green', message: t('paritrana.approve.done') });
    onDone();
  };

  return (
    <Stack gap="sm" data-testid="approve-dialog">
      <Text size="sm">{t('paritrana.approve.intro')}</Text>
      {profile?.headName ? (
        <Text size="sm">{t('paritrana.approve.approver', { name: profile.headName, nip: profile.headNip || t('paritrana.lock.noNip') })}</Text>
      ) : (
        <Alert color="yellow">{t('paritrana.approve.approverMissing')}</Alert>
      )}
      <ErrorAlert error={snapshots.error} />
      {list.length === 0 && snapshots.data ? (
        <Alert color="yellow" data-testid="approve-no-snapshot">
          {t('paritrana.approve.noSnapshot')}{' '}
          <Anchor component={Link} to="/cakupan">
            {t('paritrana.approve.openCoverage')}
          </Anchor>
        </Alert>
      ) : (
        <Select
          label={t('paritrana.approve.month')}
          description={t('paritrana.approve.monthHint', { end: formatDay(cycle.periodEnd) })}
          data={list.map((s) => ({ value: s.uid, label: `${formatMonth(s.month, i18n.language)} (${formatDay(s.at)})` }))}
          value={uid}
          onChange={(v) => v && setChosen(v)}
          allowDeselect={false}
          data-autofocus
          data-testid="approve-month"
          error={picked && picked.month > monthOf(cycle.periodEnd) ? t('paritrana.approve.afterPeriod') : undefined}
        />
      )}
      {unfinished.length > 0 ? (
        <Alert color="red" data-testid="approve-unfinished">
          <Text size="sm">{t('paritrana.approve.unfinished', { count: unfinished.length })}</Text>
          <List size="sm" mt={4} data-testid="approve-unfinished-items">
            {unfinished.map((x) => (
              <List.Item key={x.uid}>
                {x.code} "{x.title}" ({t(`paritrana.states.${x.state}`)})
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : cycle.completeness.indicatorsWithout > 0 ? (
        <Alert color="yellow" data-testid="approve-incomplete">
          {t('paritrana.approve.incomplete', { without: cycle.completeness.indicatorsWithout, percent: cycle.completeness.percent })}
        </Alert>
      ) : null}
      {regulationGaps.length > 0 ? (
        <Alert color="yellow" data-testid="approve-regulation-gaps">
          <Text size="sm">{t('paritrana.approve.regulationGaps')}</Text>
          <List size="sm" mt={4}>
            {regulationGaps.map((x) => (
              <List.Item key={x.uid}>
                {x.code} {x.label}: {x.gaps.map((g) => (g === 'sumber' ? t('paritrana.approve.gazette') : t(`regulations.fields.${g}`, { ns: 'core' }).toLowerCase())).join(', ')}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {/* Said, not refused: a committee may still take it (walk 38: approved months after the deadline, unsaid). */}
      {cycle.submissionDeadline && localToday() > cycle.submissionDeadline ? (
        <Alert color="yellow" data-testid="approve-after-deadline">
          {t('paritrana.approve.afterDeadline', { date: formatDay(cycle.submissionDeadline) })}
        </Alert>
      ) : null}
      <ErrorAlert error={approve.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('paritrana.common.cancel')}
        </Button>
        <Button color="green" disabled={!uid || unfinished.length > 0} loading={approve.isPending} onClick={() => void submit().catch(() => undefined)} data-testid="approve-confirm">
          {t('paritrana.approve.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
