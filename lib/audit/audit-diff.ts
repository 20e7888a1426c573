// The before/after values of an audit row as the fields that changed. A creation lists the new
// values, a deletion the old ones, an update only what differs. Citizen IDs stay masked for a
// viewer who may not see them (docs/design/domain.md: the CCCD is sensitive).

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldChange {
  /** Field name; "" when the value is not an object with fields. */
  field: string;
  kind: "added" | "removed" | "changed";
  /** Absent for "added". */
  before?: JsonValue;
  /** Absent for "removed". */
  after?: JsonValue;
}

const CITIZEN_ID_FIELDS = new Set(["citizenId", "cccd"]);

type JsonObject = { [key: string]: JsonValue };

function isRecord(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** "079201001234" → "********1234". */
export function maskCitizenId(value: string): string {
  return value.length <= 4
    ? "*".repeat(value.length)
    : `${"*".repeat(value.length - 4)}${value.slice(-4)}`;
}

function masked(value: JsonValue | undefined, field: string, mask: boolean): JsonValue | undefined {
  if (value === undefined || !mask) return value;
  if (CITIZEN_ID_FIELDS.has(field) && typeof value === "string") return maskCitizenId(value);
  if (Array.isArray(value)) return value.map((item) => masked(item, "", mask) ?? null);
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, masked(item, key, mask) ?? null]),
    );
  }
  return value;
}

function same(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffAudit(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  options: { maskCitizenIds: boolean },
): FieldChange[] {
  const mask = options.maskCitizenIds;
  const oldValue = isAbsent(before) ? undefined : before;
  const newValue = isAbsent(after) ? undefined : after;
  if (oldValue === undefined && newValue === undefined) return [];

  const objects =
    (oldValue === undefined || isRecord(oldValue)) &&
    (newValue === undefined || isRecord(newValue));
  if (!objects) {
    if (same(oldValue, newValue)) return [];
    return [change("", masked(oldValue, "", mask), masked(newValue, "", mask))];
  }

  const oldFields: JsonObject = oldValue ?? {};
  const newFields: JsonObject = newValue ?? {};
  const fields = [...new Set([...Object.keys(newFields), ...Object.keys(oldFields)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = Object.hasOwn(oldFields, field) ? oldFields[field] : undefined;
    const b = Object.hasOwn(newFields, field) ? newFields[field] : undefined;
    // A creation or deletion lists the fields that have a value; an update lists what differs.
    if (oldValue === undefined && isAbsent(b)) continue;
    if (newValue === undefined && isAbsent(a)) continue;
    if (same(a, b)) continue;
    changes.push(change(field, masked(a, field, mask), masked(b, field, mask)));
  }
  return changes;
}

function change(
  field: string,
  before: JsonValue | undefined,
  after: JsonValue | undefined,
): FieldChange {
  if (before === undefined) return { field, kind: "added", after };
  if (after === undefined) return { field, kind: "removed", before };
  return { field, kind: "changed", before, after };
}
