export { composeVocalSong, vocalForm } from './compose-vocal-song.ts';
export { lyricWordsTimeline, sungSections, type TimedWord } from './words-timeline.ts';
export { planLyricForm, type SettingSection, type FormTiming } from './lyric-form.ts';
export { layoutSection, type LineLayout, type SectionLayout } from './section-layout.ts';
export { weaveEchoes, type SungLine } from './sung-line.ts';
export { SINGABLE_RANGES, RANGE_MARGIN, vocalRange, type SingerGender } from './voice-ranges.ts';
export { LEAD_VOCAL_PROGRAM, BACKING_VOCAL_PROGRAM } from './vocal-parts.ts';
export { leadVocalNotes, vocalLineStats, type VocalLineStats } from './vocal-line-stats.ts';
