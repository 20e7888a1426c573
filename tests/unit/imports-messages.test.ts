import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";

describe("roster and import messages in Vietnamese", () => {
  it("write counts as Vietnamese do: 1.000, 10.000", () => {
    const messages = messagesFor("vi");
    const imports = createTranslator({ locale: "vi", messages, namespace: "Imports" });
    expect(imports("commit", { rows: 10000 })).toBe("Nhập 10.000 dòng");
    expect(imports("summaryPersons", { newPersons: 1522, existing: 0 })).toBe(
      "Sẽ thêm 1.522 người mới và 0 người đã có hồ sơ trong tỉnh.",
    );
    const rosters = createTranslator({ locale: "vi", messages, namespace: "Rosters" });
    expect(rosters("membersHeading", { count: 1000 })).toBe("Thành viên hiện tại (1.000)");
    expect(rosters("count", { total: 1522 })).toBe("Số tổ: 1.522");
  });
});

describe("import page messages in English", () => {
  it("say one row and one person in the singular", () => {
    const t = createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "Imports" });
    expect(t("summaryPersons", { newPersons: 1, existing: 0 })).toBe(
      "Adds 1 new person and 0 people already on record in the province.",
    );
    expect(t("commit", { rows: 1 })).toBe("Import 1 row");
    expect(t("commit", { rows: 1000 })).toBe("Import 1,000 rows");
    expect(t("committed", { rows: 1, persons: 1, memberships: 1 })).toBe(
      "Imported 1 row: 1 new person, 1 team membership.",
    );
  });
});
