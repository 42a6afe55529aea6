import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegulationDetail } from '../../../../core/api/regulations.ts';
import { downloadFile, request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import type { DemoConfig } from '../../registers/DemoModal.tsx';
import { RegisterPage } from '../../registers/RegisterPage.tsx';
import { DocumentTextSearchButton } from './DocumentTextSearch.tsx';
import { JdihnImportModal } from './JdihnImportModal.tsx';
import { RegulationFormModal } from './RegulationFormModal.tsx';
import { regulationImport } from './regulation-import.ts';
import { regulationRegister } from './regulation-register.ts';

// Register regulasi: the shared register page with the regulation's configuration and form,
// demo records for an empty register, the JDIHN exchange (import and export of the JSON), and
// the search inside the regulations' documents.

// A fixed set of real regulations (no number to ask).
const regulationDemo: DemoConfig = { start: () => request('regulations.demo', {}), importScreen: regulationImport };
const savedRegulation = (saved: RegulationDetail) => ({ uid: saved.regulation.uid, name: saved.label });

export function RegulationsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [importing, setImporting] = useState(false);
  const exportJdihn = async () => {
    try {
      const file = await request('regulations.jdihn.export', {});
      if (await downloadFile(file.token, file.fileName)) notifications.show({ color: 'green', message: t('regulasi.register.jdihnExported') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };
  // The JDIHN exchange is one menu among the register's buttons, in their style.
  const jdihn = (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection="▾" data-testid="jdihn-menu">
          {t('regulasi.register.jdihnMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => setImporting(true)} data-testid="jdihn-import">
          {t('regulasi.register.jdihnImport')}
        </Menu.Item>
        <Menu.Item onClick={() => void exportJdihn()} data-testid="jdihn-export">
          {t('regulasi.register.jdihnExport')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
  return (
    <>
      <RegisterPage
        config={regulationRegister}
        words="regulasi"
        demo={regulationDemo}
        form={(props) => <RegulationFormModal uid={null} {...props} />}
        savedRecord={savedRegulation}
        toolbarExtra={
          <>
            <DocumentTextSearchButton />
            {jdihn}
          </>
        }
      />
      <JdihnImportModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}
