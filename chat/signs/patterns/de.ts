/**
 * German warning-sign patterns, over normalised text (../normalise.ts: no umlauts — "ä" → "a",
 * "ß" → "ss"). German puts the verb last ("wann wir uns treffen"), so several rules look for
 * the parts in either order within a short distance.
 */
import type { LanguagePatterns } from '../pattern-types';

const PARENTS = String.raw`(?:eltern|mutter|mama|mami|vater|papa|papi|familie|lehrer|lehrerin|oma|opa)`;
const YOUR = String.raw`(?:deine[nmrs]?|deiner)`;
const MONEY = String.raw`(?:robux|v[ -]?bucks|vbucks|nitro|skins?|guthabenkarten?|geschenkkarten?|gutscheine?|psn karten?|geld|kohle|euro|€ ?\d+|\d+ ?€|\d+ ?euro|handy|iphone|ipad|konsole|ps5|xbox|switch|battle ?pass|alles was du willst|was du willst|geschenke?|klamotten|schminke|aufladen|guthaben|juwelen|munzen)`;
const APP = String.raw`(?:snap|snapchat|whatsapp|telegram|kik|signal|discord|insta|instagram|skype|sms|dm|pn|privatchat|andere app|anderen app)`;
const PRIVATE = String.raw`(?:privater|privat|sicherer|geheim|keiner (?:sieht|liest|merkts|merkt|weiss|kann)|niemand (?:sieht|liest|merkt|weiss|kann)|ohne dass (?:deine eltern|deine mutter|dein vater|es jemand) (?:es )?(?:sehen|sieht|wissen|weiss|merken|merkt)|(?:deine eltern|deine mutter|dein vater) (?:sehen|sieht|lesen|liest|merken|merkt) (?:es |das )?(?:nicht|nie)|loschen sich|verschwinden|nur wir (?:zwei|beide)|unter uns)`;

export const de: LanguagePatterns = {
  slang: {
    hdl: 'hab dich lieb', hdgdl: 'hab dich lieb', bb: 'bis bald', kp: 'kein plan', ka: 'keine ahnung', vllt: 'vielleicht', vlt: 'vielleicht',
    jz: 'jetzt', jtz: 'jetzt', grad: 'gerade', gerad: 'gerade', ne: 'eine', nen: 'einen', nem: 'einem', bissl: 'bisschen', sry: 'sorry',
    wg: 'wegen', wgn: 'wegen', is: 'ist', nich: 'nicht', nix: 'nichts', wat: 'was', pic: 'bild', pics: 'bilder',
    irl: 'in echt', schreibn: 'schreiben', sags: 'sag es', gibs: 'gib es',
  },
  signs: {
    secrecy: [
      { pattern: String.raw`\b(?:sag|sags|erzahl|erzahls|zeig|sage|erzahle|zeige) (?:es |das |davon |nichts |bloss nichts |ja nichts |ja nicht )?(?:${YOUR} ${PARENTS}|${PARENTS})? ?(?:nichts|nicht|bloss nichts|ja nichts)\b.{0,10}\b(?:${YOUR}) ${PARENTS}\b|\b(?:sag|erzahl|zeig)(?: es| das)? ${YOUR} ${PARENTS} (?:nichts|nicht|bloss nichts|ja nichts|davon nichts)\b|\b${YOUR} ${PARENTS} (?:darf|durfen|sollte|sollten) (?:das |es |davon )?(?:nichts|nicht|nie) (?:wissen|erfahren|sehen|mitbekommen)\b`, source: 'youngdata' },
      { pattern: String.raw`\b(?:sag|erzahl|sage|erzahle)(?: es| das)? (?:keinem|keiner|niemandem|niemanden|keinen)\b.{0,25}\b(?:dass wir|dass du mit mir|von uns|von mir|uber uns|was wir|dass ich dir)`, source: 'childline' },
      { pattern: String.raw`\b${YOUR} ${PARENTS} (?:mussen|muss|brauchen|braucht|sollen|soll) (?:das |es |davon )?(?:nicht|nichts|nie) (?:zu )?(?:wissen|erfahren|sehen|mitbekommen)\b`, source: 'herts-police' },
      { pattern: String.raw`\b(?:niemand|keiner) (?:muss|darf|soll|braucht) (?:das |es |davon |von uns )?(?:zu )?(?:wissen|erfahren)\b`, source: 'vgt' },
      { pattern: String.raw`\bunser (?:kleines |grosses |eigenes )?geheimnis\b|\b(?:kleines|besonderes) geheimnis\b`, source: 'childline' },
      { pattern: String.raw`\b(?:das |es )?bleibt (?:nur )?unter uns\b|\b(?:nur |ganz )?unter uns (?:beiden|zwei)\b|\bzwischen dir und mir\b`, source: 'youngdata' },
      { pattern: String.raw`\b(?:losch|losche|loscht|loschen|entfern) (?:den |die |das |unseren |unsere |unser |alle |diesen |diese )?(?:chat|chats|verlauf|nachrichten|unterhaltung|bilder|fotos)\b.{0,40}\b(?:nachdem|bevor|wenn|damit|sobald|falls)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bwenn ${YOUR} ${PARENTS} (?:fragen|fragt|nachschauen|nachschaut|gucken|guckt|checken|checkt)\b.{0,40}\b(?:sag|sagst du|lug|erzahl)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:versteck|verheimlich)(?:e|st)? (?:das|es|unseren chat|uns) (?:vor )?${YOUR} ${PARENTS}\b`, source: 'childnet' },
    ],
    photos: [
      { pattern: String.raw`\b(?:schick|schicke|schickst|send|sende|zeig|zeige|gib)(?: mir| mal| mir mal| mal mir)? (?:ein |eins |ein paar |noch ein |mehr |dein |deine )?(?:selfie|selfies|nacktbilder?|nacktfotos?|nudes?|bild von dir|bilder von dir|foto von dir|fotos von dir|video von dir)\b`, source: 'internet-abc' },
      { pattern: String.raw`\b(?:schick|schicke|send|zeig)(?: mir| mal| mir mal)? (?:ein |ein paar |noch ein )?(?:bild|bilder|foto|fotos|video|videos) (?:von dir|im (?:schlafanzug|bett|bikini|badeanzug|handtuch)|in (?:unterwasche|deinem zimmer)|ohne (?:was|klamotten|kleidung|oberteil)|nackt)\b`, source: 'internet-abc' },
      { pattern: String.raw`\b(?:kann ich|darf ich|ich will|ich mochte|lass mich) (?:ein |mal ein )?(?:bild|foto|bilder|fotos|video) von dir (?:sehen|haben)\b|\bzeig (?:mir )?(?:wie du aussiehst|deinen korper|dein gesicht|dein zimmer|dich)\b`, source: 'youngdata' },
      { pattern: String.raw`\b(?:mach|schalt|stell)(?: mal| doch)? (?:deine |die )?(?:kamera|cam|webcam|video)\b.{0,10}\b(?:an|ein)\b.{0,25}\b(?:fur mich|ich will dich sehen|damit ich dich seh|nur wir|nur fur mich|allein|privat)\b`, source: 'jodel' },
      { pattern: String.raw`\b(?:videocall|video call|facetime|videochat|videoanruf)\b.{0,20}\b(?:nur wir|nur wir zwei|allein|privat|in deinem zimmer)\b`, source: 'jodel' },
      { pattern: String.raw`\bich hab dir (?:eins|ein bild|ein foto|meins) geschickt\b.{0,30}\b(?:jetzt du|du bist dran|schick)\b`, source: 'ncmec' },
    ],
    'move-app': [
      { pattern: String.raw`\b(?:lass|lasst|komm|schreib|schreiben|wir konnen|konnen wir)\b.{0,20}\b(?:privat schreiben|privat weiter|in den privatchat|per pn|in die dms|privat)\b`, source: 'vgt' },
      { pattern: String.raw`\b${APP}\b.{0,50}${PRIVATE}`, source: 'youngdata' },
      { pattern: String.raw`${PRIVATE}.{0,50}\b(?:auf|bei|uber|lad dir|hol dir|installier) ${APP}\b`, source: 'youngdata' },
    ],
    gifts: [
      { pattern: String.raw`\bich (?:kauf|kaufe|schenk|schenke|geb|gebe|schick|schicke|bezahl|bezahle|zahl|lad|lade)(?: dir)?(?: ein| eine| einen| ein paar| neue[ns]?| gratis| die| das| den| deine[nm]?)? (?:neue[ns]? |gratis )?(?:\d+ ?)?${MONEY}`, source: 'vgt' },
      { pattern: String.raw`\bich (?:kann|konnte|werde|wurde) dir (?:ein |eine |einen |ein paar |neue |die |das )?(?:\d+ ?)?${MONEY} (?:kaufen|schenken|geben|schicken|bezahlen|aufladen)\b`, source: 'vgt' },
      { pattern: String.raw`\b(?:willst|brauchst|mochtest) du (?:gratis |kostenlose |ein paar )?(?:robux|v[ -]?bucks|vbucks|nitro|geld|guthaben|juwelen|skins)\b`, source: 'swgfl' },
      { pattern: String.raw`\bwenn du (?:mir )?[a-z]+\b.{0,40}\b(?:geb|gebe|schenk|schenke|kauf|kaufe|schick|schicke) ich dir\b|\bwenn du\b.{0,40}\bich (?:geb|gebe|schenk|schenke|kauf|kaufe) dir\b`, source: 'ncmec' },
    ],
    'personal-questions': [
      { pattern: String.raw`\bwie alt bist du\b|\bwas ist dein alter\b|\bwann bist du geboren\b|\bbist du (?:schon )?(?:volljahrig|uber \d+|unter \d+)\b`, source: 'leeds-scp' },
      { pattern: String.raw`\bbist du (?:gerade |grad |jetzt |heute abend |heute )?(?:allein|alleine|allein zu ?hause|alleine zu ?hause)\b(?! (?:in|im) (?:der |dem )?(?:lobby|spiel|match|team|server))`, source: 'polizei-nrw' },
      { pattern: String.raw`\bist (?:noch )?(?:jemand|wer) (?:bei dir|mit dir|in deinem zimmer)\b|\bsind ${YOUR} eltern (?:da|zu ?hause|weg|wach|in der nahe)\b|\bist ${YOUR} (?:mutter|mama|vater|papa) (?:da|zu ?hause|weg|wach)\b|\bwo sind ${YOUR} eltern\b|\bwann (?:gehen|fahren|kommen|schlafen) ${YOUR} eltern\b`, source: 'polizei-nrw' },
      { pattern: String.raw`\bwer (?:benutzt|nutzt|sieht) (?:noch )?(?:deinen|dein) (?:computer|pc|laptop|handy|tablet)\b|\bwo steht (?:dein|der) (?:computer|pc|laptop)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bwo wohnst du\b|\bwas ist deine adresse\b|\bwie ist deine adresse\b|\bin welcher (?:stadt|strasse|gegend) wohnst du\b|\bschick (?:mir )?deine (?:adresse|standort)\b`, source: 'youngdata' },
      { pattern: String.raw`\b(?:auf|in) welche schule (?:gehst|bist) du\b|\bwelche schule besuchst du\b|\bwie heisst deine schule\b|\bauf welcher schule bist du\b`, source: 'youngdata' },
    ],
    meet: [
      { pattern: String.raw`\b(?:treffen|sehen|kennenlernen|kennen lernen)\b.{0,20}\b(?:in echt|im echten leben|real|persönlich|personlich|von angesicht|allein|alleine|nur wir zwei|endlich|mal)\b|\b(?:in echt|im echten leben|personlich|endlich)\b.{0,20}\b(?:treffen|sehen|kennenlernen)\b`, source: 'youngdata' },
      { pattern: String.raw`\b(?:wir sollten|wir mussen|lass uns|ich will|ich mochte|ich wurde gern) (?:uns )?(?:mal )?(?:treffen|kennenlernen|dich treffen|dich sehen|dich kennenlernen)\b(?! (?:fur|um \d|in der schule|zum lernen|fur hausaufgaben))`, source: 'childnet' },
      { pattern: String.raw`\bkomm (?:mich besuchen|zu mir|allein|alleine)\b`, source: 'jodel' },
      { pattern: String.raw`\bich (?:kann|komm|komme|konnte|fahr|fahre) (?:in |zu )(?:deine stadt|deinen ort|dir|deinem haus)\b`, source: 'childnet' },
      { pattern: String.raw`\bich (?:kann dich|hol dich|hole dich)\b.{0,20}\b(?:zu ?hause|von zu ?hause|vor deinem haus|ohne dass|wo uns keiner)\b.{0,10}\b(?:ab|abholen)?\b`, source: 'bee-secure' },
      { pattern: String.raw`\bich (?:zahl|zahle|bezahl|bezahle) dir (?:den |das |ein )?(?:zug|zugticket|bus|ticket|taxi|uber)\b`, source: 'lawstuff' },
      { pattern: String.raw`\b(?:bring|nimm) (?:niemanden|keinen|keine freunde) mit\b`, source: 'jodel' },
    ],
    sexual: [
      { pattern: String.raw`\b(?:sex|sexuell|sexuelle[nms]?|nackt|nacktbilder?|nacktfotos?|nudes|titten|bruste|penis|schwanz|muschi|vagina|masturb\w*|porno|wichsen|erregt)\b`, source: 'internet-abc' },
      { pattern: String.raw`\bbist du (?:noch )?(?:jungfrau)\b|\b(?:bh|korb)grosse\b|\bbh grosse\b`, source: 'leeds-scp' },
      { pattern: String.raw`\bdu bist (?:so |voll |echt |richtig )?sexy\b|\bsexy (?:bild|bilder|foto|fotos|selfie)\b`, source: 'childline' },
      { pattern: String.raw`\b(?:hast du|wurdest du) (?:schon mal|schonmal|je|jemals) (?:jemanden )?(?:gekusst|geknutscht)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bwas hast du (?:gerade |grad |jetzt )?an\b(?! (?:fur|morgen|heute zur))`, source: 'leeds-scp' },
      { pattern: String.raw`\bfasst du dich (?:an|selbst an)\b|\bbeschreib (?:mir )?deinen korper\b|\bzieh (?:dich|dein oberteil|deine sachen) aus\b`, source: 'ncmec' },
    ],
  },
  weak: {
    secrecy: [
      { pattern: String.raw`\b(?:sag|sags|erzahl|sage)(?: es| das)? (?:keinem|keiner|niemandem)\b|\bbehalt (?:das|es) fur dich\b|\bist ein geheimnis\b`, source: 'herts-police' },
    ],
  },
  cues: {
    flattery: [
      { pattern: String.raw`\bdu bist (?:so |echt |voll |richtig |total |wirklich |mega |wunder)*(?:hubsch|schon|wunderschon|suss|sexy|heiss|perfekt|besonders|reif|toll|unglaublich|attraktiv)\b|\bdu siehst (?:so |echt |voll )?(?:gut|hubsch|suss|heiss) aus\b`, source: 'youngdata' },
      { pattern: String.raw`\b(?:reif|erwachsen|schlau) fur dein alter\b|\bnicht wie die anderen\b|\bkeiner versteht mich so (?:gut )?wie du\b`, source: 'ncmec' },
    ],
    urgency: [
      { pattern: String.raw`\b(?:antworte|antwort|schreib|schreibe)(?: mir)?(?: mal)? (?:jetzt|sofort|schnell|gleich|endlich|jetzt sofort)\b|\bwarum (?:antwortest|schreibst) du (?:mir )?nicht\b|\bignorier mich nicht\b|\bbeeil dich\b|\bjetzt sofort\b|\bbevor du (?:gehst|weg musst|offline)\b|\bantworte\b\s*[!?]*$`, source: 'childnet' },
    ],
  },
  unless: {
    sexual: [String.raw`\bsexualkunde\b|\bsexualerziehung\b|\bsexuelle (?:aufklarung|gesundheit|belastigung)\b|\bgeil(?:es)? (?:tor|spiel|game|essen|video)\b|\b(?:voll|so|mega) geil\b|\bwie geil\b`],
    'move-app': [String.raw`\bprivate[nr]? server\b|\bprivate[ns]? (?:spiel|match|lobby|runde|konto|profil)\b|\b(?:gruppe|klassenchat)\b.{0,20}\b(?:verschoben|umgezogen|ist jetzt)\b`],
    gifts: [String.raw`\b(?:geburtstag|weihnachten|geburtstags)(?:geschenk)?\b|\b(?:meine |deine )?(?:mama|mutter|papa|vater|oma) (?:sagt|hat gesagt)\b`],
    meet: [String.raw`\b(?:deine|dein) (?:mama|mutter|papa|vater|eltern) (?:sagt|sagen|hat gesagt|weiss|wissen)\b`, String.raw`\b(?:in|im|auf) (?:der |dem |den )?(?:spiel|lobby|server|minecraft|roblox|fortnite|discord|match)\b`],
  },
};
