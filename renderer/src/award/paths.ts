// Where the award screens live: the cycles list and one cycle (its tab in the address).
export const paritranaPath = '/paritrana';
export const cyclePath = (uid: string, tab?: CycleTab) => `/paritrana/${encodeURIComponent(uid)}${tab && tab !== 'bukti' ? `?tab=${tab}` : ''}`;
export const cycleTabs = ['bukti', 'penilaian', 'paket'] as const;
export type CycleTab = (typeof cycleTabs)[number];
