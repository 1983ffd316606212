import type { LyricLanguage } from '../types.ts';
import type { Scene, TopicRole } from './bank.ts';

/** A subject songs are often about, with how each language names it (subject phrase, then short name). */
export interface Concept {
  id: string;
  role: TopicRole;
  scene: Scene;
  /** Words of any language that name it in a prompt (matched on word starts). */
  cues: readonly string[];
  /** language -> [subject phrase, short name]. */
  names: Readonly<Record<LyricLanguage, readonly [string, string]>>;
  /** The languages whose subject phrase is plural (verbs agree with it). */
  plural: ReadonlySet<LyricLanguage>;
}

/** Names are written "subject phrase/short name", with "/pl" after a plural one. */
function concept(id: string, role: TopicRole, scene: Scene, cues: string, names: Record<LyricLanguage, string>): Concept {
  const split = (text: string): [string, string] => {
    const [phrase, name] = text.split('/');
    return [phrase ?? text, name ?? phrase ?? text];
  };
  const entries = Object.entries(names) as [LyricLanguage, string][];
  return {
    id,
    role,
    scene,
    cues: cues.split(' '),
    names: Object.fromEntries(entries.map(([k, v]) => [k, split(v)])) as Record<LyricLanguage, [string, string]>,
    plural: new Set(entries.filter(([, v]) => v.endsWith('/pl')).map(([k]) => k)),
  };
}

/** Subjects a prompt in any of the six languages may name; the first cue that matches wins. */
export const concepts: readonly Concept[] = [
  concept('dog', 'being', 'home', 'dog dogs puppy pup perro perrito chien chienne hund hündchen cane cagnolino cão cachorro', { en: 'my dog/dog', es: 'mi perro/perro', fr: 'mon chien/chien', de: 'mein Hund/Hund', it: 'il mio cane/cane', pt: 'o meu cão/cão' }),
  concept('cat', 'being', 'home', 'cat cats kitten gato gata chat chatte katze kater gatto gattino', { en: 'my cat/cat', es: 'mi gato/gato', fr: 'mon chat/chat', de: 'meine Katze/Katze', it: 'il mio gatto/gatto', pt: 'o meu gato/gato' }),
  concept('horse', 'being', 'nature', 'horse caballo cheval pferd cavallo cavalo', { en: 'my horse/horse', es: 'mi caballo/caballo', fr: 'mon cheval/cheval', de: 'mein Pferd/Pferd', it: 'il mio cavallo/cavallo', pt: 'o meu cavalo/cavalo' }),
  concept('mother', 'being', 'home', 'mother mom mum mama madre mamá mère maman mutter mutti madre mãe', { en: 'my mother/mother', es: 'mi madre/madre', fr: 'ma mère/mère', de: 'meine Mutter/Mutter', it: 'mia madre/madre', pt: 'a minha mãe/mãe' }),
  concept('father', 'being', 'home', 'father dad daddy padre papá père papa vater papi pai', { en: 'my father/father', es: 'mi padre/padre', fr: 'mon père/père', de: 'mein Vater/Vater', it: 'mio padre/padre', pt: 'o meu pai/pai' }),
  concept('daughter', 'being', 'home', 'daughter hija fille tochter figlia filha', { en: 'my daughter/daughter', es: 'mi hija/hija', fr: 'ma fille/fille', de: 'meine Tochter/Tochter', it: 'mia figlia/figlia', pt: 'a minha filha/filha' }),
  concept('son', 'being', 'home', 'son hijo fils sohn figlio filho', { en: 'my son/son', es: 'mi hijo/hijo', fr: 'mon fils/fils', de: 'mein Sohn/Sohn', it: 'mio figlio/figlio', pt: 'o meu filho/filho' }),
  concept('baby', 'being', 'home', 'baby bebé bébé säugling neonato bebê lullaby nana berceuse wiegenlied ninna', { en: 'my little one/little one', es: 'mi pequeño/pequeño', fr: 'mon tout-petit/tout-petit', de: 'mein kleines Kind/Kind', it: 'il mio piccolo/piccolo', pt: 'o meu pequeno/pequeno' }),
  concept('grandmother', 'being', 'home', 'grandma grandmother granny abuela grand-mère mamie oma großmutter nonna avó vovó', { en: 'my grandmother/grandmother', es: 'mi abuela/abuela', fr: 'ma grand-mère/grand-mère', de: 'meine Oma/Oma', it: 'mia nonna/nonna', pt: 'a minha avó/avó' }),
  concept('friends', 'being', 'city', 'friend friends crew buddies amigo amigos amigas ami amis copains freund freunde amico amici amigos', { en: 'my friends/friends/pl', es: 'mis amigos/amigos/pl', fr: 'mes amis/amis/pl', de: 'meine Freunde/Freunde/pl', it: 'i miei amici/amici/pl', pt: 'os meus amigos/amigos/pl' }),
  concept('lover', 'being', 'night', 'girlfriend boyfriend wife husband lover darling sweetheart novia novio esposa esposo amante chérie copine copain femme mari freundin ehefrau ehemann liebste fidanzata fidanzato moglie marito namorada namorado esposa marido', { en: 'you/you', es: 'mi amor/amor', fr: 'mon amour/amour', de: 'mein Schatz/Schatz', it: 'amore mio/amore', pt: 'meu amor/amor' }),
  concept('summer', 'time', 'sea', 'summer verano été sommer estate verão', { en: 'the summer/summer', es: 'el verano/verano', fr: "l'été/été", de: 'der Sommer/Sommer', it: "l'estate/estate", pt: 'o verão/verão' }),
  concept('winter', 'time', 'weather', 'winter snow christmas invierno nieve navidad hiver neige noël schnee weihnacht inverno neve natale inverno natal', { en: 'the winter/winter', es: 'el invierno/invierno', fr: "l'hiver/hiver", de: 'der Winter/Winter', it: "l'inverno/inverno", pt: 'o inverno/inverno' }),
  concept('autumn', 'time', 'nature', 'autumn fall otoño automne herbst autunno outono', { en: 'the autumn/autumn', es: 'el otoño/otoño', fr: "l'automne/automne", de: 'der Herbst/Herbst', it: "l'autunno/autunno", pt: 'o outono/outono' }),
  concept('rain', 'time', 'weather', 'rain rainy storm lluvia lluvioso tormenta pluie orage regen sturm pioggia temporale chuva tempestade', { en: 'the rain/rain', es: 'la lluvia/lluvia', fr: 'la pluie/pluie', de: 'der Regen/Regen', it: 'la pioggia/pioggia', pt: 'a chuva/chuva' }),
  concept('night', 'time', 'night', 'night nights midnight noche noches nuit nuits minuit nacht nächte notte notti noite noites', { en: 'the night/night', es: 'la noche/noche', fr: 'la nuit/nuit', de: 'die Nacht/Nacht', it: 'la notte/notte', pt: 'a noite/noite' }),
  concept('city', 'place', 'city', 'city town neon streets ciudad calles ville rues stadt straßen città strade cidade ruas', { en: 'the city/city', es: 'la ciudad/ciudad', fr: 'la ville/ville', de: 'die Stadt/Stadt', it: 'la città/città', pt: 'a cidade/cidade' }),
  concept('home', 'place', 'home', 'home hometown house casa hogar maison foyer zuhause heimat haus casa lar', { en: 'home/home', es: 'mi casa/casa', fr: 'la maison/maison', de: 'mein Zuhause/Zuhause', it: 'casa mia/casa', pt: 'a minha casa/casa' }),
  concept('sea', 'place', 'sea', 'sea ocean beach island sailing waves mar océano playa isla mer océan plage île meer ozean strand insel mare oceano spiaggia isola oceano praia ilha', { en: 'the ocean/ocean', es: 'el mar/mar', fr: 'la mer/mer', de: 'das Meer/Meer', it: 'il mare/mare', pt: 'o mar/mar' }),
  concept('road', 'place', 'road', 'road highway drive driving truck trip carretera camino route chemin straße autobahn strada viaggio estrada caminho', { en: 'the open road/road', es: 'la carretera/carretera', fr: 'la route/route', de: 'die Straße/Straße', it: 'la strada/strada', pt: 'a estrada/estrada' }),
  concept('forest', 'place', 'nature', 'forest woods river mountain mountains bosque río montaña forêt rivière montagne wald fluss berg berge bosco fiume montagna floresta rio montanha', { en: 'the river/river', es: 'el río/río', fr: 'la rivière/rivière', de: 'der Fluss/Fluss', it: 'il fiume/fiume', pt: 'o rio/rio' }),
  concept('government', 'cause', 'struggle', 'government politicians system president power gobierno políticos sistema gouvernement politiciens système regierung politiker system governo politici sistema governo políticos', { en: 'the government/government', es: 'el gobierno/gobierno', fr: 'le gouvernement/gouvernement', de: 'die Regierung/Regierung', it: 'il governo/governo', pt: 'o governo/governo' }),
  concept('war', 'cause', 'struggle', 'war wars guerra guerre krieg guerra', { en: 'the war/war', es: 'la guerra/guerra', fr: 'la guerre/guerre', de: 'der Krieg/Krieg', it: 'la guerra/guerra', pt: 'a guerra/guerra' }),
  concept('boss', 'being', 'struggle', 'boss job work jefe trabajo patron travail chef arbeit capo lavoro chefe trabalho', { en: 'the boss/boss', es: 'el jefe/jefe', fr: 'le patron/patron', de: 'der Chef/Chef', it: 'il capo/capo', pt: 'o chefe/chefe' }),
  concept('freedom', 'cause', 'road', 'freedom free breaking libertad libre liberté libre freiheit frei libertà libero liberdade livre', { en: 'freedom/freedom', es: 'la libertad/libertad', fr: 'la liberté/liberté', de: 'die Freiheit/Freiheit', it: 'la libertà/libertà', pt: 'a liberdade/liberdade' }),
  concept('dreams', 'cause', 'night', 'dream dreams star stars sueño sueños estrella rêve rêves étoile traum träume stern sogno sogni stella sonho sonhos estrela', { en: 'my dreams/dreams/pl', es: 'mis sueños/sueños/pl', fr: 'mes rêves/rêves/pl', de: 'meine Träume/Träume/pl', it: 'i miei sogni/sogni/pl', pt: 'os meus sonhos/sonhos/pl' }),
  concept('party', 'thing', 'party', 'party club dancing dance disco fiesta baile bailar fête danse soirée party tanz tanzen festa ballo ballare festa dança', { en: 'the dance floor/dance floor', es: 'la pista de baile/pista', fr: 'la piste de danse/piste', de: 'die Tanzfläche/Tanzfläche', it: 'la pista/pista', pt: 'a pista de dança/pista' }),
  concept('music', 'thing', 'party', 'music song guitar radio música canción guitarra musique chanson guitare musik lied gitarre musica canzone chitarra música canção violão', { en: 'the radio/radio', es: 'la guitarra/guitarra', fr: 'ma guitare/guitare', de: 'meine Gitarre/Gitarre', it: 'la mia chitarra/chitarra', pt: 'o meu violão/violão' }),
  concept('faith', 'cause', 'nature', 'faith god grace gospel heaven prayer fe dios gracia cielo foi dieu grâce ciel glaube gott gnade himmel fede dio grazia cielo fé deus graça céu', { en: 'amazing grace/grace', es: 'la gracia/gracia', fr: 'la grâce/grâce', de: 'die Gnade/Gnade', it: 'la grazia/grazia', pt: 'a graça/graça' }),
  concept('childhood', 'time', 'home', 'childhood nostalgic nostalgia youth infancia niñez enfance jeunesse kindheit jugend infanzia giovinezza infância juventude', { en: 'the old days/old days/pl', es: 'la infancia/infancia', fr: "l'enfance/enfance", de: 'die Kindheit/Kindheit', it: "l'infanzia/infanzia", pt: 'a infância/infância' }),
  concept('money', 'thing', 'city', 'money cash rich dinero plata argent fric geld soldi denaro dinheiro grana', { en: 'the money/money', es: 'el dinero/dinero', fr: "l'argent/argent", de: 'das Geld/Geld', it: 'i soldi/soldi/pl', pt: 'o dinheiro/dinheiro' }),
  concept('heartbreak', 'being', 'night', 'breakup heartbreak ex goodbye divorce ruptura despedida adiós rupture adieu trennung abschied addio rottura separação adeus', { en: 'you/you', es: 'mi amor/amor', fr: 'mon amour/amour', de: 'mein Schatz/Schatz', it: 'amore mio/amore', pt: 'meu amor/amor' }),
  concept('sun', 'time', 'sea', 'sun sunshine sunny sol soleil sonne sole sol', { en: 'the sunshine/sunshine', es: 'el sol/sol', fr: 'le soleil/soleil', de: 'die Sonne/Sonne', it: 'il sole/sole', pt: 'o sol/sol' }),
  concept('train', 'thing', 'road', 'train railway tren train zug treno trem', { en: 'the midnight train/train', es: 'el tren/tren', fr: 'le train/train', de: 'der Zug/Zug', it: 'il treno/treno', pt: 'o trem/trem' }),
  concept('garden', 'place', 'nature', 'garden flowers roses jardín flores jardin fleurs garten blumen giardino fiori jardim flores', { en: 'the garden/garden', es: 'el jardín/jardín', fr: 'le jardin/jardin', de: 'der Garten/Garten', it: 'il giardino/giardino', pt: 'o jardim/jardim' }),
];
