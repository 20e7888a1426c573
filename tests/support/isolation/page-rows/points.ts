// Rows of the page isolation matrix for the points pages (tests/support/isolation/pages.ts).
import type { PageRow } from "../pages";

export const POINTS_PAGE_ROWS: Record<string, PageRow> = {};
