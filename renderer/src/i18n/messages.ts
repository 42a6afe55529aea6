import type { id } from './id.ts';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language file must fill: Indonesian defines it. */
export type Messages = Widen<typeof id>;
