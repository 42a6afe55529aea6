import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

// One block of the dashboard: a heading, an optional hint, its chart or table. Kept whole on a printed page.

export function CoverageSection({ title, hint, testId, children }: { title: string; hint?: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" className="coverage-section" data-testid={testId} component="section" aria-label={title}>
      <Title order={2} size="h4">{title}</Title>
      {hint ? (
        <Text size="xs" c="dimmed" mb="xs">
          {hint}
        </Text>
      ) : null}
      <div style={{ marginTop: hint ? 0 : 8 }}>{children}</div>
    </Paper>
  );
}
