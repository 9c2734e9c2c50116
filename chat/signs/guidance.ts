/**
 * The published child-protection guidance each warning-sign pattern comes from. Pattern files
 * (patterns/<lang>.ts) name one of these ids beside every rule; tests/chat-eval uses the same
 * ids for the sentences written from them. Documentation only: stripped from nothing, never
 * shown to the child (the child's words are in _locales).
 *
 * Found with the project's page search (stored copies of public pages); `seen` is what the page
 * lists, in our words.
 */
export interface Guidance {
  publisher: string;
  url: string;
  language: 'en' | 'es' | 'fr' | 'de' | 'pl';
  /** The signs it names, paraphrased. */
  seen: string;
}

export const GUIDANCE = {
  'police-2019': {
    publisher: 'UK police advice, 2019 (the article in shared/seeds)',
    url: 'shared/seeds/000_c49c406e177812f3.txt',
    language: 'en',
    seen: 'help children recognise people trying to take advantage of them; no one has the right to make you do something you do not want; talk to a grown-up',
  },
  childnet: {
    publisher: 'Childnet International',
    url: 'https://www.childnet.com/young-people/secondary/grooming/how-can-i-tell-if-someone-i-know-is-being-groomed',
    language: 'en',
    seen: 'pressure to meet up offline, share personal information, send images or videos, share sexual messages, keep contact private or keep secrets, not talk to friends or family, always be available and reply at once',
  },
  childline: {
    publisher: 'Childline (NSPCC), "Online grooming" signs, as republished at helpmymobile.co.uk',
    url: 'http://helpmymobile.co.uk/index.php/everything-apple/online-grooming',
    language: 'en',
    seen: 'lots of messages in many ways; asking you to keep conversations secret, a "special secret"; asking who else uses your computer or which room it is in; sexual messages, compliments on your body, "have you ever been kissed?"; blackmail for images',
  },
  vgt: {
    publisher: 'Virtual Global Taskforce (with CEOP), FAQ',
    url: 'http://virtualglobaltaskforce.com/library/faqs/',
    language: 'en',
    seen: 'gifts; compliments, flattery and lots of attention; asking to keep secrets; isolating from friends and family; talking about sex; asking for sexy pictures; asking to message on a private chat',
  },
  ncmec: {
    publisher: 'NCMEC, The Online Enticement of Children (CyberTipline analysis, 2017), summarised at missingkids.org and haygoodyouth.com',
    url: 'https://haygoodyouth.com/2018/02/06/online-enticement/',
    language: 'en',
    seen: 'sexual conversation or role-play (34%); asking for sexually explicit images (33%); rapport through compliments and praise (29%); sending explicit images; pretending to be younger; asking for a mutual exchange of images; offering incentives for content',
  },
  thinkuknow: {
    publisher: 'CEOP Thinkuknow SMART rules, as taught by schools (kshs.uk e-safety page)',
    url: 'https://www.kshs.uk/e-safety',
    language: 'en',
    seen: 'keep personal information safe: name, email, phone number, home address, school name; meeting someone met online can be dangerous',
  },
  'leeds-scp': {
    publisher: 'Leeds Safeguarding Children Partnership, online safety for children',
    url: 'https://www.leedsscp.org.uk/children/online-safety',
    language: 'en',
    seen: 'groomers want to know your age, where you live, who else uses your computer or phone; move conversations to sexual experiences; ask for sexual photos; want to meet up; ask you to chat about sex or do sexual things on webcam',
  },
  lawstuff: {
    publisher: 'Lawstuff (Coram Children\'s Legal Centre), online grooming',
    url: 'https://lawstuff.org.uk/online-safety/online-grooming/',
    language: 'en',
    seen: 'asked to send sexual material; asked to keep the conversation secret; lots of messages; made to feel guilty; asked to meet up in person; asked very personal information early',
  },
  nsscp: {
    publisher: 'North Somerset Safeguarding Children Partnership, staying safe online',
    url: 'https://nsscp.co.uk/resources-children-young-people/staying-safe-online',
    language: 'en',
    seen: 'groomers may offer to buy gifts or things you want, take you on trips, listen and give advice; keep mobile numbers and addresses to yourself',
  },
  'herts-police': {
    publisher: 'Hertfordshire Constabulary, grooming advice',
    url: 'https://www.herts.police.uk/advice/advice-and-information/gr/grooming/',
    language: 'en',
    seen: 'groomers give lots of attention and gifts; may warn the child not to talk to anyone about it; may pretend to be younger',
  },
  swgfl: {
    publisher: 'Report Harmful Content (SWGfL, UK Safer Internet Centre), grooming',
    url: 'https://reportharmfulcontent.com/advice/other/grooming/',
    language: 'en',
    seen: 'pretending to be someone they are not; buying gifts; acting as a mentor; attention and flattery',
  },
  youngdata: {
    publisher: 'Young Data (Datenschutzkonferenz der Länder), "Wie erkennst du Cybergrooming?"',
    url: 'https://youngdata.de/a/wie-erkennst-du-cybergrooming',
    language: 'de',
    seen: 'wants contact on several messaging channels; asks for phone number or address; keeps parents from knowing; many compliments; asks for harmless then intimate pictures; sexual allusions; wants to meet offline; blackmail',
  },
  'polizei-nrw': {
    publisher: 'Polizei NRW Wuppertal, "Cybergrooming ist eine Straftat"',
    url: 'https://wuppertal.polizei.nrw/artikel/cybergrooming-ist-sexuelle-belaestigung-cybergrooming-ist-eine-straftat',
    language: 'de',
    seen: 'pushy questions about offline activities and surroundings, whether the tablet, laptop or phone is used alone without supervision; asking for special photos',
  },
  'internet-abc': {
    publisher: 'Internet-ABC (Landesanstalten für Medien), Lexikon: Cybergrooming',
    url: 'https://internet-abc.de/kinder/lexikon/c/cybergrooming',
    language: 'de',
    seen: 'pretend to be friends to win trust; ask for photos or videos; want to talk about sex; send pictures of naked people',
  },
  jodel: {
    publisher: 'Jodel support, "Cybergrooming und Hilfsangebote" (platform safety page)',
    url: 'https://support.jodel.com/de/articles/273225-cybergrooming-und-hilfsangebote',
    language: 'de',
    seen: 'being pushed to meet alone or to show yourself on camera; inappropriate messages or pictures',
  },
  'bee-secure': {
    publisher: 'BEE SECURE (Luxembourg government initiative), grooming',
    url: 'https://bee-secure.lu/fr/risques/grooming',
    language: 'fr',
    seen: 'wins trust to get name, age and address; checks by video chat, messaging or phone that it is a child; asks for nude photos or to undress on camera; can end in a meeting',
  },
  cameleon: {
    publisher: 'Association Caméléon, le grooming',
    url: 'https://cameleon-association.org/?p=44419',
    language: 'fr',
    seen: 'pretends to be the same age; offers gifts; exchanges secrets ("has he ever kissed anyone?"); increasingly intimate questions; asks for intimate photos or videos; forces a meeting',
  },
  bouygues: {
    publisher: 'Bouygues Telecom, "Grooming : comment protéger les enfants" (operator advice page)',
    url: 'https://mag.bouyguestelecom.fr/engagements/grooming-en-ligne-comment-proteger-vos-enfants/',
    language: 'fr',
    seen: 'gifts, compliments, little secrets; refuse to go alone to a meeting with someone met online',
  },
  incibe: {
    publisher: 'INCIBE (Instituto Nacional de Ciberseguridad), as quoted by Business Insider España',
    url: 'https://www.businessinsider.es/grooming-como-detectar-hijo-sufre-acoso-internet-1377809',
    language: 'es',
    seen: 'an adult wins the child\'s trust, then emotional control, then sexual blackmail; fake profiles of the same age and tastes',
  },
  'cabildo-gc': {
    publisher: 'Internet sin riesgos (Cabildo de Gran Canaria), "Stop grooming" tips for young people',
    url: 'https://cabildo.dev3.prometeoinnovations.com/index.php/es/educacion-y-formacion/portales-educacion/internet-sin-riesgos/tips-y-consejos/para-jovenes/stop-grooming',
    language: 'es',
    seen: 'people who catch your attention by flattering your looks or your things; never share intimate photos, personal data or your timetable with people you only know online',
  },
  'cik-uke': {
    publisher: 'UKE Centrum Informacji Konsumenckiej, "Grooming – uwodzenie w sieci"',
    url: 'https://cik.uke.gov.pl/edukacjatop/klikam-z-glowa/artykuly-edukacyjne/grooming-uwodzenie-w-sieci,25.html',
    language: 'pl',
    seen: 'questions about where the computer stands; requests to delete conversations "because of the special friendship"; has the child ever kissed, had a boyfriend or girlfriend; preparing a meeting; parents shown as enemies; blackmail',
  },
  fdds: {
    publisher: 'Fundacja Dajemy Dzieciom Siłę, "Dziecko w Sieci"',
    url: 'https://fdds.pl/dzieckowsieci.html',
    language: 'pl',
    seen: 'limited trust towards strangers met online; careful with information about yourself',
  },
} satisfies Record<string, Guidance>;

export type GuidanceId = keyof typeof GUIDANCE;
