/** One entry of a small national code table, with Chinese and English labels. */
export interface CodeEntry<C extends string | number = string> {
  readonly code: C;
  readonly zh: string;
  readonly en: string;
}
