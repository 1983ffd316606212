/**
 * Names of well-known real artists, refused in generation requests the way Suno refuses
 * "in the style of <artist>". Matching is whole-word, case- and accent-insensitive (see
 * content-filter.ts); punctuation counts as a space, so "AC/DC" also matches "ac dc" and
 * "Jay-Z" matches "jay z". Spellings without the separator are listed apart ("ACDC", "JayZ").
 *
 * Curated against false positives: a name that is also an ordinary word or phrase is left out
 * (Queen, Yes, Genesis, Journey, Heart, Kiss, Rush, Nirvana, Oasis, Muse, Blur, Prince, Pink,
 * Sting, Seal, Slayer, Future, Moby, The Doors, The Police, The Cure, The Killers, New Order,
 * Massive Attack, Earth, Wind & Fire...). Classical composers are left out: their names are
 * period styles, in the public domain. Artists are never looked for in lyrics (see content-filter.ts).
 */

/** Unambiguous names, refused in `style` and in a non-custom `prompt` (a description). */
export const KNOWN_ARTISTS: readonly string[] = [
  // pop
  'Taylor Swift', 'Beyoncé', 'Rihanna', 'Ed Sheeran', 'Billie Eilish', 'Ariana Grande', 'Lady Gaga',
  'Bruno Mars', 'Dua Lipa', 'The Weeknd', 'Weeknd', 'Justin Bieber', 'Katy Perry', 'Britney Spears',
  'Christina Aguilera', 'Miley Cyrus', 'Selena Gomez', 'Olivia Rodrigo', 'Harry Styles',
  'Shawn Mendes', 'Charlie Puth', 'Sabrina Carpenter', 'Chappell Roan', 'Lana Del Rey', 'Lorde', 'Lizzo',
  'Charli XCX', 'Lewis Capaldi', 'Hozier', 'Camila Cabello', 'Demi Lovato', 'Jonas Brothers',
  'Backstreet Boys', 'NSYNC', 'Spice Girls', 'Mariah Carey', 'Whitney Houston', 'Celine Dion',
  'Michael Jackson', 'Janet Jackson', 'Elton John', 'Cyndi Lauper', 'Avril Lavigne', 'Alanis Morissette',
  'Kelly Clarkson', 'Shakira', 'Kesha', 'Bee Gees', 'Simon & Garfunkel', 'Amy Winehouse',
  // rock and metal
  'The Beatles', 'Beatles', 'Led Zeppelin', 'Pink Floyd',
  'AC/DC', 'ACDC', "Guns N' Roses", 'Bon Jovi', 'Aerosmith', 'Van Halen', 'Def Leppard',
  'Fleetwood Mac', 'Lynyrd Skynyrd', 'Creedence Clearwater Revival', 'Jimi Hendrix', 'Janis Joplin',
  'Eric Clapton', 'Carlos Santana', 'Freddie Mercury', 'John Lennon', 'Paul McCartney', 'Mick Jagger',
  'Ozzy Osbourne', 'David Bowie', 'Bruce Springsteen', 'Bob Dylan', 'Bob Marley', 'Tom Petty', 'Kurt Cobain',
  'Foo Fighters', 'Pearl Jam', 'Soundgarden', 'Linkin Park',
  'Metallica', 'Megadeth', 'System of a Down', 'Limp Bizkit', 'Korn',
  'Evanescence', 'Paramore', 'My Chemical Romance', 'Fall Out Boy', 'Blink-182', 'Arctic Monkeys',
  'Radiohead', 'Coldplay', 'OneRepublic', 'Maroon 5', 'U2', 'Bon Iver', 'Tame Impala',
  'Gorillaz', 'Depeche Mode', 'Duran Duran', 'Tears for Fears', 'Pet Shop Boys', 'Joy Division',
  'Elvis Presley', 'Chuck Berry', 'Buddy Holly',
  // country
  'Johnny Cash', 'Dolly Parton', 'Willie Nelson', 'Garth Brooks', 'Shania Twain', 'Morgan Wallen',
  'Luke Combs', 'Kacey Musgraves', 'Chris Stapleton', 'Carrie Underwood',
  // hip-hop and r&b
  'Eminem', 'Jay-Z', 'JayZ', 'Kanye West', 'Kanye', 'Kendrick Lamar', 'Post Malone',
  'Nicki Minaj', 'Cardi B', 'Lil Wayne', 'Lil Nas X', 'Doja Cat', 'SZA', 'Frank Ocean', 'Tyler, the Creator',
  'Childish Gambino', 'Kid Cudi', 'J. Cole', 'Snoop Dogg', 'Dr. Dre', 'Tupac', '2Pac',
  'Biggie Smalls', 'Missy Elliott', 'Lauryn Hill', 'Outkast', 'Wu-Tang Clan', 'Beastie Boys',
  'Run-DMC', 'Megan Thee Stallion', '21 Savage', 'Alicia Keys', 'Stevie Wonder', 'Aretha Franklin',
  'Marvin Gaye', 'Otis Redding', 'Tina Turner', "Destiny's Child", 'Boyz II Men',
  // jazz
  'Miles Davis', 'John Coltrane', 'Louis Armstrong', 'Ella Fitzgerald', 'Billie Holiday', 'Nina Simone',
  'Frank Sinatra', 'Norah Jones',
  // electronic
  'Daft Punk', 'Calvin Harris', 'David Guetta', 'Avicii', 'Skrillex', 'Deadmau5', 'Marshmello', 'Tiësto',
  'Martin Garrix', 'Kygo', 'Aphex Twin', 'Björk', 'Kraftwerk', 'Chainsmokers', 'Portishead',
  // latin and k-pop
  'J Balvin', 'Daddy Yankee', 'Karol G', 'Maluma', 'Ozuna', 'Peso Pluma', 'Luis Fonsi',
  'Enrique Iglesias', 'Ricky Martin', 'Romeo Santos', 'Rauw Alejandro', 'Blackpink', 'NewJeans',
  // film and games
  'Hans Zimmer', 'Ennio Morricone', 'Ludovico Einaudi', 'Joe Hisaishi',
];

/**
 * Names that are also given names, common full names, words or phrases ("a birthday song for
 * Adele"): refused in `style` only, where such a name can only mean the artist.
 */
export const KNOWN_ARTISTS_STYLE_ONLY: readonly string[] = [
  'Adele', 'Drake', 'Madonna', 'Cher', 'Usher', 'Sia', 'Sade', 'Enya', 'Khalid', 'Halsey', 'Santana',
  'Elvis', 'Rosalía', 'Juanes', 'ABBA', 'BTS', 'Stray Kids', 'The Who', 'Slipknot', 'Pantera',
  'Sam Smith', 'James Brown', 'Chris Brown', 'Marc Anthony', 'John Williams', 'John Legend', 'John Mayer',
  'Travis Scott', 'Ray Charles', 'Zach Bryan',
  // band names that are also ordinary phrases ("a song about going in one direction")
  'Green Day', 'Deep Purple', 'Iron Maiden', 'Black Sabbath', 'Rolling Stones', 'One Direction',
  'Imagine Dragons', 'Red Hot Chili Peppers', 'Rage Against the Machine', 'Bad Bunny', '50 Cent',
  'Notorious B.I.G.',
];
