// What the page hands the interactive charts: the figures of the tables beside them, as the
// server-drawn charts get them, with the words the charts need (client components get no
// translations of their own).

export interface BarDatum {
  name: string;
  value: number;
  /** As the table shows them: per 10,000 people to 2 decimals, the changes to 4 (a ratio). */
  perTenThousand: number | null;
  changePrevious: number | null;
  changeYear: number | null;
}

export interface TrendData {
  /** "Quý III/2024", oldest first. */
  quarters: string[];
  series: { key: string; name: string; values: (number | null)[] }[];
}

export interface ChartLabels {
  open: string;
  back: string;
  loading: string;
  failed: string;
  keys: string;
  total: string;
  perTenThousand: string;
  changePrevious: string;
  changeYear: string;
}
