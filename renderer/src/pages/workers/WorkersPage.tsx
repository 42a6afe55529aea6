import { Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { PersonDetail } from '../../../../core/api/workers.ts';
import { PeopleFilterNotice } from '../../coverage/PeopleFilterNotice.tsx';
import { usePeopleFilter } from '../../coverage/use-people-filter.ts';
import { usePrivacySettings } from '../../privacy/queries.ts';
import { RegisterPage } from '../../registers/RegisterPage.tsx';
import { PersonFormModal } from './PersonFormModal.tsx';
import { IdentityReviewLink } from './review/IdentityReviewPage.tsx';
import { workerDemo } from './worker-demo.ts';
import { workerRegister } from './worker-register.ts';

// Register pekerja: the shared register page with the worker's configuration, its form for a
// new person, and demo people for an empty register.

const savedPerson = (saved: PersonDetail) => ({ uid: saved.person.uid, name: saved.person.name });

export function WorkersPage() {
  // The office decides whether the NIK column starts hidden (UU PDP); the grid waits for its answer.
  const privacy = usePrivacySettings();
  const hideNik = privacy.data?.hideNikByDefault ?? true;
  // Opened from a coverage figure (Cakupan): the figure's filter becomes the grid's view.
  const fromCoverage = usePeopleFilter(workerRegister);
  const location = useLocation();
  const config = useMemo(() => (hideNik ? workerRegister : { ...workerRegister, hiddenByDefault: workerRegister.hiddenByDefault.filter((c) => c !== 'nik') }), [hideNik]);
  if (privacy.isPending) return <Loader />;
  return (
    // A new visit (the sidebar, "whole register") makes the grid again from the view as it now is.
    <RegisterPage
      key={location.key}
      config={config}
      words="pekerja"
      demo={workerDemo}
      form={(props) => <PersonFormModal uid={null} {...props} />}
      savedRecord={savedPerson}
      toolbarExtra={<IdentityReviewLink />}
      notice={fromCoverage ? <PeopleFilterNotice {...fromCoverage} /> : null}
    />
  );
}
