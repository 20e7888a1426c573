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
