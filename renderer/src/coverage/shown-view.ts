import { createContext, useContext } from 'react';
import type { SnapshotSummary } from '../../../core/api/coverage.ts';

// What the dashboard shows, for the figures deep in its tables: a frozen month (null: a count now),
// whose "Lihat orangnya" lists today's register at that date and says so; and whether the date is
// past (domicile and category are read as recorded when counted: the people list says so too).

export interface ShownView {
  snapshot: SnapshotSummary | null;
  past: boolean;
}

export const ShownViewContext = createContext<ShownView>({ snapshot: null, past: false });
export const useShownView = () => useContext(ShownViewContext);
