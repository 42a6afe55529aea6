import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { registerView } from '../registers/register-view.ts';
import { liveOnly } from '../registers/filter-models.ts';
import { gridFilterOf, peopleFilterOf, type PeopleLink } from './people-link.ts';

// The worker register opened from a coverage figure: the figure's filter becomes the grid's
// view before the grid is made (the grid starts from the register's remembered view). Applied
// once per visit of the address, so coming back from a person keeps what the user changed since.

let appliedFor: string | null = null;

export function usePeopleFilter(register: { key: string; recordStatus: { column: string; active: string } }): PeopleLink | null {
  const [params] = useSearchParams();
  const location = useLocation();
  const [carried] = useState(() => {
    const found = peopleFilterOf(params);
    if (found && appliedFor !== location.key) {
      appliedFor = location.key;
      const view = registerView(register.key, liveOnly(register.recordStatus));
      Object.assign(view, { filterModel: gridFilterOf(found.filter), search: '', firstRow: 0, sortModel: view.sortModel });
    }
    return found;
  });
  return carried;
}
