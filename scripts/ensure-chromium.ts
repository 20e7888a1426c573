// npx tsx scripts/ensure-chromium.ts — prints the Chromium the browser tests will use, installing
// one if needed.
import { ensureChromium } from "./lib/chromium";

console.log(ensureChromium((line) => console.error(line)));
