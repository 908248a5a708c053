/** Said in the visitor's own language when a page is only in Norwegian and English. */
export const fallback = {
  "fallback.englishOnly": "Denne siden finnes bare på norsk og engelsk. Her vises den på engelsk.",
} as const;
