import { Alert, Anchor, Badge, Button, Group, Loader, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplianceRow, ComplianceSort } from '../../../../core/api/employer-compliance.ts';
import { request } from '../../api/client.ts';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportModal } from '../../exports/ExportModal.tsx';
import { formatNumber } from '../../format.ts';
import './compliance-messages.ts';
import { FollowUpModal, type FollowUpPreset } from './FollowUpModal.tsx';
import { kbliSectionCodes } from './messages.ts';
import { useCompliance } from './queries.ts';
import { useEmployerColumnOptions } from './employer-columns.tsx';
import { BpjsStatusBadge, employerPath, formatDate } from './shared.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';

// Kepatuhan pemberi kerja: active employers whose reported workforce exceeds their active PU
// participants (a likely "PDS tenaga kerja"), each with both figures and the dates behind them,
// and a button that opens the follow-up form already filled in: one click from a follow-up.

const pageSize = 50;
const orders: Record<string, { sort: ComplianceSort; descending: boolean }> = {
  gapDesc: { sort: 'gap', descending: true },
  gapAsc: { sort: 'gap', descending: false },
  name: { sort: 'name', descending: false },
  reported: { sort: 'reported', descending: true },
  active: { sort: 'active', descending: false },
};

export function CompliancePage() {
  const { t } = useTranslation();
  const { options } = useEmployerColumnOptions();
  const [date, setDate] = useState<string | null>(null);
  const [kecamatanCode, setKecamatan] = useState<string | null>(null);
  const [kbliSection, setKbliSection] = useState<string | null>(null);
  const [order, setOrder] = useState('gapDesc');
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [followUp, setFollowUp] = useState<{ row: ComplianceRow; preset: FollowUpPreset } | null>(null);
  const filter = useMemo(() => ({ date, kecamatanCode, kbliSection, ...orders[order]! }), [date, kecamatanCode, kbliSection, order]);
  const list = useCompliance({ ...filter, offset: (page - 1) * pageSize, limit: pageSize });
  const data = list.data;
  const filtered = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  const startFollowUp = (row: ComplianceRow, countedAt: string) =>
    setFollowUp({
      row,
      preset: {
        kind: 'pemeriksaan',
        notes: t('kepatuhan.followUpNote', {
          reported: formatNumber(row.reported),
          reportedDate: formatDate(row.reportedDate),
          active: formatNumber(row.active),
          date: formatDate(countedAt),
          gap: formatNumber(row.gap),
        }),
      },
    });

  return (
    <Stack gap="md" maw={1300}>
      <div>
        <PageTitle>{t('kepatuhan.title')}</PageTitle>
        <Text c="dimmed" size="sm" maw={900}>
          {t('kepatuhan.intro')}
        </Text>
      </div>
      <Group align="flex-end" gap="md">
        <IsoDateInput label={t('kepatuhan.date')} value={date ?? data?.date ?? null} onChange={filtered((v: string | null) => setDate(v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null))} w={170} testId="compliance-date" />
        <Select
          label={t('kepatuhan.kecamatan')}
          placeholder={t('kepatuhan.all')}
          data={options.kecamatan}
          value={kecamatanCode}
          onChange={filtered(setKecamatan)}
          clearable
          searchable
          w={220}
        />
        <Select
          label={t('kepatuhan.kbliSection')}
          placeholder={t('kepatuhan.all')}
          data={kbliSectionCodes.map((c) => ({ value: c, label: `${c} – ${t(`employers.kbliSectionsLong.${c}`)}` }))}
          value={kbliSection}
          onChange={filtered(setKbliSection)}
          clearable
          searchable
          w={300}
        />
        <Select
          label={t('kepatuhan.sort')}
          data={Object.keys(orders).map((k) => ({ value: k, label: t(`kepatuhan.sorts.${k}`) }))}
          value={order}
          onChange={(v) => v && filtered(setOrder)(v)}
          allowDeselect={false}
          w={220}
          data-testid="compliance-order"
        />
        <Button variant="default" onClick={() => setExporting(true)} disabled={!data || data.total === 0}>
          {t('kepatuhan.export')}
        </Button>
      </Group>
      {list.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : data!.total === 0 ? (
        <Alert color="green" data-testid="compliance-empty">
          {t('kepatuhan.none', { date: formatDate(data!.date) })}
        </Alert>
      ) : (
        <>
          <Text size="sm" data-testid="compliance-summary">
            {t('kepatuhan.summary', { n: formatNumber(data!.total), date: formatDate(data!.date) })}
          </Text>
          <Table withTableBorder highlightOnHover data-testid="compliance-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kepatuhan.columns.employer')}</Table.Th>
                <Table.Th ta="right">{t('kepatuhan.columns.reported')}</Table.Th>
                <Table.Th ta="right">{t('kepatuhan.columns.active')}</Table.Th>
                <Table.Th ta="right">{t('kepatuhan.columns.gap')}</Table.Th>
                <Table.Th>{t('kepatuhan.columns.followUps')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data!.rows.map((r) => (
                <Table.Tr key={r.uid} data-employer={r.name}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component={Link} to={employerPath(r.uid)} size="sm">
                        {r.name}
                      </Anchor>
                      <BpjsStatusBadge status={r.bpjsStatus as never} size="xs" />
                    </Group>
                    <Text size="xs" c="dimmed">
                      {[r.kecamatanName, r.kbliSection ? `KBLI ${r.kbliSection}` : null, r.npp ? `NPP ${r.npp}` : null].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" fw={600}>
                      {formatNumber(r.reported)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('kepatuhan.reportedOn', { date: formatDate(r.reportedDate) })}
                      {r.wlkpDate ? ` · ${t('kepatuhan.wlkpOn', { date: formatDate(r.wlkpDate) })}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" fw={600}>
                      {formatNumber(r.active)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.activeDataDate ? t('kepatuhan.dataOn', { date: formatDate(r.activeDataDate) }) : t('kepatuhan.noParticipants')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" fw={700} c="orange.8">
                      {formatNumber(r.gap)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => startFollowUp(r, data!.date)} aria-label={t('kepatuhan.startFollowUpFor', { name: r.name })}>
                        {t('kepatuhan.startFollowUp')}
                      </Button>
                      {r.openFollowUps > 0 ? (
                        // Never shrunk: at 1366 px the badge read "1 TERBU…" beside the button (walk 30).
                        <Anchor component={Link} to={employerPath(r.uid, 'tindak-lanjut')} style={{ flexShrink: 0 }}>
                          <Badge size="sm" color="blue" variant="light" style={{ cursor: 'pointer', overflow: 'visible' }}>
                            {t('kepatuhan.openFollowUps', { count: r.openFollowUps })}
                          </Badge>
                        </Anchor>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data!.total > pageSize ? <Pagination total={Math.ceil(data!.total / pageSize)} value={page} onChange={setPage} /> : null}
        </>
      )}
      <FollowUpModal
        employerUid={followUp?.row.uid ?? ''}
        employerName={followUp?.row.name}
        followUp={null}
        preset={followUp?.preset}
        opened={followUp !== null}
        onClose={() => setFollowUp(null)}
      />
      <ExportModal
        opened={exporting}
        onClose={() => setExporting(false)}
        rows={data?.total ?? null}
        columns={12}
        start={(format) => request('employers.compliance.export', { ...filter, format })}
      />
    </Stack>
  );
}
