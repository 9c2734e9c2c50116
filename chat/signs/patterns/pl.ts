/**
 * Polish warning-sign patterns, over normalised text (../normalise.ts: no diacritics — "ą" →
 * "a", "ł" → "l", "ż" → "z"). Polish changes word endings with person and case, so stems carry
 * the rules ("powiedz|mow", "rodzic\w*", "zdjeci\w*").
 */
import type { LanguagePatterns } from '../pattern-types';

const PARENTS = String.raw`(?:rodzic\w*|mam(?:a|ie|y|e|o)|mamusi\w*|tat(?:a|y|u|e|o)|tatus\w*|rodzin\w*|nauczyciel\w*|babci\w*|dziadk\w*)`;
const YOUR = String.raw`(?:twoi(?:m|ch)?|twoj(?:a|ej|e|emu|ego)?|swoi(?:m|ch)?)`;
const MONEY = String.raw`(?:robux\w*|v[ -]?bucks\w*|vbucks\w*|nitro|skin\w*|kart\w* podarunkow\w*|doladowani\w*|pieniadz\w*|pieniedz\w*|kas\w*|hajs\w*|zl|zlotych|\d+ ?zl|telefon\w*|iphone\w*|ipad\w*|konsol\w*|ps5|xbox\w*|switch\w*|karnet\w*|co tylko chcesz|co chcesz|prezent\w*|ubran\w*|ciuch\w*|kosmetyk\w*|gem\w*|monet\w*)`;
const APP = String.raw`(?:snap\w*|whatsapp\w*|telegram\w*|kik\w*|signal\w*|discord\w*|insta\w*|messenger\w*|skype\w*|sms\w*|priv|pw|inn\w* aplikacj\w*)`;
const PRIVATE = String.raw`(?:bardziej prywatn\w*|prywatni\w*|prywatn\w*|bezpieczniej|w sekrecie|po cichu|nikt (?:nie )?(?:zobaczy|widzi|przeczyta|czyta|dowie|wie)|zeby (?:rodzice|mama|tata|nikt) (?:nie )?(?:widzieli|widzial\w*|wiedzieli|wiedzial\w*)|(?:rodzice|mama|tata) (?:nas |tego )?nie (?:zobacza|widza|zobaczy|przeczytaja|dowiedza)|znikaj\w*|tylko my|tylko ty i ja)`;

export const pl: LanguagePatterns = {
  slang: {
    nwm: 'nie wiem', wgl: 'w ogole', jj: 'juz jade', spk: 'spoko', pzdr: 'pozdro', plz: 'prosze', pls: 'prosze', plis: 'prosze',
    cb: 'ciebie', ci: 'ci', mnb: 'mnie', kc: 'kocham cie', kcm: 'kocham cie', tb: 'tobie', prv: 'priv', priva: 'priv', pv: 'priv',
    fota: 'fotka', fotki: 'fotki', zdj: 'zdjecie', sb: 'sobie', dzk: 'dzieki', nr: 'numer', teraz: 'teraz', irl: 'na zywo',
  },
  signs: {
    secrecy: [
      { pattern: String.raw`\bnie (?:mow|mowcie|powiedz|mowisz|pokazuj|wspominaj|opowiadaj)(?: o tym| tego| nic| nikomu)? ${YOUR} ${PARENTS}\b|\bnie (?:mow|mowcie|powiedz|pokazuj|wspominaj)(?: o tym| tego| nic)? (?:rodzicom|rodzinie|nauczycielom)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bnie (?:mow|powiedz|wspominaj)(?: o tym| tego| nic)? (?:nikomu|kolegom|kolezankom|znajomym)\b.{0,25}\b(?:ze (?:piszemy|gadamy|rozmawiamy|ze mna)|o nas|o mnie|co (?:ci )?(?:wyslal\w*|dal\w*)|ze ci)`, source: 'childline' },
      { pattern: String.raw`\b${YOUR}? ?(?:rodzice|mama|tata) nie (?:musza|musi|powinni|powinna|powinien|moga|moze) (?:o tym |tego |nic )?(?:wiedziec|sie dowiedziec|widziec|zobaczyc)\b`, source: 'herts-police' },
      { pattern: String.raw`\bnikt nie (?:musi|moze|powinien) (?:o (?:tym|nas) )?(?:wiedziec|sie dowiedziec)\b|\bnikt sie nie dowie\b`, source: 'vgt' },
      { pattern: String.raw`\bnasz (?:maly |wielki |wlasny )?sekret\b|\bnasza (?:mala )?tajemnic\w*\b|\b(?:mala|wyjatkowa) tajemnic\w*\b`, source: 'childline' },
      { pattern: String.raw`\b(?:zostaje|zostanie|niech zostanie|to zostaje|zostaw to) (?:tylko )?miedzy nami\b|\bmiedzy (?:toba a mna|nami dwojgiem)\b`, source: 'cik-uke' },
      { pattern: String.raw`\b(?:usun|usuwaj|skasuj|wykasuj|kasuj|wyczysc)(?:my)? (?:nasz\w* |t\w* |cala |wszystk\w* )?(?:rozmow\w*|czat\w*|wiadomosc\w*|historie|konwersacj\w*|zdjeci\w*)\b.{0,40}\b(?:jak|zanim|po|zeby|gdy|kiedy|bo)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bjak (?:${YOUR} )?(?:rodzice|mama|tata|ktos) (?:zapyta\w*|sprawdz\w*|zobacz\w*)\b.{0,40}\b(?:powiedz|mow|sklam)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:ukryj|schowaj|ukrywaj) (?:to|nasza rozmowe|czat) przed (?:${YOUR} )?${PARENTS}\b`, source: 'childnet' },
    ],
    photos: [
      { pattern: String.raw`\b(?:wyslij|wysylaj|przeslij|podeslij|pokaz|daj|zrob)(?: mi)? (?:jakies |jeszcze |wiecej |swoj\w* |twoj\w* )?(?:selfie|selfiaka|nudes\w*|nudy|nagie zdjeci\w*|zdjeci\w* siebie|fotk\w* siebie|zdjeci\w* ciebie|fotk\w* ciebie|zdjecie swoje|swoje zdjeci\w*|swoje fotk\w*|swoj\w* zdjeci\w*)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:wyslij|przeslij|podeslij|pokaz)(?: mi)? (?:jakies |jeszcze )?(?:zdjeci\w*|fotk\w*|foto|film\w*|nagrani\w*) (?:w (?:pizamie|bieliznie|staniku|stroju kapielowym|lozku|recznik\w*|swoim pokoju)|bez (?:ubrania|ciuchow|koszulki|niczego)|nago|nag\w*)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:moge|chce|chcialbym|chcialabym|daj mi) (?:zobaczyc|dostac|miec) (?:twoje |twoja |jakies )?(?:zdjeci\w*|fotk\w*|film\w*)\b|\bpokaz (?:mi )?(?:jak wygladasz|swoje cialo|swoja twarz|swoj pokoj|sie)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:wlacz|odpal|uruchom)(?: dla mnie)? (?:kamerk\w*|kamer\w*|kamere|wideo)\b.{0,30}\b(?:dla mnie|chce cie zobaczyc|zebym cie widzial\w*|tylko my|sam\w*|prywatnie|na priv)\b|\bwlacz dla mnie kamerk\w*\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:wideorozmow\w*|videorozmow\w*|kamerk\w*|facetime\w*|rozmow\w* wideo)\b.{0,20}\b(?:tylko my|tylko ty i ja|sam\w*|prywatnie|w swoim pokoju)\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:wyslal\w*|dal\w*) (?:ci )?(?:swoje|moje|jedno|zdjecie)\b.{0,30}\b(?:teraz ty|twoja kolej|wyslij)\b`, source: 'ncmec' },
    ],
    'move-app': [
      { pattern: String.raw`\b(?:piszmy|pisz|przejdzmy|chodz|wejdz|napisz|pogadajmy)\b.{0,20}\b(?:na priv|na pw|na prywatn\w*|prywatnie|na privie)\b`, source: 'vgt' },
      { pattern: String.raw`\b${APP}\b.{0,50}${PRIVATE}`, source: 'vgt' },
      { pattern: String.raw`${PRIVATE}.{0,50}\b(?:na|w|przez|sciagnij|pobierz|zainstaluj) ${APP}\b`, source: 'youngdata' },
    ],
    gifts: [
      { pattern: String.raw`\b(?:kupie|kupilbym|kupilabym|dam|dalbym|wysle|przesle|zaplace|doladuje|sprezentuje|podaruje|moge (?:ci )?(?:kupic|dac|wyslac|przeslac|zaplacic|doladowac)) (?:ci |tobie )?(?:nowy |nowa |nowe |darmowe |troche |jakies )?(?:\d+ ?)?${MONEY}`, source: 'vgt' },
      { pattern: String.raw`\b(?:chcesz|potrzebujesz)(?: troche| jakies)? (?:darmow\w* )?(?:robux\w*|vbucks\w*|v bucks\w*|nitro|kas\w*|pieniadz\w*|pieniedz\w*|kart\w* podarunkow\w*|gem\w*|skin\w*)\b`, source: 'swgfl' },
      { pattern: String.raw`\b(?:jak|jesli|jezeli) (?:mi )?[a-z]+\b.{0,40}\b(?:dam|kupie|wysle|zaplace) ci\b`, source: 'ncmec' },
    ],
    'personal-questions': [
      { pattern: String.raw`\bile (?:ty )?masz lat\b|\bw jakim jestes wieku\b|\bktory masz rocznik\b|\bjaki masz rocznik\b|\bjestes (?:juz )?pelnoletni\w*\b`, source: 'leeds-scp' },
      { pattern: String.raw`\bjestes (?:teraz |dzis |dzisiaj |dzis wieczorem )?(?:sam|sama)(?: w domu)?\b(?! w (?:lobby|grze|meczu|druzynie))|\bjestes (?:teraz |dzis )?(?:sam|sama)\b`, source: 'polizei-nrw' },
      { pattern: String.raw`\bczy ktos (?:jest )?(?:z toba|u ciebie|w pokoju)\b|\bsa ${YOUR}? ?rodzice (?:w domu|u siebie|obok)\b|\bczy (?:twoi )?rodzice sa w domu\b|\bgdzie sa ${YOUR}? ?rodzice\b|\bkiedy ${YOUR}? ?rodzice (?:wychodza|wracaja|ida spac)\b`, source: 'polizei-nrw' },
      { pattern: String.raw`\bkto jeszcze (?:korzysta|uzywa) z (?:twojego )?(?:komputera|laptopa|telefonu|tabletu)\b|\bgdzie (?:stoi|masz) (?:twoj )?(?:komputer|laptop)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bgdzie mieszkasz\b|\bjaki (?:masz|jest twoj) adres\b|\bpodaj (?:mi )?(?:swoj )?adres\b|\bw jakim miescie mieszkasz\b|\bna jakiej ulicy mieszkasz\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:do|w) (?:jakiej|ktorej) szkol\w* (?:chodzisz|jestes)\b|\bjak sie nazywa twoja szkola\b`, source: 'thinkuknow' },
    ],
    meet: [
      { pattern: String.raw`\b(?:spotkac|spotkajmy|spotkamy|zobaczyc|zobaczymy|poznac)\b.{0,20}\b(?:na zywo|w realu|naprawde|osobiscie|twarza w twarz|sam na sam|tylko my|wreszcie|w koncu|kiedys)\b|\b(?:kiedys|wreszcie|w koncu|na zywo|w realu)\b.{0,15}\b(?:spotkac|spotkajmy|spotkamy|poznac)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:musimy|powinnismy|chce|chcialbym|chcialabym) (?:sie )?(?:spotkac|cie poznac|cie zobaczyc)\b(?! (?:na lekcji|w szkole|o \d|na nauke))`, source: 'childnet' },
      { pattern: String.raw`\bprzyjdz (?:do mnie|sam|sama)\b|\bprzyjedz do mnie\b|\bodwiedz mnie\b`, source: 'lawstuff' },
      { pattern: String.raw`\b(?:przyjade|przyjde|moge przyjechac|moge przyjsc) (?:do )?(?:twojego miasta|twojej miejscowosci|ciebie|pod twoj dom)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:odbiore (?:cie|ciebie)|moge (?:cie |ciebie )?odebrac(?: cie)?|przyjade po (?:cie|ciebie))\b.{0,20}\b(?:z domu|spod domu|tak zeby|gdzie nikt)\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:zaplace|zafunduje|kupie) (?:ci )?(?:za )?(?:pociag|bilet|autobus|taksowke|uber\w*)\b`, source: 'lawstuff' },
      { pattern: String.raw`\bnie (?:bierz|zabieraj|przyprowadzaj) nikogo\b`, source: 'bee-secure' },
    ],
    sexual: [
      { pattern: String.raw`\b(?:seks\w*|sex|nag\w*|nago|nudes\w*|cycki|cyck\w*|penis\w*|kutas\w*|cipk\w*|pochw\w*|masturb\w*|porno\w*|podniecon\w*|napalon\w*)\b`, source: 'ncmec' },
      { pattern: String.raw`\bjestes (?:jeszcze )?dziewic\w*\b|\brozmiar stanika\b`, source: 'leeds-scp' },
      { pattern: String.raw`\bjestes (?:bardzo |taka |taki |super )?(?:sexy|seksown\w*)\b|\b(?:sexy|seksown\w*) (?:zdjeci\w*|fotk\w*)\b`, source: 'childline' },
      { pattern: String.raw`\bcalowal(?:es|as) sie (?:juz )?(?:kiedys )?\b|\bcalowal\w* sie juz\b|\bczy ktos cie (?:juz )?calowal\b`, source: 'cik-uke' },
      { pattern: String.raw`\bco (?:masz|nosisz) (?:teraz )?na sobie\b(?! (?:na|jutro|do))`, source: 'leeds-scp' },
      { pattern: String.raw`\bdotykasz sie\b|\brozbierz sie\b|\bzdejmij (?:ubrani\w*|koszulk\w*|stanik)\b`, source: 'ncmec' },
    ],
  },
  weak: {
    secrecy: [
      { pattern: String.raw`\bnie (?:mow|powiedz)(?: o tym| tego| nic)? nikomu\b|\bzachowaj to dla siebie\b|\bto (?:jest )?(?:sekret|tajemnica)\b`, source: 'herts-police' },
    ],
  },
  cues: {
    flattery: [
      { pattern: String.raw`\bjestes (?:dla mnie )?(?:taka |taki |bardzo |super |najbardziej |strasznie |mega )*(?:piekn\w*|sliczn\w*|ladn\w*|sloddk\w*|slodk\w*|przystojn\w*|cudown\w*|wyjatkow\w*|idealn\w*|dojrzal\w*|niesamowit\w*|sexy|seksown\w*|boska|boski)\b`, source: 'vgt' },
      { pattern: String.raw`\b(?:dojrzal\w*|madr\w*) jak na swoj wiek\b|\bnie jestes jak inn\w*\b|\bnikt mnie tak nie rozumie jak ty\b`, source: 'ncmec' },
    ],
    urgency: [
      { pattern: String.raw`\b(?:odpisz|odpowiedz|napisz)(?: mi)?(?: do mnie)? (?:teraz|natychmiast|szybko|juz|zaraz|od razu)\b|\bczemu (?:mi )?nie (?:odpisujesz|odpowiadasz)\b|\bnie ignoruj mnie\b|\bpospiesz sie\b|\bnatychmiast\b|\bzanim (?:pojdziesz|wyjdziesz|bedzie za pozno)\b|\bodpisz\b\s*[!?]*$`, source: 'childnet' },
    ],
  },
  unless: {
    sexual: [String.raw`\bwychowani\w* do zycia w rodzinie\b|\bedukacj\w* seksualn\w*\b|\bnagrod\w*\b|\bnagran\w*\b|\bnaglowk\w*\b|\bnagl\w*\b`],
    'move-app': [String.raw`\bprywatn\w* serwer\w*\b|\bprywatn\w* (?:gr\w*|mecz\w*|lobby|kont\w*|profil\w*)\b|\b(?:grup\w*|czat klasowy)\b.{0,20}\b(?:przenies\w*|jest teraz)\b`],
    gifts: [String.raw`\b(?:urodzin\w*|swiat\w*|gwiazdk\w*|imienin\w*)\b|\b(?:moja |twoja )?(?:mama|tata|babcia) (?:mowi|powiedzial\w*)\b`],
    meet: [String.raw`\b(?:twoja|twoj|twoi) (?:mama|tata|rodzice) (?:mowi|mowia|powiedzial\w*|wie|wiedza)\b`, String.raw`\bw (?:grze|lobby|minecraf\w*|roblox\w*|fortni\w*|discord\w*|meczu)\b`],
  },
};
