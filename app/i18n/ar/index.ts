import type { Messages } from "../nb";

/** Public pages only; other screens fall back to English. */
export const ar: Partial<Messages> = {};
