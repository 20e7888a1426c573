import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";

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
