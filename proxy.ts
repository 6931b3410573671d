import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "./lib/auth/csp";

/**
 * Sets a Content-Security-Policy with a fresh nonce on every page. Next.js
 * reads the nonce from the request's policy header and puts it on its own
 * scripts (the root layout renders per request so it can).
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the API, static assets, the basemap, MapLibre's module or its worker.
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg|basemap|fonts|maplibre-gl-worker.mjs|maplibre-gl.mjs).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
