import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Radio, Select, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ApbdResult, BpuResult, JakonResult, PuResult } from '../../../../core/api/contribution-results.ts';
import type { ContributionRuleRow } from '../../../../core/api/reference.ts';
import { useOfficeToday } from '../../api/queries.ts';
import { formatNumber, formatRupiah, plainRupiah } from '../../format.ts';
import { isIsoDate } from '../../typed-date.ts';
import './messages.ts';
import { CalculatorTab, NumberField, useCalculator, useFieldError } from './CalculatorTab.tsx';
import { Figure, formatRateMicro, isoDateField, numberField, optionalNumberField, tierText } from './shared.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';

// Kalkulator iuran: the four calculators over the effective-dated rule table. The APBD
// budget comes first: it is the figure an office head takes to the budget meeting.

const maxRupiah = Number.MAX_SAFE_INTEGER;
const bpuProgrammes = ['JKK', 'JKM', 'JHT'] as const;

/** The lowest declared BPU income in force on `date`, from the rule table. */
function minIncomeOn(rules: ContributionRuleRow[] | undefined, date: string): number | null {
  const rows = (rules ?? [])
    .filter((r) => r.active && r.kind === 'bpu_income_range' && r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return rows[0]?.tierFrom ?? null;
}

export function CalculatorPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('apbd');
  return (
    <Stack maw={1100}>
      <div>
        <PageTitle>{t('contributions.calc.title')}</PageTitle>
        <Text c="dimmed">{t('contributions.calc.intro')}</Text>
      </div>
      <Tabs value={tab} onChange={setTab} variant="outline">
        <Tabs.List>
          <Tabs.Tab value="apbd" fw={600}>
            {t('contributions.calc.tabs.apbd')}
          </Tabs.Tab>
          <Tabs.Tab value="pu">{t('contributions.calc.tabs.pu')}</Tabs.Tab>
          <Tabs.Tab value="bpu">{t('contributions.calc.tabs.bpu')}</Tabs.Tab>
          <Tabs.Tab value="jakon">{t('contributions.calc.tabs.jakon')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="apbd" pt="md">
          <ApbdCalculator />
        </Tabs.Panel>
        <Tabs.Panel value="pu" pt="md">
          <PuCalculator />
        </Tabs.Panel>
        <Tabs.Panel value="bpu" pt="md">
          <BpuCalculator />
        </Tabs.Panel>
        <Tabs.Panel value="jakon" pt="md">
          <JakonCalculator />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

// ---------------------------------------------------------------------------
// Anggaran APBD: N workers x M months under a BPU package
// ---------------------------------------------------------------------------

const apbdSchema = z.object({
  workers: numberField({ min: 1, max: 10_000_000, maxKey: 'contributions.validation.maxWorkers' }),
  months: numberField({ min: 1, max: 120, maxKey: 'contributions.validation.maxMonths' }),
  package: z.enum(['bpu_jkk_jkm', 'bpu_jkk_jkm_jht']),
  declaredIncome: optionalNumberField({ min: 0, max: maxRupiah }),
  date: isoDateField,
});
type ApbdForm = z.input<typeof apbdSchema>;

function ApbdCalculator() {
  const { t } = useTranslation();
  const today = useOfficeToday();
  const defaults: ApbdForm = { workers: 100, months: 12, package: 'bpu_jkk_jkm', declaredIncome: '', date: today };
  const form = useForm<ApbdForm, unknown, z.output<typeof apbdSchema>>({ resolver: zodResolver(apbdSchema), defaultValues: defaults });
  const calculator = useCalculator(
    form,
    (v) => ({ kind: 'apbd', workers: v.workers, months: v.months, package: v.package, date: v.date, ...(v.declaredIncome === undefined ? {} : { declaredIncome: v.declaredIncome }) }),
    { kind: 'apbd', workers: 100, months: 12, package: 'bpu_jkk_jkm', date: defaults.date },
  );
  const date = form.watch('date');
  const minIncome = minIncomeOn(calculator.rules.data, isIsoDate(date) ? date : today);

  const summary = (res: ApbdResult) => [
    t('contributions.apbd.summaryTitle'),
    `${t('contributions.apbd.package')}: ${t(`contributions.apbd.packages.${res.input.package}`)}`,
    `${t('contributions.apbd.workers')}: ${formatNumber(res.input.workers)} · ${t('contributions.apbd.months')}: ${formatNumber(res.input.months)}`,
    `${t('contributions.apbd.incomeUsed')}: ${plainRupiah(res.declaredIncome ?? 0)}`,
    '',
    `${t('contributions.apbd.perWorkerPerMonth')}: ${plainRupiah(res.perWorkerPerMonth ?? 0)} (${res.perProgramme.map((p) => `${p.programme} ${plainRupiah(p.perWorkerPerMonth)}`).join(' + ')})`,
    `${t('contributions.apbd.perMonthTotal', { workers: formatNumber(res.input.workers) })}: ${plainRupiah(res.perMonthTotal ?? 0)}`,
    `${t('contributions.apbd.perWorkerTotal', { months: formatNumber(res.input.months) })}: ${plainRupiah(res.perWorkerTotal ?? 0)}`,
    `${t('contributions.apbd.total', { months: formatNumber(res.input.months) })}: ${plainRupiah(res.total ?? 0)}`,
  ];

  return (
    <CalculatorTab kind="apbd" calculator={calculator} summary={summary} renderResult={(r) => <ApbdResultView result={r} />}>
      <NumberField control={form.control} name="workers" label={t('contributions.apbd.workers')} w={130} autoFocus />
      <NumberField control={form.control} name="months" label={t('contributions.apbd.months')} w={110} />
      <Controller
        control={form.control}
        name="package"
        render={({ field }) => (
          <Radio.Group label={t('contributions.apbd.package')} value={field.value} onChange={field.onChange}>
            <Stack gap={6} mt={6}>
              <Radio value="bpu_jkk_jkm" label={t('contributions.apbd.packages.bpu_jkk_jkm')} />
              <Radio value="bpu_jkk_jkm_jht" label={t('contributions.apbd.packages.bpu_jkk_jkm_jht')} />
            </Stack>
          </Radio.Group>
        )}
      />
      <NumberField
        control={form.control}
        name="declaredIncome"
        rupiah
        label={t('contributions.apbd.declaredIncome')}
        description={t('contributions.apbd.declaredIncomeHint')}
        placeholder={minIncome === null ? undefined : t('contributions.apbd.minimumPlaceholder', { amount: formatRupiah(minIncome) })}
        w={200}
      />
    </CalculatorTab>
  );
}

function ApbdResultView({ result }: { result: ApbdResult }) {
  const { t } = useTranslation();
  const { workers, months } = result.input;
  const lineOf = (p: string) => result.bpu?.lines.find((l) => l.programme === p);
  return (
    <>
      <Figure
        strong
        big
        label={t('contributions.apbd.total', { months: formatNumber(months) })}
        value={formatRupiah(result.total ?? 0)}
        testId="apbd-total"
        hint={t('contributions.apbd.totalHint', { workers: formatNumber(workers), months: formatNumber(months), perWorkerMonth: formatRupiah(result.perWorkerPerMonth ?? 0) })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t('contributions.apbd.perMonthTotal', { workers: formatNumber(workers) })} value={formatRupiah(result.perMonthTotal ?? 0)} testId="apbd-per-month" />
        <Figure
          label={t('contributions.apbd.perWorkerPerMonth')}
          value={formatRupiah(result.perWorkerPerMonth ?? 0)}
          testId="apbd-per-worker-month"
          hint={t('contributions.apbd.incomeUsedHint', { amount: formatRupiah(result.declaredIncome ?? 0) })}
        />
        <Figure label={t('contributions.apbd.perWorkerTotal', { months: formatNumber(months) })} value={formatRupiah(result.perWorkerTotal ?? 0)} testId="apbd-per-worker-total" />
      </SimpleGrid>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder striped verticalSpacing={6} data-testid="apbd-breakdown" style={{ fontVariantNumeric: 'tabular-nums' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contributions.col.programme')}</Table.Th>
              <Table.Th>{t('contributions.col.basis')}</Table.Th>
              <Table.Th ta="right">{t('contributions.apbd.perWorkerPerMonth')}</Table.Th>
              <Table.Th ta="right">{t('contributions.apbd.perMonthTotal', { workers: formatNumber(workers) })}</Table.Th>
              <Table.Th ta="right">{t('contributions.apbd.total', { months: formatNumber(months) })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.perProgramme.map((p) => {
              const line = lineOf(p.programme);
              return (
                <Table.Tr key={p.programme}>
                  <Table.Td>
                    <ProgrammeName programme={p.programme} />
                  </Table.Td>
                  <Table.Td>{line ? <BpuBasis line={line} /> : '—'}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(p.perWorkerPerMonth)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(p.perWorkerPerMonth * workers)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(p.total)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td colSpan={2}>{t('contributions.col.total')}</Table.Td>
              <Table.Td ta="right">{formatRupiah(result.perWorkerPerMonth ?? 0)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(result.perMonthTotal ?? 0)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(result.total ?? 0)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function ProgrammeName({ programme }: { programme: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text fw={600} size="sm">
        {programme}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`contributions.programme.${programme}`)}
      </Text>
    </div>
  );
}

function BpuBasis({ line }: { line: BpuResult['lines'][number] }) {
  const { t } = useTranslation();
  if (line.flatAmount !== null) return <>{t('contributions.bpu.flat', { amount: formatRupiah(line.flatAmount) })}</>;
  return <>{t('contributions.bpu.rateOf', { rate: formatRateMicro(line.rateMicro), base: formatRupiah(line.base ?? 0) })}</>;
}

// ---------------------------------------------------------------------------
// Penerima Upah
// ---------------------------------------------------------------------------

const puSchema = z.object({
  wage: numberField({ min: 0, max: maxRupiah }),
  riskClass: z.enum(['1', '2', '3', '4', '5']),
  date: isoDateField,
});
type PuForm = z.input<typeof puSchema>;

function PuCalculator() {
  const { t } = useTranslation();
  const today = useOfficeToday();
  const form = useForm<PuForm, unknown, z.output<typeof puSchema>>({ resolver: zodResolver(puSchema), defaultValues: { wage: '', riskClass: '1', date: today } });
  const calculator = useCalculator(form, (v) => ({ kind: 'pu', wage: v.wage, riskClass: Number(v.riskClass), date: v.date }));
  const summary = (res: PuResult) => {
    const m = res.totals?.monthly;
    const y = res.totals?.yearly;
    return [
      t('contributions.pu.summaryTitle'),
      `${t('contributions.pu.wage')}: ${plainRupiah(res.input.wage)} · ${t('contributions.riskClassN', { n: res.input.riskClass })}`,
      '',
      ...res.lines.map((l) => `${l.programme} ${formatRateMicro(l.rateMicro)}: ${t('contributions.payer.employer')} ${plainRupiah(l.monthly.employer)}, ${t('contributions.payer.worker')} ${plainRupiah(l.monthly.worker)}, ${t('contributions.payer.government')} ${plainRupiah(l.monthly.government)}`),
      '',
      `${t('contributions.pu.employerMonthly')}: ${plainRupiah(m?.employer ?? 0)} (${t('contributions.pu.perYear')} ${plainRupiah(y?.employer ?? 0)})`,
      `${t('contributions.pu.workerMonthly')}: ${plainRupiah(m?.worker ?? 0)} (${t('contributions.pu.perYear')} ${plainRupiah(y?.worker ?? 0)})`,
      `${t('contributions.pu.governmentMonthly')}: ${plainRupiah(m?.government ?? 0)} (${t('contributions.pu.perYear')} ${plainRupiah(y?.government ?? 0)})`,
      `${t('contributions.pu.totalMonthly')}: ${plainRupiah(m?.total ?? 0)} (${t('contributions.pu.perYear')} ${plainRupiah(y?.total ?? 0)})`,
    ];
  };
  return (
    <CalculatorTab kind="pu" calculator={calculator} summary={summary} renderResult={(r) => <PuResultView result={r} />}>
      <NumberField control={form.control} name="wage" rupiah label={t('contributions.pu.wage')} description={t('contributions.pu.wageHint')} w={230} />
      <Controller
        control={form.control}
        name="riskClass"
        render={({ field }) => (
          <Select
            label={t('contributions.pu.riskClass')}
            description={t('contributions.pu.riskClassHint')}
            data={['1', '2', '3', '4', '5'].map((c) => ({ value: c, label: `${c} · ${t(`contributions.pu.riskClasses.${c}`)}` }))}
            value={field.value}
            onChange={(v) => v && field.onChange(v)}
            allowDeselect={false}
            w={230}
          />
        )}
      />
    </CalculatorTab>
  );
}

const rupiahOrDash = (n: number) => (n === 0 ? '—' : formatRupiah(n));

function PuResultView({ result }: { result: PuResult }) {
  const { t } = useTranslation();
  const m = result.totals?.monthly ?? { employer: 0, worker: 0, government: 0, total: 0 };
  const y = result.totals?.yearly ?? { employer: 0, worker: 0, government: 0, total: 0 };
  const perYear = (n: number) => t('contributions.pu.perYearHint', { amount: formatRupiah(n) });
  const jkp = result.lines.find((l) => l.programme === 'JKP');
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Figure label={t('contributions.pu.employerMonthly')} value={formatRupiah(m.employer)} testId="pu-employer-monthly" hint={perYear(y.employer)} />
        <Figure label={t('contributions.pu.workerMonthly')} value={formatRupiah(m.worker)} testId="pu-worker-monthly" hint={perYear(y.worker)} />
        <Figure label={t('contributions.pu.governmentMonthly')} value={formatRupiah(m.government)} testId="pu-government-monthly" hint={perYear(y.government)} />
        <Figure strong label={t('contributions.pu.totalMonthly')} value={formatRupiah(m.total)} testId="pu-total-monthly" hint={perYear(y.total)} />
      </SimpleGrid>
      <Table.ScrollContainer minWidth={860}>
        <Table withTableBorder striped verticalSpacing={6} fz="sm" data-testid="pu-breakdown" style={{ fontVariantNumeric: 'tabular-nums' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contributions.col.programme')}</Table.Th>
              <Table.Th ta="right">{t('contributions.pu.base')}</Table.Th>
              <Table.Th ta="right">{t('contributions.col.rate')}</Table.Th>
              <Table.Th ta="right">{t('contributions.payer.employer')}</Table.Th>
              <Table.Th ta="right">{t('contributions.payer.worker')}</Table.Th>
              <Table.Th ta="right">{t('contributions.payer.government')}</Table.Th>
              <Table.Th ta="right">{t('contributions.col.perMonth')}</Table.Th>
              <Table.Th ta="right">{t('contributions.col.perYear')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.lines.map((l) => (
              <Table.Tr key={l.programme} data-programme={l.programme}>
                <Table.Td>
                  <ProgrammeName programme={l.programme} />
                </Table.Td>
                <Table.Td ta="right">
                  {formatRupiah(l.base)}
                  {l.cap !== null ? (
                    <Text size="xs" c={l.capped ? 'orange.8' : 'dimmed'}>
                      {t(l.capped ? 'contributions.pu.capped' : 'contributions.pu.cap', { amount: formatRupiah(l.cap) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">
                  {formatRateMicro(l.rateMicro)}
                  {l.nominalRateMicro !== l.rateMicro ? (
                    <Text size="xs" c="dimmed">
                      {t('contributions.pu.nominal', { rate: formatRateMicro(l.nominalRateMicro) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">{rupiahOrDash(l.monthly.employer)}</Table.Td>
                <Table.Td ta="right">{rupiahOrDash(l.monthly.worker)}</Table.Td>
                <Table.Td ta="right">{rupiahOrDash(l.monthly.government)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatRupiah(l.monthly.total)}
                </Table.Td>
                <Table.Td ta="right">{formatRupiah(l.yearly.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td colSpan={3}>{t('contributions.pu.totalPerMonth')}</Table.Td>
              <Table.Td ta="right" data-testid="pu-total-employer">
                {formatRupiah(m.employer)}
              </Table.Td>
              <Table.Td ta="right" data-testid="pu-total-worker">
                {formatRupiah(m.worker)}
              </Table.Td>
              <Table.Td ta="right">{formatRupiah(m.government)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(m.total)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(y.total)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td colSpan={3}>{t('contributions.pu.totalPerYear')}</Table.Td>
              <Table.Td ta="right">{formatRupiah(y.employer)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(y.worker)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(y.government)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(y.total)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {jkp && jkp.recomposition.length > 0 ? (
        <Text size="sm" c="dimmed">
          {jkp.recomposition
            .map((rc) => t('contributions.pu.recomposition', { rate: formatRateMicro(rc.rateMicro), from: rc.fromProgramme, amount: formatRupiah(rc.monthly) }))
            .join(' ')}
        </Text>
      ) : null}
    </>
  );
}

// ---------------------------------------------------------------------------
// Bukan Penerima Upah
// ---------------------------------------------------------------------------

const bpuSchema = z.object({
  declaredIncome: numberField({ min: 0, max: maxRupiah }),
  programmes: z.array(z.enum(bpuProgrammes)).min(1, 'contributions.validation.programmes'),
  date: isoDateField,
});
type BpuForm = z.input<typeof bpuSchema>;

function BpuCalculator() {
  const { t } = useTranslation();
  const today = useOfficeToday();
  const fieldError = useFieldError();
  const form = useForm<BpuForm, unknown, z.output<typeof bpuSchema>>({ resolver: zodResolver(bpuSchema), defaultValues: { declaredIncome: '', programmes: ['JKK', 'JKM'], date: today } });
  const calculator = useCalculator(form, (v) => ({ kind: 'bpu', declaredIncome: v.declaredIncome, programmes: v.programmes, date: v.date }));
  const { setInput } = calculator;
  const minIncome = minIncomeOn(calculator.rules.data, today);
  const { getValues, reset } = form;

  // Default: the lowest declared income of the rule table (the usual APBD basis).
  useEffect(() => {
    if (minIncome !== null && getValues('declaredIncome') === '') {
      reset({ ...getValues(), declaredIncome: minIncome });
      setInput({ kind: 'bpu', declaredIncome: minIncome, programmes: getValues('programmes') as ('JKK' | 'JKM' | 'JHT')[], date: getValues('date') });
    }
  }, [minIncome, getValues, reset, setInput]);

  const summary = (res: BpuResult) => [
    t('contributions.bpu.summaryTitle'),
    `${t('contributions.bpu.declaredIncome')}: ${plainRupiah(res.input.declaredIncome)}${res.clamped ? ` → ${plainRupiah(res.incomeUsed ?? 0)}` : ''}`,
    '',
    ...res.lines.map((l) => `${l.programme}: ${plainRupiah(l.monthly)} / ${t('contributions.bpu.month')}`),
    `${t('contributions.bpu.totalMonthly')}: ${plainRupiah(res.totals?.monthly ?? 0)} (${t('contributions.pu.perYear')} ${plainRupiah(res.totals?.yearly ?? 0)})`,
  ];
  return (
    <CalculatorTab kind="bpu" calculator={calculator} summary={summary} renderResult={(r) => <BpuResultView result={r} />}>
      <NumberField control={form.control} name="declaredIncome" rupiah label={t('contributions.bpu.declaredIncome')} description={t('contributions.bpu.declaredIncomeHint')} w={240} />
      <Controller
        control={form.control}
        name="programmes"
        render={({ field, fieldState }) => (
          <Checkbox.Group label={t('contributions.bpu.programmes')} value={field.value} onChange={field.onChange} error={fieldError(fieldState.error)}>
            <Group gap="md" mt={10}>
              {bpuProgrammes.map((p) => (
                <Checkbox key={p} value={p} label={p} title={t(`contributions.programme.${p}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      />
    </CalculatorTab>
  );
}

function BpuResultView({ result }: { result: BpuResult }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure strong label={t('contributions.bpu.totalMonthly')} value={formatRupiah(result.totals?.monthly ?? 0)} testId="bpu-total-monthly" />
        <Figure label={t('contributions.bpu.totalYearly')} value={formatRupiah(result.totals?.yearly ?? 0)} testId="bpu-total-yearly" />
        <Figure
          label={t('contributions.bpu.incomeUsed')}
          value={formatRupiah(result.incomeUsed ?? 0)}
          testId="bpu-income-used"
          hint={result.incomeRange ? t('contributions.bpu.range', { min: formatRupiah(result.incomeRange.min), max: formatRupiah(result.incomeRange.max) }) : undefined}
        />
      </SimpleGrid>
      <Table withTableBorder striped verticalSpacing={6} data-testid="bpu-breakdown" style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contributions.col.programme')}</Table.Th>
            <Table.Th>{t('contributions.col.basis')}</Table.Th>
            <Table.Th ta="right">{t('contributions.col.perMonth')}</Table.Th>
            <Table.Th ta="right">{t('contributions.col.perYear')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.lines.map((l) => (
            <Table.Tr key={l.programme}>
              <Table.Td>
                <ProgrammeName programme={l.programme} />
              </Table.Td>
              <Table.Td>
                <BpuBasis line={l} />
              </Table.Td>
              <Table.Td ta="right">{formatRupiah(l.monthly)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(l.yearly)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td colSpan={2}>{t('contributions.col.total')}</Table.Td>
            <Table.Td ta="right">{formatRupiah(result.totals?.monthly ?? 0)}</Table.Td>
            <Table.Td ta="right">{formatRupiah(result.totals?.yearly ?? 0)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </>
  );
}

// ---------------------------------------------------------------------------
// Jasa konstruksi
// ---------------------------------------------------------------------------

const jakonSchema = z.object({ contractValue: numberField({ min: 0, max: maxRupiah }), date: isoDateField });
type JakonForm = z.input<typeof jakonSchema>;

function JakonCalculator() {
  const { t } = useTranslation();
  const today = useOfficeToday();
  const form = useForm<JakonForm, unknown, z.output<typeof jakonSchema>>({ resolver: zodResolver(jakonSchema), defaultValues: { contractValue: '', date: today } });
  const calculator = useCalculator(form, (v) => ({ kind: 'jakon', contractValue: v.contractValue, date: v.date }));
  const summary = (res: JakonResult) => [
    t('contributions.jakon.summaryTitle'),
    `${t('contributions.jakon.contractValue')}: ${plainRupiah(res.input.contractValue)}`,
    '',
    ...res.tiers.filter((x) => x.portion > 0).map((x) => `${tierText(x.tierFrom, x.tierTo, t).replace(/\s/g, ' ')} × ${formatRateMicro(x.rateMicro)} = ${plainRupiah(x.amount)}`),
    `${t('contributions.jakon.total')}: ${plainRupiah(res.total ?? 0)}`,
  ];
  return (
    <CalculatorTab kind="jakon" calculator={calculator} summary={summary} renderResult={(r) => <JakonResultView result={r} />}>
      <NumberField control={form.control} name="contractValue" rupiah label={t('contributions.jakon.contractValue')} description={t('contributions.jakon.contractValueHint')} w={280} />
    </CalculatorTab>
  );
}

function JakonResultView({ result }: { result: JakonResult }) {
  const { t } = useTranslation();
  const total = result.total ?? 0;
  const effective = result.input.contractValue > 0 ? Math.round((total / result.input.contractValue) * 1_000_000) : 0;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure strong label={t('contributions.jakon.total')} value={formatRupiah(total)} testId="jakon-total" hint={t('contributions.jakon.totalHint')} />
        <Figure label={t('contributions.jakon.contractValue')} value={formatRupiah(result.input.contractValue)} testId="jakon-contract" />
        <Figure label={t('contributions.jakon.effectiveRate')} value={formatRateMicro(effective)} testId="jakon-effective-rate" />
      </SimpleGrid>
      <Table withTableBorder striped verticalSpacing={6} data-testid="jakon-breakdown" style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contributions.jakon.tier')}</Table.Th>
            <Table.Th ta="right">{t('contributions.col.rate')}</Table.Th>
            <Table.Th ta="right">{t('contributions.jakon.portion')}</Table.Th>
            <Table.Th ta="right">{t('contributions.jakon.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.tiers.map((x) => (
            <Table.Tr key={x.ruleUid} c={x.portion === 0 ? 'dimmed' : undefined}>
              <Table.Td>{tierText(x.tierFrom, x.tierTo, t)}</Table.Td>
              <Table.Td ta="right">{formatRateMicro(x.rateMicro)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(x.portion)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(x.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td colSpan={2}>{t('contributions.col.total')}</Table.Td>
            <Table.Td ta="right">{formatRupiah(result.input.contractValue)}</Table.Td>
            <Table.Td ta="right">{formatRupiah(total)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </>
  );
}
