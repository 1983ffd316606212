import type { SectionKind } from '../../score.ts';

/** One section of a song's form, before it is placed in time. */
export interface FormSection {
  kind: SectionKind;
  /** e.g. "Verse 2". */
  label: string;
  bars: number;
}
