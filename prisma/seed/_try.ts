import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
async function main() {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  });
  const data = Array.from({ length: 20000 }, (_, i) => ({
    id: 900 + i,
    name: "x" + i,
    nameEn: "y",
  }));
  await db.$executeRawUnsafe(`delete from "Ethnicity" where id >= 900`);
  for (const size of [500, 2000, 5000]) {
    const t = performance.now();
    for (let i = 0; i < data.length; i += size)
      await db.ethnicity.createMany({ data: data.slice(i, i + size), skipDuplicates: true });
    console.log("createMany chunk", size, (performance.now() - t).toFixed(0), "ms");
    await db.$executeRawUnsafe(`delete from "Ethnicity" where id >= 900`);
  }
  const t = performance.now();
  await db.$executeRawUnsafe(
    `insert into "Ethnicity"(id,name,"nameEn") select * from unnest($1::int[], $2::text[], $3::text[]) on conflict do nothing`,
    data.map((d) => d.id),
    data.map((d) => d.name),
    data.map((d) => d.nameEn),
  );
  console.log("unnest", (performance.now() - t).toFixed(0), "ms");
  await db.$executeRawUnsafe(`delete from "Ethnicity" where id >= 900`);
  await db.$disconnect();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
