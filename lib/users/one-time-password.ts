import { randomInt } from "node:crypto";
import { passwordProblem } from "@/lib/auth/password-policy";

// Letters and digits that cannot be mistaken for one another when read aloud or copied from a
// screen (no 0/o, 1/l/i): the admin passes the password on by phone or on paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * A one-time password such as "k7qm-x3vp-9tnw": 12 random characters (about 59 bits), valid only
 * until its first use, when the user must choose their own.
 */
export function generateOneTimePassword(): string {
  for (;;) {
    const groups = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
    );
    const password = groups.join("-");
    if (passwordProblem(password) === null) return password;
  }
}
