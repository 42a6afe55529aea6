import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PersonDetail } from '../../../../core/api/workers.ts';
import { RegisterShell, type RegisterShellHandle } from '../../registers/RegisterShell.tsx';
import { WorkerDemoModal } from './WorkerDemoModal.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { workerPath, workerRegister } from './worker-register.ts';

// Register pekerja: the shared register screen with the worker's configuration, its form for
// a new person, and demo data for an empty register.

export function WorkersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [formOpen, setFormOpen] = useState(false);
  const [demoOpen, setDemoOpen] = useState(false);
  const shell = useRef<RegisterShellHandle | null>(null);
  const openNew = useCallback(() => setFormOpen(true), []);

  const onSaved = (saved: PersonDetail) => {
    setFormOpen(false);
    shell.current?.refresh();
    notifications.show({
      color: 'green',
      title: t('pekerja.form.savedTitle'),
      message: (
        <Anchor component="button" type="button" size="sm" onClick={() => navigate(workerPath(saved.person.uid))}>
          {t('pekerja.form.savedOpen', { name: saved.person.name })}
        </Anchor>
      ),
    });
  };

  return (
    <RegisterShell
      ref={shell}
      config={workerRegister}
      onAdd={openNew}
      keyboardEnabled={!formOpen && !demoOpen}
      extraSteps={[{ label: 'pekerja.empty.demo', hint: 'pekerja.empty.demoHint', variant: 'light', onClick: () => setDemoOpen(true) }]}
    >
      <PersonFormModal opened={formOpen} uid={null} onClose={() => setFormOpen(false)} onSaved={onSaved} onOpenOther={(uid) => void navigate(workerPath(uid))} />
      <WorkerDemoModal opened={demoOpen} onClose={() => setDemoOpen(false)} />
    </RegisterShell>
  );
}
