/** HTML entities that appear in real feeds but are undefined in XML (xml2js rejects them). */
const HTML_ENTITIES: Record<string, number> = {
  nbsp: 160, iexcl: 161, cent: 162, pound: 163, euro: 8364, yen: 165, sect: 167, copy: 169, laquo: 171,
  raquo: 187, reg: 174, deg: 176, plusmn: 177, middot: 183, frac12: 189, times: 215, divide: 247,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222,
  hellip: 8230, bull: 8226, prime: 8242, trade: 8482, larr: 8592, rarr: 8594, shy: 173, thinsp: 8201,
  ensp: 8194, emsp: 8195, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, numero: 8470,
  eacute: 233, egrave: 232, agrave: 224, aacute: 225, ouml: 246, uuml: 252, auml: 228, szlig: 223, ccedil: 231,
};
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Fixes the faults that make real-world feeds unparseable while browsers shrug: HTML named entities,
 * bare ampersands, control characters, Atom dates that are not dates (rss-parser throws on them) and
 * Atom links written as text. Used only as a second attempt after a strict parse failed.
 */
export function repairXml(xml: string): string {
  return fixAtomElements(fixEntities(xml));
}

const DATE_ELEMENT = /<(published|updated|issued|modified|created)>([^<]*)<\/\1>/g;
const TEXT_LINK = /<link>\s*(https?:\/\/[^<\s]+)\s*<\/link>/g;

function fixAtomElements(xml: string): string {
  if (!/<(\w+:)?feed[\s>]/.test(xml)) return xml;
  return xml
    .replace(DATE_ELEMENT, (m, name: string, value: string) => (Number.isNaN(Date.parse(value.trim())) ? `<${name}></${name}>` : m))
    .replace(TEXT_LINK, (_m, href: string) => `<link href="${href}"/>`);
}

function fixEntities(xml: string): string {
  // CDATA sections are taken literally by the parser: leave their ampersands alone.
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part : repairOutsideCdata(part)))
    .join('');
}

function repairOutsideCdata(xml: string): string {
  return xml
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&(#\d+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?/g, (m, ref: string | undefined) => {
      if (!ref) return '&amp;';
      if (ref.startsWith('#')) return m;
      const name = ref.slice(0, -1);
      if (XML_ENTITIES.has(name)) return m;
      const code = HTML_ENTITIES[name] ?? HTML_ENTITIES[name.toLowerCase()];
      return code === undefined ? `&amp;${ref}` : `&#${code};`;
    });
}
