import type { GenreId, GenreProfile } from '../genre-profile.ts';
import { afrobeats } from './afrobeats.ts';
import { disco } from './disco.ts';
import { drumAndBass } from './drum-and-bass.ts';
import { gospel } from './gospel.ts';
import { kPop } from './k-pop.ts';
import { punk } from './punk.ts';
import { techno } from './techno.ts';
import { trap } from './trap.ts';
import { ambient } from './ambient.ts';
import { blues } from './blues.ts';
import { bluegrass } from './bluegrass.ts';
import { bossaNova } from './bossa-nova.ts';
import { cinematic } from './cinematic.ts';
import { classical } from './classical.ts';
import { country } from './country.ts';
import { countryRock } from './country-rock.ts';
import { folk } from './folk.ts';
import { funk } from './funk.ts';
import { hipHop } from './hip-hop.ts';
import { house } from './house.ts';
import { jazz } from './jazz.ts';
import { latin } from './latin.ts';
import { loFi } from './lo-fi.ts';
import { metal } from './metal.ts';
import { pop } from './pop.ts';
import { reggae } from './reggae.ts';
import { rnb } from './rnb.ts';
import { rock } from './rock.ts';
import { synthwave } from './synthwave.ts';
import { waltz } from './waltz.ts';

/** Every genre profile, keyed by id. */
export const GENRE_PROFILES: Readonly<Record<GenreId, GenreProfile>> = {
  pop,
  rock,
  'hip-hop': hipHop,
  'lo-fi': loFi,
  house,
  synthwave,
  jazz,
  blues,
  funk,
  rnb,
  country,
  folk,
  reggae,
  latin,
  metal,
  classical,
  cinematic,
  ambient,
  waltz,
  'bossa-nova': bossaNova,
  bluegrass,
  'country-rock': countryRock,
  trap,
  'drum-and-bass': drumAndBass,
  techno,
  disco,
  afrobeats,
  punk,
  gospel,
  'k-pop': kPop,
};

/** All genre ids, in a stable order. */
export const GENRE_IDS = Object.keys(GENRE_PROFILES) as GenreId[];

/** The profile of a genre. */
export function genreProfile(id: GenreId): GenreProfile {
  return GENRE_PROFILES[id];
}
