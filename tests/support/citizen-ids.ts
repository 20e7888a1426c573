// Citizen IDs for the people tests add. Their serial numbers (the last 6 digits) come from the range
// the demo and national generators never give, so a new person never meets a seeded one by chance.
// Integration files that share a worker's database each get a block of 1,000 serials of their own
// (TEST_CITIZEN_BLOCK, claimed in tests/setup/worker.ts), so they never meet each other either.
// Elsewhere (the e2e specs, whose laptop and phone runs share one database) each ID's serial is
// drawn at random from the whole reserved range: a clash between the few IDs of two runs is a few
// in ten thousand.
import { randomInt } from "node:crypto";
import { TEST_CITIZEN_SERIALS_FROM } from "../../prisma/seed/generators/people";

const BLOCK_SIZE = 1_000;
/** How many files of one database can have a block of their own. */
export const CITIZEN_ID_BLOCKS = (1_000_000 - TEST_CITIZEN_SERIALS_FROM) / BLOCK_SIZE;
const BLOCKS = CITIZEN_ID_BLOCKS;

function blockOfThisFile(): number | null {
  const claimed = process.env.TEST_CITIZEN_BLOCK;
  if (claimed === undefined) return null;
  const block = Number(claimed);
  if (!Number.isInteger(block) || block < 0 || block >= BLOCKS)
    throw new RangeError(`TEST_CITIZEN_BLOCK ${claimed}: not one of ${BLOCKS} blocks`);
  return block;
}

// Read at the first ID, not at import: tests/setup/worker.ts imports this module before it sets
// TEST_CITIZEN_BLOCK.
let block: number | null | undefined;
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
  block = block === undefined ? blockOfThisFile() : block;
  if (block === null)
    return `${head}${TEST_CITIZEN_SERIALS_FROM + randomInt(0, BLOCKS * BLOCK_SIZE)}`;
  const given = used.get(head) ?? 0;
  if (given >= BLOCK_SIZE) throw new RangeError(`more than ${BLOCK_SIZE} citizen IDs ${head}…`);
  used.set(head, given + 1);
  return `${head}${TEST_CITIZEN_SERIALS_FROM + block * BLOCK_SIZE + given}`;
}
