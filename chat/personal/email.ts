/**
 * Email addresses, written plainly or spelled out to get past filters: "sam dot k at gmail dot
 * com", "sam(at)outlook.com", "ola kropka kowal małpa wp kropka pl". Spelled-out forms count
 * only when they end in a real-looking domain, so "meet at the park" never becomes an address.
 */
const PLAIN = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;

/** "(at)", "[at]", " at ", "arroba", "arobase", "małpa" (folded: "malpa"), "klammeraffe". */
const AT = String.raw`\s*(?:[(\[{]\s?(?:at|arroba|arobase|malpa|klammeraffe)\s?[)\]}]|@|\s(?:at|arroba|arobase|malpa|klammeraffe|chiocciola)\s)\s*`;
/** "dot", "punto", "point", "punkt", "kropka", "(dot)". */
const DOT = String.raw`\s*(?:\.|[(\[{]\s?(?:dot|punto|point|punkt|kropka)\s?[)\]}]|\s(?:dot|punto|point|punkt|kropka|ponto)\s)\s*`;
const NAME = String.raw`[\p{L}\d_%+-]+(?:${DOT}[\p{L}\d_%+-]+)*`;
/** Top-level domains and big providers children use; a spelled address must end in one. */
const TLD = String.raw`(?:com|net|org|edu|gov|co|uk|ie|us|ca|au|nz|es|fr|de|pl|at|ch|be|lu|mx|ar|eu|info|me|io)`;
const SPELLED = new RegExp(String.raw`(?:^|[^\p{L}\d])${NAME}${AT}[\p{L}\d-]+(?:${DOT}[\p{L}\d-]+)*${DOT}${TLD}(?![\p{L}\d])`, 'u');

export function hasEmail(folded: string): boolean {
  return PLAIN.test(folded) || SPELLED.test(folded);
}
