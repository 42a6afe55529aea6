import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCan } from '../api/auth.ts';
import { PageTitle } from '../components/PageTitle.tsx';

// The top of a register's record page: back to the register, the record's name with its
// badges, a line of what identifies it, and the actions on it. The register brings them all;
// the actions that change the record (edit, status) show only to a user who may change records
// (records.write: never a pemantau, whom the server refuses anyway).

/** "← Register …" back to the register's list. */
export function RecordBackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {label}
    </Anchor>
  );
}

interface RecordHeaderProps {
  name: string;
  nameTestId: string;
  /** Beside the name (status badges). */
  badges: ReactNode;
  /** What identifies the record, joined with " · " (empty parts left out). */
  summary: (string | null | undefined)[];
  /** On the right: edit, the status actions; only for a user who may change records. */
  actions: ReactNode;
  /** Beside them, actions that change nothing (a report of the record), each behind its own permission. */
  readActions?: ReactNode;
}

export function RecordHeader({ name, nameTestId, badges, summary, actions, readActions = null }: RecordHeaderProps) {
  const canWrite = useCan('records.write');
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={4}>
        <Group gap="sm">
          <PageTitle data-testid={nameTestId}>
            {name}
          </PageTitle>
          {badges}
        </Group>
        <Text size="sm" c="dimmed">
          {summary.filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      <Group gap="xs" wrap="nowrap" data-testid="record-actions">
        {canWrite ? actions : null}
        {readActions}
      </Group>
    </Group>
  );
}
