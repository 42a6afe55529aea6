import { Button, Menu, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthStatus, useSetAuthStatus } from '../../api/auth.ts';
import { request } from '../../api/client.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import './messages.ts';

/** The signed-in user in the header: change password, lock now, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const status = useAuthStatus().data;
  const setStatus = useSetAuthStatus();
  const [changing, setChanging] = useState(false);
  const lock = useMutation({ mutationFn: () => request('auth.lock', {}), onSuccess: setStatus });
  const signOut = useMutation({ mutationFn: () => request('auth.signOut', {}), onSuccess: setStatus });
  if (!status?.user) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" aria-label={t('accounts.menu.label', { name: status.user.displayName, role: t(`accounts.roles.${status.user.role}`) })} data-testid="user-menu">
            {status.user.displayName} · {t(`accounts.roles.${status.user.role}`)}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setChanging(true)}>{t('accounts.menu.changePassword')}</Menu.Item>
          <Menu.Item onClick={() => lock.mutate()}>{t('accounts.menu.lockNow')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => signOut.mutate()}>
            {t('accounts.menu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title={t('accounts.change.title')}>
        <ChangePasswordForm
          onCancel={() => setChanging(false)}
          onDone={() => {
            setChanging(false);
            notifications.show({ color: 'green', message: t('accounts.change.done') });
          }}
        />
      </Modal>
    </>
  );
}
