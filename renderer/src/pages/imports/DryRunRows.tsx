import { Badge, Pagination, Stack, Table, Tabs, Text, type MantineColor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunResult, DryRunRow, ImportFieldInfo, RowProblem, RowStatus } from '../../../../core/api/imports.ts';
import { formatNumber } from '../../format.ts';
import { inLanguage } from '../audit/words.ts';
import { useLocalized, useProblemText } from './shared.ts';

const statusColor: Record<RowStatus, MantineColor> = { new: 'green', changed: 'blue', unchanged: 'gray', invalid: 'red', review: 'orange', skipped: 'gray' };

type Filter = 'all' | RowStatus | 'warnings';
const allFilters: Filter[] = ['all', 'new', 'changed', 'review', 'unchanged', 'invalid', 'warnings', 'skipped'];
const pageSize = 50;
/** Errors (why the row is refused) before warnings. */
const bySeverity = (a: RowProblem, b: RowProblem) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
const hasWarning = (r: DryRunRow) => r.problems.some((p) => p.severity === 'warning');
/** Changed fields without a before → after of their own (a period added). */
const unsaid = (r: DryRunRow) => r.changedFields.filter((f) => !r.changes?.some((c) => c.field === f));
// Rows that are no data are counted apart: only their own tab lists them.
const matches = (r: DryRunRow, f: Filter) => (f === 'all' ? r.status !== 'skipped' : f === 'warnings' ? r.status !== 'skipped' && hasWarning(r) : r.status === f);

/**
 * The dry run's rows by status. Each tab's count is the whole file's (the summary); the rows
 * listed are those the dry run kept (the first of each status, in file order), and a tab says
 * so when it lists fewer than its count.
 */
export function DryRunRows({ result, fields }: { result: DryRunResult; fields: ImportFieldInfo[] }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const problemText = useProblemText();
  const { summary } = result;
  const [filter, setFilter] = useState<Filter>(summary.invalid ? 'invalid' : 'all');
  const [page, setPage] = useState(1);

  const total = (f: Filter) => (f === 'all' ? summary.total : summary[f]);
  // "To review" only where a register holds rows for review and this file has some.
  const filters = allFilters.filter((f) => (f !== 'review' && f !== 'skipped') || summary[f] > 0);
  const rows = result.rows.filter((r) => matches(r, filter));
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  // A column of the file, else a field of the record it writes (a person's sex as typed), named as its history names it.
  const fieldLabel = (key: string) => {
    const f = fields.find((x) => x.key === key);
    return f ? localized(f.label) : i18n.exists(`audit.fields.${key}`) ? t(`audit.fields.${key}`) : key;
  };
  const leftOut = rows.length < total(filter);
  const leftOutText =
    filter === 'all'
      ? t('imports.check.shownAll', { shown: formatNumber(rows.length), total: formatNumber(total(filter)) })
      : filter === 'warnings'
        ? t('imports.check.shownWarnings', { shown: formatNumber(rows.length), total: formatNumber(total(filter)) })
        : t('imports.check.shownFirst', { shown: formatNumber(rows.length), total: formatNumber(total(filter)) });

  return (
    <Stack gap="xs">
      <Tabs
        value={filter}
        onChange={(v) => {
          setFilter((v as Filter | null) ?? 'all');
          setPage(1);
        }}
        variant="outline"
      >
        <Tabs.List aria-label={t('imports.check.filter')}>
          {filters.map((f) => (
            <Tabs.Tab key={f} value={f} data-testid={`tab-${f}`} color={f === 'all' || f === 'warnings' ? undefined : statusColor[f]}>
              {t(`imports.check.tab.${f}`, { n: formatNumber(total(f)) })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {/* A known record's row: what it leaves empty is kept, which a clerk cannot tell from the lines alone. */}
      {(filter === 'changed' || filter === 'unchanged') && total(filter) > 0 ? (
        <Text size="sm" c="dimmed" data-testid="blank-keeps">
          {t('imports.check.blankKeeps')}
        </Text>
      ) : null}
      {leftOut && rows.length > 0 ? (
        <Text size="sm" c="dimmed" data-testid="rows-left-out">
          {leftOutText} {filter === 'invalid' ? t('imports.check.errorFileHasAll') : null}
        </Text>
      ) : null}
      <Table withTableBorder striped verticalSpacing={6} data-testid="dry-run-rows" aria-label={t('imports.check.heading')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('imports.check.colRow')}</Table.Th>
            <Table.Th w={130}>{t('imports.check.colStatus')}</Table.Th>
            <Table.Th w="26%">{t('imports.check.colName')}</Table.Th>
            <Table.Th>{t('imports.check.colDetail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text size="sm" c="dimmed">
                  {t('imports.check.noRowsFilter')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            shown.map((r) => (
              <Table.Tr key={r.rowNumber} data-row={r.rowNumber}>
                <Table.Td>{r.rowNumber}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[r.status]} variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                    {t(`imports.check.status.${r.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.name}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {[...r.problems].sort(bySeverity).map((p, i) => (
                      <Text key={i} size="sm" c={r.status === 'skipped' ? 'dimmed' : p.severity === 'error' ? 'red.8' : 'orange.8'} data-testid="row-problem">
                        <Text span fw={600} size="sm">
                          {r.status === 'skipped' ? t('imports.check.skippedLabel') : p.severity === 'error' ? t('imports.check.error') : t('imports.check.warning')}:
                        </Text>{' '}
                        {problemText(r.rowNumber, p)}
                      </Text>
                    ))}
                    {r.changes?.length ? (
                      // Each field the row changes, as the record's history will say it: before → after.
                      // Its days as core writes them (dd/mm/yyyy), as the row's warnings beside it
                      // and the error file say theirs: one list, one way of writing a day.
                      <Stack gap={0} data-testid="row-changes">
                        {r.changes.map((c, i) => (
                          <Text key={i} size="sm" c="blue.8" data-field={c.field}>
                            <Text span fw={600} size="sm">
                              {inLanguage(c.label, i18n.language)}:
                            </Text>{' '}
                            {inLanguage(c.shownBefore, i18n.language)} → {inLanguage(c.shownAfter, i18n.language)}
                          </Text>
                        ))}
                      </Stack>
                    ) : null}
                    {/* What has no before → after of its own: a period added, named by the field that holds it. */}
                    {unsaid(r).length ? (
                      <Text size="sm" c="blue.8">
                        {t('imports.check.changedFields', { list: unsaid(r).map(fieldLabel).join(', ') })}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
      {pages > 1 ? <Pagination total={pages} value={page} onChange={setPage} size="sm" /> : null}
    </Stack>
  );
}
