import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/decode.ts';

const RU = 'Министр обороны Виктор Хренин сообщил о переброске войск к границе с Украиной. Треть армии у южной границы.';
const FR = '<html><head><title>Biélorussie</title></head><body><p>Le ministre de la Défense a déclaré que les troupes ont été déployées près de la frontière, à Gomel. Über die Straße nach München.</p></body></html>';

describe('decodeBody', () => {
  it.each(['windows-1251', 'koi8-r'])('sniffs undeclared %s Cyrillic', (enc) => {
    const d = decodeBody(iconv.encode(RU, enc), null);
    expect([d.encoding, d.from, d.text]).toEqual([enc, 'sniffed', RU]);
  });

  it('sniffs undeclared Western text as windows-1252, not as Cyrillic', () => {
    const d = decodeBody(iconv.encode(FR, 'windows-1252'), null);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(FR);
  });

  it('prefers BOM over header, header over declarations', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]);
    expect(decodeBody(bom, 'windows-1251')).toMatchObject({ from: 'bom', text: RU });
    const cp = iconv.encode(`<?xml version="1.0" encoding="koi8-r"?><p>${RU}</p>`, 'windows-1251');
    expect(decodeBody(cp, 'windows-1251')).toMatchObject({ from: 'header', encoding: 'windows-1251' });
  });

  it('reads the XML declaration and <meta> when the header names no charset', () => {
    const xml = decodeBody(iconv.encode(`<?xml version="1.0" encoding="KOI8-R"?><rss>${RU}</rss>`, 'koi8-r'), null);
    expect([xml.from, xml.encoding]).toEqual(['xml-declaration', 'koi8-r']);
    const meta = decodeBody(iconv.encode(`<html><head><meta charset="windows-1251"></head><body>${RU}</body></html>`, 'windows-1251'), null);
    expect([meta.from, meta.encoding]).toEqual(['meta', 'windows-1251']);
    const httpEquiv = decodeBody(iconv.encode(`<meta http-equiv="Content-Type" content="text/html; charset=cp1251">${RU}`, 'windows-1251'), null);
    expect([httpEquiv.from, httpEquiv.encoding, httpEquiv.text.endsWith(RU)]).toEqual(['meta', 'windows-1251', true]);
  });

  it('treats valid UTF-8 without any declaration as UTF-8', () => {
    expect(decodeBody(Buffer.from(RU), null)).toMatchObject({ encoding: 'utf-8', text: RU });
  });
});
