import type { en } from './messages/en';

type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'many' | 'other'}` ? Base : K;

/** Every dotted key of a nested catalogue, plural forms folded into their base key. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${StripPlural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The shape every language catalogue must have: the English one's, with any strings. */
export type Catalogue<T = typeof en> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

export type MessageKey = Leaves<typeof en>;
export type MessageValues = Record<string, string | number>;
