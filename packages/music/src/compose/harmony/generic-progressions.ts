import type { ProgressionSet } from '../../brief/genre-profile.ts';

/** Pre-chorus progressions: they lean toward the dominant to set up the chorus. */
export const PRE_CHORUS_PROGRESSIONS: ProgressionSet = {
  major: ['IV V', 'ii IV V V', 'vi V IV V', 'IV IV V V', 'ii iii IV V'],
  minor: ['bVI bVII', 'iv bVI bVII V', 'bVI bVI bVII bVII', 'iv iv V V'],
};

/** Bridge progressions for genres that do not define their own: they avoid starting on the tonic. */
export const BRIDGE_PROGRESSIONS: ProgressionSet = {
  major: ['vi IV I V', 'IV V iii vi', 'ii V I vi', 'IV IV V V'],
  minor: ['bVI bVII bIII bIII', 'iv bVI bVII V', 'bIII bVII iv V'],
};
