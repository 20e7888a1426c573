// The dashboard charts' series colours, the first the whole's (the nation, the province): the same
// in the server-drawn charts and the interactive recharts ones.
export const CHART_COLORS = ["#b91c1c", "#1d4ed8", "#047857", "#b45309", "#7c3aed", "#0e7490"];
