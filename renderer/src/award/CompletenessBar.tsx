import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../core/api/award.ts';

// Completeness as a bar with its counts: green when every item is ready, yellow when some are.
// An indicator without evidence counts as one item not ready (core/award/completeness.ts), so
// the text names those indicators beside the items: the percentage is never a puzzle. One
// indicator's bar (compact) says its items only: its own "no evidence yet" line says the rest.

interface Props {
  value: Completeness;
  label?: string;
  testId?: string;
  size?: 'sm' | 'md' | 'lg';
  compact?: boolean;
}

export function CompletenessBar({ value, label, testId, size = 'md', compact = false }: Props) {
  const { t } = useTranslation();
  const counts = { ready: value.ready, items: value.items, without: value.indicatorsWithout, percent: value.percent };
  // Indicators without evidence are named beside the items; with no item at all, said as such (not "0 of 0 items ready").
  const sayWithout = value.indicatorsWithout > 0 && !compact;
  const key = !sayWithout ? 'count' : value.items === 0 ? 'noneYet' : 'countWithout';
  const text = t(`paritrana.completeness.${key}`, counts);
  const colour = value.percent >= 100 ? 'green' : value.percent > 0 ? 'yellow' : 'gray';
  return (
    <div data-testid={testId}>
      <Group justify="space-between" gap={4} wrap="wrap" align="baseline">
        {label ? (
          <Text size="sm" fw={500}>
            {label}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" data-testid={testId ? `${testId}-text` : undefined}>
          {text}
        </Text>
      </Group>
      <Progress value={value.percent} color={colour} size={size} mt={4} aria-label={label ? `${label}: ${text}` : text} />
    </div>
  );
}
