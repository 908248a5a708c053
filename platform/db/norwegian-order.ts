import { sql, type AnyColumn, type SQL } from "drizzle-orm";

// æ, ø, å (and ä, ö, which Norwegian files with them) become "{", "|", "}", the characters right after "z";
// ü files as y, and other accented letters as their base letter.
const FROM = "æøåäöüéèêëáàâíìîóòôúùûçñÆØÅÄÖÜÉÈÊËÁÀÂÍÌÎÓÒÔÚÙÛÇÑ";
const TO = "{|}{|yeeeeaaaiiiooouuucn{|}{|yeeeeaaaiiiooouuucn";

/**
 * A sort key that puts text in Norwegian alphabetical order, letter case aside: a–z, æ, ø, å. PGlite has
 * no ICU collations (no "nb-NO-x-icu"), and a PostgreSQL server's default collation depends on its locale,
 * so the key is compared byte by byte ("C"), which gives the same order on both. The upper-case letters
 * are in the list too because lower() leaves non-ASCII letters alone under the "C" locale.
 */
export function norwegianOrder(text: AnyColumn | SQL): SQL {
  return sql`translate(lower(${text}), ${FROM}, ${TO}) collate "C"`;
}
