// Rows of the page isolation matrix for the models pages (tests/support/isolation/pages.ts).
import type { PageRow } from "../pages";

export const MODELS_PAGE_ROWS: Record<string, PageRow> = {};
