import { describe, expect, it } from "vitest";
import { createPlaceSchema, setPlaceActiveSchema } from "@/lib/places/schemas";
import {
  changePointStatusSchema,
  createPointSchema,
  parsePointFilter,
  pointFilterParams,
  setPointRatingSchema,
} from "@/lib/points/schemas";

const ID = "0190f5a2-1234-7abc-8def-0123456789ab";
const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the point forms", () => {
  it("read a create form as sent by a browser", () => {
    const parsed = createPointSchema.parse({
      communeId: "31942",
      modelId: ID,
      name: "",
      residentialAreaId: "",
      organizationId: "",
      placeName: "  Giáo xứ Tắc Sậy ",
      leadOrganization: "VETERANS",
      establishedOn: "20/04/2016",
    });
    expect(parsed).toEqual({
      communeId: 31942,
      modelId: ID,
      placeName: "Giáo xứ Tắc Sậy",
      leadOrganization: "VETERANS",
      establishedOn: new Date("2016-04-20T00:00:00Z"),
    });
  });

  it("put every problem at its field", () => {
    const result = createPointSchema.safeParse({
      communeId: "",
      modelId: "",
      leadOrganization: "PRESIDENT",
      establishedOn: "2999-01-01",
    });
    expect(issues(result)).toEqual({
      communeId: "Errors.communeRequired",
      modelId: "Errors.modelRequired",
      leadOrganization: "Errors.leadRequired",
      establishedOn: "Errors.dateInFuture",
    });
  });

  it("ask for a reason when dissolving, and only then", () => {
    const base = { id: ID, version: "3", effectiveOn: "2024-05-01" };
    expect(
      issues(changePointStatusSchema.safeParse({ ...base, toStatus: "DISSOLVED", reason: " " })),
    ).toEqual({
      reason: "Errors.dissolveReasonRequired",
    });
    expect(changePointStatusSchema.safeParse({ ...base, toStatus: "SUSPENDED" }).success).toBe(
      true,
    );
    expect(
      changePointStatusSchema.parse({ ...base, toStatus: "DISSOLVED", reason: "Hết kinh phí" }),
    ).toMatchObject({ toStatus: "DISSOLVED", reason: "Hết kinh phí", version: 3 });
    expect(issues(changePointStatusSchema.safeParse({ ...base, toStatus: "" }))).toEqual({
      toStatus: "Errors.statusRequired",
    });
  });

  it("rate with one of the four levels", () => {
    expect(setPointRatingSchema.parse({ id: ID, year: "2024", rating: "FAIR" })).toMatchObject({
      year: 2024,
      rating: "FAIR",
    });
    expect(
      issues(setPointRatingSchema.safeParse({ id: ID, year: "2024", rating: "EXCELLENT" })),
    ).toEqual({
      rating: "Errors.ratingRequired",
    });
  });
});

describe("the list's address", () => {
  it("keeps good filters and drops bad ones", () => {
    const filter = parsePointFilter({
      commune: "31942",
      model: "not-an-id",
      status: "DISSOLVED",
      lead: ["WOMEN", "YOUTH"],
      q: "cuu chien binh",
      sort: "sideways",
    });
    expect(filter).toMatchObject({
      communeId: 31942,
      status: "DISSOLVED",
      lead: "WOMEN",
      q: "cuu chien binh",
      sort: "name",
    });
    expect(filter.modelId).toBeUndefined();
    expect(pointFilterParams(filter)).toEqual({
      commune: "31942",
      status: "DISSOLVED",
      lead: "WOMEN",
      q: "cuu chien binh",
    });
  });
});

describe("the place forms", () => {
  it("tell an area from an organisation by its type", () => {
    expect(
      createPlaceSchema.parse({
        type: "area",
        name: " Ấp  1 ",
        kind: "AP",
        formerCommuneId: "12",
        households: "",
      }),
    ).toEqual({ type: "area", name: "Ấp 1", kind: "AP", formerCommuneId: 12 });
    expect(
      issues(createPlaceSchema.safeParse({ type: "organization", name: "", kind: "AP" })),
    ).toEqual({ name: "Errors.placeNameRequired", kind: "Errors.placeKindRequired" });
    expect(
      issues(
        createPlaceSchema.safeParse({ type: "area", name: "Ấp 2", kind: "AP", households: "-3" }),
      ),
    ).toEqual({ households: "Errors.householdsInvalid" });
  });

  it("store names in NFC", () => {
    const nfd = "Ấp Cây Gừa".normalize("NFD");
    expect(createPlaceSchema.parse({ type: "area", name: nfd, kind: "AP" }).name).toBe(
      "Ấp Cây Gừa".normalize("NFC"),
    );
  });

  it("deactivate by id and version", () => {
    expect(
      setPlaceActiveSchema.parse({ type: "area", id: ID, version: "2", active: "false" }),
    ).toEqual({
      type: "area",
      id: ID,
      version: 2,
      active: false,
    });
  });
});
