// Rows of the page isolation matrix for the rosters pages (tests/support/isolation/pages.ts).
import type { PageRow } from "../pages";

export const ROSTERS_PAGE_ROWS: Record<string, PageRow> = {};
