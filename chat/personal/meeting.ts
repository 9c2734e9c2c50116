/**
 * A plan to meet in person: a meeting word with a place or a time ("meet me at the park at 4",
 * "quedamos en el parque a las 5", "rdv au parc à 17h", "treffen wir uns um 17 uhr am
 * spielplatz", "spotkajmy się w parku o 17"). "See you" words ("nos vemos", "on se voit",
 * "wir sehen uns", "widzimy się") count only with a place: "see you tomorrow" is not a plan.
 * Not the routine places a child shares with family and classmates (school, home) and not
 * meeting inside a game or call (lobby, server, Discord, online).
 */
const DAYS = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|after\sschool|this\s(?:afternoon|evening|weekend)|lunes|martes|miercoles|jueves|viernes|sabado|domingo|esta\starde|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\ssoir|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute\sabend|poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele|jutro)`;
const TIME = String.raw`(?:\d{1,2}(?:[:.h]\d{2})?\s?(?:am|pm|h|uhr)\b|(?:at|a\slas|a\sla|vers|um|o|a|à)\s\d{1,2}(?:[:.h]\d{2})?\b|\d{1,2}h\d{0,2}\b|noon|midday|mediodia|midi|mittag|poludnie)`;

/** A place: a preposition of place and the word after it (captured, then checked). */
const PLACE = String.raw`\b(?:at|outside|by|near|in\sfront\sof|behind|opposite|en|delante\sde|frente\sa|junto\sa|en\sla\spuerta\sde|a|au|aux|devant|chez|pres\sde|derriere|am|vor|im|beim|bei|an\sder|an\sdem|in\sder|hinter|neben|w|we|na|przed|pod|przy|kolo|obok)\s(?:the\s|el\s|la\s|le\s|l'|les\s|los\s|las\s|dem\s|der\s|den\s)?([\p{L}']+)`;

interface MeetingWords { verb: string; needsPlace: boolean }

const MEETING_WORDS: MeetingWords[] = [
  { verb: String.raw`meet|meeting|meetup|meet\sup`, needsPlace: false },
  { verb: String.raw`quedamos|quedar|quedemos|nos\sencontramos|encontrarnos`, needsPlace: false },
  { verb: String.raw`nos\svemos|te\sveo|vernos|veamonos`, needsPlace: true },
  { verb: String.raw`rdv|rendez-vous|rendez\svous|on\sse\sretrouve|retrouve-moi|retrouve\smoi|rejoins-moi|rejoins\smoi|on\sse\srejoint|je\ste\sretrouve|se\sretrouver`, needsPlace: false },
  { verb: String.raw`on\sse\svoit|se\svoir|je\ste\svois`, needsPlace: true },
  { verb: String.raw`treffen\swir\suns|wir\streffen\suns|treffen\suns|treffpunkt|treffen`, needsPlace: false },
  { verb: String.raw`wir\ssehen\suns|sehen\swir\suns`, needsPlace: true },
  { verb: String.raw`spotkajmy\ssie|spotkamy\ssie|spotykamy\ssie|spotkanie|spotkac\ssie`, needsPlace: false },
  { verb: String.raw`widzimy\ssie|zobaczymy\ssie`, needsPlace: true },
];

const VERBS = MEETING_WORDS.map(({ verb, needsPlace }) => ({ pattern: new RegExp(String.raw`\b(?:${verb})\b`, 'u'), needsPlace }));
const PLACE_RE = new RegExp(PLACE, 'gu');
const TIME_RE = new RegExp(String.raw`${TIME}|\b${DAYS}\b`, 'u');

/** Places that are not a meeting in person, or are the daily routine. */
const NOT_IN_PERSON = new Set(
  ('lobby game games server discord online call vc voice stream minecraft roblox fortnite spawn world map chat group ' +
    'jeu juego spiel spiels gry grze serveur servidor serwer ligne linea internet ' +
    'school class clase cole colegio insti cours college lycee ecole schule unterricht szkole szkoly szkola lekcji lekcja ' +
    'home casa maison zuhause domu ' +
    // Words a place preposition is often followed by that are not places at all.
    'me you u us him her them it this that minute minutes min mins moment second sec seconds hour hours half ' +
    'las la el los un una mi tu moi toi lui nous vous une un mir dir uns euch mnie ciebie nas was sie ' +
    'minutos minuto momento rato minuten minute moment chwile minut godzine').split(/\s+/),
);

function hasPlace(text: string): boolean {
  for (const match of text.matchAll(PLACE_RE)) {
    const word = match[1]!;
    if (!NOT_IN_PERSON.has(word) && !/^\d/.test(word)) return true;
  }
  return false;
}

/** Places inside games, calls and chats (by the start of the word: "minecrafcie", "robloxie", "serwerze"). */
const ONLINE_PLACE = /^(?:lobby|discord|online|server|serveur|servidor|serwer|vc|minecraf|roblox|fortnit|spawn|teams|zoom|twitch)/;

export function hasMeeting(folded: string): boolean {
  for (const { pattern, needsPlace } of VERBS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    // Meeting in a game, a call or online: not a plan to meet in person.
    if ((folded.match(/[\p{L}']+/gu) ?? []).some((word) => ONLINE_PLACE.test(word))) continue;
    // "See you" words need a place after them; meeting words may have it anywhere
    // ("lass uns morgen am spielplatz treffen").
    const scope = needsPlace ? folded.slice(match.index + match[0].length) : folded;
    if (hasPlace(scope)) return true;
    if (!needsPlace && TIME_RE.test(scope)) return true;
  }
  return false;
}
