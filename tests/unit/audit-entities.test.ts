import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enMessages as en, viMessages as vi } from "@/lib/i18n/catalog";
import { PLACE_ENTITY } from "@/lib/places/find-place";

// The audit page names each kind of entity in words (its filter and its table): every entity an
// audit row is written with has a label in both languages, so no model name (ImportBatch) shows.

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function auditedEntities(): string[] {
  const names = new Set<string>(Object.values(PLACE_ENTITY));
  for (const file of sources("lib")) {
    const text = readFileSync(file, "utf8");
    if (!text.includes("writeAudit")) continue;
    for (const match of text.matchAll(/\bentity: "([A-Z]\w+)"/gu)) names.add(match[1] ?? "");
  }
  return [...names].sort();
}

describe("audit entities", () => {
  it("has a label in both languages for every entity an audit row is written with", () => {
    const entities = auditedEntities();
    expect(entities).toEqual(expect.arrayContaining(["ImportBatch", "Person", "ResidentialArea"]));
    for (const messages of [vi, en]) {
      const labels: Record<string, string> = messages.Audit.entities;
      expect(entities.filter((entity) => !labels[entity])).toEqual([]);
    }
  });
});
