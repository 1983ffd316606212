import type { Rng } from '../../rng.ts';

/** The parts of a written song, in order. */
export type WrittenPart = 'verse' | 'pre-chorus' | 'chorus' | 'bridge' | 'outro';

const forms: Record<string, readonly WrittenPart[]> = {
  classic: ['verse', 'chorus', 'verse', 'chorus', 'bridge', 'chorus', 'outro'],
  pop: ['verse', 'pre-chorus', 'chorus', 'verse', 'pre-chorus', 'chorus', 'bridge', 'chorus', 'outro'],
  short: ['verse', 'chorus', 'verse', 'chorus', 'chorus', 'outro'],
  ballad: ['verse', 'verse', 'chorus', 'verse', 'chorus', 'bridge', 'chorus', 'outro'],
  folk: ['verse', 'chorus', 'verse', 'chorus', 'verse', 'chorus', 'outro'],
  lullaby: ['verse', 'chorus', 'verse', 'chorus', 'outro'],
};

const genreForms: readonly [RegExp, readonly string[]][] = [
  [/lullaby|nursery|cradle/, ['lullaby']],
  [/punk|metal|grunge|garage|hardcore|rock/, ['short', 'classic']],
  [/pop|edm|dance|house|disco|synth|electro|k-pop|techno|trance/, ['pop', 'pop', 'classic']],
  [/country|folk|americana|bluegrass|singer-songwriter|acoustic/, ['folk', 'classic', 'ballad']],
  [/ballad|soul|r&b|rnb|gospel|blues|jazz/, ['ballad', 'classic', 'pop']],
];

/** Chooses the order of parts from the genre and description (seeded among the fitting forms). */
export function chooseForm(genreAndDescription: string, rng: Rng): readonly WrittenPart[] {
  const text = genreAndDescription.toLowerCase();
  const names = genreForms.find(([pattern]) => pattern.test(text))?.[1] ?? ['classic', 'pop', 'short', 'ballad'];
  return forms[rng.pick(names)] ?? (forms.classic as readonly WrittenPart[]);
}
