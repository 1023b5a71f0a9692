/**
 * End-to-end harness: serves the built dist/ over HTTP on 127.0.0.1 (a free port, so several runs
 * can coexist) and drives Debian's Chromium with playwright-core. office.js requests to Microsoft's
 * CDN are answered from node_modules/@microsoft/office-js, so no test ever reaches the network;
 * any other outside request fails the test.
 */
import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import sirv from "sirv";

const ROOT = path.join(__dirname, "..", "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Harness {
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send outside 127.0.0.1 (must stay empty). */
  outside: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  close: () => Promise<void>;
}

/**
 * @example
 * const harness = await openHarness();
 * await harness.page.goto(`${harness.origin}/preview.html`);
 */
export async function openHarness(): Promise<Harness> {
  if (!existsSync(path.join(DIST, "preview.html")))
    throw new Error("dist/ n'est pas construit : lancez `npm run build` (npm test le fait).");
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium introuvable (${CHROMIUM}) : apt-get install -y chromium, ou CHROMIUM_PATH=…`);
  const serve = sirv(DIST, { dev: true, etag: false });
  const server = http.createServer((request, response) =>
    serve(request, response, () => {
      response.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const outside: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (url.hostname === "appsforoffice.microsoft.com") {
      return route.fulfill({ path: path.join(OFFICE_JS, path.basename(url.pathname)) });
    }
    outside.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    origin,
    browser,
    context,
    page,
    outside,
    pageErrors,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Opens one harness for a test file and checks, after every test, that the page threw nothing and
 * sent nothing outside 127.0.0.1. Returns a getter (the harness exists once `beforeAll` has run).
 *
 * @example
 * const harness = harnessPerFile();
 * it("…", async () => { const { page, origin } = harness(); … });
 */
export function harnessPerFile(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    expect(harness?.pageErrors).toEqual([]);
    expect(harness?.outside).toEqual([]);
  });
  return () => {
    if (!harness) throw new Error("harness not opened");
    return harness;
  };
}
