// Digits as people actually type them. Some phone keyboards and Vietnamese/CJK input methods send
// full-width forms ("１２３", "０９１２　３４５　６７８", "１．２３４"), and copied figures carry
// no-break spaces as thousands separators ("1 234" with U+00A0 or U+202F, as Intl writes them). One
// helper makes them the ASCII characters every number, citizen ID and phone field then reads — the
// report fields (lib/reports/vietnamese-number.ts), integer/count/money (./numbers.ts), the citizen
// ID (lib/rosters/citizen-id.ts) and the phone (lib/rosters/phone.ts), in forms and imports alike.
//
// Only these are mapped: the full-width ASCII block U+FF01–U+FF5E (digits U+FF10–FF19, "．" "，"
// "＋" "－" "（" "）" and the rest) to ASCII, and the ideographic space U+3000, NBSP U+00A0, the
// narrow NBSP U+202F and the figure space U+2007 to a space. Not NFKC: that would also turn "①",
// "²" or "½" into digits, which nobody types for a number.

const FULL_WIDTH = /[\uFF01-\uFF5E]/gu;
const WIDE_SPACES = /[\u3000\u00A0\u202F\u2007]/gu;

/** `text` with full-width characters and wide or no-break spaces as their ASCII forms. */
export function asciiDigits(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(WIDE_SPACES, " ");
}

const PLAIN = /^\d+$/u;
/** Thousands grouped by dots or spaces, as Vietnamese write them: 1.234.567, 1 234 567. */
const GROUPED = /^\d{1,3}(?:[. ]\d{3})+$/u;

/**
 * The digits of a whole number typed plainly ("1234") or grouped by thousands with dots or spaces
 * ("1.234", "1 234", "１．２３４"), after asciiDigits and trimming; null for anything else (a
 * decimal "1,5" or "1.5", a sign, a letter). No leading-zero or length rule: the caller's range says.
 */
export function wholeNumberDigits(typed: string): string | null {
  const text = asciiDigits(typed).trim();
  if (PLAIN.test(text)) return text;
  if (GROUPED.test(text)) return text.replace(/[. ]/gu, "");
  return null;
}
