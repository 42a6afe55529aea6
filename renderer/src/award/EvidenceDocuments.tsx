import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentsPanel } from '../documents/DocumentsPanel.tsx';
import { useDocuments } from '../documents/queries.ts';
import { awardKeys } from './queries.ts';

// The documents of one evidence item (entity 'award_evidence'): attach PDF, JPEG or PNG, list,
// open, remove. The cycle is read again when the list changes (an item's documents make it filled).
export const evidenceEntity = 'award_evidence';

export function EvidenceDocuments({ cycleUid, itemUid, canWrite }: { cycleUid: string; itemUid: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const listed = useDocuments(evidenceEntity, itemUid).dataUpdatedAt;
  useEffect(() => {
    if (listed > 0) void client.invalidateQueries({ queryKey: awardKeys.cycle(cycleUid) });
  }, [listed, client, cycleUid]);
  return <DocumentsPanel entity={evidenceEntity} uid={itemUid} title={t('paritrana.evidence.form.documentsTitle')} canWrite={canWrite} headingOrder={3} />;
}
