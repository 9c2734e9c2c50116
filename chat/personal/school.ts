/**
 * A named school: "I go to Oakfield Primary", "mi insti es el IES Cervantes", "je suis au collège
 * Jean Moulin", "ich geh auf die Goethe-Grundschule", "chodzę do Szkoły Podstawowej nr 12".
 * A kind of school with a name — not "school" alone ("see you at school", "the school trip"),
 * not an activity's school (swimming school, Tanzschule, autoescuela).
 */
const NAME = String.raw`[\p{L}'.-]+`;

/** Words that are not a school's name: small words, time words, adjectives, activities. */
const NOT_A_NAME = new Set(
  ('the a an my your our their his her this that same new old big small next other local nearby after sunday summer ' +
    'later now soon tonight tomorrow today yesterday then too so really very bus car train ' +
    'esta es son fue empieza abre cierra empiezan despues luego lunes martes miercoles jueves viernes sabado domingo ' +
    'en con por y que o pero porque ya ahora tarde pronto muy mas cerrado cerrada abierto nuevo ' +
    'est sont commence ferme ouvre apres lundi mercredi jeudi vendredi samedi dimanche et ou mais avec pour par ce cet ' +
    'maintenant tard bientot tres plus ferme fermee ouvert ouverte tout toute tous heure ' +
    'trop super tellement vraiment nul nulle bien cool genial grand grande petit petite loin pres chiant ' +
    'muy super un una rollo lejos cerca genial ' +
    'swimming dance driving language music art drama ballet football karate riding primary secondary high ' +
    'at to in from of for and or is was year class today tomorrow boring closed ' +
    'el la los las un una mi tu su del de al nuevo nueva viejo otro otra manana hoy ayer ' +
    'le les un une mon ma ton ta son sa notre nouveau nouvelle ancien autre demain aujourd\'hui hier en au aux du des ' +
    'der die das dem den ein eine mein meine dein deine neue neuen alte anderen morgen heute gestern grund musik tanz fahr sprach ' +
    'ballett schwimm reit volkshoch berufs hoch abend sonntags ' +
    'moja moje moj twoja nowa nowej stara innej jutro dzis wczoraj tej ').split(/\s+/),
);

const EN_KIND = String.raw`(?:primary(?:\sschool)?|academy|high\sschool|high|secondary(?:\sschool)?|grammar(?:\sschool)?|college|elementary(?:\sschool)?|middle\sschool|junior\sschool|juniors|infants?(?:\sschool)?|prep(?:\sschool)?|community\sschool|school)`;

/** Each captures the name words in group 1. */
const NAMED: RegExp[] = [
  // en: "i go to oakfield primary", "im in year 7 at hollins park high school", "my school is st marys academy"
  new RegExp(String.raw`(?:go(?:es)?\sto|attend|i'?m\sat|i\sam\sat|study\sat|year\s\d{1,2}\sat|my\sschool\s(?:is|s)|at|from)\s(?:the\s)?((?:${NAME}\s){1,3}?)${EN_KIND}(?![\p{L}])`, 'u'),
  // en: "green field academy is my school"
  new RegExp(String.raw`(?:^|[^\p{L}])((?:${NAME}\s){1,3}?)${EN_KIND}\s(?:is\s|s\s)?my\sschool`, 'u'),
  // en: "my school is called riverside", "my school is st marys"
  new RegExp(String.raw`my\sschool(?:\sis|'s|\ss)?\s(?:called|named|(?=st\s|saint\s))\s?((?:${NAME}\s?){1,3})`, 'u'),
  // es: "voy al colegio san gabriel", "mi insti es el ies cervantes", "en el instituto ramiro de maeztu"
  new RegExp(String.raw`(?<![\p{L}])(?:colegio|cole|instituto|insti|escuela|ies|ceip|cp|cei|colegio\spublico)\s(?:es\s)?(?:el\s|la\s)?((?:${NAME}\s?){1,4})`, 'u'),
  // fr: "je suis a l'ecole jules ferry", "mon college c'est le college jean moulin", "au lycee victor hugo"
  new RegExp(String.raw`(?<![\p{L}])(?:ecole(?:\sprimaire|\selementaire)?|college|lycee|groupe\sscolaire)\s(?:c'est\s)?(?:le\s|la\s|l')?((?:${NAME}\s?){1,4})`, 'u'),
  // de: "goethe-grundschule", "anne-frank-realschule", "das schiller-gymnasium", "schillergymnasium"
  new RegExp(String.raw`(?:^|[^\p{L}])((?:(?!(?:der|die|das|dem|den|auf|aufs|zur|zum|in|an|ins|im|ist|eine|einer|meine|die)[-\s])[\p{L}']+[-\s]){0,2}[\p{L}]+?)[-\s]?(?:grundschule|gymnasium|realschule|gesamtschule|hauptschule|oberschule|mittelschule|volksschule|gemeinschaftsschule|sekundarschule)(?![\p{L}])`, 'u'),
];

/** Polish schools go by number or patron: "szkoly podstawowej nr 12", "sp 5", "liceum im. kopernika". */
const PL_NUMBERED = /(?:szkol[aey]\spodstawow(?:a|ej)|\bsp|liceum(?:\sogolnoksztalcace)?|\blo|gimnazjum|technikum|zespol\sszkol)\s?(?:nr\.?|numer|no\.?)?\s?\d{1,3}(?![\d:])/;
const PL_PATRON = /(?:szkol[aey]|liceum|technikum|gimnazjum|\blo)\s(?:\p{L}+\s)?(?:im\.|imienia)\s?\p{L}+/u;
/** Spanish and French name schools by acronym: "ies cervantes", "ceip san jose". */

function plausible(words: string | undefined): boolean {
  const list = (words ?? '').trim().split(/[\s-]+/).filter(Boolean);
  if (list.length === 0) return false;
  const last = list[list.length - 1]!;
  const first = list[0]!;
  if (NOT_A_NAME.has(first) || NOT_A_NAME.has(last) || /^\d+$/.test(last)) return false;
  return list.some((word) => word.length >= 3 && !NOT_A_NAME.has(word));
}

export function hasSchool(folded: string): boolean {
  if (PL_NUMBERED.test(folded) || PL_PATRON.test(folded)) return true;
  for (const pattern of NAMED) {
    const match = pattern.exec(folded);
    if (match && plausible(match[1])) return true;
  }
  return false;
}
