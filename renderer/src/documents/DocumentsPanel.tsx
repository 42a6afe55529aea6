import { Alert, Anchor, Badge, Button, Code, FileButton, Group, Loader, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEntry, DocumentSearchHit } from '../../../core/api/documents.ts';
import { useCan } from '../api/auth.ts';
import { ApiCallError, uploadFile } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { useOfficeZone } from '../api/queries.ts';
import { formatTimestamp } from '../format.ts';
import { DocumentViewer } from './DocumentViewer.tsx';
import { useAttachDocument, useDocuments, useDocumentSearch, useRemoveDocument, useVerifyDocument } from './queries.ts';
import './messages.ts';

// The documents of one record (any register: `entity` names the kind, `uid` the record): attach
// a PDF or scanned page, see each with its hash and integrity, open it, and search their text.

export interface DocumentsPanelProps {
  entity: string;
  uid: string;
  /** The heading (the record's page may call them "Dokumen kantor", "Naskah peraturan" ...). */
  title?: string;
  /** False hides attach and detach (a closed record); the account's own rights apply anyway. */
  canWrite?: boolean;
  /** Opens this document's viewer at a page once the list is there (a search hit followed here). */
  openAt?: { documentUid: string; page: number } | null;
  /** Shown under "no text layer": the record's own way to type its abstract. */
  noTextAction?: ReactNode;
  /** The heading's level: a section of the page (h2 under its h1 title), or 3 inside a dialog titled h2. */
  headingOrder?: 2 | 3;
}

function VerifyBadge({ entry }: { entry: DocumentEntry }) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  if (entry.verifyStatus === 'changed') return <Badge color="red">{t('documents.verifyChanged')}</Badge>;
  if (entry.verifyStatus === 'missing') return <Badge color="red">{t('documents.verifyMissing')}</Badge>;
  if (entry.verifyStatus === 'ok' && entry.verifiedAt) return <Badge color="green" variant="light">{t('documents.verifyOk', { when: formatTimestamp(entry.verifiedAt, zone) })}</Badge>;
  return <Badge color="gray" variant="light">{t('documents.verifyNever')}</Badge>;
}

function Snippet({ hit }: { hit: DocumentSearchHit }) {
  return (
    <Text size="sm" c="dimmed">
      {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </Text>
  );
}

export function DocumentsPanel({ entity, uid, title, canWrite: allowed = true, openAt = null, noTextAction, headingOrder = 2 }: DocumentsPanelProps) {
  const { t } = useTranslation();
  const canWrite = useCan('records.write') && allowed;
  const errorText = useErrorText();
  const documents = useDocuments(entity, uid);
  const attach = useAttachDocument();
  const remove = useRemoveDocument();
  const verify = useVerifyDocument();
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [viewing, setViewing] = useState<{ entry: DocumentEntry; page: number } | null>(null);
  const [query, setQuery] = useState('');
  const hits = useDocumentSearch(query, { entity, entityUid: uid });
  // A hit followed from elsewhere opens its page once, when the record's documents are listed.
  const [opened, setOpened] = useState<string | null>(null);
  const openKey = openAt ? `${openAt.documentUid}:${openAt.page}` : null;
  useEffect(() => {
    if (!openAt || opened === openKey) return;
    const entry = documents.data?.find((d) => d.documentUid === openAt.documentUid);
    if (!entry) return;
    setOpened(openKey);
    setViewing({ entry, page: openAt.page });
  }, [openAt, openKey, opened, documents.data]);

  const onFile = async (file: File | null) => {
    if (!file) return;
    setFailure(null);
    setUploading(true);
    try {
      const staged = await uploadFile(file);
      if (!staged.ok) throw new ApiCallError(staged.error);
      const entry = await attach.mutateAsync({ entity, entityUid: uid, fileToken: staged.data.token });
      notifications.show({ color: 'green', message: t('documents.attached', { name: entry.name }) });
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setUploading(false);
    }
  };

  const [removing, setRemoving] = useState<DocumentEntry | null>(null);
  const onRemove = (entry: DocumentEntry) => {
    setRemoving(null);
    remove.mutate(entry.linkUid, {
      onSuccess: () => notifications.show({ message: t('documents.removed') }),
      onError: (error) => setFailure(errorText(error)),
    });
  };

  const byDocument = new Map((documents.data ?? []).map((d) => [d.documentUid, d]));
  return (
    <Paper withBorder p="md" aria-label={title ?? t('documents.title')} component="section">
      <Stack>
        <div>
          <Title order={headingOrder} size="h3">
            {title ?? t('documents.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('documents.intro')}
          </Text>
        </div>
        {failure ? (
          <Alert color="red" withCloseButton onClose={() => setFailure(null)} data-testid="documents-error">
            {failure}
          </Alert>
        ) : null}
        {documents.isLoading ? <Loader size="sm" /> : null}
        {documents.data?.length === 0 ? <Text c="dimmed">{t('documents.none')}</Text> : null}
        {documents.data?.map((entry) => (
          <Paper key={entry.linkUid} withBorder p="sm" data-testid="document-row">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={500}>{entry.name}</Text>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="light" onClick={() => setViewing({ entry, page: 1 })}>
                    {t('documents.open')}
                  </Button>
                  <Button size="xs" variant="default" loading={verify.isPending && verify.variables === entry.documentUid} onClick={() => verify.mutate(entry.documentUid, { onError: (e) => setFailure(errorText(e)) })}>
                    {t('documents.verify')}
                  </Button>
                  {canWrite ? (
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(entry)}>
                      {t('documents.remove')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
              <Group gap="xs">
                <Text size="sm">{t('documents.pages', { count: entry.pages })}</Text>
                <Text size="sm">· {t('documents.size', { size: Math.max(1, Math.round(entry.size / 1024)).toLocaleString() })}</Text>
                {entry.otherLinks > 0 ? <Text size="sm">· {t('documents.sharedWith', { count: entry.otherLinks })}</Text> : null}
                <VerifyBadge entry={entry} />
              </Group>
              <Text size="xs">
                {t('documents.sha256')}: <Code data-testid="document-sha256">{entry.sha256}</Code>
              </Text>
              {entry.textStatus === 'no_text' ? (
                <Alert color="yellow" p="xs" data-testid="document-no-text">
                  {entry.mime === 'application/pdf' ? t('documents.noText') : t('documents.image')}
                  {noTextAction && canWrite ? <div style={{ marginTop: 6 }}>{noTextAction}</div> : null}
                </Alert>
              ) : null}
            </Stack>
          </Paper>
        ))}
        {canWrite ? (
          <Group>
            <FileButton onChange={(f) => void onFile(f)} accept="application/pdf,image/jpeg,image/png">
              {(props) => (
                <Button variant="default" loading={uploading} {...props}>
                  {t('documents.attach')}
                </Button>
              )}
            </FileButton>
            {uploading ? <Text size="sm">{t('documents.attaching')}</Text> : null}
          </Group>
        ) : null}
        <TextInput label={t('documents.search')} placeholder={t('documents.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        {hits.data?.length === 0 ? <Text c="dimmed">{t('documents.searchNone')}</Text> : null}
        {hits.data?.map((hit) => (
          <Stack key={`${hit.linkUid}-${hit.page}`} gap={2} data-testid="document-hit">
            <Anchor
              component="button"
              type="button"
              onClick={() => {
                const entry = byDocument.get(hit.documentUid);
                if (entry) setViewing({ entry, page: hit.page });
              }}
            >
              {t('documents.hitPage', { name: hit.name, page: hit.page })}
            </Anchor>
            <Snippet hit={hit} />
          </Stack>
        ))}
      </Stack>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('documents.remove')}>
        <Stack>
          <Text size="sm">{t('documents.removeConfirm', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => removing && onRemove(removing)}>
              {t('documents.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {viewing ? <DocumentViewer entry={viewing.entry} startPage={viewing.page} onClose={() => setViewing(null)} /> : null}
    </Paper>
  );
}
