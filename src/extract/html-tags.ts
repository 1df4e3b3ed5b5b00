/** Elements whose content is never article text (not rendered, or controls and embeds). */
export const SKIPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'picture', 'source', 'track', 'map', 'select', 'option', 'optgroup', 'button', 'input',
  'textarea', 'label', 'dialog', 'meta', 'link', 'img', 'title', 'base',
]);

/** Elements that start a new line of text: their boundaries split text into blocks. */
export const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul', 'caption', 'frameset', 'frame', 'legend', 'output', 'listing',
  'xmp', 'plaintext', 'noframes',
]);

/** Table cells: a row of short cells is one line of text, so cells only add a separating space. */
export const CELL_TAGS = new Set(['td', 'th']);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
