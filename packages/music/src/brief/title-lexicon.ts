import type { GenreId } from './genre-profile.ts';
import type { Mood } from './mood-words.ts';

/** Theme words a description may mention, and titles a songwriter might give such a song. */
export const THEME_TITLES: ReadonlyArray<{ words: readonly string[]; titles: readonly string[] }> = [
  { words: ['rain', 'rainy', 'storm'], titles: ['After the Rain', 'Rain on the Window', 'Summer Rain', 'Dancing in the Rain'] },
  { words: ['midnight', 'night', 'tonight', 'late night'], titles: ['After Midnight', 'Late Night Radio', 'City Lights at Night', 'Midnight Drive'] },
  { words: ['summer', 'july', 'heatwave'], titles: ['Endless Summer', 'Summer Nights', 'Golden Summer', 'Summer Again'] },
  { words: ['winter', 'snow', 'december', 'cold'], titles: ['First Snow', 'Winter Light', 'Cold December'] },
  { words: ['christmas', 'holiday', 'holidays'], titles: ['Christmas Lights', 'Home for the Holidays', 'Under the Mistletoe'] },
  { words: ['breakup', 'break up', 'heartbreak', 'heartbroken', 'ex'], titles: ['Letting Go', 'Without You', 'Broken Pieces', 'Empty Rooms'] },
  { words: ['love', 'crush', 'sweetheart', 'lover', 'valentine'], titles: ['Only You', 'Falling for You', 'Heart on My Sleeve', 'All I Need'] },
  { words: ['ocean', 'sea', 'beach', 'waves', 'shore'], titles: ['Salt and Sand', 'Where the Waves Go', 'Seaside', 'Tidal Heart'] },
  { words: ['city', 'street', 'streets', 'downtown', 'neon'], titles: ['Neon Streets', 'City of Lights', 'Downtown Glow'] },
  { words: ['road', 'drive', 'driving', 'highway', 'car', 'road trip'], titles: ['Open Road', 'Highway Home', 'Long Way Home', 'Miles to Go'] },
  { words: ['home', 'hometown', 'homesick'], titles: ['Coming Home', 'Home Again', 'Long Way Home'] },
  { words: ['dream', 'dreams', 'dreaming', 'sleep'], titles: ['Daydream', 'Half Asleep', 'Dreamcatcher'] },
  { words: ['stars', 'star', 'space', 'moon', 'sky', 'galaxy'], titles: ['Under the Stars', 'Moonlight', 'Across the Sky', 'Starlight'] },
  { words: ['morning', 'sunrise', 'sun', 'sunshine', 'dawn'], titles: ['Morning Light', 'Golden Hour', 'Sunrise', 'Sunshine Day'] },
  { words: ['fire', 'burn', 'burning', 'flames'], titles: ['Wildfire', 'Embers', 'Set It on Fire'] },
  { words: ['party', 'dance', 'dancing', 'club', 'weekend'], titles: ['Dance All Night', 'Friday Night', 'Turn It Up', 'Move'] },
  { words: ['freedom', 'free', 'escape', 'runaway'], titles: ['Wild and Free', 'Breaking Free', 'Runaway'] },
  { words: ['friend', 'friends', 'friendship'], titles: ['Old Friends', 'Side by Side', 'Best of Us'] },
  { words: ['memories', 'remember', 'childhood', 'past', 'yesterday'], titles: ['Polaroids', 'Remember When', 'Back Then'] },
  { words: ['coffee', 'cafe', 'study', 'studying', 'reading'], titles: ['Coffee and Rain', 'Window Seat', 'Late Study Session'] },
  { words: ['war', 'battle', 'hero', 'warrior', 'fight', 'dragon'], titles: ['Last Stand', 'Heart of a Warrior', 'Rise of the Brave'] },
  { words: ['forest', 'mountain', 'mountains', 'river', 'nature', 'woods'], titles: ['Mountain Air', 'Where the Pines Grow', 'River Song'] },
  { words: ['time', 'clock', 'forever'], titles: ['Borrowed Time', 'Running Out of Time', 'Forever Now'] },
  { words: ['money', 'hustle', 'grind', 'success'], titles: ['Grind Season', 'Came Up', 'Stack It Up'] },
  { words: ['mother', 'mom', 'father', 'dad', 'family'], titles: ['Family Tree', 'For My Mother', 'Hand in Hand'] },
  { words: ['dog', 'cat', 'puppy', 'pet'], titles: ['Best Friend', 'Four Paws', 'Good Boy'] },
  { words: ['birthday', 'celebration', 'celebrate'], titles: ['Another Year', 'Celebrate', 'Candles'] },
];

/** Titles by mood, used when no theme is named. */
export const MOOD_TITLES: Readonly<Record<Mood, readonly string[]>> = {
  happy: ['Golden Days', 'Sunny Side', 'Good Times Roll', 'Feels Like Summer'],
  sad: ['Fading Light', 'Empty Rooms', 'Letters I Never Sent', 'Grey Skies'],
  dark: ['Shadows Fall', 'Into the Dark', 'Black Water'],
  epic: ['Rise Again', 'The Last Horizon', 'Kingdom Come'],
  calm: ['Still Water', 'Slow Morning', 'Quiet Hours'],
  romantic: ['Closer Tonight', 'Slow Dance', 'Only You'],
  energetic: ['Turn It Up', 'Run the Night', 'Electric'],
  nostalgic: ['Polaroids', 'Back Then', 'Old Photographs'],
  mysterious: ['Hidden Doors', 'Whispers', 'The Secret Garden'],
  hopeful: ['Brighter Days', 'New Beginnings', 'Hold On'],
  angry: ['Burn It Down', 'No Mercy', 'Breaking Point'],
  dreamy: ['Cloud Nine', 'Daydream', 'Floating'],
};

/** Titles by genre, the last resort (a genre file may carry its own `titles`). */
export const GENRE_TITLES: Readonly<Partial<Record<GenreId, readonly string[]>>> = {
  pop: ['Heartbeat', 'Tonight', 'Say It Again'],
  rock: ['Loud and Clear', 'Highway Fire', 'Stand Your Ground'],
  'hip-hop': ['Stay Up', 'Came Up', 'On My Way'],
  'lo-fi': ['Coffee and Rain', 'Window Seat', 'Late Study Session'],
  house: ['Into the Night', 'Feel It', 'Higher'],
  synthwave: ['Neon Drive', 'Night Runner', 'Chrome Horizon'],
  jazz: ['Blue Evening', 'Late Set', 'Autumn Avenue'],
  blues: ['Midnight Train Blues', 'Rainy Day Blues', 'Whiskey and Rain'],
  funk: ['Get Down', 'Groove Machine', 'Shake It Loose'],
  rnb: ['Slow Love', 'Velvet', 'Stay the Night'],
  country: ['Dirt Road Home', 'Small Town Summer', 'Porch Light'],
  folk: ['Wildflowers', 'Old River Song', 'Wandering'],
  reggae: ['Island Time', 'Sunshine Riddim', 'One Love Road'],
  latin: ['Noche de Luna', 'Corazón', 'Baila Conmigo'],
  metal: ['Iron Will', 'Fall of Kings', 'Ashes'],
  classical: ['Nocturne in Blue', 'Autumn Sonata', 'Prelude'],
  cinematic: ['The Last Horizon', 'Rise of Empires', 'Beyond the Storm'],
  ambient: ['Drifting', 'Still Air', 'Weightless'],
  waltz: ['Evening Waltz', 'Dance with Me', 'Ballroom Lights'],
};
