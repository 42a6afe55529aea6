import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail } from '../../../core/api/award.ts';
import { AspectCard } from './AspectCard.tsx';
import { CompletenessPanel } from './CompletenessPanel.tsx';
import { EvidenceFormModal, type EvidenceEdit } from './EvidenceFormModal.tsx';
import { useMoveAspect } from './reorder.ts';
import { RubricEmpty } from './RubricEmpty.tsx';
import { RubricFiles } from './RubricFiles.tsx';
import { AspectFormModal, IndicatorFormModal, type AspectEdit, type IndicatorEdit } from './RubricForms.tsx';

// "Rubrik dan bukti": completeness and what is overdue, then the rubric's aspects with their
// indicators and evidence; an empty rubric offers to copy or import one.

interface Props {
  cycle: CycleDetail;
  /** Writes allowed: the user may write and the cycle is not approved. */
  editable: boolean;
  canApprove: boolean;
}

export function EvidenceTab({ cycle, editable, canApprove }: Props) {
  const { t } = useTranslation();
  const [aspectEdit, setAspectEdit] = useState<AspectEdit | null>(null);
  const [indicatorEdit, setIndicatorEdit] = useState<IndicatorEdit | null>(null);
  const [evidenceEdit, setEvidenceEdit] = useState<EvidenceEdit | null>(null);
  const moveAspect = useMoveAspect(cycle.uid);
  const nextAspect = cycle.aspects.reduce((max, a) => Math.max(max, a.position + 1), 0);
  const addAspect = () => setAspectEdit({ cycleUid: cycle.uid, aspect: null, position: nextAspect });

  return (
    <Stack gap="md">
      {cycle.aspects.length === 0 ? (
        <RubricEmpty cycle={cycle} editable={editable} onAddAspect={addAspect} />
      ) : (
        <>
          <CompletenessPanel cycle={cycle} onOpen={(indicatorUid, item) => setEvidenceEdit({ indicatorUid, item, position: item.position })} />
          <Group justify="space-between">
            {editable ? (
              <Button variant="default" onClick={addAspect} data-testid="aspect-add">
                {t('paritrana.rubric.addAspect')}
              </Button>
            ) : (
              <span />
            )}
            <RubricFiles cycleUid={cycle.uid} canImport={false} canExport />
          </Group>
          {cycle.aspects.map((aspect, index) => (
            <AspectCard
              key={aspect.uid}
              cycleUid={cycle.uid}
              aspect={aspect}
              index={index}
              count={cycle.aspects.length}
              editable={editable}
              locked={cycle.approval !== null}
              canApprove={canApprove}
              onMove={(by) => moveAspect.move(cycle.aspects, index, by)}
              onEditAspect={setAspectEdit}
              onEditIndicator={setIndicatorEdit}
              onEditEvidence={setEvidenceEdit}
            />
          ))}
        </>
      )}
      <AspectFormModal editing={aspectEdit} onClose={() => setAspectEdit(null)} />
      <IndicatorFormModal editing={indicatorEdit} onClose={() => setIndicatorEdit(null)} />
      <EvidenceFormModal cycle={cycle} editing={evidenceEdit} editable={editable} onClose={() => setEvidenceEdit(null)} onCreated={setEvidenceEdit} />
    </Stack>
  );
}
