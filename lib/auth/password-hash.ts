import { type Algorithm, hash, verify } from "@node-rs/argon2";

// `Algorithm` is a const enum, which isolatedModules cannot read: Argon2id is its value 2.
const ARGON2ID = 2 as Algorithm.Argon2id;

// argon2id with OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane.
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

const PARAMS = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)$/;
// Params of no real user: an unknown username costs the same argon2 work as a wrong password, so
// timing does not tell which usernames exist.
const DUMMY_PARAMS = "$argon2id$v=19$m=19456,t=2,p=1$c2lnbi1pbi10aW1pbmctb25seQ";

/**
 * The proof of a typed password: its argon2id hash with the salt and cost of the stored hash
 * (`params`, the stored PHC string without its hash, from the database's auth_password_params).
 * The database compares the proof with the stored hash itself: the application never reads a
 * password hash, so SQL run as the application role cannot forge a sign-in.
 */
export async function passwordProof(params: string | null, password: string): Promise<string> {
  const match = PARAMS.exec(params ?? "") ?? PARAMS.exec(DUMMY_PARAMS);
  if (!match) throw new Error("unreachable: the dummy params parse");
  const [, memoryCost, timeCost, parallelism, salt] = match;
  return hash(password.normalize("NFC"), {
    algorithm: ARGON2ID,
    memoryCost: Number(memoryCost),
    timeCost: Number(timeCost),
    parallelism: Number(parallelism),
    salt: Buffer.from(salt ?? "", "base64"),
  });
}
