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

// Verifying against this when the username does not exist makes a wrong username take as long as a
// wrong password, so timing does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing-only");
  return dummyHash;
}
