import type { ImportPreview } from "@/lib/rosters/import/preview-import";

// Sends the file to the preview route with XMLHttpRequest, for its upload progress events (fetch
// has none), and reads the route's NDJSON answer line by line as it arrives: a line per step while
// the server reads and checks, then the preview. No websocket, no polling.

export type Progress =
  { step: "upload"; percent: number } | { step: "read" | "check"; percent: number; rows?: number };

export type PreviewAnswer =
  { preview: ImportPreview } | { error: { key: string; values?: Record<string, string | number> } };

interface Line {
  step?: "read" | "check";
  total?: number;
  preview?: ImportPreview;
  error?: { key: string; values?: Record<string, string | number> };
}

export function requestPreview(
  input: { file: File; communeId: number | null; choices: Record<string, number> },
  onProgress: (progress: Progress) => void,
): Promise<PreviewAnswer> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.set("file", input.file);
    body.set("choices", JSON.stringify(input.choices));
    const xhr = new XMLHttpRequest();
    const query = input.communeId ? `?communeId=${input.communeId}` : "";
    xhr.open("POST", `/api/imports/preview${query}`);
    let seen = 0;
    let answer: PreviewAnswer | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      let end = text.indexOf("\n", seen);
      while (end !== -1) {
        const raw = text.slice(seen, end).trim();
        seen = end + 1;
        end = text.indexOf("\n", seen);
        if (raw === "") continue;
        const line = JSON.parse(raw) as Line;
        if (line.preview) answer = { preview: line.preview };
        else if (line.error) answer = { error: line.error };
        else if (line.step) onProgress({ step: line.step, percent: 0, rows: line.total });
      }
    };
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable)
        onProgress({ step: "upload", percent: Math.round((event.loaded / event.total) * 100) });
    };
    xhr.onprogress = readLines;
    xhr.onload = () => {
      if (xhr.status !== 200) {
        try {
          const parsed = JSON.parse(xhr.responseText) as Line;
          resolve({ error: parsed.error ?? { key: "unexpected" } });
        } catch {
          resolve({ error: { key: "unexpected" } });
        }
        return;
      }
      readLines();
      resolve(answer ?? { error: { key: "unexpected" } });
    };
    xhr.onerror = () => resolve({ error: { key: "unexpected" } });
    xhr.send(body);
  });
}
