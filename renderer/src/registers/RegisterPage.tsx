import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DemoModal, type DemoConfig } from './DemoModal.tsx';
import type { RecordFormModalProps } from './RecordForm.tsx';
import type { RegisterScreenConfig } from './register-config.ts';
import { RegisterShell, type RegisterShellHandle } from './RegisterShell.tsx';

// A register's page: the shared register screen with the register's configuration, its form for
// a new record (a toast after saving opens it), and demo data for an empty register.

interface Props<Row extends { uid: string }, Options, Saved> {
  config: RegisterScreenConfig<Row, Options>;
  demo: DemoConfig;
  /** The register's form for a new record. */
  form: (props: Omit<RecordFormModalProps<Saved>, 'uid'>) => ReactNode;
  /** The saved record's uid and name, for the toast. */
  savedRecord: (saved: Saved) => { uid: string; name: string };
  /** i18n keys of the toast after saving: its title, and the link to the record ({{name}}). */
  savedTexts: { title: string; open: string };
}

export function RegisterPage<Row extends { uid: string }, Options, Saved>({ config, demo, form, savedRecord, savedTexts }: Props<Row, Options, Saved>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [formOpen, setFormOpen] = useState(false);
  const [demoOpen, setDemoOpen] = useState(false);
  const shell = useRef<RegisterShellHandle | null>(null);
  const openNew = useCallback(() => setFormOpen(true), []);
  const detail = config.routes.detail;

  const onSaved = (saved: Saved) => {
    const record = savedRecord(saved);
    setFormOpen(false);
    shell.current?.refresh();
    notifications.show({
      color: 'green',
      title: t(savedTexts.title),
      message: (
        <Anchor component="button" type="button" size="sm" onClick={() => navigate(detail(record.uid))}>
          {t(savedTexts.open, { name: record.name })}
        </Anchor>
      ),
    });
  };

  return (
    <RegisterShell
      ref={shell}
      config={config}
      onAdd={openNew}
      keyboardEnabled={!formOpen && !demoOpen}
      extraSteps={[{ label: demo.texts.step, hint: demo.texts.stepHint, variant: 'light', onClick: () => setDemoOpen(true) }]}
    >
      {form({ opened: formOpen, onClose: () => setFormOpen(false), onSaved, onOpenOther: (uid) => void navigate(detail(uid)) })}
      <DemoModal demo={demo} opened={demoOpen} onClose={() => setDemoOpen(false)} />
    </RegisterShell>
  );
}
