const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Character references, so attribute-value normalization keeps line breaks and tabs.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Characters XML 1.0 cannot carry at all, not even as references; lone surrogates included. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** Escapes text for an XML attribute value or element content; characters XML cannot hold become U+FFFD. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"'\n\r\t]/g, (c) => ESCAPES[c] ?? c).replace(NOT_XML, '\uFFFD');
}
