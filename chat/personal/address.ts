/**
 * Street addresses and postcodes. Patterns per language on folded text (lower case, no accents):
 * a house number with a street word ("14 maple close", "calle almendro 14", "12 rue des lilas",
 * "lindenstrasse 8", "ul. kwiatowa 15/3"), a street named after "I live…", and postcodes whose
 * shape says so on their own (UK "LS6 2QT", Polish "00-950") or after a word that names them
 * ("postcode", "code postal", "PLZ", "ZIP"…), since five digits alone are as often a score.
 *
 * Chat is full of numbers next to words ("3 goals at the park", "plaza a las 5", "auf platz 3",
 * "a 2 hour drive"), so a street's name may not hold a small word (at, the, a las…), and its number
 * may not be followed by a unit or a time. A shop's, cinema's or game venue's address is not the
 * child's: a street after one of those words in the same clause is left alone.
 */
const EN_STREET = String.raw`(?:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|terrace|grove|gardens|gdns|square|sq|mews|row|boulevard|blvd|parade|wynd)`;
const FR_STREET = String.raw`(?:rue|avenue|av|boulevard|bd|allee|chemin|impasse|place|quai|route|square|residence|lotissement)`;
const ES_STREET = String.raw`(?:calle|c/|avda|avenida|plaza|pza|paseo|camino|carretera|ronda|travesia|glorieta|urbanizacion|urb)`;
/** Polish abbreviations need their dot ("al 5" is as often Spanish "al"); full words don't. */
const PL_STREET = String.raw`(?:ul\.?|ulica|ulicy|al\.|aleja|alei|pl\.|plac|placu|os\.|osiedle|osiedlu)`;
const DE_SUFFIX = String.raw`(?:strasse|str|weg|gasse|platz|allee|ring|damm|chaussee)`;
const WORD = String.raw`[\p{L}'-]+`;

/** Each pattern captures the street's name words (group 1); the number is in the match. */
const STREETS: RegExp[] = [
  // en: "14 maple close", "221b baker street", "9, oak tree rd"
  new RegExp(String.raw`(?:^|[^\p{L}\d])\d{1,4}[a-z]?,?\s((?:${WORD}\s){1,3})${EN_STREET}(?![\p{L}])`, 'u'),
  // fr: "12 rue des lilas", "3 bis avenue jean jaures"
  new RegExp(String.raw`(?:^|[^\p{L}\d])\d{1,4}(?:\s?(?:bis|ter))?,?\s${FR_STREET}\.?\s${WORD}`, 'u'),
  // es: "calle almendro 14", "avenida de la paz, 221", "c/ mayor n 3"
  new RegExp(String.raw`(?:^|[^\p{L}])${ES_STREET}\.?\s?((?:${WORD}\s?){1,4}?),?\s?(?:n[o.º°]?\s?)?\d{1,4}(?![\d:]|[.,]\d)`, 'u'),
  // de: "lindenstrasse 14", "hauptstr. 221", "berliner strasse 5"
  new RegExp(String.raw`(?:^|[^\p{L}])(${WORD}${DE_SUFFIX}|${WORD}\s(?:strasse|str|allee|weg|gasse))\.?\s\d{1,4}[a-z]?(?![\d:]|[.,]\d)`, 'u'),
  // pl: "ul. kwiatowa 14/3", "aleja roz 221", "os. zlote 5"
  new RegExp(String.raw`(?:^|[^\p{L}])${PL_STREET}\s?((?:${WORD}\s){1,3}?)\d{1,4}[a-z]?(?:/\d{1,4})?(?![\d:]|[.,]\d)`, 'u'),
];

/** Words that are never part of a street's name in these patterns (any of the five languages). */
const NOT_A_NAME = new Set(
  ('at the in on to a an and or my your his her our of for with from by is was are be more other very so too really just ' +
    'hour hours minute minutes min mins mile miles day days week weeks year years goal goals point points time times people ' +
    'kids friends games levels more less same next other lado al cerca esquina cote coin ecke nahe obok rogu ' +
    'a las los en con por para que y o un una mi tu su minutos horas dias semanas veces puntos goles ' +
    'a au aux les des en et ou un une mon ton son minutes heures jours fois buts ' +
    'auf dem den der die das im am um in und oder ein eine mein dein minuten stunden tage mal tore ' +
    'na w we o do i z ze od po za moj twoj minut godzin dni razy gole').split(' '),
);
/** The number is a quantity or a time, not a house: "5 min", "at 5:30", "12 euros". */
const UNIT_AFTER =
  /^\s?(?:min|mins|minutes?|minutos?|minuten?|minut|h|hrs?|hours?|horas?|heures?|stunden?|godzin[ay]?|uhr|km|kms|metres?|meters?|metros?|euros?|eur|€|£|\$|zl|pounds?|points?|pts|xp|%|x|years?|anos|ans|jahre|lat|pm|am|o'?clock)\b/;

/** Places whose address is not the child's. */
const VENUE =
  /\b(?:shop|store|cinema|restaurant|cafe|mcdonalds|gamestop|arcade|museum|library|gym|mall|market|tienda|cine|restaurante|museo|biblioteca|magasin|boutique|musee|bibliotheque|laden|spieleladen|kino|geschaft|bibliothek|sklep|restauracja|muzeum|biblioteka|galeria)\b[^.!?;]*$/;

/** Small words that may sit inside a street's name ("calle de la paz") but never end it. */
const CONNECTORS = new Set(['de', 'del', 'la', 'el', 'des', 'du', 'le', 'los', 'las', 'von', 'der']);

function plausibleName(words: string | undefined): boolean {
  const list = (words ?? '').trim().split(/\s+/).filter(Boolean);
  if (list.length === 0) return true;
  const last = list[list.length - 1]!;
  if (NOT_A_NAME.has(last) || CONNECTORS.has(last)) return false;
  return list.every((word) => CONNECTORS.has(word) || !NOT_A_NAME.has(word));
}

function streetHit(folded: string): boolean {
  for (const pattern of STREETS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    if (!plausibleName(match[1])) continue;
    if (UNIT_AFTER.test(folded.slice(match.index + match[0].length))) continue;
    if (VENUE.test(folded.slice(0, match.index + 1))) continue;
    return true;
  }
  return false;
}

/** "I live…": a residence cue in each language. */
const LIVE = String.raw`(?:i\s(?:live|stay)|we\s(?:live|stay)|my\s(?:house|home|address)\s(?:is|s)|vivo|vivimos|mi\s(?:casa|direccion)\s(?:es|esta)|j'habite|j\shabite|on\shabite|mon\sadresse|ich\swohne|wir\swohnen|meine\sadresse|mieszkam|mieszkamy|moj\sadres)`;
/** "I live" followed by a street, with or without a number ("i live on maple close", "vivo en la calle almendro"). */
const LIVING_ON_STREET: RegExp[] = [
  // The name comes before the street word (en), or after it (fr, es, pl).
  new RegExp(String.raw`${LIVE}\s(?:at|on|in)?\s?(?:the\s)?((?:${WORD}\s){1,3}?)${EN_STREET}(?![\p{L}])`, 'u'),
  new RegExp(String.raw`${LIVE}\s(?:en|a|au|na|przy|dans)?\s?(?:la\s|el\s|le\s|l')?(?:${FR_STREET}|${ES_STREET}|${PL_STREET})\s?(${WORD}(?:\s${WORD}){0,2}?)(?![\p{L}'-])`, 'u'),
  new RegExp(String.raw`${LIVE}\s(?:in\sder|in|im|an\sder|am)\s${WORD}${DE_SUFFIX}(?![\p{L}])`, 'u'),
  // Polish names streets as adjectives: "mieszkam na kwiatowej / dlugiej / slonecznej".
  /mieszkam(?:y)? (?:na|przy) (?:ulicy |ul\.? )?\p{L}+(?:owej|nej|iej)\b/u,
];

/** Postcodes that look like nothing else. UK: the inward code's letters exclude C, I, K, M, O, V. */
const UK_POSTCODE = /(?:^|[^\p{L}\d])[a-z]{1,2}\d[a-z\d]?\s?\d[abd-hjlnp-uw-z]{2}(?![\p{L}\d])/u;
const PL_POSTCODE = /(?:^|[^\d-])\d{2}-\d{3}(?![\d-])/;
/** Five-digit (or ZIP+4) codes only after a word that names them. */
const NAMED_POSTCODE =
  /(?:postcode|post code|zip(?: ?code)?|codigo postal|cod\. postal|\bc\.?p\.?|code postal|\bplz|postleitzahl|kod pocztowy)\s?(?:is|es|est|c'est|ist|to|:)?\s?(?:\d{5}(?:-\d{4})?|\d{2}-\d{3}|[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2})(?!\d)/;
/** "i live in 28013", "j'habite 75011 paris": a residence cue then five digits. */
const LIVING_IN_POSTCODE = new RegExp(String.raw`${LIVE}\s(?:in|en|a|au|na|w)?\s?\d{5}(?!\d)`, 'u');

function livingOnStreet(folded: string): boolean {
  for (const pattern of LIVING_ON_STREET) {
    const match = pattern.exec(folded);
    if (match && plausibleName(match[1])) return true;
  }
  return false;
}

export function hasAddress(folded: string): boolean {
  return (
    streetHit(folded) ||
    livingOnStreet(folded) ||
    UK_POSTCODE.test(folded) ||
    PL_POSTCODE.test(folded) ||
    NAMED_POSTCODE.test(folded) ||
    LIVING_IN_POSTCODE.test(folded)
  );
}
