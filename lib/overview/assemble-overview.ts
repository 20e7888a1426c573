import type { AppLocale } from "@/lib/i18n/routing";
import type { FormerProvinceSummary, IndicatorTotal, IndicatorUnit, SuccessorGroup } from "./types";

// Turns the grouped rows of the SQL queries into the nested shape the page renders. Pure, so the
// grouping and ordering rules are unit-tested without a database.

export interface FormerProvinceRow {
  id: number;
  shortName: string;
  successorId: number;
  successorShortName: string;
  models: number;
  points: number;
  teams: number;
  members: number;
}

export interface IndicatorTotalRow {
  formerProvinceId: number;
  indicatorId: number;
  total: bigint;
}

export interface IndicatorRow {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  groupVi: string | null;
  groupEn: string | null;
  unit: IndicatorUnit;
}

const collator = new Intl.Collator("vi");

/**
 * Former provinces that have any data, grouped under their successor. Indicators keep the catalog's
 * order (`indicators` arrives sorted); a former province with no points, teams, members or report
 * values is left out.
 */
export function assembleSuccessors(
  formerProvinces: readonly FormerProvinceRow[],
  totals: readonly IndicatorTotalRow[],
  indicators: readonly IndicatorRow[],
): SuccessorGroup[] {
  const order = new Map(indicators.map((indicator, index) => [indicator.id, index]));
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));

  const totalsByFormer = new Map<number, IndicatorTotal[]>();
  for (const row of totals) {
    const indicator = byId.get(row.indicatorId);
    if (!indicator) continue;
    const list = totalsByFormer.get(row.formerProvinceId) ?? [];
    list.push({
      indicatorId: indicator.id,
      code: indicator.code,
      nameVi: indicator.nameVi,
      nameEn: indicator.nameEn,
      groupVi: indicator.groupVi,
      groupEn: indicator.groupEn,
      unit: indicator.unit,
      total: row.total,
    });
    totalsByFormer.set(row.formerProvinceId, list);
  }

  const groups = new Map<number, SuccessorGroup>();
  const withoutData: FormerProvinceRow[] = [];
  for (const row of formerProvinces) {
    const indicatorTotals = (totalsByFormer.get(row.id) ?? []).sort(
      (a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0),
    );
    const hasData =
      row.models + row.points + row.teams + row.members > 0 || indicatorTotals.length > 0;
    if (!hasData) {
      withoutData.push(row);
      continue;
    }

    const summary: FormerProvinceSummary = {
      id: row.id,
      shortName: row.shortName,
      models: row.models,
      points: row.points,
      teams: row.teams,
      members: row.members,
      indicators: indicatorTotals,
    };
    const group = groups.get(row.successorId) ?? {
      id: row.successorId,
      shortName: row.successorShortName,
      formerProvinces: [],
      formerWithoutData: [],
    };
    group.formerProvinces.push(summary);
    groups.set(row.successorId, group);
  }

  for (const row of withoutData) groups.get(row.successorId)?.formerWithoutData.push(row.shortName);
  const result = [...groups.values()];
  for (const group of result) {
    group.formerProvinces.sort((a, b) => collator.compare(a.shortName, b.shortName));
    group.formerWithoutData.sort((a, b) => collator.compare(a, b));
  }
  return result.sort((a, b) => collator.compare(a.shortName, b.shortName));
}

/** Successors none of whose former provinces has any data, by name (Vietnamese order). */
export function successorsWithoutData(
  formerProvinces: readonly FormerProvinceRow[],
  groups: readonly SuccessorGroup[],
): string[] {
  const shown = new Set(groups.map((group) => group.id));
  const names = new Map<number, string>();
  for (const row of formerProvinces) {
    if (!shown.has(row.successorId)) names.set(row.successorId, row.successorShortName);
  }
  return [...names.values()].sort((a, b) => collator.compare(a, b));
}

export interface IndicatorSection {
  /** null: indicators without a group. */
  group: string | null;
  indicators: IndicatorTotal[];
}

/**
 * Indicators in sections by group, the same sections in both languages: two indicators share a
 * section when their groups have the same Vietnamese name or the same English name (so "Tuần tra"
 * of the commune report joins "Tuần tra, canh gác" if both are "Patrols" in English, and no language
 * shows a split the other does not). Sections come in the catalog's order of first appearance and
 * are named in the language shown (the first group's name); ungrouped indicators come last, as one
 * section with group null ("other indicators"), so that no ungrouped row reads as part of the group
 * above it.
 */
export function sectionIndicators(
  indicators: readonly IndicatorTotal[],
  locale: AppLocale,
): IndicatorSection[] {
  const sections: IndicatorSection[] = [];
  const byVi = new Map<string, IndicatorSection>();
  const byEn = new Map<string, IndicatorSection>();
  const ungrouped: IndicatorTotal[] = [];
  for (const indicator of indicators) {
    const { groupVi, groupEn } = indicator;
    if (groupVi === null) {
      ungrouped.push(indicator);
      continue;
    }
    let section = byVi.get(groupVi) ?? (groupEn === null ? undefined : byEn.get(groupEn));
    if (!section) {
      section = {
        group: locale === "vi" ? groupVi : (groupEn ?? groupVi),
        indicators: [],
      };
      sections.push(section);
    }
    byVi.set(groupVi, section);
    if (groupEn !== null) byEn.set(groupEn, section);
    section.indicators.push(indicator);
  }
  if (ungrouped.length > 0) sections.push({ group: null, indicators: ungrouped });
  return sections;
}
