/**
 * English warning-sign patterns (issue 12), over normalised text (../normalise.ts). Each rule
 * names the guidance it is written from (../guidance.ts). Precision first: a note that fires on
 * everyday chat teaches a child to ignore it, so each rule needs the part of the sign that an
 * everyday message lacks — who must not know (parents), what the photo is of (you), why the
 * other app (private), what is offered (money, game currency).
 */
import type { LanguagePatterns } from '../pattern-types';

const PARENTS = String.raw`(?:mum|mom|mummy|mommy|mam|dad|daddy|parents?|family|carers?|teachers?|step ?mum|step ?dad|nan|gran)`;
const ANYONE = String.raw`(?:anyone|anybody|no one|noone|nobody|people|your friends|ur friends)`;
const NOT = String.raw`(?:dont|do not|never|cant|cannot|can not|mustnt|must not|shouldnt|better not|no need to|dont need to|dont have to|you dont have to|wont)`;
const TELL = String.raw`(?:tell|say|show|mention|talk|speak)`;
const PIC = String.raw`(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|pix|snap|snaps|video|videos|vid|vids|face ?pic|face ?pics)`;
const MONEY = String.raw`(?:robux|v[ -]?bucks|vbucks|nitro|skins?|gift ?cards?|money|cash|£ ?\d+|\$ ?\d+|\d+ ?(?:quid|pounds|dollars|euros)|phone|iphone|ipad|airpods|console|ps5|playstation|xbox|switch|battle ?pass|membership|premium|gems|coins|anything you want|whatever you want|presents?|gifts?|clothes|make ?up|a top up|credit)`;
const APP = String.raw`(?:snap|snapchat|whatsapp|telegram|kik|signal|discord|insta|instagram|ig|wickr|session|wire|threema|line|viber|skype|facetime|text|texts|sms|email|messenger|dms?|pm|another app|other app|different app)`;
const PRIVATE_CUE = String.raw`(?:more private|private|privately|safer|secret|secretly|no one (?:can|will|would) (?:see|read|know|find)|nobody (?:can|will|would) (?:see|read|know|find)|noone (?:can|will) (?:see|read|know)|without (?:your|anyone) ${PARENTS}?\s?(?:seeing|knowing|finding out)|${PARENTS} (?:cant|wont|dont|cannot|will not|never) (?:see|read|check|know|find)|disappear|disappearing|delete themselves|just (?:us|you and me|the two of us)|only (?:us|you and me))`;

export const en: LanguagePatterns = {
  slang: {
    u: 'you', ya: 'you', yu: 'you', ur: 'your', r: 'are', urself: 'yourself', yourslf: 'yourself', pls: 'please', plz: 'please',
    rn: 'right now', irl: 'in real life', ppl: 'people', bc: 'because', cuz: 'because', coz: 'because', wanna: 'want to', gonna: 'going to',
    gotta: 'got to', lemme: 'let me', gimme: 'give me', pix: 'pics', ily: 'i love you',
    b4: 'before', l8r: 'later', '2nite': 'tonight', '2day': 'today', '2moro': 'tomorrow', tmrw: 'tomorrow', wud: 'would', cud: 'could',
    abt: 'about', msgs: 'messages', msg: 'message', txt: 'text', convo: 'conversation', convos: 'conversations', bday: 'birthday',
    mom: 'mum', mam: 'mum', noone: 'no one', prv: 'private', priv: 'private', sum: 'some', da: 'the', ull: 'youll',
    n: 'and', k: 'ok', kk: 'ok', hw: 'homework',
  },
  signs: {
    secrecy: [
      // "your" mum: a sibling's "don't tell mum lol" is about their own.
      { pattern: String.raw`\b${NOT} (?:ever )?${TELL}(?: it| this| that| anything| them| about (?:this|it|us|me))?(?: to)? (?:your |ur )${PARENTS}\b|\b${NOT} (?:ever )?${TELL}(?: it| this| that| anything)?(?: to)? (?:parents|family|carers|teachers|the teachers)\b`, source: 'herts-police' },
      { pattern: String.raw`\b${NOT} (?:ever )?${TELL}(?: it| this| that| anything)?(?: to)? ${ANYONE}(?: about)? (?:about )?(?:us|me|this chat|our chat|our chats|we talk|we chat|we are talking|were talking|youre talking to me|you talk to me|you are talking to me|that we|what we|what i sent|i sent you|i gave you|im your|our secret)\b`, source: 'childline' },
      { pattern: String.raw`\b(?:your |ur )?${PARENTS} (?:dont|do not|wont|will not|shouldnt|must not|never|cant|cannot|dont ever|dont need to|dont have to|doesnt need to|doesnt have to|wouldnt) (?:need to |have to |ever )?(?:know|find out|see this|hear|understand us|understand)\b`, source: 'herts-police' },
      { pattern: String.raw`\b(?:no one|nobody|noone|no body) (?:needs to|has to|have to|should|must|is going to) (?:know|find out)\b`, source: 'vgt' },
      { pattern: String.raw`\bour (?:little |special |own |secret )?secret\b|\b(?:special|little) secret\b`, source: 'childline' },
      { pattern: String.raw`\b(?:just |only |stays |stay |keep (?:it|this|that) )between (?:you and me|me and you|us|us two|the two of us|ourselves)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:delete|erase|clear|wipe|remove|unsend) (?:our|these|this|the|all|all of|all our|all the|your|ur|every) ?(?:chats?|messages|message|conversation|conversations|texts|dms|history|pics|photos)\b.{0,40}\b(?:after|before|so|when|once|in case|if)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bif (?:your |ur )?(?:${PARENTS}|anyone|anybody|someone|they) (?:asks?|finds? out|checks?|sees?|looks?)\b.{0,40}\b(?:say|tell (?:them|her|him)|just say|pretend|lie)\b`, source: 'childnet' },
      { pattern: String.raw`\bkeep (?:it|this|us|our chats?|our conversation|this chat|me) (?:a )?(?:secret|quiet|private|hidden) from\b`, source: 'vgt' },
      { pattern: String.raw`\b(?:hide|hiding) (?:this|our|it|me|us|the chat|these messages) from (?:your |ur )?${PARENTS}\b`, source: 'childnet' },
    ],
    photos: [
      { pattern: String.raw`\b(?:send|sent|snap|show|give|post|dm|share|get)(?: me| us)? (?:a |an |some |another |more |one more |your |ur |the )?(?:selfie|selfies|face ?pics?|nudes?|body ?pics?)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:send|snap|show|give|dm|share)(?: me| us)? (?:a |an |some |another |more |one more |your |ur |the )?${PIC} (?:of (?:you|yourself|your (?:body|face|legs|feet|chest|bum|outfit|self))|in (?:your|a|ur) (?:pj|pjs|pajamas|pyjamas|uniform|school uniform|bed|bikini|swimsuit|underwear|room|towel)|without|with no|wearing|in bed)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:can i|could i|let me|i want to|i need to|i would like to|id like to|i wanna) (?:see|have|get) (?:a |an |some |another |more )?${PIC} of (?:you|yourself)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:show me|let me see|i want to see|can i see) (?:what you look like|your (?:body|face|legs|feet|chest|bum|outfit|room|bedroom)|yourself|you (?:now|right now|on cam|on camera))\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:turn on|switch on|put on|go on|get on|open|turn|switch|put) (?:your |ur |the )?(?:cam|camera|webcam|video)(?: on)?\b.{0,30}\b(?:for me|so i can see you|i want to see you|i wanna see you|just us|only me|just me|just for me|private|privately|alone)\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:go|get|come) on (?:cam|camera|webcam|video) (?:for me|with me|now|right now)\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:video ?call|facetime|vc|video chat)\b.{0,20}\b(?:just us|just you and me|only us|alone|privately|in private|in your room|in your bedroom)\b`, source: 'bee-secure' },
      { pattern: String.raw`\bi (?:sent|showed|gave) you (?:one|mine|a pic|a photo|a selfie|my pic)\b.{0,30}\b(?:now you|your turn|send (?:me )?(?:one|yours)|send (?:me )?(?:one )?back)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:send|show) (?:me )?(?:some )?more (?:skin|of you)\b`, source: 'ncmec' },
    ],
    'move-app': [
      { pattern: String.raw`\b(?:lets|let us|we can|we could|can we|want to|come|go|move|talk|chat|message|text|dm|add me)\b.{0,30}\b(?:in private|privately|private chat|private dm|private dms|private message|private messages|to private|go private|on private|into private)\b`, source: 'vgt' },
      { pattern: String.raw`\b${APP}\b.{0,50}${PRIVATE_CUE}`, source: 'vgt' },
      { pattern: String.raw`${PRIVATE_CUE}.{0,50}\b(?:on|in|to|use|get|download|add me on|message me on|text me on|talk on|chat on) ${APP}\b`, source: 'youngdata' },
      { pattern: String.raw`\b(?:download|get|install) ${APP}\b.{0,40}\b(?:so|because|its|it is|where)\b.{0,30}(?:private|safer|secret|no one|nobody|${PARENTS})`, source: 'vgt' },
    ],
    gifts: [
      { pattern: String.raw`\b(?:i ?ll|i will|i can|i could|i would|id|let me|want me to|do you want me to|shall i|im going to|i am going to|im gonna|i could always|ill even) (?:buy|get|send|give|gift|pay for|pay|transfer|top up|load|order)(?: you| ya| u)?(?: a| an| some| the| your| all| any| free)? (?:new |free |some |lots of |loads of |\d+ ?|a few )?${MONEY}`, source: 'vgt' },
      { pattern: String.raw`\b(?:want|do you want|you want|wanna|need|would you like)(?: some| a| free| some free)? (?:free )?(?:robux|v[ -]?bucks|vbucks|nitro|gift ?cards?|money|cash|gems|skins|battle ?pass)\b`, source: 'swgfl' },
      { pattern: String.raw`\bi (?:can|will|ll|could) (?:send|give|pay|transfer) (?:you )?(?:money|cash|£ ?\d+|\$ ?\d+|\d+ ?(?:quid|pounds|dollars|euros))\b`, source: 'herts-police' },
      { pattern: String.raw`\b(?:ill|i will|i can|i could|i would|id) (?:pay for|buy) (?:your|ur) (?:train|bus|ticket|tickets|taxi|uber|phone|battle ?pass|skin|skins|game|games|nitro|membership|clothes)\b`, source: 'nsscp' },
      { pattern: String.raw`\b(?:if you|if u|when you)\b.{0,40}\b(?:ill|i will|i can|i could|id) (?:give|send|buy|get|pay)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:bought|got|have) (?:you|u) (?:something|a present|a gift|a surprise|presents|gifts)\b.{0,40}\b(?:where to send|your address|send it to you|dont tell|our secret|just for you)\b`, source: 'herts-police' },
    ],
    'personal-questions': [
      { pattern: String.raw`\bhow old (?:are|r) (?:you|u)\b|\bwhats (?:your|ur) age\b|\bwhat is your age\b|\basl\b|\bwhat year (?:were|was) you born\b|\bare you (?:over|under|older than|younger than) (?:1[0-8]|twelve|thirteen|sixteen|eighteen)\b|\byour age\?`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:are|r) (?:you|u) (?:home |at home |in your room |in your bedroom )?(?:alone|on your own|by yourself|by urself)\b(?! in (?:the |a )?(?:lobby|game|server|match|party|squad|team|vc|call))`, source: 'polizei-nrw' },
      { pattern: String.raw`\b(?:is|are) (?:anyone|anybody|someone) (?:else )?(?:with you|home with you|in (?:the|your) room|watching you|around you)\b|\bwho else is (?:home|in the room|with you|in your house)\b`, source: 'polizei-nrw' },
      { pattern: String.raw`\b(?:are|is) (?:your |ur )?(?:parents|mum|dad|mum and dad|folks) (?:home|around|there|in|out|asleep|away|watching|nearby|in the room|checking)\b|\bwhere are (?:your |ur )?(?:parents|mum and dad|folks)\b|\bwhen do (?:your |ur )?(?:parents|mum|dad) (?:go out|leave|go to bed|get home)\b`, source: 'childline' },
      { pattern: String.raw`\bwho (?:else )?(?:uses|can see|looks at|checks|has) (?:your |ur )?(?:computer|laptop|pc|phone|ipad|tablet|account|messages)\b|\b(?:is|where is|wheres) (?:your |ur )?(?:computer|laptop|pc|ipad|tablet)\b.{0,12}\b(?:room|bedroom|kitchen|lounge|where)\b|\bwhich room is (?:your |ur )?(?:computer|laptop|pc)\b`, source: 'childline' },
      { pattern: String.raw`\bwhere (?:do|d) (?:you|u) live\b|\bwhats (?:your|ur) (?:address|postcode|post code|zip)\b|\bwhat (?:area|town|city|street|road|postcode|part of \w+) (?:do you|are you|you) (?:live|from|in)\b|\bwhere abouts (?:do you live|are you)\b|\bsend (?:me )?(?:your|ur) (?:address|location|postcode)\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:what|which|wat) school (?:do|are|r|did) (?:you|u) (?:go|at|in|attend|go to)\b|\bwhere (?:do|d) (?:you|u) go to school\b|\bwhats (?:your|ur) school(?: called)?\b|\bwhat school are you\b`, source: 'thinkuknow' },
    ],
    meet: [
      { pattern: String.raw`\b(?:we should|we need to|we must|we have to|we gotta|we got to|lets|let us|wanna|want to|when can we|when will we|can we|could we|i want to|i wanna|i would love to|id love to|i really want to|i need to)(?: finally| really)? (?:meet|meet up|hang out|hangout|see each other|link up|get together)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:meet|see|hang out with|visit) (?:you|u|each other|me)?\s?(?:in person|in real life|for real|irl|face to face|offline|in the flesh)\b`, source: 'lawstuff' },
      { pattern: String.raw`\b(?:come|come and|come to) (?:meet|see|visit) me\b|\bcome (?:over )?to (?:my house|mine|my place|my flat|my hotel|my car)\b`, source: 'lawstuff' },
      { pattern: String.raw`\b(?:i can|ill|i will|let me|i could|i ?ll) (?:come to|drive to|travel to|get a train to|visit) (?:your|ur) (?:town|city|house|school|area|village|place)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:i can|ill|i will|let me|i could) (?:pick you up|collect you|come and get you|come get you|give you a lift)\b.{0,20}\b(?:from your house|from your home|outside your house|from yours|near your school|round the corner|where no one|secretly)\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:ill|i will|i can|i could) (?:pay for|buy|book) (?:your |ur |you a |the )?(?:train|bus|ticket|tickets|taxi|uber|cab|coach)\b`, source: 'lawstuff' },
      { pattern: String.raw`\b(?:dont|do not) (?:bring|tell) (?:anyone|anybody|your friends|a friend|your ${PARENTS})\b.{0,10}\b(?:come|when we meet|to meet|with you)\b|\bcome alone\b|\bjust (?:the two of us|you and me)\b.{0,20}\b(?:meet|hang out|come)\b|\b(?:meet|hang out|come)\b.{0,20}\bjust (?:the two of us|you and me)\b`, source: 'bee-secure' },
    ],
    sexual: [
      { pattern: String.raw`\b(?:nudes?|naked|nude|horny|boobs|tits|dick|cock|pussy|penis|vagina|masturbat\w*|porn|blowjob|jerk off|jerking off|wank|wanking|orgasm|erection|kinky|sexting|sext)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:have sex|had sex|having sex|do it with|sex with|talk about sex|talk sex|sex chat|sexchat|sexual|sex stuff|about sex)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:are|r) (?:you|u) (?:a |still a )?virgin\b|\b(?:bra|cup) size\b|\bturned on\b|\bturn (?:you|me) on\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:you(?:re| are)?|ur|you look|u look|youre|looking) (?:so |really |very |well |proper )?(?:sexy|hot|fit|peng)\b.{0,15}\b(?:body|in that|in your|in ur|without)\b|\b(?:you(?:re| are)?|you look|u look|youre|ur) (?:so |really |very |proper )?sexy\b|\bsexy (?:pic|pics|photo|photos|selfie|video|body)\b`, source: 'childline' },
      { pattern: String.raw`\b(?:do|did|have) (?:you|u) (?:ever )?touch(?:ed)? (?:yourself|your body|urself)\b|\btouch (?:yourself|urself)\b`, source: 'ncmec' },
      { pattern: String.raw`\bwhat (?:are|r) (?:you|u) wearing\b(?! (?:to|for|tomorrow|today|on|at|this|next|tonight to))`, source: 'leeds-scp' },
      { pattern: String.raw`\bhave (?:you|u) (?:ever )?(?:been kissed|kissed (?:anyone|someone|anybody|a boy|a girl|before))\b|\b(?:you|u) ever (?:been kissed|kissed (?:anyone|someone|a boy|a girl))\b|\bhave (?:you|u) (?:ever )?(?:had|done) (?:it|stuff|things|anything) with\b`, source: 'childline' },
      { pattern: String.raw`\b(?:take|taking|took) (?:off )?(?:your|ur) (?:clothes|top|shirt|bra|pants|knickers|trousers|skirt)(?: off)?\b|\bundress\b`, source: 'bee-secure' },
    ],
  },
  weak: {
    secrecy: [
      { pattern: String.raw`\b${NOT} (?:ever )?${TELL}(?: it| this| that| anything)?(?: to)? ${ANYONE}\b|\bkeep (?:it|this|that) (?:a )?(?:secret|to yourself|quiet|private)\b|\bits a secret\b`, source: 'herts-police' },
    ],
  },
  cues: {
    flattery: [
      { pattern: String.raw`\b(?:you(?:re| are)?|ur|youre|your|u r|you look|u look) (?:so |really |very |such a |the most |literally |honestly |proper )*(?:beautiful|pretty|gorgeous|cute|hot|sexy|stunning|handsome|amazing|perfect|special|mature|adorable|lovely|fit|peng|angel|princess|babe|baby)\b`, source: 'vgt' },
      { pattern: String.raw`\b(?:mature|grown up|smart|wise|old) for (?:your|ur) age\b|\bnot like (?:other|the other) (?:girls|boys|kids|people)\b|\bno ?one (?:gets|understands|knows) me like (?:you|u)\b|\byoure (?:my|the) (?:favourite|favorite|fav|special one|only one)\b`, source: 'ncmec' },
    ],
    urgency: [
      { pattern: String.raw`\b(?:answer|reply|respond|message|text|write|talk|get back)(?: to)?(?: me| back)?(?: back)? (?:now|right now|quick|quickly|fast|asap|immediately|already|straight away|this second)\b`, source: 'childnet' },
      { pattern: String.raw`\bwhy (?:arent|are not|r|are|do|dont|wont) (?:you|u) (?:answering|replying|responding|texting|talking|reply|answer)\b|\bdont (?:ignore|leave) me\b|\banswer me\b|\bi need (?:an answer|you|to know)(?: now| right now| tonight)\b|\bhurry(?: up)?\b|\bnow or never\b|\bbefore (?:you go|its too late|anyone sees|your (?:mum|dad|parents))\b|\b(?:right now|asap|immediately)\b`, source: 'childnet' },
    ],
  },
  unless: {
    'move-app': [String.raw`\bprivate (?:server|match|matches|lobby|game|games|room|party|realm|world|island|story|account|profile|mode)\b`, String.raw`\b(?:group chat|gc|class chat|the group|our group|the server|server)\b.{0,20}\b(?:moved|moving|move|now on|is on)\b`],
    sexual: [String.raw`\bsex ?ed\b|\bsex education\b|\bsexual health\b|\bsex ?ed(?:ucation)? (?:lesson|class)\b|\bsexy back\b`],
    meet: [
      String.raw`\b(?:your|ur) (?:mum|dad|parents|mum and dad) (?:said|says|knows|asked|agreed|is ok|are ok)\b`,
      String.raw`\b(?:in|on) (?:the )?(?:game|lobby|server|minecraft|roblox|fortnite|discord|vc|call|chat|world|realm|match)\b|\bonline\b`,
    ],
    gifts: [String.raw`\b(?:birthday|bday|christmas|xmas|secret santa|eid|hanukkah|diwali) (?:present|gift)s?\b|\b(?:my |your |ur )?(?:mum|mom|dad|parents|nan|gran) (?:says|said|gave|will give)\b`],
  },
};
