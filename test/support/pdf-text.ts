import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

/** A PDF's pages and the text on each, as pdf.js (the engine Firefox and Chromium's viewer use) extracts it. */
export async function pdfText(bytes: Uint8Array): Promise<{ pageCount: number; pages: string[]; width: number; height: number }> {
  // The legacy build runs in Node; with no worker file it falls back to running in this thread.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: pathToFileURL(join(PDFJS_DIR, 'standard_fonts') + '/').href,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    let width = 0;
    let height = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      if (number === 1) [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return { pageCount: document.numPages, pages, width, height };
  } finally {
    await document.destroy();
  }
}
