import { Alert, Button, Card, Checkbox, List, Loader, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import './messages.ts';

// The administrator turns encryption at rest on. What a lost key means comes first, in plain
// words, and the button waits for a confirmation that the passphrase is written down. The
// database is converted at the next start (the running app holds it open).
export function EncryptionPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const status = useQuery({ queryKey: ['encryption.status'], queryFn: () => request('encryption.status', {}) });
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const turnOn = useMutation({
    mutationFn: () => request('encryption.turnOn', { passphrase, confirmLostKey: true }),
    onSuccess: (data) => client.setQueryData(['encryption.status'], data),
  });
  if (status.isPending) return <Loader aria-label={t('common.loading')} />;
  if (status.isError) return <Alert color="red">{errorText(status.error)}</Alert>;
  const s = status.data;
  const tooShort = passphrase.length > 0 && passphrase.length < 12;
  const mismatch = again.length > 0 && again !== passphrase;
  const ready = passphrase.length >= 12 && again === passphrase && confirmed;
  return (
    <Stack maw={760}>
      <PageTitle>{t('encryption.title')}</PageTitle>
      <Text>{t('encryption.intro')}</Text>
      {s.on ? (
        <Alert color="green">{t('encryption.statusOn', { by: s.wrappedBy.map((b) => t(b === 'keystore' ? 'encryption.byKeystore' : 'encryption.byPassphrase')).join(', ') })}</Alert>
      ) : s.pending ? (
        <Alert color="blue">{t('encryption.statusPending')}</Alert>
      ) : (
        <>
          <Alert color="gray">{t('encryption.statusOff')}</Alert>
          <Alert color="red" title={t('encryption.lostTitle')}>
            <List spacing={4}>
              <List.Item>{t('encryption.lost1', { keystore: s.keystoreAvailable ? t('encryption.lostKeystore') : '' })}</List.Item>
              {/* Where no keystore wraps the key (lindung serve, the CLI) only the passphrase opens it. */}
              <List.Item fw={600}>{t(s.keystoreAvailable ? 'encryption.lost2' : 'encryption.lost2PassphraseOnly')}</List.Item>
              <List.Item>{t('encryption.lost3')}</List.Item>
            </List>
          </Alert>
          <Card withBorder>
            <Stack>
              <PasswordInput label={t('encryption.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} error={tooShort ? t('encryption.tooShort') : null} autoComplete="new-password" />
              <PasswordInput label={t('encryption.passphraseAgain')} value={again} onChange={(e) => setAgain(e.currentTarget.value)} error={mismatch ? t('encryption.mismatch') : null} autoComplete="new-password" />
              <Checkbox label={t(s.keystoreAvailable ? 'encryption.confirm' : 'encryption.confirmPassphraseOnly')} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
              {turnOn.isError && <Alert color="red">{errorText(turnOn.error)}</Alert>}
              <Button color="red" disabled={!ready} loading={turnOn.isPending} onClick={() => turnOn.mutate()} style={{ alignSelf: 'flex-start' }}>
                {t('encryption.turnOn')}
              </Button>
            </Stack>
          </Card>
        </>
      )}
      {turnOn.isSuccess && <Alert color="blue">{t('encryption.turnedOn')}</Alert>}
    </Stack>
  );
}
