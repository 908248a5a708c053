/**
 * The text of each live region (role="status") in server-rendered HTML, markup taken out and spaces
 * squeezed: a message a test expects to be read out must be in here, not next to it.
 */
export function statusTexts(html: string): string[] {
  return [...html.matchAll(/<div[^>]*role="status"[^>]*>/g)].map((open) => {
    const start = open.index + open[0].length;
    const tags = /<(\/?)div\b[^>]*>/g;
    tags.lastIndex = start;
    let depth = 1;
    let end = html.length;
    for (let tag = tags.exec(html); tag && depth > 0; tag = tags.exec(html)) {
      depth += tag[1] ? -1 : 1;
      end = tag.index;
    }
    return html
      .slice(start, end)
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  });
}
