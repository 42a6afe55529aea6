import { Loader, Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

// A list of records as a table: while loading, its error, the empty message, or the header and
// a row per record. A page gives its query, the column titles and how a record becomes a row.

interface Props<T> {
  query: { isPending: boolean; error: unknown; data: readonly T[] | undefined };
  empty: string;
  titles: string[];
  /** Adds a last, unlabelled header cell for the row's actions, named for screen readers. */
  actionsLabel?: string | undefined;
  testId: string;
  /** Shown above the table when there are records (a total). */
  above?: (records: readonly T[]) => ReactNode;
  row: (record: T) => ReactNode;
}

export function ListTable<T>({ query, empty, titles, actionsLabel, testId, above, row }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <Loader aria-label={t('common.loading')} />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const records = query.data ?? [];
  if (!records.length) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">{empty}</Text>
      </Paper>
    );
  }
  return (
    <>
      {above?.(records)}
      <Paper withBorder>
        <Table striped highlightOnHover data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {titles.map((title) => (
                <Table.Th key={title}>{title}</Table.Th>
              ))}
              {actionsLabel ? <Table.Th aria-label={actionsLabel} /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{records.map(row)}</Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
