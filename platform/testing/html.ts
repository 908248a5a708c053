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

/**
 * For the action whose disclosure summary is named `name` (RowAction with a question): the text of the
 * submit button inside the disclosure, or undefined when no such disclosure is in the HTML.
 */
export function confirmButtonBehind(html: string, name: string): string | undefined {
  const details = [...html.matchAll(/<details[^>]*>([\s\S]*?)<\/details>/g)].find(([, inner]) =>
    new RegExp(`^<summary[^>]*aria-label="${name}"`).test(inner!),
  );
  return details && /<button[^>]*type="submit"[^>]*>([^<]*)<\/button>/.exec(details[1]!)?.[1];
}

/** Whether the HTML has a submit button named `name` that sends its form at once. */
export function hasImmediateButton(html: string, name: string): boolean {
  return new RegExp(`<button[^>]*type="submit"[^>]*aria-label="${name}"|<button[^>]*aria-label="${name}"[^>]*type="submit"`).test(html);
}
