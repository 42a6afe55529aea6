import { Alert, Anchor, Badge, Box, Button, DataList, Group, Loader, Menu, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PersonDetail, PersonRecordStatus } from '../../../../core/api/workers.ts';
import { fieldIssue } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { usePermissionCheck } from '../../api/auth.ts';
import { PersonReportMenu } from '../../privacy/PersonReportMenu.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { formatRupiah } from '../../format.ts';
import { sayMessage } from '../../i18n/index.ts';
import { RecordHistory } from '../../registers/RecordHistory.tsx';
import { RecordBackLink, RecordHeader } from '../../registers/RecordHeader.tsx';
import { StatusReasonForm } from '../../registers/StatusReasonForm.tsx';
import { useRecordPage } from '../../registers/use-record-page.ts';
import { formatDate } from '../employers/shared.tsx';
import '../programmes/messages.ts';
import { programmePath } from '../programmes/programme-path.ts';
import { MergedIntoLink } from './MergedIntoLink.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { useListChoices } from '../../components/list-choices.ts';
import { useSetWorkerStatus, useWorker } from './queries.ts';
import { statusAsksDate, statusDateProblem, statusDateStart } from './status-date.ts';
import { ParticipationBadge } from './worker-columns.tsx';
import { workerPath, workerRegister } from './worker-register.ts';

// One person: identity (sex and birth date from the NIK beside what was typed), domicile,
// participation today and every period, what to check, the record status (died, moved, entered
// in error: with a reason and a date, never deleted) and the change history.

export function PersonPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { detail, editing, setEditing, statusAction, setStatusAction } = useRecordPage<PersonDetail, PersonRecordStatus>(useWorker);
  const navigate = useNavigate();
  const can = usePermissionCheck();
  const categories = useListChoices('vulnerable_category');
  const funding = useListChoices('funding_source');
  if (detail.isPending) return <Loader aria-label={t('common.loading')} />;
  if (detail.isError) return <Alert color="red">{errorText(detail.error)}</Alert>;
  const { person: p, periods, statusToday, mergedInto, today, flags } = detail.data;
  // A person who died or moved away counts until that date (participation-status.ts): a period
  // still open, or ending later, is said to end there; one starting after it, not counted.
  const countsUntil = p.recordStatus === 'meninggal' || p.recordStatus === 'pindah' ? p.statusDate : null;
  const status = t(`pekerja.recordStatus.${p.recordStatus}`).toLowerCase();
  const periodEnd = (start: string, end: string | null) => {
    if (countsUntil && start > countsUntil) return t('pekerja.detail.notCountedAfter', { status });
    if (countsUntil && (end === null || end > countsUntil)) return t('pekerja.detail.endedBy', { date: formatDate(countsUntil), status });
    return end ? formatDate(end) : t('pekerja.detail.open');
  };
  // A record merged away says into which person, not "never registered".
  const statusLabel = mergedInto ? t('pekerja.detail.mergedInto', { nik: mergedInto.nik }) : t(`pekerja.participation.${statusToday}`);
  const label = (list: typeof categories, code: string | null) => list.label(code) ?? t('pekerja.common.none');
  const day = (iso: string | null) => (iso ? formatDate(iso) : t('pekerja.common.none'));
  const active = p.recordStatus === 'aktif';

  return (
    <Stack gap="md" maw={1200}>
      <RecordBackLink to="/register/pekerja" label={t('pekerja.detail.back')} />
      <RecordHeader
        name={p.name}
        nameTestId="worker-title"
        badges={
          <>
            <ParticipationBadge status={statusToday} label={statusLabel} title={t('pekerja.detail.statusToday', { date: formatDate(today) })} />
            {!active ? (
              <Badge color="red" variant="light" size="lg">
                {t(`pekerja.recordStatus.${p.recordStatus}`)}
              </Badge>
            ) : null}
          </>
        }
        summary={[p.nik, p.desaName, p.kecamatanName ? `Kec. ${p.kecamatanName}` : null, label(categories, p.category)]}
        actions={
          <>
            {/* Greyed out, it says how the record opens again (walk 30); the wrapper takes the pointer a disabled button does not. */}
            <Tooltip label={t(mergedInto ? 'pekerja.detail.editMergedHint' : 'pekerja.detail.editRestoreHint')} disabled={active} multiline w={280}>
              <span data-testid="person-edit-wrap">
                <Button onClick={() => setEditing(true)} disabled={!active}>
                  {t('pekerja.detail.edit')}
                </Button>
              </span>
            </Tooltip>
            <Menu>
              <Menu.Target>
                <Button variant="default">{t('pekerja.detail.actions')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                {active ? (
                  <>
                    <Menu.Item onClick={() => setStatusAction('meninggal')}>{t('pekerja.detail.died')}</Menu.Item>
                    <Menu.Item onClick={() => setStatusAction('pindah')}>{t('pekerja.detail.moved')}</Menu.Item>
                    <Menu.Item color="red" onClick={() => setStatusAction('salah_input')}>
                      {t('pekerja.detail.error')}
                    </Menu.Item>
                  </>
                ) : mergedInto ? (
                  // Merged away: only the merge's undo gives the record back (the service refuses a restore).
                  <Menu.Item component={Link} to="/register/pekerja/tinjauan-duplikat" data-testid="undo-merge-there">
                    {t('pekerja.detail.undoMergeThere')}
                  </Menu.Item>
                ) : (
                  <Menu.Item onClick={() => setStatusAction('aktif')}>{t('pekerja.detail.restore')}</Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          </>
        }
        readActions={can('records.export') ? <PersonReportMenu uid={p.uid} /> : null}
      />

      {flags.length ? (
        <Alert color="orange" title={t('pekerja.detail.flags')} data-testid="worker-flags">
          <Stack gap={2}>
            {flags.map((f, i) => (
              <Text key={i} size="sm">
                {sayMessage(f)}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {!active ? (
        <Alert color="gray">
          {t(`pekerja.recordStatus.${p.recordStatus}`)} · {day(p.statusDate)} · {p.statusReason}
          {mergedInto ? (
            <>
              {' · '}
              <MergedIntoLink kept={mergedInto} label={t('pekerja.detail.openKept')} />
            </>
          ) : null}
        </Alert>
      ) : null}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('pekerja.form.identity')}
          </Title>
          <Items
            items={[
              [t('pekerja.fields.nik'), p.nik],
              [t('pekerja.fields.sex'), p.sex ? t(`pekerja.sex.${p.sex}`) : t('pekerja.common.none')],
              [t('pekerja.fields.birthDate'), day(p.birthDate)],
              // What a list or the form typed is shown only where it says otherwise than the NIK (the flag above says why).
              ...(p.sexTyped && p.sexTyped !== p.sex ? [[t('pekerja.fields.sexTyped'), t(`pekerja.sex.${p.sexTyped}`)] as [string, string]] : []),
              ...(p.birthDateTyped && p.birthDateTyped !== p.birthDate ? [[t('pekerja.fields.birthDateTyped'), day(p.birthDateTyped)] as [string, string]] : []),
              [t('pekerja.fields.category'), label(categories, p.category)],
              [t('pekerja.fields.occupation'), p.occupation || t('pekerja.common.none')],
              [t('pekerja.fields.kpj'), p.kpj || t('pekerja.common.none')],
              [t('pekerja.fields.phone'), p.phone || t('pekerja.common.none')],
            ]}
          />
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('pekerja.form.domicile')}
          </Title>
          <Items
            items={[
              [t('pekerja.fields.address'), p.address || t('pekerja.common.none')],
              [t('pekerja.fields.desa'), p.desaName ?? t('pekerja.common.none')],
              [t('pekerja.fields.kecamatan'), p.kecamatanName ?? t('pekerja.common.none')],
              [t('pekerja.fields.notes'), p.notes || t('pekerja.common.none')],
            ]}
          />
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">{t('pekerja.detail.periods')}</Title>
          <Text size="sm" c="dimmed">
            {t('pekerja.detail.statusToday', { date: formatDate(today) })}: {statusLabel}
          </Text>
        </Group>
        {periods.length === 0 && mergedInto ? (
          <Text size="sm" c="dimmed">
            {t('pekerja.detail.mergedPeriods')} <MergedIntoLink kept={mergedInto} />
          </Text>
        ) : periods.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pekerja.form.noPeriods')}
          </Text>
        ) : (
          <>
          {mergedInto ? (
            <Text size="sm" c="dimmed" mb="xs" data-testid="merged-left-periods">
              {t('pekerja.detail.mergedLeftPeriods')} <MergedIntoLink kept={mergedInto} />
            </Text>
          ) : null}
          <Table striped data-testid="worker-periods">
            <Table.Thead>
              <Table.Tr>
                {['segment', 'startDate', 'endDate', 'employer', 'programmes', 'funding', 'income', 'source'].map((f) => (
                  <Table.Th key={f}>{t(`pekerja.fields.${f}`)}</Table.Th>
                ))}
                <Table.Th>{t('program.period.label')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.map((period) => (
                <Table.Tr key={period.uid}>
                  <Table.Td>{period.segment === 'JAKON' ? 'Jakon' : period.segment}</Table.Td>
                  <Table.Td>{formatDate(period.startDate)}</Table.Td>
                  <Table.Td>{periodEnd(period.startDate, period.endDate)}</Table.Td>
                  <Table.Td>{period.employerName ?? t('pekerja.common.none')}</Table.Td>
                  <Table.Td>{period.programmes.join(', ')}</Table.Td>
                  <Table.Td>{label(funding, period.funding)}</Table.Td>
                  <Table.Td>{(period.wage ?? period.declaredIncome) !== null ? formatRupiah((period.wage ?? period.declaredIncome)!) : t('pekerja.common.none')}</Table.Td>
                  <Table.Td>{period.source || t('pekerja.common.none')}</Table.Td>
                  <Table.Td>
                    {period.programmeUid ? (
                      <Anchor component={Link} to={programmePath(period.programmeUid)} size="sm">
                        {period.programmeName}
                      </Anchor>
                    ) : (
                      t('pekerja.common.none')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          </>
        )}
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('pekerja.detail.history')}
        </Title>
        <RecordHistory register={workerRegister} uid={p.uid} />
      </Paper>

      <PersonFormModal opened={editing} uid={p.uid} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} onOpenOther={(other) => void navigate(workerPath(other))} />
      <FormModal opened={statusAction !== null} onClose={() => setStatusAction(null)} title={t('pekerja.detail.statusTitle')} size="lg">
        {statusAction ? <StatusForm key={statusAction} detail={detail.data} status={statusAction} onDone={() => setStatusAction(null)} /> : null}
      </FormModal>
    </Stack>
  );
}

/** Label and value pairs as the employer page shows its fields. */
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

function StatusForm({ detail, status, onDone }: { detail: PersonDetail; status: PersonRecordStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const setStatus = useSetWorkerStatus();
  const errorText = useErrorText();
  // Died or moved away: empty until the clerk types the day (status-date.ts).
  const [date, setDate] = useState<string | null>(statusDateStart(status, detail.today));
  const [dateError, setDateError] = useState<string | null>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const asksDate = statusAsksDate(status);
  /** Says next to the field why the date cannot be saved; true when it can. */
  const checkDate = () => {
    const problem = statusDateProblem(status, date);
    // A text that is no day: the field says why in its own words (it keeps the text on screen).
    setDateError(problem === 'required' ? t(`pekerja.detail.dateRequired.${status}`) : problem === 'notADate' ? t('common.notADate', { text: date }) : null);
    return problem === null;
  };
  return (
    // Checked as the form is sent, so a missing date is said together with a missing reason.
    <Box onSubmitCapture={() => void checkDate()}>
      <StatusReasonForm
        intro={
          <>
            <Text size="sm">
              {detail.person.name}: {t(`pekerja.recordStatus.${status}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('pekerja.detail.statusNote')}
            </Text>
          </>
        }
        reasonLabel={t('pekerja.detail.reason')}
        reasonRequired={status !== 'aktif'}
        extra={
          asksDate ? (
            <IsoDateInput
              value={date}
              onChange={(v) => {
                setDate(v);
                setDateError(null);
              }}
              label={t('pekerja.detail.date')}
              required
              error={dateError}
              inputRef={dateRef}
              testId="status-date"
            />
          ) : null
        }
        extraDirty={date !== statusDateStart(status, detail.today)}
        cancelLabel={t('pekerja.common.cancel')}
        confirmLabel={t('pekerja.detail.apply')}
        danger={status === 'salah_input'}
        saving={setStatus.isPending}
        onSave={async (reason) => {
          if (!checkDate()) {
            dateRef.current?.focus();
            return;
          }
          try {
            await setStatus.mutateAsync({ uid: detail.person.uid, recordStatus: status, reason, date: asksDate ? date : null });
          } catch (e) {
            // The service's word on the date goes next to the field; anything else to the form.
            const issue = fieldIssue(e, 'date');
            if (!issue) throw e;
            setDateError(errorText(e));
            dateRef.current?.focus();
            return;
          }
          notifications.show({ color: 'green', title: t('common.saved'), message: t('pekerja.detail.statusSaved') });
          onDone();
        }}
      />
    </Box>
  );
}
