import { Alert, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useCan } from '../api/auth.ts';
import { useErrorText } from '../api/error-text.ts';
import { RecordBackLink } from '../registers/RecordHeader.tsx';
import { ApproveModal } from './ApproveModal.tsx';
import { CycleFormModal } from './CycleFormModal.tsx';
import { CycleHeader } from './CycleHeader.tsx';
import { EvidenceTab } from './EvidenceTab.tsx';
import { LockBanner } from './LockBanner.tsx';
import './messages.ts';
import { PackageTab } from './PackageTab.tsx';
import { PageLeaveGuard, useConfirmLeave } from './PageLeaveGuard.tsx';
import { cycleTabs, paritranaPath, type CycleTab } from './paths.ts';
import { useCycle } from './queries.ts';
import { SelfAssessmentTab } from './SelfAssessmentTab.tsx';
import { WithdrawModal } from './WithdrawModal.tsx';

// One Paritrana cycle: its header (dates, state, approve / withdraw), the lock banner once
// approved (every edit control off), and three tabs: rubric and evidence, the self-assessment,
// the package and the interview brief. Alt+1..3 switch tabs.

export function CyclePage() {
  return (
    <PageLeaveGuard>
      <CycleView />
    </PageLeaveGuard>
  );
}

function CycleView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { uid = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const cycle = useCycle(uid);
  const canWrite = useCan('records.write');
  const canApproveItems = useCan('records.approve');
  const canApproveCycle = useCan('award.approve');
  const canExport = useCan('records.export');
  const [dialog, setDialog] = useState<'edit' | 'approve' | 'withdraw' | null>(null);
  const tabParam = params.get('tab');
  const tab: CycleTab = cycleTabs.includes(tabParam as CycleTab) ? (tabParam as CycleTab) : 'bukti';
  // A tab switch unmounts the tab (keepMounted={false}): typed scores or points are asked about first.
  const confirmLeave = useConfirmLeave();
  const setTab = (next: CycleTab) => confirmLeave(() => setParams(next === 'bukti' ? {} : { tab: next }, { replace: true }));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const index = ['1', '2', '3'].indexOf(e.key);
      const next = cycleTabs[index];
      if (next && !document.querySelector('[role="dialog"]')) {
        e.preventDefault();
        confirmLeave(() => setParams(next === 'bukti' ? {} : { tab: next }, { replace: true }));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setParams, confirmLeave]);

  if (cycle.isPending) return <Loader aria-label={t('common.loading')} />;
  if (cycle.isError) return <Alert color="red" title={t('paritrana.cycle.loadFailed')}>{errorText(cycle.error)}</Alert>;
  const c = cycle.data;
  const locked = c.approval !== null;
  const editable = canWrite && !locked;

  return (
    <Stack gap="md" maw={1400}>
      <RecordBackLink to={paritranaPath} label={t('paritrana.cycle.back')} />
      <CycleHeader cycle={c} canWrite={canWrite} canApprove={canApproveCycle} onEdit={() => setDialog('edit')} onApprove={() => setDialog('approve')} onWithdraw={() => setDialog('withdraw')} />
      {c.approval ? <LockBanner approval={c.approval} /> : null}
      <Tabs value={tab} onChange={(v) => v && setTab(v as CycleTab)} keepMounted={false}>
        <Tabs.List>
          {cycleTabs.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`cycle-tab-${key}`}>
              {t(`paritrana.cycle.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="bukti" pt="md">
          <EvidenceTab cycle={c} editable={editable} canApprove={canApproveItems} />
        </Tabs.Panel>
        <Tabs.Panel value="penilaian" pt="md">
          <SelfAssessmentTab cycle={c} editable={editable} canExport={canExport} />
        </Tabs.Panel>
        <Tabs.Panel value="paket" pt="md">
          <PackageTab cycle={c} canWrite={canWrite} canExport={canExport} />
        </Tabs.Panel>
      </Tabs>
      <Text size="xs" c="dimmed">
        {t('paritrana.cycle.keys')}
      </Text>
      <CycleFormModal opened={dialog === 'edit'} editing={c} locked={locked} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      <ApproveModal opened={dialog === 'approve'} cycle={c} onClose={() => setDialog(null)} />
      <WithdrawModal opened={dialog === 'withdraw'} cycle={c} onClose={() => setDialog(null)} />
    </Stack>
  );
}
