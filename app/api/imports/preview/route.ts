import { z } from "zod";
import { FormError, NotFoundError } from "@/lib/auth/errors";
import { authRoute } from "@/lib/auth/route-guard";
import { previewImport } from "@/lib/rosters/import/preview-import";
import { MAX_FILE_BYTES, previewQuerySchema } from "@/lib/rosters/import/schemas";

// The preview of a roster file, parsed and checked on the server. Progress without a websocket:
// the browser sends the file with XMLHttpRequest (its upload events drive the bar while the bytes
// go up), and this handler answers with NDJSON — one line per step as it reads and checks, then
// the preview — which the page reads as it arrives. Writes nothing.

const choicesSchema = z.record(z.string().regex(/^\d{1,10}$/u), z.number().int().positive());

type Line =
  | { step: "read" | "check"; done: number; total: number }
  | { preview: unknown }
  | { error: { key: string; values?: Record<string, string | number> } };

export const POST = authRoute(
  { permission: "rosters.edit", query: previewQuerySchema },
  async (request, query, user) => {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0)
      return Response.json({ error: { key: "importFileRequired" } }, { status: 400 });
    if (file.size > MAX_FILE_BYTES)
      return Response.json({ error: { key: "importFileTooLarge" } }, { status: 400 });
    let choices: Record<string, number> = {};
    try {
      const raw = form?.get("choices");
      choices = choicesSchema.parse(JSON.parse(typeof raw === "string" && raw !== "" ? raw : "{}"));
    } catch {
      return Response.json({ error: { key: "importChoicesInvalid" } }, { status: 400 });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const encoder = new TextEncoder();

    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: Line) =>
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        try {
          const preview = await previewImport(
            user,
            { communeId: query.communeId, fileName: file.name, bytes, choices },
            (step, done, total) => send({ step, done, total }),
          );
          send({ preview });
        } catch (error) {
          if (error instanceof FormError) send({ error: { key: error.key, values: error.values } });
          else if (error instanceof NotFoundError) send({ error: { key: "notFound" } });
          else send({ error: { key: "unexpected" } });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "cache-control": "no-store",
      },
    });
  },
);
