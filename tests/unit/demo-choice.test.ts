import { describe, expect, it } from "vitest";
import { demoRequested } from "@/scripts/db/demo-choice";

describe("whether a start loads the demo data", () => {
  it("does on the embedded database, and not on a real office's DATABASE_URL", () => {
    expect(demoRequested(true, [], {})).toBe(true);
    expect(demoRequested(false, [], {})).toBe(false);
  });

  it("does on a real database when asked with --demo or DEMO_DATA=1", () => {
    expect(demoRequested(false, ["node", "start.ts", "--demo"], {})).toBe(true);
    expect(demoRequested(false, [], { DEMO_DATA: "1" })).toBe(true);
    expect(demoRequested(false, [], { DEMO_DATA: "true" })).toBe(true);
  });

  it("does not on the embedded database with DEMO_DATA=0", () => {
    expect(demoRequested(true, [], { DEMO_DATA: "0" })).toBe(false);
  });
});
