// The dashboard's interactive charts (issue 9 point 5, decision 014), on the laptop and the phone:
// the first visit gets the server-drawn charts and no recharts; a click on "Xem biểu đồ tương tác"
// loads recharts (its own chunk, fetched only then) and draws the same figures with Vietnamese
// ticks and tooltips; a second click goes back to the static chart; printing prints the static one.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The bodies of every script the page fetches, and a wait for those still being read. */
function watchScripts(page: Page) {
  const bodies = new Map<string, string>();
  const reading: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    reading.push(response.text().then((body) => void bodies.set(response.url(), body)));
  });
  return { bodies, read: () => Promise.all(reading) };
}

// A string recharts' code carries in any build (its surface's class name).
const RECHARTS = "recharts-surface";

test("the interactive charts load recharts only on a click, with Vietnamese figures", async ({
  page,
  signInAs,
}) => {
  await signInAs("bo.phantich");
  const { bodies: scripts, read } = watchScripts(page);
  await page.goto("/vi/dashboard", { waitUntil: "networkidle" });
  await read();
  const bars = page.locator('[data-chart-switch="bars"]');
  const trend = page.locator('[data-chart-switch="trend"]');
  await expect(bars.locator('[data-chart="bars"][role="img"]')).toBeVisible();
  // Nothing of recharts in the first visit.
  expect(scripts.size).toBeGreaterThan(0);
  const firstVisit = new Set(scripts.keys());
  for (const body of scripts.values()) expect(body).not.toContain(RECHARTS);
  await expect(page.locator(".recharts-surface")).toHaveCount(0);

  // The bars: recharts' SVG with the provinces and Vietnamese thousands ("1.522").
  await bars.getByRole("button", { name: "Xem biểu đồ tương tác" }).click();
  const barSurface = bars.locator('.recharts-surface[role="application"]');
  await expect(barSurface).toBeVisible();
  await expect(bars.locator('[data-chart="bars"]')).toBeHidden();
  const barTicks = bars.locator(".recharts-cartesian-axis-tick-value");
  await expect(barTicks.filter({ hasText: "Cà Mau" })).toHaveCount(1);
  await expect(barTicks.filter({ hasText: /^\d{1,3}(\.\d{3})+$/ }).first()).toBeVisible();
  await expect(bars.locator(".recharts-legend-wrapper")).toBeVisible();
  // recharts came in a script fetched on the click, not before.
  await expect
    .poll(() => [...scripts].some(([url, body]) => !firstVisit.has(url) && body.includes(RECHARTS)))
    .toBe(true);
  // The tooltip, reached with the keyboard (recharts' accessibility layer): the table's figures.
  await barSurface.focus();
  await page.keyboard.press("ArrowRight");
  const tooltip = bars.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText("Tổng");
  await expect(tooltip).toContainText(/\d/);

  // The trend: quarters as "Quý III/2024", the national total in the legend.
  await trend.getByRole("button", { name: "Xem biểu đồ tương tác" }).click();
  await expect(trend.locator('.recharts-surface[role="application"]')).toBeVisible();
  await expect(
    trend
      .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .filter({ hasText: /^Quý (I|II|III|IV)\/\d{4}$/ })
      .first(),
  ).toBeVisible();
  await expect(
    trend
      .locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .filter({ hasText: /^\d{1,3}(\.\d{3})+$/ })
      .first(),
  ).toBeVisible();
  await expect(trend.locator(".recharts-legend-wrapper")).toContainText("Toàn quốc");
  // Never the page itself scrolling sideways (the phone).
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );

  // Printing prints the static charts.
  await page.emulateMedia({ media: "print" });
  await expect(bars.locator('[data-chart="bars"]')).toBeVisible();
  await expect(barSurface).toBeHidden();
  await expect(trend.locator('[data-chart="trend"]')).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // And back to the static chart.
  await bars.getByRole("button", { name: "Trở về biểu đồ tĩnh" }).click();
  await expect(bars.locator('[data-chart="bars"]')).toBeVisible();
  await expect(bars.locator(".recharts-surface")).toHaveCount(0);
  await expect(bars.getByRole("button", { name: "Xem biểu đồ tương tác" })).toBeFocused();
});

test("the interactive chart in English", async ({ page, signInAs }) => {
  await signInAs("bo.phantich");
  await page.goto("/en/dashboard");
  const trend = page.locator('[data-chart-switch="trend"]');
  await trend.getByRole("button", { name: "Interactive chart" }).click();
  await expect(
    trend
      .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .filter({ hasText: /^Q[1-4] \d{4}$/ })
      .first(),
  ).toBeVisible();
  await expect(
    trend
      .locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .filter({ hasText: /^\d{1,3}(,\d{3})+$/ })
      .first(),
  ).toBeVisible();
  await trend.getByRole("button", { name: "Back to the static chart" }).click();
  await expect(trend.locator('[data-chart="trend"]')).toBeVisible();
});
