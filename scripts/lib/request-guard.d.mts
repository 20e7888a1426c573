import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export const BODY_LIMIT_BYTES: number;
export const FILE_BODY_LIMIT_BYTES: number;
export function bodyLimitFor(url: string | undefined): number;
export function sanitiseForwarding(
  headers: IncomingHttpHeaders,
  remoteAddress: string | undefined,
  trustedHops: number,
): void;
export function declaredLength(headers: IncomingHttpHeaders): number | null;
export function hasStreamedBody(headers: IncomingHttpHeaders): boolean;
export function readBodyWithin(request: IncomingMessage, limit: number): Promise<Buffer | null>;
export function replayRequest(request: IncomingMessage, body: Buffer): IncomingMessage;
export function refuseTooLarge(response: ServerResponse, limit: number): void;
export function isCrossOriginPost(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): boolean;
export function refuseCrossOrigin(response: ServerResponse): void;
export function hasMalformedPath(url: string | undefined): boolean;
export function refuseMalformed(response: ServerResponse): void;
