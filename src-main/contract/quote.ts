/**
 * Russian quotation marks around a user's text: «ёлочки» outside, „лапки“ inside. Pure, shared by the printed documents
 * and the screens, so a title quoted in a title never prints as «Беседа «Новогодний калейдоскоп»».
 */

/** A text that is one quotation already («Калейдоскоп»): its content, so it is not quoted twice. */
function unwrapped(text: string): string {
  if (!text.startsWith('«') || !text.endsWith('»') || text.length < 2) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '«') depth += 1;
    else if (text[i] === '»') depth -= 1;
    // The first mark closes before the end: «А» и «Б» are two quotations, not one.
    if (depth === 0 && i < text.length - 1) return text;
  }
  return depth === 0 ? text.slice(1, -1) : text;
}

/** Every quotation mark inside the text made an inner one: «…» and "…" become „…“. */
function innerQuotes(text: string): string {
  return text
    .replace(/«/g, '„')
    .replace(/»/g, '“')
    .replace(/(^|[\s([{„—-])"/g, '$1„')
    .replace(/"/g, '“');
}

/** «Беседа „Новогодний калейдоскоп“»: the text in «…», with the quotations inside it in „…“. */
export function quoted(text: string): string {
  return `«${innerQuotes(unwrapped(text))}»`;
}
