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
  /** The register's i18n namespace: `<ns>.form.savedTitle`, `<ns>.form.savedOpen` ({{name}}) for the toast after saving, `<ns>.empty.demo(Hint)` for the empty register's demo step, and the demo's words (DemoModal). */
  words: string;
  demo: DemoConfig;
  /** The register's form for a new record. */
  form: (props: Omit<RecordFormModalProps<Saved>, 'uid'>) => ReactNode;
  /** The saved record's uid and name, for the toast. */
  savedRecord: (saved: Saved) => { uid: string; name: string };
  /** The register's own links beside the toolbar's buttons. */
  toolbarExtra?: ReactNode;
  /** A line under the title about the view (RegisterShell). */
  notice?: ReactNode;
}

export function RegisterPage<Row extends { uid: string }, Options, Saved>({ config, words, demo, form, savedRecord, toolbarExtra, notice }: Props<Row, Options, Saved>) {
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
      title: t(`${words}.form.savedTitle`),
      message: (
        <Anchor component="button" type="button" size="sm" onClick={() => navigate(detail(record.uid))}>
          {t(`${words}.form.savedOpen`, { name: record.name })}
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
      toolbarExtra={toolbarExtra}
      notice={notice}
      extraSteps={[{ label: `${words}.empty.demo`, hint: `${words}.empty.demoHint`, variant: 'light', onClick: () => setDemoOpen(true) }]}
    >
      {form({ opened: formOpen, onClose: () => setFormOpen(false), onSaved, onOpenOther: (uid) => void navigate(detail(uid)) })}
      <DemoModal demo={demo} words={words} opened={demoOpen} onClose={() => setDemoOpen(false)} />
    </RegisterShell>
  );
}
