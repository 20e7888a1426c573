import { describe, expect, it } from "vitest";
import { searchKeyWhere, searchWords } from "@/lib/search/search-key";

describe("search: the words typed", () => {
  it("are the key's words without punctuation, once each", () => {
    expect(searchWords("Tổ số 1, khóm 1")).toEqual(["to", "so", "1", "khom"]);
    expect(searchWords("to so 1 khom 1")).toEqual(searchWords("Tổ số 1, khóm 1"));
    expect(searchWords("  Đội  (tự quản) ")).toEqual(["doi", "tu", "quan"]);
    expect(searchWords(" , . ")).toEqual([]);
  });

  it("make a where that needs every word, so a word in between or another order still finds", () => {
    const name = "cau lac bo hoi cuu chien binh phong chong toi pham";
    const matches = (typed: string) =>
      searchKeyWhere(typed).AND.every((part) => name.includes(part.searchKey.contains));
    expect(matches("cau lac bo cuu chien binh")).toBe(true);
    expect(matches("cuu chien binh, cau lac bo")).toBe(true);
    expect(matches("cau lac bo 3 tich cuc")).toBe(false);
  });
});
