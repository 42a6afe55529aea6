import { Alert, Anchor, Badge, Button, DataList, Group, Loader, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProgrammePage as PageData, ProgrammeRegulationLink } from '../../../../core/api/programmes.ts';
import { useCan } from '../../api/auth.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber, formatRupiah } from '../../format.ts';
import { RecordBackLink, RecordHeader } from '../../registers/RecordHeader.tsx';
import { formatDate } from '../employers/shared.tsx';
import { core, LegalStatusBadge } from '../regulations/regulation-columns.tsx';
import { regulationPath } from '../regulations/regulation-register.ts';
import { workerPath } from '../workers/worker-register.ts';
import './messages.ts';
import { ProgrammeFormModal } from './ProgrammeFormModal.tsx';
import { ProgrammeStageBadge } from './ProgrammeStageBadge.tsx';
import { useListChoices } from '../../components/list-choices.ts';
import { sourceNoteText } from '../contributions/shared.tsx';
import { useProgrammePage, useProgrammePeople } from './queries.ts';
import { formatMonth } from '../../coverage/coverage-format.ts';

// One programme: who counts as its people (said on screen), target vs enrolled by category and
// by desa, the cost of the enrolled people against the budget with how the contribution was
// computed, and the people themselves (each opens the person's page).

type Filter = { category?: string; desaCode?: string; label: string } | null;
const pageSize = 50;

const percent = (part: number, whole: number) => (whole > 0 ? Math.min(100, (100 * part) / whole) : 0);

export function ProgrammePage() {
  const { t } = useTranslation();
  const category = useListChoices('vulnerable_category').labelOr;
  const funding = useListChoices('funding_source').labelOr;
  const { uid = '' } = useParams();
  const page = useProgrammePage(uid);
  const canWrite = useCan('records.write');
  const [editing, setEditing] = useState(false);
  const [filter, setFilter] = useState<Filter>(null);

  if (page.isPending) return <Loader aria-label={t('common.loading')} />;
  if (page.error) return <ErrorAlert error={page.error} />;
  const d = page.data;
  const p = d.programme;

  return (
    <Stack gap="md" maw={1200}>
      <RecordBackLink to="/program-rentan" label={t('program.page.back')} />
      <RecordHeader
        name={p.name}
        nameTestId="programme-title"
        badges={<ProgrammeStageBadge stage={d.stage} size="lg" />}
        summary={[String(p.year), funding(p.funding, p.fundingLabel), p.package.join(' + '), `${formatRupiah(p.monthlyContribution)}${t('program.common.perMonth')}`]}
        actions={canWrite ? <Button onClick={() => setEditing(true)}>{t('program.page.edit')}</Button> : null}
      />
      <Alert color="blue" variant="light" data-testid="programme-rule">
        {t('program.page.rule', { year: p.year, from: formatDate(d.yearStart), to: formatDate(d.yearEnd) })}
      </Alert>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Summary data={d} />
        <Budget data={d} />
      </SimpleGrid>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('program.page.targetVsEnrolled')}
        </Title>
        <Table striped highlightOnHover data-testid="programme-categories">
          <Table.Thead>
            <Table.Tr>
              {['category', 'target', 'enrolled', 'progress', 'months', 'activeToday'].map((f) => (
                <Table.Th key={f}>{t(`program.fields.${f}`)}</Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.byCategory.map((c) => {
              const label = c.category ? category(c.category, c.label) : t('program.page.noCategory');
              return (
                <Table.Tr key={c.category ?? ''}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>{formatNumber(c.target)}</Table.Td>
                  <Table.Td>{formatNumber(c.people)}</Table.Td>
                  <Table.Td miw={180}>
                    {/* The share in figures beside the bar, as the total row has it (walk 38: a bar alone). */}
                    {c.target > 0 ? (
                      <Group gap="xs" wrap="nowrap">
                        <Progress value={percent(c.people, c.target)} color={c.people >= c.target ? 'green' : 'blue'} style={{ flex: 1 }} aria-hidden />
                        <Text size="sm" w={48} ta="right">{`${Math.round((100 * c.people) / c.target)}%`}</Text>
                      </Group>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatNumber(c.months)}</Table.Td>
                  <Table.Td>{formatNumber(c.activeToday)}</Table.Td>
                  <Table.Td>
                    {c.people > 0 ? (
                      <Anchor component="button" size="sm" onClick={() => setFilter({ category: c.category ?? '', label })}>
                        {t('program.page.showPeople')}
                      </Anchor>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={600}>
              <Table.Td>{t('program.page.total')}</Table.Td>
              <Table.Td>{formatNumber(d.totals.target)}</Table.Td>
              <Table.Td>{formatNumber(d.totals.people)}</Table.Td>
              <Table.Td>{d.totals.target > 0 ? `${Math.round(percent(d.totals.people, d.totals.target))}%` : null}</Table.Td>
              <Table.Td>{formatNumber(d.totals.months)}</Table.Td>
              <Table.Td>{formatNumber(d.totals.activeToday)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('program.page.byDesa')}
        </Title>
        {d.byDesa.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('program.page.noPeople')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600} mah={420}>
            <Table striped highlightOnHover stickyHeader data-testid="programme-desa">
              <Table.Thead>
                <Table.Tr>
                  {['kecamatan', 'desa', 'people', 'months', 'activeToday'].map((f) => (
                    <Table.Th key={f}>{t(`program.fields.${f}`)}</Table.Th>
                  ))}
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.byDesa.map((r) => (
                  <Table.Tr key={`${r.kecamatanCode ?? ''}|${r.desaCode ?? ''}`}>
                    <Table.Td>{r.kecamatanName ?? t('program.common.none')}</Table.Td>
                    <Table.Td>{r.desaName ?? t('program.page.noDesa')}</Table.Td>
                    <Table.Td>{formatNumber(r.people)}</Table.Td>
                    <Table.Td>{formatNumber(r.months)}</Table.Td>
                    <Table.Td>{formatNumber(r.activeToday)}</Table.Td>
                    <Table.Td>
                      {r.desaCode ? (
                        <Anchor component="button" size="sm" onClick={() => setFilter({ desaCode: r.desaCode!, label: r.desaName ?? r.desaCode! })}>
                          {t('program.page.showPeople')}
                        </Anchor>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={600}>
                  <Table.Td>{t('program.page.total')}</Table.Td>
                  <Table.Td />
                  <Table.Td>{formatNumber(d.byDesa.reduce((n, r) => n + r.people, 0))}</Table.Td>
                  <Table.Td>{formatNumber(d.byDesa.reduce((n, r) => n + r.months, 0))}</Table.Td>
                  <Table.Td>{formatNumber(d.byDesa.reduce((n, r) => n + r.activeToday, 0))}</Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      <People uid={uid} filter={filter} onClear={() => setFilter(null)} />

      <ProgrammeFormModal opened={editing} uid={p.uid} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
    </Stack>
  );
}

/** The regulation named as legal basis: a link to it, its status in law, and "Salah input" when so marked. */
function LegalBasisLink({ link }: { link: ProgrammeRegulationLink }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" data-testid="programme-legal-regulation-link">
      <Anchor component={Link} to={regulationPath(link.uid)}>
        {link.label}
      </Anchor>
      <LegalStatusBadge status={link.legalStatus} label={core(t, `regulations.legalStatus.${link.legalStatus}`)} size="sm" />
      {link.recordStatus !== 'aktif' ? (
        <Badge color="red" variant="light" size="sm" data-testid="programme-legal-regulation-status">
          {core(t, `regulations.recordStatus.${link.recordStatus}`)}
        </Badge>
      ) : null}
    </Group>
  );
}

function Items({ items }: { items: [string, ReactNode][] }) {
  return (
    <DataList size="sm" labelWidth="230px" gap={6}>
      {items.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function Summary({ data: d }: { data: PageData }) {
  const { t } = useTranslation();
  const funding = useListChoices('funding_source').labelOr;
  const p = d.programme;
  return (
    <Paper withBorder p="md" data-testid="programme-summary">
      <Title order={2} size="h4" mb="sm">
        {t('program.page.summary')}
      </Title>
      <Text fw={600}>{t('program.page.enrolledOfTarget', { enrolled: formatNumber(d.totals.people), target: formatNumber(d.totals.target) })}</Text>
      <Progress value={percent(d.totals.people, d.totals.target)} size="lg" my="xs" aria-hidden />
      <Text size="sm" c="dimmed" mb="sm">
        {t('program.page.activeToday', { count: formatNumber(d.totals.activeToday), date: formatDate(d.today) })}
      </Text>
      <Items
        items={[
          [t('program.fields.funding'), funding(p.funding, p.fundingLabel)],
          [t('program.fields.package'), p.package.join(' + ')],
          [t('program.fields.monthlyContribution'), formatRupiah(p.monthlyContribution)],
          ...(p.legalBasisRegulation ? [[t('program.page.legalBasis'), <LegalBasisLink key="link" link={p.legalBasisRegulation} />] as [string, ReactNode]] : []),
          [p.legalBasisRegulation ? t('program.page.legalNote') : t('program.page.legalBasis'), p.legalBasis || t('program.common.none')],
          ...(p.notes ? [[t('program.fields.notes'), p.notes] as [string, string]] : []),
        ]}
      />
    </Paper>
  );
}

function Budget({ data: d }: { data: PageData }) {
  const { t, i18n } = useTranslation();
  const { cost, programme: p } = d;
  const basis = p.contributionBasis;
  const over = cost.remaining < 0;
  // A budget many times what its targets cost (walk 38: Rp 35 triliun for 100 people, saved unsaid): a typing slip, said.
  const targetPeople = p.targets.reduce((n, x) => n + x.target, 0);
  const targetYearCost = p.monthlyContribution * 12 * targetPeople;
  const implausible = targetYearCost > 0 && cost.budget > 10 * targetYearCost;
  // A finished programme pays no one more: what its budget would still pay is not said.
  const open = p.status !== 'selesai';
  return (
    <Paper withBorder p="md" data-testid="programme-budget">
      <Title order={2} size="h4" mb="sm">
        {t('program.page.budget')}
      </Title>
      <Items
        items={[
          [t('program.fields.budget'), formatRupiah(cost.budget)],
          [t('program.page.enrolledCost'), formatRupiah(cost.enrolledCost)],
          [over ? t('program.page.over') : t('program.page.remaining'), formatRupiah(Math.abs(cost.remaining))],
          [t('program.page.fullYearCost'), formatRupiah(cost.fullYearCost)],
        ]}
      />
      <Progress value={percent(cost.enrolledCost, cost.budget)} color={over ? 'red' : 'teal'} size="lg" my="xs" aria-hidden />
      {implausible ? (
        <Alert color="yellow" my="xs" data-testid="programme-budget-implausible">
          {t('program.page.budgetImplausible', { cost: formatRupiah(targetYearCost), people: formatNumber(targetPeople) })}
        </Alert>
      ) : null}
      {open && !over && cost.morePeopleFullYear > 0 ? (
        <Text size="sm">{t('program.page.morePeople', { count: cost.morePeopleFullYear, n: formatNumber(cost.morePeopleFullYear) })}</Text>
      ) : null}
      {open && !over && cost.morePeopleRestOfYear && cost.morePeopleRestOfYear.people > 0 ? (
        <Text size="sm" data-testid="programme-rest-of-year">
          {t('program.page.morePeopleRestOfYear', {
            count: cost.morePeopleRestOfYear.people,
            n: formatNumber(cost.morePeopleRestOfYear.people),
            month: formatMonth(cost.morePeopleRestOfYear.fromMonth, i18n.language, 'long'),
            months: t('program.page.monthCount', { count: cost.morePeopleRestOfYear.months }),
          })}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed" mt="xs">
        {t('program.page.costRule', { year: p.year })}
      </Text>
      <Text size="xs" c="dimmed" mt="xs" data-testid="programme-contribution-how">
        {t('program.page.contributionHow', { date: formatDate(basis.date), income: formatRupiah(basis.income) })}{' '}
        {basis.lines.map(lineInWords).join(' + ')} = {formatRupiah(p.monthlyContribution)}.
      </Text>
      {basis.rules.length > 0 ? (
        <Text size="xs" c="dimmed" mt={4} data-testid="programme-rule-source">
          {t('program.page.ruleSource', { source: basis.rules.map((r) => sourceNoteText(r.sourceNote) || r.uid).join(' · ') })}
        </Text>
      ) : null}
      {basis.clamped ? (
        <Text size="xs" c="orange" mt={4}>
          {t('program.page.clamped', { income: formatRupiah(basis.income) })}
        </Text>
      ) : null}
      {d.currentRuleContribution !== null ? (
        <Alert color="orange" mt="sm" data-testid="programme-rules-changed">
          {t('program.page.rulesChanged', { amount: formatRupiah(d.currentRuleContribution) })}
        </Alert>
      ) : null}
    </Paper>
  );
}

/** "JKK 1% × Rp 1.000.000 (Rp 10.000)", "JKM Rp 6.800": one line of the contribution. */
function lineInWords(l: PageData['programme']['contributionBasis']['lines'][number]): string {
  const rate = l.rateMicro !== null ? `${formatNumber(l.rateMicro / 10_000)}% × ${formatRupiah(l.base ?? 0)}` : null;
  const flat = l.flatAmount !== null ? formatRupiah(l.flatAmount) : null;
  return rate ? `${l.programme} ${[rate, flat].filter(Boolean).join(' + ')} (${formatRupiah(l.monthly)})` : `${l.programme} ${flat ?? formatRupiah(l.monthly)}`;
}

function People({ uid, filter, onClear }: { uid: string; filter: Filter; onClear: () => void }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [shownFilter, setShownFilter] = useState<Filter>(filter);
  // A new filter starts at the first page.
  if (shownFilter !== filter) {
    setShownFilter(filter);
    setOffset(0);
  }
  const people = useProgrammePeople({ uid, offset, limit: pageSize, ...(filter?.category !== undefined ? { category: filter.category } : {}), ...(filter?.desaCode ? { desaCode: filter.desaCode } : {}) });
  const total = people.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">{t('program.page.people')}</Title>
        {filter ? (
          <Group gap="xs">
            <Badge variant="light">{t('program.page.filtered', { what: filter.label })}</Badge>
            <Anchor component="button" size="sm" onClick={onClear}>
              {t('program.page.clearFilter')}
            </Anchor>
          </Group>
        ) : null}
      </Group>
      {people.error ? <ErrorAlert error={people.error} /> : null}
      {people.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {people.data && total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('program.page.noPeople')}
        </Text>
      ) : null}
      {people.data && total > 0 ? (
        <>
          <Table striped data-testid="programme-people">
            <Table.Thead>
              <Table.Tr>
                {['personName', 'nik', 'desa', 'kecamatan', 'startDate', 'endDate', 'months'].map((f) => (
                  <Table.Th key={f}>{t(`program.fields.${f}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.data.rows.map((r) => (
                <Table.Tr key={r.uid}>
                  <Table.Td>
                    <Anchor component={Link} to={workerPath(r.uid)}>
                      {r.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.nik}</Table.Td>
                  <Table.Td>{r.desaName ?? t('program.common.none')}</Table.Td>
                  <Table.Td>{r.kecamatanName ?? t('program.common.none')}</Table.Td>
                  <Table.Td>{formatDate(r.startDate)}</Table.Td>
                  <Table.Td>{r.endDate ? formatDate(r.endDate) : t('program.common.none')}</Table.Td>
                  <Table.Td>{r.months}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed">
              {t('program.page.page', { page: Math.floor(offset / pageSize) + 1, pages, total: formatNumber(total) })}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
                {t('program.page.prev')}
              </Button>
              <Button variant="default" size="xs" disabled={offset + pageSize >= total} onClick={() => setOffset(offset + pageSize)}>
                {t('program.page.next')}
              </Button>
            </Group>
          </Group>
        </>
      ) : null}
    </Paper>
  );
}
