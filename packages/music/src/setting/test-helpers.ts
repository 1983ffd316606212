import { interpretRequest } from '../brief/interpret-request.ts';
import type { Brief } from '../brief/brief.ts';
import type { LyricSheet } from '../lyrics/types.ts';
import type { SettingSection } from './lyric-form.ts';
import type { NoteEvent, Score, ScoreSection } from '../score.ts';

/** Lyrics using every tag kind, an unknown tag, backing lines, echoes and blank lines (test fixture). */
export const EVERY_TAG = `[Intro]
(ooh, yeah)

[Verse 1]
Walking down the empty street tonight
Every window burning with a light (burning bright)

I can hear you calling out my name
Echoes in the alley all the same

[Pre-Chorus]
Hold on, hold on
Till the night is gone

[Chorus]
We are the fire in the rain (in the rain)
Nothing's ever gonna be the same
(Whoa oh oh)
Dancing while the thunder calls your name

[Instrumental]
(guitar solo)

[Verse 2]
Every morning brings another chance
Every heartbeat asks me for a dance

[Hook]
Fire in the rain

[Spoken Word]
Listen to the sound of the city breathing

[Break]

[Bridge]
If the night should fall (should fall)
I will hear you call

[Chorus]
We are the fire in the rain (in the rain)
Nothing's ever gonna be the same
(Whoa oh oh)
Dancing while the thunder calls your name

[Outro]
Fire in the rain, fire in the rain
`;

/** A brief for a custom-mode vocal request (test helper). */
export function vocalBrief(style: string, lyrics: string, extra: { maxSeconds?: number; vocalGender?: 'm' | 'f'; durationSeconds?: number } = {}): Brief {
  return interpretRequest({
    customMode: true,
    instrumental: false,
    model: 'V4_5',
    style,
    prompt: lyrics,
    title: 'Test',
    maxSeconds: extra.maxSeconds ?? 480,
    ...(extra.vocalGender ? { vocalGender: extra.vocalGender } : {}),
    ...(extra.durationSeconds !== undefined ? { durationSeconds: extra.durationSeconds } : {}),
  });
}

/** The words a sheet sings, in lyric order: lead words with each echo after the word it follows, backing lines in place. */
export function sheetWords(sheet: LyricSheet): string[] {
  return sheet.sections.flatMap((section) =>
    section.lines.flatMap((line) => {
      const echoesAfter = (i: number): string[] => line.echoes.filter((e) => Math.min(e.afterWord, line.words.length - 1) === i).flatMap((e) => e.line.words.map((w) => w.text));
      return [...echoesAfter(-1), ...line.words.flatMap((w, i) => [w.text, ...echoesAfter(i)])];
    }),
  );
}

/** Notes of a part by id (empty when the part is missing). */
export function notesOf(score: Score, id: string): NoteEvent[] {
  return score.parts.find((p) => p.id === id)?.notes ?? [];
}

/** End beat of a section. */
export function sectionEnd(score: Score, section: ScoreSection): number {
  return section.startBeat + section.bars * score.beatsPerBar;
}

/** Notes starting inside a section, with start times relative to it. */
export function notesIn(score: Score, section: ScoreSection, notes: readonly NoteEvent[]): NoteEvent[] {
  return notes.filter((n) => n.startBeat >= section.startBeat && n.startBeat < sectionEnd(score, section)).map((n) => ({ ...n, startBeat: n.startBeat - section.startBeat }));
}

/** The words a fitted form sings, in order (a repeated chorus sings its words again). */
export function settingWords(setting: readonly SettingSection[]): string[] {
  return setting.flatMap((section) => section.lines.flatMap((line) => line.sung.line.words.map((w) => w.text)));
}

/** True when `part` lists items of `whole` in the same order (a subsequence). */
export function inOrder(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const item of whole) if (item === part[at]) at++;
  return at === part.length;
}
