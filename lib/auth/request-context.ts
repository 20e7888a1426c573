import { AsyncLocalStorage } from "node:async_hooks";

// Where the guard finds the session token and the client's address. In the app: the Auth.js cookie
// and the request headers. In integration tests: a real session row's token, given explicitly, so
// that actions run through the very same guard without a browser.
export interface RequestIdentity {
  sessionToken: string | null;
  ip: string;
  userAgent: string | null;
  /** Only given by tests; in the app the locale comes from the URL. */
  locale?: "vi" | "en";
}

const storage = new AsyncLocalStorage<RequestIdentity>();

export function runWithIdentity<T>(identity: RequestIdentity, work: () => Promise<T>): Promise<T> {
  return storage.run(identity, work);
}

export function givenIdentity(): RequestIdentity | undefined {
  return storage.getStore();
}
