import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../api/auth.ts';
import { formatNumber } from '../format.ts';
import { DemoModal, type DemoConfig } from '../registers/DemoModal.tsx';
import { liveOnly } from '../registers/filter-models.ts';
import type { FilterModel, RegisterScreenConfig } from '../registers/register-config.ts';
import { useRegisterCounts, useRegisterSize } from '../registers/register-queries.ts';
import { HomeCard } from './HomeCard.tsx';

// One register's size: the records of its opening view (live ones, the register's own "Semua"
// count, from the same query) with a link to it; an empty register offers its first steps as
// the register's own empty state does: import a file, or load demo data.

interface Props<Row extends { uid: string }, Options> {
  config: RegisterScreenConfig<Row, Options>;
  /** i18n key of the register's name (its menu entry). */
  name: string;
  /** The register's i18n namespace (its empty state's and demo's words). */
  words: string;
  path: string;
  /** i18n key of the link's words (the register's import screen's "open the register"). */
  openLabel: string;
  demo: DemoConfig;
}

export function RegisterCard<Row extends { uid: string }, Options>({ config, name, words, path, openLabel, demo }: Props<Row, Options>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canImport = useCan('records.import');
  const [demoOpen, setDemoOpen] = useState(false);
  const client = useQueryClient();
  // Demo data changes more than its register (the latest imports, coverage): the whole page reads again.
  const closeDemo = () => {
    setDemoOpen(false);
    void client.invalidateQueries();
  };
  const live = useMemo(() => liveOnly(config.recordStatus) as FilterModel, [config.recordStatus]);
  const size = useRegisterSize(config);
  const counts = useRegisterCounts(config, live, '');
  const title = t(name);
  const testId = `home-register-${config.key}`;

  return (
    <HomeCard title={title} testId={testId} link={{ to: path, label: t(openLabel) }}>
      {size.isError || counts.isError ? (
        <Text size="sm" c="red">
          {t('beranda.loadFailed')}
        </Text>
      ) : size.data === undefined || counts.data === undefined ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : size.data === 0 ? (
        <Stack gap="xs" data-testid={`${testId}-empty`}>
          <Text size="sm" fw={600}>
            {t(config.texts.emptyTitle)}
          </Text>
          {canImport ? (
            <>
              {config.routes.import ? <Step label={t(config.texts.import)} hint={t(config.texts.emptyImportHint)} onClick={() => void navigate(config.routes.import ?? '')} /> : null}
              <Step label={t(`${words}.empty.demo`)} hint={t(`${words}.empty.demoHint`)} onClick={() => setDemoOpen(true)} variant="light" />
            </>
          ) : null}
        </Stack>
      ) : (
        <Group gap="xs" align="baseline">
          <Text fz={32} fw={700} lh={1.1} c="blue.8" data-testid={`${testId}-count`}>
            {formatNumber(counts.data.total)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('beranda.registers.live')}
          </Text>
        </Group>
      )}
      {canImport ? <DemoModal demo={demo} words={words} opened={demoOpen} onClose={closeDemo} /> : null}
    </HomeCard>
  );
}

function Step({ label, hint, onClick, variant = 'default' }: { label: string; hint: string; onClick: () => void; variant?: 'default' | 'light' }) {
  return (
    <Stack gap={2}>
      <Button size="xs" w="fit-content" variant={variant} onClick={onClick}>
        {label}
      </Button>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}
