/**
 * Where the child is, right now or exactly: a map link (Google, Apple, Waze, OpenStreetMap,
 * Bing, HERE, what3words), coordinates ("51.5072, -0.1276", "51°30'26\"N 0°7'39\"W") or a
 * what3words address ("///filled.count.soap", in any language's words).
 */
const MAP_LINK =
  /(?:https?:\/\/)?(?:www\.)?(?:maps\.app\.goo\.gl|goo\.gl\/maps|maps\.google\.[a-z.]+|google\.[a-z.]+\/maps|g\.co\/kgs|maps\.apple\.com|maps\.apple|waze\.com\/(?:ul|live-map)|openstreetmap\.org\/[^\s]*(?:mlat|#map)|osm\.org\/go|bing\.com\/maps|wego\.here\.com|share\.here\.com|w3w\.co\/|what3words\.com\/)/;
/** Decimal degrees with at least three decimals (street level), latitude then longitude. */
const DECIMAL = /(?:^|[^\d.])-?(?:[1-8]?\d)\.\d{3,}\s*[,;/ ]\s*-?(?:1[0-7]\d|\d{1,2})\.\d{3,}(?![\d.])/;
/** Degrees, minutes, seconds with a hemisphere. */
const DMS = /\d{1,3}\s*°\s*\d{1,2}\s*['′]\s*(?:\d{1,2}(?:[.,]\d+)?\s*(?:"|″|''))?\s*[nsew]/;
/** what3words: three words joined by dots, after "///" or "what3words". */
const W3W_SLASHES = /\/\/\/\s?\p{L}+\.\p{L}+\.\p{L}+/u;
const W3W_NAMED = /what ?3 ?words?\W{0,5}\p{L}+\.\p{L}+\.\p{L}+/u;

export function hasLocation(folded: string): boolean {
  return MAP_LINK.test(folded) || DECIMAL.test(folded) || DMS.test(folded) || W3W_SLASHES.test(folded) || W3W_NAMED.test(folded);
}
