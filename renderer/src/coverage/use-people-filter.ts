import { useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { registerView } from '../registers/register-view.ts';
import { liveOnly } from '../registers/filter-models.ts';
import { gridFilterOf, peopleFilterOf, type PeopleLink } from './people-link.ts';

// The worker register opened from a coverage figure: the figure's filter becomes the grid's
// view before the grid is made (the grid starts from the register's remembered view). Applied
// once per visit of the address, so coming back from a person keeps what the user changed since.
// While the remembered view still holds a figure's filter, the register says so wherever it was
// opened from (the sidebar, a person's back link): never a smaller list without its reason.
// `?semua=1` (the notice's "whole register") drops it.

let appliedFor: string | null = null;
let lastLink: PeopleLink | null = null;

/** The address of the whole register, which drops a figure's filter. */
export const wholeRegisterPath = '/register/pekerja?semua=1';

export function usePeopleFilter(register: { key: string; recordStatus: { column: string; active: string } }): PeopleLink | null {
  const [params] = useSearchParams();
  const location = useLocation();
  // Once per visit of an address (each navigation has its own key), before the grid is made.
  return useMemo(() => {
    const view = registerView(register.key, liveOnly(register.recordStatus));
    const found = peopleFilterOf(params);
    if (found && appliedFor !== location.key) {
      appliedFor = location.key;
      lastLink = found;
      Object.assign(view, { filterModel: gridFilterOf(found.filter), search: '', firstRow: 0, sortModel: view.sortModel });
    }
    if (found) return found;
    if (params.get('semua') === '1' && 'coverage' in view.filterModel) {
      Object.assign(view, { filterModel: liveOnly(register.recordStatus), firstRow: 0 });
      lastLink = null;
    }
    return 'coverage' in view.filterModel ? lastLink : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the address's key stands for its params
  }, [location.key]);
}
