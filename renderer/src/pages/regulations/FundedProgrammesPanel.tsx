import { Alert, Anchor, Badge, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentProgress, RegulationProgrammes } from '../../../../core/api/regulations.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatRupiah } from '../../format.ts';
import { programmePath } from '../programmes/programme-path.ts';
import { useRegulationProgrammes } from './queries.ts';

// Program yang didanai: the vulnerable-worker programmes naming this regulation as their legal
// basis, with their target, enrolled people, budget and cost; then each coverage-target and
// budget commitment beside what the linked programmes of its year achieved.

export function FundedProgrammesPanel({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const funded = useRegulationProgrammes(uid);
  return (
    <Paper withBorder p="md" data-testid="regulation-programmes">
      <Title order={2} size="h4">{t('regulasi.detail.programmes')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('regulasi.detail.programmesIntro')}
      </Text>
      {funded.isPending ? <Loader size="sm" /> : null}
      {funded.isError ? <Alert color="red">{errorText(funded.error)}</Alert> : null}
      {funded.data ? <Funded data={funded.data} /> : null}
    </Paper>
  );
}

function Funded({ data }: { data: RegulationProgrammes }) {
  const { t } = useTranslation();
  if (data.programmes.length === 0) return <Text size="sm">{t('regulasi.detail.noProgrammes')}</Text>;
  return (
    <Stack gap="md">
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('regulasi.detail.programme')}</Table.Th>
            <Table.Th>{t('regulasi.detail.programmeYear')}</Table.Th>
            <Table.Th ta="right">{t('regulasi.detail.programmeTarget')}</Table.Th>
            <Table.Th ta="right">{t('regulasi.detail.programmeEnrolled')}</Table.Th>
            <Table.Th ta="right">{t('regulasi.detail.programmeBudget')}</Table.Th>
            <Table.Th ta="right">{t('regulasi.detail.programmeCost')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.programmes.map((p) => (
            <Table.Tr key={p.uid} data-testid="funded-programme">
              <Table.Td>
                <Anchor component={Link} to={programmePath(p.uid)}>
                  {p.name}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {p.fundingLabel}
                </Text>
                {p.status === 'selesai' ? (
                  <Badge ml="xs" size="xs" color="gray" variant="light">
                    {t('regulasi.detail.programmeEnded')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{p.year}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.target)}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.enrolled)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(p.budget)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(p.enrolledCost)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data.progress.length > 0 ? <Progress rows={data.progress} /> : null}
    </Stack>
  );
}

function Progress({ rows }: { rows: CommitmentProgress[] }) {
  const { t } = useTranslation();
  const year = (y: number | null) => (y === null ? t('regulasi.detail.anyYear') : String(y));
  const committed = (r: CommitmentProgress) => {
    if (r.kind === 'anggaran') return r.committed === null ? '—' : formatRupiah(r.committed);
    if (r.committed !== null) return t('regulasi.detail.targetPeople', { count: formatNumber(r.committed) }) + (r.targetPercent !== null ? ` (${r.targetPercent}%)` : '');
    return r.targetPercent !== null ? t('regulasi.detail.targetPercentOnly', { percent: r.targetPercent }) : '—';
  };
  const achieved = (r: CommitmentProgress) => {
    if (r.programmes === 0) return t('regulasi.detail.noLinkedYear');
    return r.kind === 'target' ? t('regulasi.detail.enrolledPeople', { count: formatNumber(r.achieved) }) : t('regulasi.detail.budgetAchieved', { budget: formatRupiah(r.achieved), cost: formatRupiah(r.spent ?? 0) });
  };
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {t('regulasi.detail.achieved')}
      </Title>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('regulasi.detail.commitment')}</Table.Th>
            <Table.Th />
            <Table.Th>{t('regulasi.detail.achievement')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.commitmentUid} data-testid="commitment-progress">
              <Table.Td>{t(r.kind === 'target' ? 'regulasi.detail.targetCommitment' : 'regulasi.detail.budgetCommitment', { year: year(r.year) })}</Table.Td>
              <Table.Td>{committed(r)}</Table.Td>
              <Table.Td>{achieved(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
