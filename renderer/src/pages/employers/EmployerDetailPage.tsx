import { Alert, Anchor, Badge, Button, DataList, Group, Loader, Menu, Paper, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { mandatoryProgrammes, type Employer, type EmployerDetail, type FollowUp, type RecordStatus } from '../../../../core/api/employers.ts';
import { useCan } from '../../api/auth.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useOfficeToday } from '../../api/queries.ts';
import { formatNumber } from '../../format.ts';
import { RecordHistory } from '../../registers/RecordHistory.tsx';
import { RecordBackLink, RecordHeader } from '../../registers/RecordHeader.tsx';
import { useRecordPage } from '../../registers/use-record-page.ts';
import { employerRegister } from './employer-register.ts';
import { EmployerFormModal } from './EmployerFormModal.tsx';
import { EmployerWorkers } from './EmployerWorkers.tsx';
import { FollowUpModal } from './FollowUpModal.tsx';
import { useEmployer } from './queries.ts';
import { StatusModal } from './StatusModal.tsx';
import { BpjsStatusBadge, DueBadge, employerPath, formatDate, formatNpwp, RecordStatusBadge, registerPath } from './shared.tsx';

// One employer: every field grouped as in the form, branches and head office, its workers with
// an active PU period (EmployerWorkers), follow-ups,
// status actions (close / remove with a reason, restore) and the record's change history.

type TabKey = 'data' | 'tindak-lanjut' | 'riwayat';

export function EmployerDetailPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { detail, editing, setEditing, statusAction, setStatusAction } = useRecordPage<EmployerDetail, RecordStatus>(useEmployer);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as TabKey | null) ?? 'data';

  if (detail.isPending) return <Loader aria-label={t('common.loading')} />;
  if (detail.isError) {
    return (
      <Stack maw={760}>
        <BackLink />
        <Alert color="red" title={t('employers.detail.notFound')}>
          {errorText(detail.error)}
        </Alert>
      </Stack>
    );
  }
  const { employer: e } = detail.data;
  const removed = e.recordStatus === 'dihapus';

  return (
    <Stack gap="md" maw={1200}>
      <BackLink />
      <RecordHeader
        name={e.name}
        nameTestId="employer-title"
        badges={
          <>
            <BpjsStatusBadge status={e.bpjsStatus} size="lg" />
            {e.recordStatus !== 'aktif' ? <RecordStatusBadge status={e.recordStatus} size="lg" /> : null}
          </>
        }
        summary={[e.legalForm ? t(`employers.legalForms.${e.legalForm}`) : null, t(`employers.officeTypes.${e.officeType}`), e.desaName, e.kecamatanName ? `Kec. ${e.kecamatanName}` : null]}
        actions={
          <>
            <Button onClick={() => setEditing(true)} disabled={removed} title={removed ? t('employers.detail.restoreFirst') : undefined}>
              {t('employers.detail.edit')}
            </Button>
            {e.recordStatus === 'aktif' ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="default">{t('employers.detail.statusMenu')}</Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => setStatusAction('tutup')}>{t('employers.status.closeAction')}</Menu.Item>
                  <Menu.Item color="red" onClick={() => setStatusAction('dihapus')}>
                    {t('employers.status.removeAction')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ) : (
              <Button variant="default" onClick={() => setStatusAction('aktif')}>
                {t('employers.status.restoreAction')}
              </Button>
            )}
          </>
        }
      />

      {e.recordStatus !== 'aktif' ? (
        <Alert color={removed ? 'red' : 'gray'} data-testid="record-status-alert">
          {t(removed ? 'employers.detail.removedOn' : 'employers.detail.closedOn', { date: formatDate(e.statusDate), reason: e.statusReason || '—' })}
        </Alert>
      ) : null}

      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'data' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="data">{t('employers.detail.tabData')}</Tabs.Tab>
          <Tabs.Tab value="tindak-lanjut" rightSection={<FollowUpCount followUps={detail.data.followUps} />}>
            {t('employers.detail.tabFollowUps')}
          </Tabs.Tab>
          <Tabs.Tab value="riwayat">{t('employers.detail.tabHistory')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="data" pt="md">
          <Stack gap="md">
            <EmployerData detail={detail.data} />
            <EmployerWorkers employer={e} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="tindak-lanjut" pt="md">
          <FollowUps employer={e} followUps={detail.data.followUps} />
        </Tabs.Panel>
        <Tabs.Panel value="riwayat" pt="md">
          <RecordHistory register={employerRegister} uid={e.uid} />
        </Tabs.Panel>
      </Tabs>

      <EmployerFormModal
        opened={editing}
        uid={e.uid}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          notifications.show({ color: 'green', title: t('employers.form.savedTitle'), message: t('employers.form.savedMessage', { name: saved.name }) });
        }}
        onOpenOther={(other) => {
          setEditing(false);
          void navigate(employerPath(other));
        }}
      />
      <StatusModal employer={e} branches={detail.data.branches} action={statusAction} onClose={() => setStatusAction(null)} />
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return <RecordBackLink to={registerPath} label={t('employers.detail.back')} />;
}

function FollowUpCount({ followUps }: { followUps: FollowUp[] }) {
  const today = useOfficeToday();
  const open = followUps.filter((f) => !f.done);
  if (open.length === 0) return null;
  const overdue = open.some((f) => f.dueDate && f.dueDate < today);
  return (
    <Badge size="xs" circle color={overdue ? 'red' : 'blue'}>
      {open.length}
    </Badge>
  );
}

// ---------------------------------------------------------------------------------------

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <DataList size="sm" labelWidth="200px" gap={6}>
        {children}
      </DataList>
    </Paper>
  );
}

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId}>{empty ? '—' : children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function EmployerData({ detail }: { detail: EmployerDetail }) {
  const { t } = useTranslation();
  const e = detail.employer;
  // An unknown count is "—", never 0.
  const count = (n: number | null) => (n === null ? '—' : formatNumber(n));
  const anyContract = [e.workersPkwtt, e.workersPkwt, e.workersHarianLepas, e.workersBorongan].some((n) => n !== null);
  const missing = e.bpjsStatus === 'pwbd' ? [] : mandatoryProgrammes(e.businessScale).filter((p) => !e.bpjsProgrammes.includes(p));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Section title={t('employers.sections.identity')}>
        <Item label={t('employers.fields.name')}>{e.name}</Item>
        <Item label={t('employers.fields.legalForm')}>{e.legalForm ? t(`employers.legalForms.${e.legalForm}`) : null}</Item>
        <Item label={t('employers.fields.nib')} testId="detail-nib">
          {e.nib}
        </Item>
        <Item label={t('employers.fields.npwp')}>{formatNpwp(e.npwp)}</Item>
        <Item label={t('employers.fields.npp')}>{e.npp}</Item>
        <Item label={t('employers.fields.ownerName')}>{e.ownerName}</Item>
        <Item label={t('employers.fields.contactPhone')}>{e.contactPhone}</Item>
        <Item label={t('employers.fields.contactEmail')}>{e.contactEmail}</Item>
        <Item label={t('employers.fields.startDate')} testId="detail-start-date">
          {e.startDate ? formatDate(e.startDate) : null}
        </Item>
      </Section>
      <Section title={t('employers.sections.business')}>
        <Item label={t('employers.fields.kbliCodes')}>
          {e.kbliCodes.length ? (
            <Stack gap={2}>
              {e.kbliCodes.map((c, i) => (
                <Text key={c} size="sm">
                  <Text span ff="monospace">
                    {c}
                  </Text>
                  {i === 0 ? ` (${t('employers.form.kbliMain')})` : ''}
                </Text>
              ))}
            </Stack>
          ) : null}
        </Item>
        <Item label={t('employers.fields.kbliSection')}>{e.kbliSection ? `${e.kbliSection} – ${t(`employers.kbliSectionsLong.${e.kbliSection}`)}` : null}</Item>
        <Item label={t('employers.fields.businessScale')}>{e.businessScale ? t(`employers.scaleLong.${e.businessScale}`) : null}</Item>
        <Item label={t('employers.fields.officeType')}>{t(`employers.officeTypes.${e.officeType}`)}</Item>
        {e.officeType === 'cabang' ? (
          <Item label={t('employers.fields.headOffice')}>
            {e.headOfficeUid ? (
              <Anchor component={Link} to={employerPath(e.headOfficeUid)} size="sm">
                {e.headOfficeName}
              </Anchor>
            ) : null}
          </Item>
        ) : null}
        {detail.branches.length ? (
          <Item label={t('employers.detail.branches', { n: detail.branches.length })}>
            <Stack gap={2}>
              {detail.branches.map((b) => (
                <Group key={b.uid} gap={6} wrap="nowrap">
                  <Anchor component={Link} to={employerPath(b.uid)} size="sm">
                    {b.name}
                  </Anchor>
                  {b.recordStatus !== 'aktif' ? <RecordStatusBadge status={b.recordStatus} size="xs" /> : null}
                </Group>
              ))}
            </Stack>
          </Item>
        ) : null}
      </Section>
      <Section title={t('employers.sections.address')}>
        <Item label={t('employers.fields.address')}>{e.address}</Item>
        <Item label={t('employers.fields.desa')}>{e.desaName ? `${e.desaName} (${e.desaCode})` : null}</Item>
        <Item label={t('employers.fields.kecamatan')}>{e.kecamatanName ? `${e.kecamatanName} (${e.kecamatanCode})` : null}</Item>
      </Section>
      <Section title={t('employers.sections.workforce')}>
        <Item label={t('employers.fields.workersTotal')} testId="detail-workers-total">
          {e.workersTotal === null ? null : formatNumber(e.workersTotal)}
        </Item>
        <Item label={t('employers.detail.bySex')} testId="detail-workers-by-sex">
          {e.workersMale === null && e.workersFemale === null ? null : t('employers.detail.bySexValue', { male: count(e.workersMale), female: count(e.workersFemale) })}
        </Item>
        <Item label={t('employers.detail.byContract')}>
          {anyContract
            ? t('employers.detail.byContractValue', {
                pkwtt: count(e.workersPkwtt),
                pkwt: count(e.workersPkwt),
                harian: count(e.workersHarianLepas),
                borongan: count(e.workersBorongan),
              })
            : null}
        </Item>
        <Item label={t('employers.fields.workersForeign')}>{e.workersForeign === null ? null : formatNumber(e.workersForeign)}</Item>
      </Section>
      <Section title={t('employers.sections.bpjs')}>
        <Item label={t('employers.fields.bpjsStatus')} testId="detail-bpjs-status">
          {t(`employers.bpjs.${e.bpjsStatus}`)}
        </Item>
        <Item label={t('employers.fields.bpjsProgrammes')}>
          {e.bpjsProgrammes.length ? (
            <Group gap={4}>
              {e.bpjsProgrammes.map((p) => (
                <Badge key={p} variant="outline" size="sm" title={t(`employers.programmes.${p}`)}>
                  {p}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Item>
        {missing.length ? (
          <Item label={t('employers.detail.missingProgrammes')}>
            <Text size="sm" c="orange.8">
              {e.businessScale
                ? t('employers.detail.missingProgrammesValue', { list: missing.join(', '), scale: t(`employers.scales.${e.businessScale}`) })
                : t('employers.detail.missingProgrammesValueNoScale', { list: missing.join(', ') })}
            </Text>
          </Item>
        ) : null}
        <Item label={t('employers.fields.bpjsInfoDate')}>{e.bpjsInfoDate ? formatDate(e.bpjsInfoDate) : null}</Item>
      </Section>
      <Section title={t('employers.sections.wlkp')}>
        <Item label={t('employers.fields.wlkpNumber')}>{e.wlkpNumber}</Item>
        <Item label={t('employers.fields.wlkpDate')}>{e.wlkpDate ? formatDate(e.wlkpDate) : null}</Item>
        <Item label={t('employers.fields.notes')}>{e.notes ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{e.notes}</Text> : null}</Item>
      </Section>
    </SimpleGrid>
  );
}

// ---------------------------------------------------------------------------------------

function FollowUps({ employer, followUps }: { employer: Employer; followUps: FollowUp[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<FollowUp | 'new' | null>(null);
  const today = useOfficeToday();
  // Follow-ups are added and edited by a user who may change records; a pemantau reads them.
  const canWrite = useCan('records.write');
  const open = (f: FollowUp) => canWrite && setEditing(f);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('employers.followUps.intro')}
        </Text>
        {canWrite ? (
          <Button onClick={() => setEditing('new')} disabled={employer.recordStatus === 'dihapus'}>
            {t('employers.followUps.add')}
          </Button>
        ) : null}
      </Group>
      {followUps.length === 0 ? (
        <Alert color="gray">{t('employers.followUps.none')}</Alert>
      ) : (
        <Table withTableBorder highlightOnHover data-testid="follow-ups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('employers.followUps.kind')}</Table.Th>
              <Table.Th>{t('employers.followUps.date')}</Table.Th>
              <Table.Th>{t('employers.followUps.letterNumber')}</Table.Th>
              <Table.Th>{t('employers.followUps.dueDate')}</Table.Th>
              <Table.Th>{t('employers.followUps.outcome')}</Table.Th>
              <Table.Th>{t('employers.followUps.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {followUps.map((f) => {
              const overdue = !f.done && f.dueDate !== null && f.dueDate < today;
              return (
                <Table.Tr
                  key={f.uid}
                  onClick={() => open(f)}
                  onKeyDown={(ev) => ev.key === 'Enter' && open(f)}
                  tabIndex={canWrite ? 0 : undefined}
                  style={{ cursor: canWrite ? 'pointer' : undefined }}
                  bg={overdue ? 'red.0' : undefined}
                  aria-label={t(`employers.followUpKinds.${f.kind}`)}
                >
                  <Table.Td>{t(`employers.followUpKinds.${f.kind}`)}</Table.Td>
                  <Table.Td>{formatDate(f.date)}</Table.Td>
                  <Table.Td>{f.letterNumber || '—'}</Table.Td>
                  <Table.Td>{f.dueDate ? formatDate(f.dueDate) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {f.outcome || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DueBadge followUp={f} today={today} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <FollowUpModal employerUid={employer.uid} followUp={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}
