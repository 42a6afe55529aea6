// The award's dates: a cycle's defaults and what is "today" for the office.

/** The calendar year an edition is named after: period 1 January–31 December of that year. */
export const calendarYear = (year: number) => ({ periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });

/** 'YYYY-MM' of a 'YYYY-MM-DD'. */
export const monthOf = (iso: string) => iso.slice(0, 7);
