/**
 * Spanish warning-sign patterns, over normalised text (../normalise.ts: no accents, "ñ" → "n").
 * Same rules of thumb as English (en.ts): each needs the part everyday chat lacks.
 */
import type { LanguagePatterns } from '../pattern-types';

const PARENTS = String.raw`(?:padres|madre|padre|mama|papa|familia|profes?|profesora|profesor|abuel[oa]s?)`;
const SAY = String.raw`(?:digas|cuentes|ensenes|menciones|comentes|avises|expliques)`;
const MONEY = String.raw`(?:robux|pavos|v[ -]?bucks|nitro|skins?|tarjetas? (?:regalo|de regalo|de \d+)|tarjetas? de la (?:play|xbox|switch)|dinero|pasta|pasta gansa|euros?|€ ?\d+|\d+ ?€|\d+ ?euros|bizum|movil|telefono|iphone|ipad|consola|play|ps5|xbox|switch|pase de batalla|lo que quieras|todo lo que quieras|regalos?|ropa|maquillaje|recarga|saldo|gemas|monedas)`;
const APP = String.raw`(?:snap|snapchat|whatsapp|wasap|wsp|telegram|kik|signal|discord|insta|instagram|ig|skype|line|sms|md|mensaje directo|mensajes directos|otra app|otra aplicacion)`;
const PRIVATE = String.raw`(?:mas privad[oa]|privad[oa]|mas segur[oa]|secret[oa]|nadie (?:lo |nos |te |se )?(?:ve|vera|lee|leera|sabe|sabra|entera|enterara)|sin que (?:tus padres|tu madre|tu padre|nadie) (?:lo |nos )?(?:vean|vea|sepan|sepa|se enteren|se entere|lean)|(?:tus padres|tu madre|tu padre) no (?:lo |nos )?(?:ven|veran|ve|leen|saben|sabran|pueden ver)|se borran|desaparecen|temporales|solo tu y yo|a solas)`;

export const es: LanguagePatterns = {
  slang: {
    q: 'que', k: 'que', ke: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tb: 'tambien', tmb: 'tambien', xfa: 'porfa', pls: 'porfa',
    bn: 'bien', d: 'de', msj: 'mensaje', msjs: 'mensajes', sta: 'esta', stas: 'estas', toy: 'estoy', tas: 'estas', ta: 'esta',
    mna: 'manana', finde: 'fin de semana', wsp: 'whatsapp', wasap: 'whatsapp', guapi: 'guapa', fto: 'foto', ftos: 'fotos',
    dnd: 'donde', kien: 'quien', qien: 'quien', xa: 'para', pa: 'para', ahorita: 'ahora',
  },
  signs: {
    secrecy: [
      { pattern: String.raw`\bno (?:se lo |se la |se |le |les |lo )?${SAY}(?: nada| esto| eso)?(?: de esto| de mi| de nosotros)? (?:a )?(?:tus|tu) ${PARENTS}\b`, source: 'herts-police' },
      { pattern: String.raw`\bno (?:se lo |le |les |se )?${SAY}(?: nada)? (?:a )?(?:nadie|ninguno|tus amigos|tus amigas)\b.{0,25}\b(?:que hablamos|que hablas conmigo|que me hablas|de mi|de nosotros|de esto|lo nuestro|que te escribo|que te hablo|lo que te (?:mande|he mandado|di|he dado))`, source: 'childline' },
      { pattern: String.raw`\b(?:tus|tu) ${PARENTS} no (?:tienen|tiene|necesitan|necesita|deben|debe|van a|pueden|puede)(?: por que| que)? (?:saber|saberlo|enterarse|enterar|ver|verlo)\b`, source: 'herts-police' },
      { pattern: String.raw`\bnadie (?:tiene que|tiene por que|debe|necesita|va a|puede) (?:saber|saberlo|enterarse)\b`, source: 'vgt' },
      { pattern: String.raw`\bnuestro (?:pequeno |gran |propio )?secreto\b|\bsecreto (?:entre (?:tu y yo|nosotros|los dos)|de los dos)\b|\bnuestro secretito\b`, source: 'childline' },
      { pattern: String.raw`\b(?:queda|quede|quedara|es|sea|esto|todo) (?:solo )?entre (?:tu y yo|nosotros|los dos)\b|\bentre tu y yo\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:borra|borrad|elimina|borres|borramos|borrar) (?:la |las |los |el |esta |estos |estas |nuestra |nuestras |nuestros |todos los |todas las )?(?:conversacion|conversaciones|chat|chats|mensajes|conver|fotos)\b.{0,40}\b(?:cuando|despues|antes|para que|por si|asi|en cuanto)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bsi (?:tus padres|tu madre|tu padre|tu mama|tu papa|alguien) (?:te )?(?:pregunta|preguntan|mira|miran|ve|ven|revisa|revisan)\b.{0,40}\b(?:di|dile|diles|di que|miente|inventate)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:escondeselo|ocultaselo|esconde esto|oculta esto)\b.{0,20}\b${PARENTS}\b`, source: 'childnet' },
    ],
    photos: [
      { pattern: String.raw`\b(?:mandame|mandeme|manda|mandas|envia|enviame|envias|pasame|pasa|pasas|ensename|muestrame|dame)(?: me)? (?:un |una |unas |unos |otra |otro |mas |tus )?(?:selfie|selfis|selfies|nudes?|packs?|fotos? tuyas?|fotito tuya|video tuyo|videos tuyos)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:mandame|enviame|pasame|ensename|muestrame|manda|envia|pasa)(?: me)? (?:un |una |unas |otra |mas )?(?:foto|fotos|fotito|video|videos|imagen|pic) (?:tuya|tuyas|tuyo|de ti|en (?:pijama|ropa interior|bikini|banador|la cama|tu cuarto|toalla)|sin (?:ropa|camiseta|nada)|desnud\w*)\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:puedo|podria|quiero|me dejas) (?:ver|tener) (?:una |alguna |unas )?(?:foto|fotos|video) (?:tuya|tuyas|tuyo|de ti)\b|\b(?:ensename|muestrame|dejame ver) (?:como eres|tu cuerpo|tu cara|tu cuarto)\b|\bensename tu cuerpo\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:enciende|pon|ponte|activa|abre|conecta|prende)(?: la| tu)? (?:camara|cam|webcam|video)\b.{0,30}\b(?:para mi|quiero verte|que te vea|que quiero verte|solo tu y yo|solos|a solas|en privado)\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:videollamada|facetime|llamada de video|videochat)\b.{0,20}\b(?:solo tu y yo|solos|a solas|en privado|en tu cuarto)\b`, source: 'bee-secure' },
      { pattern: String.raw`\b(?:te mande|te he mandado|te envie|te he enviado|te pase) (?:una|la mia|mi foto|una foto)\b.{0,30}\b(?:ahora tu|te toca|mandame|enviame)\b`, source: 'ncmec' },
    ],
    'move-app': [
      { pattern: String.raw`\b(?:vamos|pasamos|hablamos|hablemos|escribeme|hablame|vente|pasate|seguimos)\b.{0,20}\b(?:al privado|por privado|en privado|al priv|por priv|por md|al md)\b`, source: 'vgt' },
      { pattern: String.raw`\b${APP}\b.{0,50}${PRIVATE}`, source: 'vgt' },
      { pattern: String.raw`${PRIVATE}.{0,50}\b(?:por|en|a|usa|descargate|bajate) ${APP}\b`, source: 'youngdata' },
    ],
    gifts: [
      { pattern: String.raw`\bte (?:compro|comprare|puedo comprar|regalo|regalare|puedo regalar|doy|dare|puedo dar|mando|mandare|puedo mandar|envio|enviare|puedo enviar|pago|pagare|puedo pagar|recargo|paso)(?: un| una| unos| unas| el| la| los| las| tu| tus)? (?:nuevo |nueva |gratis )?(?:\d+ ?)?${MONEY}`, source: 'vgt' },
      { pattern: String.raw`\b(?:quieres|necesitas)(?: unos| unas| un| una)? (?:robux|pavos|v[ -]?bucks|nitro|dinero|tarjeta regalo|gemas|skins)(?: gratis)?\b`, source: 'swgfl' },
      { pattern: String.raw`\bsi (?:me )?[a-z]+\b.{0,40}\bte (?:doy|dare|regalo|compro|mando|pago)\b`, source: 'ncmec' },
      { pattern: String.raw`\bte (?:pago|pagare|compro) (?:el|la|tu) (?:tren|bus|billete|autobus|taxi|uber|movil|pase de batalla)\b`, source: 'nsscp' },
    ],
    'personal-questions': [
      { pattern: String.raw`\bcuantos anos tienes\b|\bque edad tienes\b|\bcual es tu edad\b|\ben que ano naciste\b|\beres (?:mayor|menor) de (?:edad|\d+)\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:estas|estas tu) (?:sol[oa]|a solas)\b(?! en (?:el |la )?(?:lobby|juego|partida|servidor|equipo))`, source: 'polizei-nrw' },
      { pattern: String.raw`\bhay alguien (?:mas )?contigo\b|\bquien mas esta (?:en casa|contigo|en tu cuarto)\b|\b(?:estan|siguen) tus padres (?:en casa|ahi|despiertos|fuera|cerca)\b|\besta tu (?:madre|padre|mama|papa) (?:en casa|ahi|despiert[oa]|fuera|cerca)\b|\bdonde estan tus padres\b|\ba que hora (?:se van|salen|vuelven|se acuestan|llegan) tus padres\b`, source: 'polizei-nrw' },
      { pattern: String.raw`\bquien mas usa tu (?:ordenador|ordena|portatil|movil|tablet|pc)\b|\bdonde (?:esta|tienes) (?:tu|el) (?:ordenador|portatil|pc)\b`, source: 'cik-uke' },
      { pattern: String.raw`\bdonde vives\b|\bcual es tu direccion\b|\b(?:en|de) que (?:calle|barrio|ciudad|pueblo|zona) (?:vives|eres)\b|\bpasame tu (?:direccion|ubicacion)\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:a|en) (?:que|cual) (?:cole|colegio|instituto|insti|escuela) (?:vas|estas|estudias)\b|\bque (?:cole|colegio|instituto|insti) (?:vas|es el tuyo)\b|\bcomo se llama tu (?:cole|colegio|instituto|insti)\b`, source: 'thinkuknow' },
    ],
    meet: [
      { pattern: String.raw`\b(?:quedar|vernos|conocernos|encontrarnos|verte|conocerte|quedamos|nos vemos|verme)\b.{0,20}\b(?:en persona|en la vida real|de verdad|en real|cara a cara|a solas|solos|solo tu y yo|por fin|algun dia|un dia de estos)\b`, source: 'childnet' },
      { pattern: String.raw`\b(?:deberiamos|tenemos que|hay que|quiero|me gustaria muchisimo) (?:quedar|vernos|conocernos|conocerte)\b(?! (?:para|a las|en clase|en el cole|en el insti|manana en))`, source: 'childnet' },
      { pattern: String.raw`\bven a (?:verme|mi casa)\b|\bvente a mi casa\b|\bven sol[oa]\b|\bvente sol[oa]\b`, source: 'lawstuff' },
      { pattern: String.raw`\b(?:puedo|voy a|ire a|yo voy a) (?:ir a |venir a |viajar a )?tu (?:ciudad|pueblo|casa|barrio)\b`, source: 'childnet' },
      { pattern: String.raw`\bte (?:puedo )?(?:recojo|recogere|recoger|busco|buscare|buscar)\b.{0,20}\b(?:en tu casa|de tu casa|sin que|donde nadie)\b`, source: 'bee-secure' },
      { pattern: String.raw`\bte (?:pago|pagare|puedo pagar|compro) (?:el )?(?:tren|bus|billete|autobus|taxi|uber)\b`, source: 'lawstuff' },
      { pattern: String.raw`\bno (?:traigas|lleves) a nadie\b`, source: 'bee-secure' },
    ],
    sexual: [
      { pattern: String.raw`\b(?:sexo|sexual|desnud[oa]s?|nudes|tetas|pene|polla|vagina|masturb\w*|porno|pajas?|cachond[oa])\b`, source: 'ncmec' },
      { pattern: String.raw`\b(?:eres|sigues siendo) virgen\b|\btalla de (?:sujetador|sosten)\b`, source: 'leeds-scp' },
      { pattern: String.raw`\b(?:eres|estas) (?:muy |tan |super )?sexy\b|\bfotos? sexy\b`, source: 'childline' },
      { pattern: String.raw`\b(?:has besado|has dado un beso|te han besado|alguna vez (?:te han besado|has besado))\b`, source: 'cameleon' },
      { pattern: String.raw`\bque llevas puesto\b(?! (?:para|manana|hoy|a |al |en ))`, source: 'leeds-scp' },
      { pattern: String.raw`\bte (?:tocas|has tocado)\b|\bquitate (?:la ropa|la camiseta|el sujetador|la parte de arriba)\b`, source: 'ncmec' },
    ],
  },
  weak: {
    secrecy: [
      { pattern: String.raw`\bno (?:se lo |le |les |se )?${SAY}(?: nada)? (?:a )?nadie\b|\b(?:guardame|guarda|me guardas) (?:el|un|este) secreto\b|\bes (?:un )?secreto\b`, source: 'herts-police' },
    ],
  },
  cues: {
    flattery: [
      { pattern: String.raw`\b(?:eres|estas|que|tan|muy) (?:muy |tan |super |re |la mas |el mas )*(?:guap[oa]|guapisim[oa]|precios[oa]|lind[oa]|bonit[oa]|monisim[oa]|hermos[oa]|espectacular|especial|perfect[oa]|madur[oa]|increible|sexy|bell[oa]|divin[oa])\b`, source: 'cabildo-gc' },
      { pattern: String.raw`\b(?:madur[oa]|mayor|list[oa]) para tu edad\b|\bno eres como (?:las|los) (?:demas|otras|otros)\b|\bnadie me entiende como tu\b`, source: 'ncmec' },
    ],
    urgency: [
      { pattern: String.raw`\b(?:contesta|contestame|responde|respondeme|escribeme|hablame)(?: me)? (?:ya|ahora|ahora mismo|rapido|ya mismo|enseguida|de una vez)\b|\bpor que no (?:me )?(?:contestas|respondes|escribes)\b|\bno me ignores\b|\bdate prisa\b|\bahora mismo\b|\bantes de que (?:te vayas|se entere|sea tarde)\b|\bcontestame\b`, source: 'childnet' },
    ],
  },
  unless: {
    sexual: [String.raw`\beducacion (?:sexual|afectivo)\b|\bsalud sexual\b|\bacoso sexual\b`],
    'move-app': [String.raw`\bservidor privado\b|\bpartida privada\b|\bsala privada\b|\bcuenta privada\b|\bperfil privado\b|\b(?:el )?grupo (?:de clase|del cole)?\s?(?:lo hemos pasado|esta ahora|ahora esta|se ha movido)\b`],
    gifts: [String.raw`\b(?:cumple|cumpleanos|navidad|reyes|santo|comunion) regalo\b|\bregalo (?:de|por|para tu) (?:cumple|cumpleanos|navidad|reyes)\b|\b(?:mi |tu )?(?:mama|madre|papa|padre|abuela) (?:dice|ha dicho|dijo)\b`],
    meet: [String.raw`\b(?:tu|tus) (?:madre|padre|mama|papa|padres) (?:dice|dicen|ha dicho|sabe|saben)\b`, String.raw`\ben (?:el |la )?(?:juego|lobby|servidor|minecraft|roblox|fortnite|discord|partida)\b`],
  },
};
