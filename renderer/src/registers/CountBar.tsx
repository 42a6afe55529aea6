import { Badge, Group, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import type { CountBy, RegisterCounts } from './register-config.ts';
import './messages.ts';

// Counts of the view by one column (a status, a category), always shown; a click filters on that
// value, a second click or "Semua" clears it. Badges never shrink: on a narrow screen the
// bar wraps to a second line rather than cut a label or a count.

interface Props {
  countBy: CountBy;
  counts: RegisterCounts | undefined;
  /** The value filtered on now (null: none). */
  active: string | null;
  onPick: (value: string | null) => void;
  label: string;
  testId: string;
}

export function CountBar({ countBy, counts, active, onPick, label, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={6} role="group" aria-label={label} data-testid={testId} style={{ minWidth: 0 }}>
      <CountButton label={t('registers.countsAll')} count={counts?.total} active={active === null} color="blue" onClick={() => onPick(null)} />
      {countBy.values.map((value) => (
        <CountButton
          key={value}
          label={t(countBy.labelKey(value))}
          title={countBy.titleKey ? t(countBy.titleKey(value)) : undefined}
          count={counts ? (counts.values[value] ?? 0) : undefined}
          active={active === value}
          color={countBy.color(value)}
          onClick={() => onPick(active === value ? null : value)}
        />
      ))}
    </Group>
  );
}

function CountButton({ label, title, count, active, color, onClick }: { label: string; title?: string | undefined; count: number | undefined; active: boolean; color: string; onClick: () => void }) {
  return (
    <UnstyledButton onClick={onClick} aria-pressed={active} title={title} data-testid="count-button">
      <Badge
        size="lg"
        color={color}
        variant={active ? 'filled' : 'light'}
        tt="none"
        style={{ cursor: 'pointer', minWidth: 'max-content' }}
        rightSection={<b>{count === undefined ? '…' : formatNumber(count)}</b>}
      >
        {label}
      </Badge>
    </UnstyledButton>
  );
}
