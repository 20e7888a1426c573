// npx tsx scripts/bench/password-hash.ts — what one argon2id sign-in costs on this machine (time and
// memory), i.e. how many sign-ins a second the parameters allow and what a brute-forcer pays.
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 20);
  const hash = await hashPassword("Mật-khẩu-thử-2025");
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await verifyPassword(hash, "Mật-khẩu-thử-2025");
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const concurrent = performance.now();
  await Promise.all(Array.from({ length: 8 }, () => verifyPassword(hash, "sai-mat-khau")));
  const eight = performance.now() - concurrent;
  console.log(`argon2id m=19 MiB t=2 p=1, ${runs} verifications`);
  console.log(
    `  median ${median.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms`,
  );
  console.log(
    `  8 at once: ${eight.toFixed(0)} ms (${((8 / eight) * 1000).toFixed(1)} per second)`,
  );
  console.log(`  RSS growth ${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(1)} MiB`);
}

void main();
