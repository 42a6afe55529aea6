import { ActionIcon, Button, Checkbox, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import type { ColumnState, GridApi } from 'ag-grid-community';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './messages.ts';

// "Kolom": which columns show and in what order (↑ ↓ from the keyboard, or drag a header).
// The list scrolls with its scrollbar always in sight when it is longer than the room, and
// the dropdown never runs past the bottom of the window (a 1366×768 laptop, a short window).

/** The list's height when there is room. */
const listMax = 360;
/** The dropdown around the list: title, hint, reset button, padding. */
const dropdownChrome = 150;
const listMin = 120;

export function ColumnChooser<Row>({ api, columns, onReset }: { api: GridApi<Row> | null; columns: ColumnState[]; onReset: () => void }) {
  const { t } = useTranslation();
  // Room below the button, from the popover's size middleware.
  const [room, setRoom] = useState<number | null>(null);
  const listHeight = room === null ? listMax : Math.max(listMin, Math.min(listMax, room - dropdownChrome));
  return (
    <Popover
      position="bottom-end"
      shadow="md"
      withinPortal
      trapFocus
      // No flip: above the button there is even less room; the list gets shorter instead.
      middlewares={{ flip: false, shift: true, size: { padding: 8, apply: ({ availableHeight }) => setRoom(Math.floor(availableHeight)) } }}
    >
      <Popover.Target>
        <Button variant="default" size="sm">
          {t('registers.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} role="group" aria-label={t('registers.columnsTitle')}>
          <Text size="sm" fw={600}>
            {t('registers.columnsTitle')}
          </Text>
          <ScrollArea.Autosize mah={listHeight} type="auto" offsetScrollbars>
            <Stack gap={6}>
              {columns.map((c, i) => {
                const column = api?.getColumn(c.colId);
                if (!column || column.getColDef().suppressColumnsToolPanel) return null; // a filter-only column
                const name = column.getColDef().headerName ?? c.colId;
                const locked = column.getColDef().lockVisible === true; // the pinned name stays first
                const move = (to: number) => api?.moveColumns([c.colId], to);
                return (
                  <Group key={c.colId} gap={4} wrap="nowrap" justify="space-between">
                    <Checkbox label={name} checked={!c.hide} disabled={locked} onChange={(e) => api?.setColumnsVisible([c.colId], e.currentTarget.checked)} />
                    {locked ? null : (
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('registers.moveUp', { column: name })} disabled={i <= 1} onClick={() => move(i - 1)}>
                          ↑
                        </ActionIcon>
                        <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('registers.moveDown', { column: name })} disabled={i === columns.length - 1} onClick={() => move(i + 1)}>
                          ↓
                        </ActionIcon>
                      </Group>
                    )}
                  </Group>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
          <Text size="xs" c="dimmed" maw={240}>
            {t('registers.columnsHint')}
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={onReset}>
            {t('registers.columnsReset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
