import { useSearchParams } from 'react-router';
import { isIsoDate } from '../typed-date.ts';

// What the dashboard shows, kept in the address (?tanggal=YYYY-MM-DD&beku=<snapshot uid>&banding=1&penyebut=<uid>):
// coming back from the people behind a figure finds the same view, and a view can be bookmarked.

export interface CoverageView {
  /** The day asked; null = the office's today. */
  at: string | null;
  /** A frozen month read instead of a count; null = count now. */
  snapshotUid: string | null;
  /** The frozen month compared with a count now. */
  compare: boolean;
  /** The total's denominator chosen instead of the newest fitting one (a count now only); null = the fitting one. */
  denominatorUid: string | null;
}

export function useCoverageView(): [CoverageView, (change: Partial<CoverageView>) => void] {
  const [params, setParams] = useSearchParams();
  const typed = params.get('tanggal');
  const view: CoverageView = { at: typed && isIsoDate(typed) ? typed : null, snapshotUid: params.get('beku'), compare: params.get('banding') === '1', denominatorUid: params.get('penyebut') };
  const change = (next: Partial<CoverageView>) => {
    const merged = { ...view, ...next };
    const out = new URLSearchParams();
    if (merged.at) out.set('tanggal', merged.at);
    if (merged.snapshotUid) out.set('beku', merged.snapshotUid);
    if (merged.snapshotUid && merged.compare) out.set('banding', '1');
    if (merged.denominatorUid && !merged.snapshotUid) out.set('penyebut', merged.denominatorUid);
    setParams(out, { replace: true });
  };
  return [view, change];
}
