/**
 * French warning-sign patterns, over normalised text (../normalise.ts: no accents; apostrophes
 * become spaces, so "t'es" is "t es" and "l'école" is "l ecole"). Chat French drops "ne"
 * ("dis pas", "le dis à personne"), so both forms are written.
 */
import type { LanguagePatterns } from '../pattern-types';

const PARENTS = String.raw`(?:parents|mere|pere|maman|papa|famille|darons|daronne|daron|profs?|prof|mamie|papi)`;
const YOUR = String.raw`(?:tes|ta|ton|a tes|a ta|a ton)`;
const SAY = String.raw`(?:dis|dire|raconte|raconter|montre|montrer|parle|parler|previens)`;
const MONEY = String.raw`(?:robux|v[ -]?bucks|vbucks|nitro|skins?|cartes? cadeaux?|cartes? (?:psn|xbox|switch|google play|itunes)|argent|thunes|fric|sous|euros?|€ ?\d+|\d+ ?€|\d+ ?euros|portable|telephone|tel|iphone|ipad|console|ps5|xbox|switch|passe de combat|tout ce que tu veux|ce que tu veux|cadeaux?|vetements|maquillage|recharge|forfait|gemmes|pieces)`;
const APP = String.raw`(?:snap|snapchat|whatsapp|wsp|telegram|kik|signal|discord|insta|instagram|ig|skype|sms|mp|dm|messagerie|autre appli|autre application)`;
const PRIVATE = String.raw`(?:plus prive|prive|plus sur|plus discret|discret|en secret|personne (?:ne )?(?:voit|verra|lit|lira|saura|sait)|personne (?:ne )?(?:nous |le )?(?:voit|verra|lit|lira|saura)|sans que (?:tes parents|ta mere|ton pere|personne) (?:le )?(?:voient|voie|sachent|sache|lisent)|(?:tes parents|ta mere|ton pere) (?:ne )?(?:verront|voient|liront|sauront) (?:rien|pas)|s effacent|disparaissent|ephemeres?|juste toi et moi|que nous deux|rien que nous)`;

export const fr: LanguagePatterns = {
  slang: {
    tkt: 't inquiete', stp: 's il te plait', svp: 's il vous plait', pk: 'pourquoi', pq: 'pourquoi', pcq: 'parce que', pck: 'parce que',
    jsp: 'je sais pas', jpp: 'j en peux plus', dac: 'd accord', dacc: 'd accord', slt: 'salut', bjr: 'bonjour',
    tjr: 'toujours', tjrs: 'toujours', ajd: 'aujourd hui', auj: 'aujourd hui', bcp: 'beaucoup', qd: 'quand', qq: 'quelque', ki: 'qui',
    ke: 'que', koi: 'quoi', kan: 'quand', c: 'c est', g: 'j ai', jte: 'je te', jtm: 'je t aime',
    rdv: 'rendez vous', irl: 'en vrai', dm: 'mp', msg: 'message', msgs: 'messages',
  },
  signs: {
    secrecy: [
      { pattern: String.raw`\b(?:ne )?(?:le |la |les |lui |leur |en )?(?:${SAY}) (?:pas|rien|jamais)(?: ca| ca| rien)? (?:a )?${YOUR} ${PARENTS}\b|\b(?:dis|dites|raconte|parle)(?: le| en| ca)? (?:a )?(?:personne|aucun)\b.{0,10}\b(?:a )?${YOUR} ${PARENTS}\b|\b(?:faut|il faut) pas (?:le )?dire a ${YOUR} ${PARENTS}\b`, source: 'herts-police' },
      { pattern: String.raw`\b(?:ne )?(?:le |en )?(?:dis|dites|raconte|parle|dire)(?: le| en| ca| rien)? (?:a )?(?:personne|aucun|tes potes|tes copines|tes amis)\b.{0,25}\b(?:qu on se parle|qu on parle|qu on s ecrit|que tu me parles|de nous|de moi|de ca|sur nous|ce que je t ai)`, source: 'childline' },
      { pattern: String.raw`\b${YOUR} ${PARENTS} (?:n )?(?:ont|a|doivent|doit|vont|peuvent|ont besoin de) (?:pas|rien|jamais)(?: besoin de)? (?:savoir|le savoir|etre au courant|voir|le voir)\b|\b${YOUR} ${PARENTS} (?:doivent|doit) (?:rien|pas) savoir\b`, source: 'herts-police' },
      { pattern: String.raw`\bpersonne (?:ne )?(?:doit|a besoin de|va|peut) (?:le )?(?:savoir|etre au courant)\b|\bpersonne (?:ne )?(?:le )?saura\b`, source: 'vgt' },
      { pattern: String.raw`\bnotre (?:petit |grand )?secret\b|\b(?:petit|grand) secret (?:a nous|entre nous)\b`, source: 'childline' },
      { pattern: String.raw`\b(?:ca|ceci|tout ca|c est|ca doit) (?:reste |rester |juste )?entre (?:nous|toi et moi|nous deux)\b|\bentre toi et moi\b`, source: 'bouygues' },
      { pattern: String.raw`\b(?:supprime|efface|effacez|supprimez|supprimer|effacer) (?:la |les |nos |notre |cette |ces |tous les |toute la )?(?:conv|conversation|conversations|discussion|messages|msgs|chat|photos)\b.{0,40}\b(?:apres|avant|quand|pour que|au cas ou|des que|une fois)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bsi ${YOUR} ${PARENTS} (?:te )?(?:demande|demandent|regarde|regardent|voit|voient)\b.{0,40}\b(?:dis|dis leur|dis lui|mens|invente)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:cache|caches|cacher) (?:ca|la conv|nos messages|notre conversation) (?:a|de) ${YOUR} ${PARENTS}\b`, source: 'childnet' },
    ],
    photos: [
      { pattern: String.raw`\b(?:envoie|envoies|envoyer|envoi|balance|montre|passe|donne)(?: moi| me)?(?: un| une| des| d autres| encore| ton| ta| tes)? ?(?:selfie|selfies|nudes?|photos? de toi|photo de toi|video de toi|videos de toi|nude)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:envoie|envoies|balance|montre|passe)(?: moi| me)? (?:une |des |d autres |encore )?(?:photo|photos|video|videos|image|pic) (?:de toi|en (?:pyjama|sous vetements|maillot|culotte|serviette)|dans ton lit|dans ta chambre|sans (?:rien|vetements|t shirt|haut)|nue?s?)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:je peux|je pourrais|je veux|j aimerais|laisse moi) (?:voir|avoir) (?:une |des )?(?:photo|photos|video) de toi\b|\bmontre(?: moi)? (?:a quoi tu ressembles|ton corps|ta tete|ta chambre|toi)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:allume|active|mets|met|ouvre|branche)(?: ta| ta)? (?:camera|cam|webcam|video)\b.{0,30}\b(?:pour moi|je veux te voir|que je te voie|juste toi et moi|que nous deux|en prive|seule?)\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:facetime|appel video|visio|video ?call)\b.{0,20}\b(?:juste toi et moi|que nous deux|seule?|en prive|dans ta chambre)\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:je t ai envoye|je t en ai envoye) (?:une|la mienne|ma photo|une photo)\b.{0,30}\b(?:a toi|ton tour|envoie)\b`, source: 'ncmec' },
    ],
    'move-app': [
      { pattern: String.raw`\b(?:viens|vient|venez|on va|on passe|passons|parle moi|ecris moi|on continue|allons)\b.{0,20}\b(?:en prive|en mp|en pv|en dm|en priver)\b`, source: 'vgt' },
      { pattern: String.raw`\b${APP}\b.{0,50}${PRIVATE}`, source: 'vgt' },
      { pattern: String.raw`${PRIVATE}.{0,50}\b(?:sur|telecharge|installe|prends) ${APP}\b`, source: 'youngdata' },
    ],
    gifts: [
      { pattern: String.raw`\bje (?:t|te) (?:achete|acheterai|offre|offrirai|donne|donnerai|envoie|enverrai|paie|paye|paierai|payerai|recharge)(?: un| une| des| du| de l| le| la| les| ton| ta| tes)? (?:nouveau |nouvelle |nouveaux )?(?:\d+ ?)?${MONEY}`, source: 'vgt' },
      { pattern: String.raw`\bje (?:peux|pourrais|vais) (?:t|te) (?:acheter|offrir|donner|envoyer|payer|recharger)(?: un| une| des| du| de l| le| la| les| ton| ta| tes)? (?:nouveau |nouvelle )?(?:\d+ ?)?${MONEY}`, source: 'vgt' },
      { pattern: String.raw`\btu veux (?:des |du |de l |un |une )?(?:robux|v[ -]?bucks|vbucks|nitro|argent|thunes|carte cadeau|gemmes|skins)(?: gratuits?| gratos)?\b`, source: 'swgfl' },
      { pattern: String.raw`\bsi tu (?:m )?[a-z]+\b.{0,40}\bje (?:t|te) (?:donne|offre|achete|envoie|paie|paye)\b`, source: 'ncmec' },
    ],
    'personal-questions': [
      { pattern: String.raw`\b(?:t as|tu as|as tu) quel age\b|\bquel age (?:t as|tu as|as tu|avez vous)\b|\bt es (?:nee?|ne) (?:en|quand)\b|\bt es (?:majeure?|mineure?)\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:t es|tu es|es tu) (?:tout |toute )?seule?\b(?! (?:dans|sur) (?:le |la )?(?:lobby|jeu|partie|serveur|equipe))`, source: 'polizei-nrw' },
      { pattern: String.raw`\by a quelqu un (?:d autre )?(?:avec toi|chez toi|dans ta chambre)\b|\b(?:tes parents|ta mere|ton pere|ta maman|ton papa) (?:sont|est) (?:la|a la maison|chez toi|couches?|sortis?|partis?)\b|\bils sont ou tes parents\b|\bou sont tes parents\b|\ba quelle heure (?:partent|sortent|rentrent|se couchent) tes parents\b`, source: 'polizei-nrw' },
      { pattern: String.raw`\bqui d autre (?:utilise|se sert de|a acces a) (?:ton|ta) (?:ordi|ordinateur|pc|portable|tablette|tel)\b|\bou (?:est|se trouve) (?:ton|ta) (?:ordi|ordinateur|pc)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bt habites ou\b|\btu habites ou\b|\bou (?:est ce que )?(?:t habites|tu habites|habites tu|tu vis)\b|\bc est quoi ton adresse\b|\bquelle est ton adresse\b|\btu habites dans quelle (?:ville|rue)\b|\bdonne(?: moi)? ton adresse\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:t es|tu es|tu vas) (?:dans|a) quel(?:le)? (?:ecole|college|lycee|bahut)\b|\bc est quoi ton (?:ecole|college|lycee)\b|\bquel(?:le)? (?:ecole|college|lycee) (?:tu vas|t es)\b`, source: 'thinkuknow' },
    ],
    meet: [
      { pattern: String.raw`\b(?:se voir|se rencontrer|te voir|te rencontrer|on se voit|on se rencontre|se retrouver)\b.{0,20}\b(?:en vrai|dans la vraie vie|irl|en vrai de vrai|pour de vrai|en face|seuls?|juste toi et moi|que nous deux|un jour|enfin|un de ces jours)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:on devrait|faut qu on|il faut qu on|je veux|j aimerais|je voudrais) (?:se voir|se rencontrer|te voir|te rencontrer|qu on se voie)\b(?! (?:pour|a \d|au college|en cours|demain en))`, source: 'childnet' },
      { pattern: String.raw`\bviens (?:me voir|chez moi|seule?)\b`, source: 'lawstuff' },
      { pattern: String.raw`\bje (?:peux|vais|pourrais) (?:venir|aller|passer) (?:dans|a|chez) (?:ta ville|ton village|ton quartier|toi|ta maison)\b`, source: 'childnet' },
      { pattern: String.raw`\bje (?:peux )?(?:viens|venir|passe|passer) te (?:chercher|prendre)\b.{0,20}\b(?:chez toi|devant chez toi|sans que|ou personne)\b`, source: 'bee-secure' },
      { pattern: String.raw`\bje (?:te )?(?:paie|paye|payerai|offre) (?:le |ton |un )?(?:train|bus|billet|taxi|uber)\b`, source: 'lawstuff' },
      { pattern: String.raw`\b(?:ne )?(?:ramene|amene|dis le a) personne\b`, source: 'bouygues' },
    ],
    sexual: [
      { pattern: String.raw`\b(?:sexe|sexuel|sexuelle|nue|nues|nude|nudes|a poil|seins|bite|zizi|penis|vagin|chatte|masturb\w*|porno|branler|excitee?)\b`, source: 'ncmec' },
      { pattern: String.raw`\bt es (?:encore )?vierge\b|\b(?:ta )?taille de (?:soutien gorge|soutif)\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:t es|tu es) (?:trop |tres |super )?sexy\b|\bphotos? sexy\b`, source: 'childline' },
      { pattern: String.raw`\b(?:t as|tu as|as tu) deja (?:embrasse|galoche|roule une pelle)\b|\bon t a deja embrasse\b`, source: 'cameleon' },
      { pattern: String.raw`\btu portes quoi\b(?! (?:pour|demain|ce soir a|a la|au))`, source: 'leeds-scp' },
      { pattern: String.raw`\btu te touches\b|\benleve (?:tes vetements|ton haut|ton t shirt|ton soutif)\b|\bdeshabille toi\b`, source: 'bee-secure' },
    ],
  },
  weak: {
    secrecy: [
      { pattern: String.raw`\b(?:ne )?(?:le )?(?:dis|raconte) (?:le |ca )?(?:a )?personne\b|\bgarde (?:ca|le) pour toi\b|\bc est un secret\b|\bgarde le secret\b`, source: 'herts-police' },
    ],
  },
  cues: {
    flattery: [
      { pattern: String.raw`\b(?:t es|tu es|t es vraiment|tu es vraiment|t es trop|tu es trop|t es tellement) (?:trop |tres |tellement |si |super |vraiment )*(?:belle|beau|jolie|mignonne?|magnifique|canon|sublime|parfaite?|speciale?|mature|incroyable|sexy|adorable|craquante?|bonne)\b`, source: 'bouygues' },
      { pattern: String.raw`\b(?:mature|grande?|intelligente?) pour ton age\b|\bt es pas comme les autres\b|\bpersonne (?:ne )?me comprend comme toi\b`, source: 'ncmec' },
    ],
    urgency: [
      { pattern: String.raw`\b(?:reponds|repond|reponds moi|ecris moi|parle moi)(?: moi)? (?:tout de suite|maintenant|vite|direct|immediatement|la|stp vite)\b|\bpourquoi (?:tu )?(?:ne )?(?:reponds|repond|m ecris) pas\b|\bm ignore pas\b|\bdepeche toi\b|\btout de suite\b|\bavant (?:que tu partes|que ce soit trop tard|qu ils)\b|\breponds\b\s*[!?]*$`, source: 'childnet' },
    ],
  },
  unless: {
    sexual: [String.raw`\beducation sexuelle\b|\bsante sexuelle\b|\bharcelement sexuel\b`],
    'move-app': [String.raw`\bserveur prive\b|\bpartie privee\b|\bcompte prive\b|\bgroupe (?:de classe)?\s?(?:est|sur|a deplace|on a deplace)\b|\bon a deplace le groupe\b`],
    gifts: [String.raw`\b(?:anniv|anniversaire|noel) (?:cadeau)?\b.{0,20}\bcadeau\b|\bcadeau (?:d|pour ton) (?:anniv|anniversaire|noel)\b|\b(?:ma |ta )?(?:maman|mere|papa|pere|mamie) (?:dit|a dit)\b`],
    meet: [String.raw`\b(?:ta|ton|tes) (?:maman|mere|papa|pere|parents) (?:dit|disent|a dit|sait|savent)\b`, String.raw`\b(?:dans|sur) (?:le |la )?(?:jeu|lobby|serveur|minecraft|roblox|fortnite|discord|partie)\b`],
  },
};
