/**
 * Just enough XML for WordprocessingML parts: elements of one tag that do not nest within
 * themselves (w:abstractNum, w:lvl, w:style …), their attributes, and entity decoding.
 */
export type XmlElement = { open: string; inner: string };

export const elements = (xml: string, tag: string): XmlElement[] =>
  [...xml.matchAll(new RegExp(`<${tag}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'gu'))].map((match) => ({
    open: match[1] ?? '',
    inner: match[2] ?? '',
  }));

export const attribute = (open: string, name: string): string | undefined => new RegExp(`${name}="([^"]*)"`, 'u').exec(open)?.[1];

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });
