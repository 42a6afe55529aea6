import { Badge, Group, Text } from '@mantine/core';
import { formatDay } from '../format.ts';

// A coverage input's status cell, the same for denominators and aggregate rows: in use or retired
// (with its date), and whether a frozen month used it (its numbers can then no longer change).

export function InputStatus({ retiredAt, usedBySnapshot, activeLabel, retiredLabel, frozenLabel, testId }: {
  retiredAt: string | null;
  usedBySnapshot: boolean;
  activeLabel: string;
  retiredLabel: string;
  frozenLabel: string;
  testId?: string;
}) {
  return (
    <Group gap={4}>
      <Badge variant="light" color={retiredAt ? 'gray' : 'green'} style={{ overflow: 'visible' }} data-testid={testId}>
        {retiredAt ? retiredLabel : activeLabel}
      </Badge>
      {retiredAt ? (
        <Text size="xs" c="dimmed">
          {formatDay(retiredAt)}
        </Text>
      ) : null}
      {usedBySnapshot ? (
        // Longer than the column: the words wrap inside the badge rather than end in "…".
        <Badge variant="light" color="blue" h="auto" py={2} styles={{ root: { overflow: 'visible', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } }} data-testid="input-frozen-badge">
          {frozenLabel}
        </Badge>
      ) : null}
    </Group>
  );
}
