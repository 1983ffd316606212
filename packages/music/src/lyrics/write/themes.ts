import { heartThemes } from './themes-heart.ts';
import { peopleThemes } from './themes-people.ts';
import { placeThemes } from './themes-places.ts';
import { seasonThemes } from './themes-seasons.ts';
import { spiritThemes } from './themes-spirit.ts';
import type { ThemeBank } from './theme-bank.ts';
import { worldThemes } from './themes-world.ts';

/** Every theme the writer knows. */
export const themes: readonly ThemeBank[] = [...heartThemes, ...seasonThemes, ...placeThemes, ...spiritThemes, ...worldThemes, ...peopleThemes];
