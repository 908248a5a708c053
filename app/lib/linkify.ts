export type TextPart = { text: string; href?: string };

const WEB_ADDRESS = /https?:\/\/[^\s<>"]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}»”'’]+$/;

/**
 * Splits plain text into text and web addresses, so an e-mail body can be shown with working links.
 * Punctuation that ends a sentence is left out of the address before it.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const address = match[0].replace(TRAILING_PUNCTUATION, "");
    if (match.index > position) parts.push({ text: text.slice(position, match.index) });
    parts.push({ text: address, href: address });
    position = match.index + address.length;
  }
  if (position < text.length) parts.push({ text: text.slice(position) });
  return parts;
}
