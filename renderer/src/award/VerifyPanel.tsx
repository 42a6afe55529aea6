import { Alert, Button, Code, FileButton, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiCallError, request, uploadFile } from '../api/client.ts';
import { sayMessage } from '../i18n/index.ts';
import { useOfficeZone } from '../api/queries.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatMonth } from '../coverage/coverage-format.ts';
import { formatTimestamp } from '../format.ts';

// "Periksa paket": a package ZIP picked, staged, checked file by file against its manifest; the
// report lists what changed, what is missing and what was added, and says whether this app built
// this very file (a manifest written again after a change matches itself, not that record).

function Files({ title, files, testId }: { title: string; files: string[]; testId: string }) {
  if (files.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm">
        {files.map((f) => (
          <List.Item key={f}>
            <Code>{f}</Code>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

export function VerifyPanel() {
  const { t, i18n } = useTranslation();
  const zone = useOfficeZone();
  const verify = useMutation({
    mutationFn: async (file: File) => {
      const staged = await uploadFile(file);
      if (!staged.ok) throw new ApiCallError(staged.error);
      return request('award.verify', { fileToken: staged.data.token });
    },
  });
  const report = verify.data;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('paritrana.pkg.verifyTitle')} data-testid="verify-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('paritrana.pkg.verifyTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('paritrana.pkg.verifyIntro')}
        </Text>
        <FileButton accept=".zip,application/zip" onChange={(file) => file && verify.mutate(file)}>
          {(props) => (
            <Button variant="default" w="fit-content" loading={verify.isPending} {...props} data-testid="package-verify">
              {t('paritrana.pkg.verify')}
            </Button>
          )}
        </FileButton>
        <ErrorAlert error={verify.error} />
        {report ? (
          // Intact by its manifest yet not a file this app built: a warning, not a pass.
          <Alert color={!report.ok ? 'red' : report.builtHere === null ? 'yellow' : 'green'} title={report.ok ? undefined : t('paritrana.pkg.verifyBad')} data-testid="verify-report">
            <Stack gap="xs">
              {report.problem ? <Text size="sm">{sayMessage(report.problem)}</Text> : null}
              {report.ok ? <Text size="sm">{t('paritrana.pkg.verifyOk', { files: report.files })}</Text> : null}
              {report.cycle ? (
                <Text size="sm" c="dimmed">
                  {t('paritrana.pkg.verifyOf', { edition: report.cycle.edition, when: formatTimestamp(report.cycle.approvedAt, zone), month: formatMonth(report.cycle.snapshotMonth, i18n.language) })}
                </Text>
              ) : null}
              {report.builtHere ? (
                <Text size="sm" data-testid="verify-built-here">
                  {t('paritrana.pkg.builtHere', { when: formatTimestamp(report.builtHere.at, zone), by: report.builtHere.by })}
                </Text>
              ) : null}
              {report.ok && report.builtHere === null ? (
                <Text size="sm" fw={600} data-testid="verify-not-built-here">
                  {t('paritrana.pkg.notBuiltHere')}
                </Text>
              ) : null}
              <Files title={t('paritrana.pkg.changed', { count: report.changed.length })} files={report.changed} testId="verify-changed" />
              <Files title={t('paritrana.pkg.missing', { count: report.missing.length })} files={report.missing} testId="verify-missing" />
              <Files title={t('paritrana.pkg.extra', { count: report.extra.length })} files={report.extra} testId="verify-extra" />
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
