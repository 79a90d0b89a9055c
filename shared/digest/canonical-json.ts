import canonicalize from 'canonicalize';

/** RFC 8785 (JCS) canonical JSON: sorted keys, no whitespace, ECMAScript number form. */
export const canonicalJson = (value: unknown): string => {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('无法规范化为 JSON：值为 undefined');
  return text;
};
