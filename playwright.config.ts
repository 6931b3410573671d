import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests of the dashboard against the real app serving the real sample
 * corpus (data/articles/). `npm run test:e2e` runs `next build` first; the server
 * here is `next start` on port 3100 (E2E_PORT to change) so it never collides with `next dev` on 3000.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The editor password of the test server (e2e/editor.spec.ts signs in with it). */
export const E2E_EDITOR_TOKEN = process.env.ATLAS_EDITOR_TOKEN ?? "e2e-editor-token";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `npx next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // A fresh store per run, built from data/articles at start, so the tests' uploads never reach data/atlas.sqlite.
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ATLAS_DB: process.env.E2E_ATLAS_DB ?? join(tmpdir(), `incident-atlas-e2e-${PORT}-${Date.now()}.sqlite`),
      ATLAS_EDITOR_TOKEN: E2E_EDITOR_TOKEN,
    },
  },
});
