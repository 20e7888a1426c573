import { periodPhrase } from "./prose";
import type { SummaryData } from "./types";

// The download's names: an ASCII one every browser and mail program keeps
// ("bao-cao-phong-trao-ca-mau-2023.docx") and the Vietnamese one for filename* (RFC 6266).

const ascii = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function unitName(data: SummaryData): string {
  switch (data.unit.level) {
    case "NATION":
      return "toàn quốc";
    case "PROVINCE":
      return data.unit.province.shortName;
    case "FORMER":
      return `${data.unit.shortName} (cũ)`;
  }
}

export function summaryFileNames(data: SummaryData): { ascii: string; unicode: string } {
  const quarter = data.period.quarter === null ? "" : `-quy-${data.period.quarter}`;
  return {
    ascii: `bao-cao-phong-trao-${ascii(unitName(data))}-${data.period.year}${quarter}.docx`,
    unicode: `Báo cáo phong trào ${unitName(data)} ${periodPhrase(data.period)}.docx`,
  };
}

/** Content-Disposition of the download: the ASCII name, and the Vietnamese one as filename*. */
export function contentDisposition(names: { ascii: string; unicode: string }): string {
  // RFC 5987 attr-chars leave out ' ( ) *, which encodeURIComponent keeps.
  const encoded = encodeURIComponent(names.unicode).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encoded}`;
}
