// npm run bench's options (the command line, checked before anything starts), the national data
// set's users and roster team it measures with, and its output: progress on stderr, JSON on stdout.
import { argument } from "./server-actions";

export const log = (line: string) => process.stderr.write(`${line}\n`);
export const emit = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

export const N = Number(argument("n") ?? 40);
export const WARM_UP = 5;
/** The summary document takes longer to write: fewer of it. */
export const SUMMARY_N = Math.max(3, Math.round(N / 4));
export const DATABASE = argument("database") ?? "phongtrao_national";
/** Only these measurements (names as printed, comma-separated); all when not given. */
const ONLY = argument("only")?.split(",");
export const wanted = (name: string): boolean => !ONLY || ONLY.some((o) => name.startsWith(o));
/** The whole run, build excluded, ends by then whatever happens. */
export const DEADLINE_MS = 20 * 60_000;
export const REQUEST_TIMEOUT_MS = 60_000;

export const USERS = {
  analyst: "bo.phantich",
  /** TP Hồ Chí Minh: the province with the most communes (168). */
  province: "hochiminh.canbo",
  /** Phường Giá Rai (Cà Mau), as in the demo. */
  commune: "giarai.canbo",
} as const;
export const ROSTER_TEAM = "Tổ đo hiệu năng";
export const ROSTER_SIZE = 1000;
/** A common name typed without diacritics, as on a phone: "Nguyễn Thị Lan" and the like. */
export const SEARCH_QUERY = "nguyen thi lan";

if (!(Number.isInteger(N) && N >= 5 && N <= 200)) throw new Error("--n: a whole number in 5–200");
