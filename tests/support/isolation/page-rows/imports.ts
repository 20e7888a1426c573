// Rows of the page isolation matrix for the imports pages (tests/support/isolation/pages.ts).
import type { PageRow } from "../pages";

export const IMPORTS_PAGE_ROWS: Record<string, PageRow> = {};
