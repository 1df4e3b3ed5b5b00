import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';

/** Thrown out of the parser when a page nests deeper than allowed; the caller turns it into an ExtractError. */
export class NestingTooDeepError extends Error {
  constructor(readonly limit: number) {
    super(`nesting deeper than ${limit} elements`);
  }
}

/**
 * htmlparser2 keeps its open elements in an array it unshifts into, so parse time grows with the square
 * of the depth (0.1 s at 10,000 levels, 17 s at 100,000). The DOM handler's own stack is exact and cheap
 * to check: stop the parse once it passes the limit.
 */
class DepthLimitedHandler extends DomHandler {
  constructor(private readonly maxDepth: number) {
    super();
  }
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.tagStack.length > this.maxDepth) throw new NestingTooDeepError(this.maxDepth);
    super.onopentag(name, attribs);
  }
}

/**
 * Parses with htmlparser2 (the parser cheerio uses in its `xml: { xmlMode: false }` mode): several times
 * faster than parse5, and its DOM is built with an explicit stack, so deep nesting cannot overflow.
 */
export function parseHtml(html: string, maxDepth: number): Document {
  const handler = new DepthLimitedHandler(maxDepth);
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return handler.root;
}
