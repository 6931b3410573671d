import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server"; // store/CSP: see below
import "maplibre-gl/dist/maplibre-gl.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "Incident Atlas — Syria",
  description: "A map of incidents reported in news articles about Syria, each traceable to its evidence sentence.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1f2a37",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // store/CSP: rendered per request, so Next.js can put proxy.ts's CSP nonce on its scripts.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
