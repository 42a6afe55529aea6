import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import type { BulkStatusAction } from './register-config.ts';
import './messages.ts';

// "Tindakan": what can be done to every record of the view at once, each with the view's
// count. Reached by Tab; Enter or ArrowDown opens it, the arrows move, Esc closes.

interface Props {
  actions: readonly BulkStatusAction[];
  /** Rows of the view now (null: not counted yet). */
  rows: number | null;
  onPick: (action: BulkStatusAction) => void;
}

export function BulkStatusMenu({ actions, rows, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection="▾">
          {t('registers.bulk.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('registers.bulk.menuLabel')}</Menu.Label>
        {actions.map((action) => (
          <Menu.Item key={action.status} color={action.color} disabled={rows === 0} onClick={() => onPick(action)}>
            {t(action.menu, { n: rows === null ? '…' : formatNumber(rows) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
