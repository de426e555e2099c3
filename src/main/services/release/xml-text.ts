// Text that XML 1.0 can carry: control characters (other than tab and line breaks), U+FFFE/FFFF
// and lone surrogates are removed, since no escaping can make them legal and parsers reject them.
// Also the CDATA wrapping of HTML notes, split where the text itself contains `]]>`.

// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** Every string of a builder object (values and attributes) made XML-safe; structure unchanged. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = xmlSafeDeep(v);
    return out as T;
  }
  return value;
}

/**
 * `<![CDATA[…]]>` sections holding `text` exactly: a `]]>` inside it would end the section, so it
 * is split between two sections (`]]` ends one, `>` starts the next). Readers join them back.
 */
export function cdataSections(text: string): string {
  return `<![CDATA[${xmlSafe(text).split(']]>').join(']]]]><![CDATA[>')}]]>`;
}
