import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The page a document is printed or saved to PDF from: written for a moment to the data directory's `tmp/` under a
 * name no one can guess, and loaded from there by a hidden window. The one `file:` URL the app ever loads.
 */
const PAGE_NAME = /^document-[0-9a-f]{16}\.html$/;

export function documentPagePath(dir: string): string {
  return path.join(dir, `document-${randomBytes(8).toString('hex')}.html`);
}

/** Whether a `file:` URL names such a page in `dir` (and nothing below or beside it). */
export function isDocumentPage(url: URL, dir: string): boolean {
  if (url.protocol !== 'file:' || url.search !== '' || (url.host !== '' && url.host !== 'localhost')) return false;
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  return path.dirname(file) === path.resolve(dir) && PAGE_NAME.test(path.basename(file));
}
