import { Center, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../../components/PageTitle.tsx';

/** The one card of a screen before the app opens: first administrator, sign-in, forced password change. */
export function AuthCard({ title, intro, children, testId }: { title: string; intro: string; children: ReactNode; testId: string }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440} data-testid={testId}>
        <Stack gap="md">
          <PageTitle>{title}</PageTitle>
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
