import { Alert, Anchor, Badge, Button, DataList, Loader, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { RegulationDetail, RegulationRecordStatus } from '../../../../core/api/regulations.ts';
import { useErrorText } from '../../api/error-text.ts';
import { RuleEffectSection } from '../../coverage/RuleEffectSection.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { DocumentsPanel } from '../../documents/DocumentsPanel.tsx';
import { RecordHistory } from '../../registers/RecordHistory.tsx';
import { RecordBackLink, RecordHeader } from '../../registers/RecordHeader.tsx';
import { StatusReasonForm } from '../../registers/StatusReasonForm.tsx';
import { useRecordPage } from '../../registers/use-record-page.ts';
import { formatDate } from '../employers/shared.tsx';
import { CommitmentsPanel } from './CommitmentsPanel.tsx';
import { FamilyTimeline } from './FamilyTimeline.tsx';
import { FundedProgrammesPanel } from './FundedProgrammesPanel.tsx';
import { RelationsPanel } from './RelationsPanel.tsx';
import { RegulationFormModal } from './RegulationFormModal.tsx';
import { core, LegalStatusBadge } from './regulation-columns.tsx';
import { regulationPath, regulationRegister, regulationsPath } from './regulation-register.ts';
import { useRegulation, useSetRegulationStatus } from './queries.ts';

// One regulation: its JDIH metadata, the status in law today derived from its relations, the
// relations from both sides, its commitments, the programmes it funds with what they achieved,
// its documents (a search hit followed here opens the viewer at ?doc=&page=), its family's
// timeline and its change history.

export function RegulationPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { detail, editing, setEditing, statusAction, setStatusAction } = useRecordPage<RegulationDetail, RegulationRecordStatus>(useRegulation);
  const [params] = useSearchParams();
  const openDoc = params.get('doc');
  const openAt = openDoc ? { documentUid: openDoc, page: Math.max(1, Number(params.get('page')) || 1) } : null;
  if (detail.isPending) return <Loader aria-label={t('common.loading')} />;
  if (detail.isError) return <Alert color="red">{errorText(detail.error)}</Alert>;
  const { regulation: r, label, status, today } = detail.data;
  const active = r.recordStatus === 'aktif';
  const field = (key: string) => core(t, `regulations.fields.${key}`);
  const day = (iso: string | null) => (iso ? formatDate(iso) : t('regulasi.common.none'));
  const text = (v: string | number | null) => (v === null || v === '' ? t('regulasi.common.none') : String(v));

  return (
    <Stack gap="md" maw={1200}>
      <RecordBackLink to={regulationsPath} label={t('regulasi.detail.back')} />
      <RecordHeader
        name={label}
        nameTestId="regulation-title"
        badges={
          <>
            <LegalStatusBadge status={status} label={core(t, `regulations.legalStatus.${status}`)} size="lg" />
            {!active ? (
              <Badge color="red" variant="light" size="lg">
                {core(t, `regulations.recordStatus.${r.recordStatus}`)}
              </Badge>
            ) : null}
          </>
        }
        summary={[r.judul, core(t, `regulations.jenis.${r.jenis}`), r.teuBadan]}
        actions={
          <>
            <Button onClick={() => setEditing(true)} disabled={!active} data-testid="regulation-edit">
              {t('regulasi.detail.edit')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default">{t('regulasi.detail.actions')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                {active ? (
                  <Menu.Item color="red" onClick={() => setStatusAction('salah_input')}>
                    {t('regulasi.detail.error')}
                  </Menu.Item>
                ) : (
                  <Menu.Item onClick={() => setStatusAction('aktif')}>{t('regulasi.detail.restore')}</Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <Text size="sm" c="dimmed" data-testid="regulation-status-line">
        {t('regulasi.detail.statusToday', { date: formatDate(today) })}: {core(t, `regulations.legalStatus.${status}`)}
      </Text>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('regulasi.detail.metadata')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Items
            items={[
              [field('jenis'), `${core(t, `regulations.jenis.${r.jenis}`)} (${r.singkatanJenis})`],
              [field('nomor'), text(r.nomor)],
              [field('tahun'), text(r.tahun)],
              [field('teuBadan'), text(r.teuBadan)],
              [field('tempatPenetapan'), text(r.tempatPenetapan)],
              [field('tanggalPenetapan'), day(r.tanggalPenetapan)],
              [field('tanggalPengundangan'), day(r.tanggalPengundangan)],
              [field('effectiveDate'), day(r.effectiveDate)],
              [field('sumber'), text(r.sumber)],
            ]}
          />
          <Items
            items={[
              [field('subjek'), text(r.subjek)],
              [field('bidangHukum'), text(r.bidangHukum)],
              [field('bahasa'), text(r.bahasa)],
              [field('lokasi'), text(r.lokasi)],
              [field('penandatangan'), text(r.penandatangan)],
              [field('pemrakarsa'), text(r.pemrakarsa)],
              [field('areaCode'), text(r.areaName)],
              [field('jdihnId'), text(r.jdihnId)],
              [field('urlDownload'), text(r.urlDownload)],
            ]}
          />
        </SimpleGrid>
        {r.abstrak ? (
          <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed">
              {field('abstrak')}:{' '}
            </Text>
            {r.abstrak}
          </Text>
        ) : null}
      </Paper>

      <RelationsPanel detail={detail.data} />
      <FamilyTimeline detail={detail.data} />
      <CommitmentsPanel detail={detail.data} />
      <FundedProgrammesPanel uid={r.uid} />
      <RuleEffectSection regulationUid={r.uid} ready={(r.effectiveDate ?? r.tanggalPenetapan) !== null && r.areaCode !== null} />
      <DocumentsPanel
        entity="regulation"
        uid={r.uid}
        title={t('regulasi.detail.documents')}
        canWrite={active}
        openAt={openAt}
        noTextAction={
          active ? (
            <Anchor component="button" type="button" size="sm" onClick={() => setEditing(true)} data-testid="regulation-type-abstract">
              {t('regulasi.detail.typeAbstract')}
            </Anchor>
          ) : null
        }
      />

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('regulasi.detail.history')}
        </Title>
        <RecordHistory register={regulationRegister} uid={r.uid} />
      </Paper>

      <RegulationFormModal opened={editing} uid={r.uid} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} onOpenOther={(other) => void navigate(regulationPath(other))} />
      <FormModal opened={statusAction !== null} onClose={() => setStatusAction(null)} title={t('regulasi.detail.statusTitle')} size="lg">
        {statusAction ? <StatusForm detail={detail.data} status={statusAction} onDone={() => setStatusAction(null)} /> : null}
      </FormModal>
    </Stack>
  );
}

function Items({ items }: { items: [string, string][] }) {
  return (
    <DataList size="sm" labelWidth="180px" gap={6}>
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function StatusForm({ detail, status, onDone }: { detail: RegulationDetail; status: RegulationRecordStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const setStatus = useSetRegulationStatus();
  return (
    <StatusReasonForm
      intro={
        <>
          <Text size="sm">
            {detail.label}: {core(t, `regulations.recordStatus.${status}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('regulasi.detail.statusNote')}
          </Text>
        </>
      }
      reasonLabel={t('regulasi.detail.reason')}
      reasonRequired={status !== 'aktif'}
      cancelLabel={t('regulasi.common.cancel')}
      confirmLabel={t('regulasi.detail.apply')}
      danger={status === 'salah_input'}
      saving={setStatus.isPending}
      onSave={async (reason) => {
        await setStatus.mutateAsync({ uid: detail.regulation.uid, recordStatus: status, reason });
        notifications.show({ color: 'green', title: t('common.saved'), message: t('regulasi.detail.statusSaved') });
        onDone();
      }}
    />
  );
}
