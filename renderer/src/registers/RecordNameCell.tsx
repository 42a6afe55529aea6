import { Anchor, Group, Loader, Text } from '@mantine/core';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import './messages.ts';

// The register's name column: a link to the record; while the row is still on its way from the
// server (a jump to the end of a long register), a loading sign instead of a blank row.

export function RowLoading() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap" h="100%" data-testid="row-loading" aria-busy="true">
      <Loader size={14} type="dots" />
      <Text size="sm" c="dimmed">
        {t('registers.loadingRow')}
      </Text>
    </Group>
  );
}

export function RecordNameCell(props: CustomCellRendererProps<{ uid: string }, string> & { onOpen: (uid: string) => void }) {
  if (!props.data) return <RowLoading />;
  const uid = props.data.uid;
  return (
    <Anchor
      component="button"
      type="button"
      tabIndex={-1}
      size="sm"
      onClick={(e) => {
        e.stopPropagation();
        props.onOpen(uid);
      }}
    >
      {props.value}
    </Anchor>
  );
}
