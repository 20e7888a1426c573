// Shared by the Auth.js configuration and the proxy (which must not import Auth.js or the database).
/** Secure cookies (and the __Host- prefix) when the portal is served over HTTPS. */
export const SECURE_COOKIES = process.env.AUTH_SECURE_COOKIES === "true";
export const SESSION_COOKIE = SECURE_COOKIES ? "__Host-phongtrao.session" : "phongtrao.session";
