// What the summary tests share: a signed-in user's context, the summary route's answer for them,
// and the text of the .docx it sends, one paragraph a line.
import JSZip from "jszip";
import { GET } from "@/app/api/summary/route";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Signed } from "./sign-in-as";

export const ctxOf = (s: Signed) =>
  s.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    return ctx;
  });

export async function download(s: Signed, query: string) {
  return s.run(() => GET(new Request(`http://localhost/api/summary?${query}`)));
}

export async function documentText(response: Response): Promise<string> {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  // Each paragraph on its own line, the runs of a paragraph joined.
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}
