import { dictionary } from "@zxcvbn-ts/language-common";

// Password rules (NIST SP 800-63B style): a minimum length and a refusal of passwords that appear
// in the lists attackers try first. No composition rules: they make passwords harder to remember,
// not harder to guess. The common list is zxcvbn's (tens of thousands of leaked passwords) plus
// what Vietnamese users and this portal make likely.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

const LOCAL_COMMON = [
  "matkhau123",
  "matkhau1234",
  "matkhaumoi",
  "anhyeuem123",
  "emyeuanh123",
  "123456789a",
  "1234567890a",
  "a123456789",
  "abc1234567",
  "congan123",
  "congan1234",
  "conganxa123",
  "bocongan123",
  "phongtrao123",
  "phongtrao2025",
  "vietnam123",
  "vietnam1234",
  "hanoi12345",
  "saigon1234",
  "admin12345",
  "administrator",
  "password123",
  "qwerty12345",
];

const COMMON = new Set<string>([...dictionary["passwords-common"], ...LOCAL_COMMON]);

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "containsUsername";

/** What is wrong with a new password, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (length > MAX_PASSWORD_LENGTH) return "tooLong";
  const lower = password.normalize("NFC").toLowerCase();
  if (COMMON.has(lower) || isRepetitive(lower)) return "common";
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) {
    return "containsUsername";
  }
  return null;
}

// "aaaaaaaaaa", "1212121212", "abcabcabca": one short unit repeated.
function isRepetitive(password: string): boolean {
  for (let unit = 1; unit <= 3; unit += 1) {
    const head = password.slice(0, unit);
    if (head.repeat(Math.ceil(password.length / unit)).startsWith(password)) return true;
  }
  return false;
}
