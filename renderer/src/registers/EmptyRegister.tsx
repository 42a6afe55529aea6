import { Button, Group, Paper, Stack, Text, Title, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// An empty register: what it is for and the first steps, each a button with a line on what it does.

export interface EmptyStep {
  /** i18n keys of the button and of its line. */
  label: string;
  hint: string;
  variant?: ButtonProps['variant'];
  onClick: () => void;
}

export function EmptyRegister({ title, intro, steps, testId }: { title: string; intro: string; steps: EmptyStep[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" maw={760} data-testid={testId}>
      <Stack>
        <Title order={2} size="h3">{t(title)}</Title>
        <Text>{t(intro)}</Text>
        <Stack gap="sm">
          {steps.map((step) => (
            <Group key={step.label} wrap="nowrap" align="flex-start">
              <Button w={220} style={{ flexShrink: 0 }} variant={step.variant ?? 'default'} onClick={step.onClick}>
                {t(step.label)}
              </Button>
              <Text size="sm" c="dimmed">
                {t(step.hint)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
