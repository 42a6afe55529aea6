import { Anchor, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

// One part of Beranda: a bordered card with its heading (h2 under the page's h1, in an h4's size), what it
// says, and at its foot the link to the page where the work is done.

interface Props {
  title: string;
  testId: string;
  /** The page this part comes from, and the link's words; none: no link (the role may not open it). */
  link?: { to: string; label: string } | null;
  children: ReactNode;
}

export function HomeCard({ title, testId, link, children }: Props) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="sm" h="100%">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Stack gap="xs" style={{ flex: 1 }}>
          {children}
        </Stack>
        {link ? (
          <Group justify="flex-end">
            <Anchor component={Link} to={link.to} size="sm" data-testid={`${testId}-link`}>
              {link.label} →
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
