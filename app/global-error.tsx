"use client";

import { buttonClasses } from "@/components/ui/button";
import "./globals.css";

// An error in the root layout itself (app/[locale]/layout.tsx), where no translations are loaded
// yet: the text is in both languages, Vietnamese first. A busy database (lib/db/busy.ts) is told
// as such; the server answers it 503 with Retry-After (scripts/serve.mjs).
const BUSY_DIGEST = "DATABASE_BUSY";

export default function GlobalError({ error, reset }: { error: unknown; reset: () => void }) {
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;
  const busy = digest === BUSY_DIGEST;
  return (
    <html lang="vi">
      <body className="bg-white text-slate-900">
        <div className="mx-auto max-w-6xl px-4 py-16" role="alert">
          <h1 className="text-2xl font-bold">
            {busy ? "Hệ thống đang bận" : "Không tải được trang"}
          </h1>
          <p className="mt-2 text-slate-700">
            {busy
              ? "Hệ thống đang bận, vui lòng thử lại sau ít phút."
              : "Máy chủ hoặc cơ sở dữ liệu tạm thời không phản hồi. Vui lòng thử lại sau ít phút."}
          </p>
          <p className="mt-1 text-sm text-slate-600" lang="en">
            {busy
              ? "The system is busy, please try again in a few minutes."
              : "The server or the database is not responding. Please try again in a few minutes."}
          </p>
          {digest && !busy ? <p className="mt-2 text-xs text-slate-500">#{digest}</p> : null}
          <button
            type="button"
            onClick={() => reset()}
            className={buttonClasses("primary", "mt-6")}
          >
            Thử lại · Try again
          </button>
        </div>
      </body>
    </html>
  );
}
