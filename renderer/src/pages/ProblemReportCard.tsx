import { Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, request } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

// "Kirim laporan masalah": the backend writes a ZIP of the application log and versions
// (core/logs/problem-report.ts), offered like an export's file.
export function ProblemReportCard() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const send = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const file = await request('app.problemReport', {});
      if (await downloadFile(file.token, file.fileName)) setSaved(file.fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder>
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>{t('about.problemTitle')}</Text>
        <Text size="sm">{t('about.problemText')}</Text>
        <Button variant="light" onClick={() => void send()} loading={busy}>
          {t('about.problemButton')}
        </Button>
        {saved ? (
          <Text size="sm" c="green.8" role="status" data-testid="problem-report-saved">
            {t('about.problemSaved', { file: saved })}
          </Text>
        ) : null}
        <ErrorAlert error={error} role="alert" />
      </Stack>
    </Card>
  );
}
