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
  for (const row of formerProvinces) {
    const indicatorTotals = (totalsByFormer.get(row.id) ?? []).sort(
      (a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0),
    );
    const hasData =
      row.models + row.points + row.teams + row.members > 0 || indicatorTotals.length > 0;
    if (!hasData) continue;

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
    };
    group.formerProvinces.push(summary);
    groups.set(row.successorId, group);
  }

  const result = [...groups.values()];
  for (const group of result) {
    group.formerProvinces.sort((a, b) => collator.compare(a.shortName, b.shortName));
  }
  return result.sort((a, b) => collator.compare(a.shortName, b.shortName));
}

export interface IndicatorSection {
  /** null: indicators without a group. */
  group: string | null;
  indicators: IndicatorTotal[];
}

/**
 * Indicators grouped by their group name in the language shown, groups in the order they first
 * appear in the catalog. Ungrouped indicators come last, as one section with group null ("other
 * indicators"), so that no ungrouped row reads as part of the group above it.
 */
export function sectionIndicators(
  indicators: readonly IndicatorTotal[],
  locale: AppLocale,
): IndicatorSection[] {
  const sections: IndicatorSection[] = [];
  const byGroup = new Map<string, IndicatorSection>();
  const ungrouped: IndicatorTotal[] = [];
  for (const indicator of indicators) {
    const group = locale === "vi" ? indicator.groupVi : (indicator.groupEn ?? indicator.groupVi);
    if (group === null) {
      ungrouped.push(indicator);
      continue;
    }
    let section = byGroup.get(group);
    if (!section) {
      section = { group, indicators: [] };
      byGroup.set(group, section);
      sections.push(section);
    }
    section.indicators.push(indicator);
  }
  if (ungrouped.length > 0) sections.push({ group: null, indicators: ungrouped });
  return sections;
}
