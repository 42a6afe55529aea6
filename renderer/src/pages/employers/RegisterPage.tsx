import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Employer } from '../../../../core/api/employers.ts';
import { RegisterShell, type RegisterShellHandle } from '../../registers/RegisterShell.tsx';
import { DemoModal } from './DemoModal.tsx';
import { EmployerFormModal } from './EmployerFormModal.tsx';
import { employerRegister } from './employer-register.ts';
import { employerPath } from './shared.tsx';

// Register perusahaan: the shared register screen with the employer's configuration, its form
// for a new employer, and demo data for an empty register.

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [formOpen, setFormOpen] = useState(false);
  const [demoOpen, setDemoOpen] = useState(false);
  const shell = useRef<RegisterShellHandle | null>(null);
  const openNew = useCallback(() => setFormOpen(true), []);

  const onSaved = (employer: Employer) => {
    setFormOpen(false);
    shell.current?.refresh();
    notifications.show({
      color: 'green',
      title: t('employers.form.savedTitle'),
      message: (
        <Anchor component="button" type="button" size="sm" onClick={() => navigate(employerPath(employer.uid))}>
          {t('employers.form.savedOpen', { name: employer.name })}
        </Anchor>
      ),
    });
  };

  return (
    <RegisterShell
      ref={shell}
      config={employerRegister}
      onAdd={openNew}
      keyboardEnabled={!formOpen && !demoOpen}
      extraSteps={[{ label: 'employers.empty.demo', hint: 'employers.empty.demoHint', variant: 'light', onClick: () => setDemoOpen(true) }]}
    >
      <EmployerFormModal opened={formOpen} uid={null} onClose={() => setFormOpen(false)} onSaved={onSaved} onOpenOther={(uid) => void navigate(employerPath(uid))} />
      <DemoModal opened={demoOpen} onClose={() => setDemoOpen(false)} />
    </RegisterShell>
  );
}
