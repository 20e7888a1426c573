/**
 * Round steps for a chart's value axis, from 0 to at least `max`: a step of 1, 2 or 5 × a power of
 * ten, about four steps (the trend chart, app/[locale]/(portal)/dashboard/_components/charts.tsx).
 */
export function axisTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let i = 0; ticks.length === 0 || (ticks[ticks.length - 1] ?? 0) < max; i++)
    ticks.push(Math.round(i * step * 1e6) / 1e6);
  return ticks;
}
