// Citizen IDs for the people tests add. Their serial numbers (the last 6 digits) come from the range
// the demo and national generators never give, so a new person never meets a seeded one by chance.
// Integration files that share a worker's database each get a block of 1,000 serials of their own
// (TEST_CITIZEN_BLOCK, claimed in tests/setup/worker.ts), so they never meet each other either.
import { randomInt } from "node:crypto";
import { TEST_CITIZEN_SERIALS_FROM } from "../../prisma/seed/generators/people";

const BLOCK_SIZE = 1_000;
const BLOCKS = (1_000_000 - TEST_CITIZEN_SERIALS_FROM) / BLOCK_SIZE;

function blockOfThisFile(): number {
  const claimed = process.env.TEST_CITIZEN_BLOCK;
  if (claimed === undefined) return randomInt(0, BLOCKS);
  const block = Number(claimed);
  if (!Number.isInteger(block) || block < 0 || block >= BLOCKS)
    throw new RangeError(`TEST_CITIZEN_BLOCK ${claimed}: not one of ${BLOCKS} blocks`);
  return block;
}

const block = blockOfThisFile();
/** Serials given so far in this file, by the first six digits. */
const used = new Map<string, number>();

/**
 * A valid citizen ID no other test person and no seeded person has: registered in the province of
 * `provinceCode` (3 digits), of this gender and birth year.
 */
export function testCitizenId(
  provinceCode: string,
  gender: "MALE" | "FEMALE",
  birthYear: number,
): string {
  const century = birthYear < 2000 ? 0 : 2;
  const digit = century + (gender === "FEMALE" ? 1 : 0);
  const head = `${provinceCode}${digit}${String(birthYear % 100).padStart(2, "0")}`;
  const given = used.get(head) ?? 0;
  if (given >= BLOCK_SIZE) throw new RangeError(`more than ${BLOCK_SIZE} citizen IDs ${head}…`);
  used.set(head, given + 1);
  return `${head}${TEST_CITIZEN_SERIALS_FROM + block * BLOCK_SIZE + given}`;
}
