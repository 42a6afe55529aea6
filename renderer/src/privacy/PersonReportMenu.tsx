import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/error-text.ts';
import { usePersonReport } from './queries.ts';
import './messages.ts';

// "Laporan data pribadi" on the person's page: PDF or XLSX, made in core (audited) and saved
// like an export's file.

export function PersonReportMenu({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const report = usePersonReport();
  const make = (format: 'pdf' | 'xlsx') =>
    report.mutate(
      { uid, format },
      {
        onSuccess: ({ fileName, saved }) => {
          if (saved) notifications.show({ color: 'green', title: t('privasi.report.button'), message: t('privasi.report.done', { file: fileName }) });
        },
        onError: (error) => notifications.show({ color: 'red', title: t('privasi.report.failed'), message: errorText(error) }),
      },
    );
  return (
    <Menu>
      <Menu.Target>
        <Button variant="default" loading={report.isPending} data-testid="person-report">
          {t('privasi.report.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={320}>
        <Menu.Label style={{ whiteSpace: 'normal' }}>{t('privasi.report.hint')}</Menu.Label>
        <Menu.Item onClick={() => make('pdf')} data-testid="person-report-pdf">
          {t('privasi.report.pdf')}
        </Menu.Item>
        <Menu.Item onClick={() => make('xlsx')} data-testid="person-report-xlsx">
          {t('privasi.report.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
