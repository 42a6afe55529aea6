import { Badge, Group, Menu, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { splitValues } from './count-split.ts';
import type { CountBy, RegisterCounts } from './register-config.ts';
import './messages.ts';

// Counts of the view by one column (a status, a category), always shown; a click filters on that
// value, a second click or "Semua" clears it. Badges never shrink: on a narrow screen the
// bar wraps to a second line rather than cut a label or a count. A long list (the worker
// register's two dozen categories) shows its largest values and the one filtered on; the rest
// are one "Lainnya" menu, so the bar stays a line or two and the grid keeps its rows.

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
  const { shown, more } = splitValues(countBy.values, counts?.values, active);
  const countOf = (value: string) => (counts ? (counts.values[value] ?? 0) : undefined);
  return (
    <Group gap={6} role="group" aria-label={label} data-testid={testId} style={{ minWidth: 0 }}>
      <CountButton label={t('registers.countsAll')} count={counts?.total} active={active === null} color="blue" onClick={() => onPick(null)} />
      {shown.map((value) => (
        <CountButton
          key={value}
          label={t(countBy.labelKey(value))}
          title={countBy.titleKey ? t(countBy.titleKey(value)) : undefined}
          count={countOf(value)}
          active={active === value}
          color={countBy.color(value)}
          onClick={() => onPick(active === value ? null : value)}
        />
      ))}
      {more.length ? (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <UnstyledButton data-testid="count-more" aria-label={t('registers.countsMore', { n: more.length })}>
              <Badge size="lg" color="gray" variant="light" tt="none" style={{ cursor: 'pointer', minWidth: 'max-content' }}>
                {t('registers.countsMore', { n: more.length })} ▾
              </Badge>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown mah={360} style={{ overflowY: 'auto' }}>
            {more.map((value) => (
              <Menu.Item key={value} onClick={() => onPick(value)} rightSection={<b>{countOf(value) === undefined ? '…' : formatNumber(countOf(value)!)}</b>}>
                {t(countBy.labelKey(value))}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      ) : null}
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
