import { Alert, Anchor, Badge, Button, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RegulationDocumentHit } from '../../../../core/api/regulations.ts';
import { useErrorText } from '../../api/error-text.ts';
import { core } from './regulation-columns.tsx';
import { regulationPath } from './regulation-register.ts';
import { useRegulationDocumentSearch } from './queries.ts';

// Cari di isi dokumen: words inside the regulations' PDFs (FTS5 over their pages), each hit
// with the regulation's citation, the document, the page and a snippet with the words marked.
// A hit opens the regulation with the viewer at that page.

export function DocumentTextSearchButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} data-testid="regulation-document-search">
        {t('regulasi.register.searchDocs')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('regulasi.register.searchDocsTitle')} size="xl">
        {open ? <DocumentTextSearch onOpen={() => setOpen(false)} /> : null}
      </Modal>
    </>
  );
}

function DocumentTextSearch({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const hits = useRegulationDocumentSearch(debounced);
  const open = (hit: RegulationDocumentHit) => {
    onOpen();
    void navigate(`${regulationPath(hit.regulationUid)}?doc=${encodeURIComponent(hit.documentUid)}&page=${hit.page}`);
  };
  return (
    <Stack>
      <TextInput label={t('regulasi.register.searchDocsLabel')} placeholder={t('regulasi.register.searchDocsPlaceholder')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} data-autofocus data-testid="regulation-document-query" />
      <Text size="xs" c="dimmed">
        {t('regulasi.register.searchDocsHint')}
      </Text>
      {hits.isFetching ? <Loader size="sm" /> : null}
      {hits.isError ? <Alert color="red">{errorText(hits.error)}</Alert> : null}
      {hits.data?.length === 0 ? <Text c="dimmed">{t('regulasi.register.searchDocsNone')}</Text> : null}
      {hits.data?.map((hit) => (
        <Stack key={`${hit.linkUid}-${hit.page}`} gap={2} data-testid="regulation-document-hit">
          <Group gap="xs">
            <Anchor component="button" type="button" fw={600} onClick={() => open(hit)}>
              {hit.regulationLabel}
            </Anchor>
            {hit.recordStatus !== 'aktif' ? (
              <Badge color="red" variant="light" size="sm">
                {core(t, `regulations.recordStatus.${hit.recordStatus}`)}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" lineClamp={1}>
            {hit.judul}
          </Text>
          <Text size="xs" c="dimmed">
            {t('regulasi.register.searchDocsPage', { name: hit.name, page: hit.page })}
          </Text>
          <Text size="sm">
            {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
