// Search that ignores diacritics and case: "cau lac bo 3 tich cuc" finds "Câu lạc bộ 3 tích cực",
// "d" finds "đ". The database keeps the same key of every searchable name in a generated column
// (`searchKey`: f_unaccent(lower(name)), migration registry) with a trigram index, and a query is
// reduced the same way here, so `contains` runs on the index.

/** Lower case, no diacritics, đ → d, single spaces: the form names are compared in. */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * The words of what was typed, in the key's form, without punctuation: "to so 1 khom 1" and "Tổ số
 * 1, khóm 1" have the same words, and "cau lac bo cuu chien binh" finds "Câu lạc bộ Hội Cựu chiến
 * binh …" although a word stands between.
 */
export function searchWords(text: string): string[] {
  return [...new Set(searchKey(text).split(/[^a-z0-9]+/u))].filter((word) => word !== "");
}

/**
 * The `where` of a name search: the key contains every word typed, in any order (each on the
 * trigram index over `searchKey`; docs/decisions/006-search.md). No words: no condition.
 */
export function searchKeyWhere(text: string): { AND: { searchKey: { contains: string } }[] } {
  return { AND: searchWords(text).map((word) => ({ searchKey: { contains: word } })) };
}
