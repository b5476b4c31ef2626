// `npm run bench:first-render`: the task pane's first render in headless Chromium against its floor.
//   npx tsx bench/taskpane-first-render.ts [runs]
// Both pages are served by the same local HTTP server, each run in a fresh browser context (empty
// cache): the production build's index.html until its sign-in button is in the DOM, and a minimal
// page that fetches the same config.json and renders one element. Timed in the page (a
// MutationObserver installed before any script, performance.now() since navigation start), so
// Playwright's polling does not count. Prints medians and the ratio; asserts nothing.
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { buildAddin, bundleSizes } from "../scripts/build-addin";
import { launch } from "../tests/addin/support/task-pane-browser";
import { formatRatio, median } from "./bench-format";

const RUNS = Number(process.argv[2] ?? 15);
const GOAL_RATIO = 2;
const GOAL_START_KB = 150;

const dir = mkdtempSync(join(tmpdir(), "first-render-"));
const { metafile } = await buildAddin({ outdir: dir });
const { initialGzip, lazyGzip } = bundleSizes(metafile, dir);
// A production config: the sign-in button renders without asking the provider (discovery runs on click).
writeFileSync(
  join(dir, "config.json"),
  JSON.stringify({
    apiUrl: "",
    signIn: { kind: "oidc", issuer: "https://id.example.org", clientId: "bench" },
  }),
);
// The floor: what any task pane must do before it shows something – load a module, fetch config.json,
// put one element on the page.
writeFileSync(
  join(dir, "minimal.html"),
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>minimal</title><script type="module" src="minimal.js"></script></head><body><div id="root"></div></body></html>',
);
writeFileSync(
  join(dir, "minimal.js"),
  'const config = await (await fetch("./config.json", { cache: "no-store" })).json();\n' +
    'const b = document.createElement("button"); b.textContent = config.signIn.kind; document.getElementById("root").append(b);\n',
);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
    /^\/+/,
    "",
  );
  try {
    const body = readFileSync(join(dir, path));
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// Before any page script: note when the first button appears.
const OBSERVE = `(() => {
  const seen = () => { if (!window.__firstRender && document.querySelector("#root button")) window.__firstRender = performance.now(); };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

const browser = await launch();
const firstRender = async (page: string): Promise<number> => {
  const context = await browser.newContext({ viewport: { width: 400, height: 900 }, locale: "de-DE" });
  await context.addInitScript(OBSERVE);
  const tab = await context.newPage();
  await tab.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await tab.goto(`${origin}/${page}`);
  await tab.waitForFunction(
    () => (window as unknown as { __firstRender?: number }).__firstRender,
    undefined,
    {
      timeout: 60_000,
    },
  );
  const ms = await tab.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender);
  await context.close();
  return ms;
};

await firstRender("index.html"); // warm the browser process, not a page cache (each context is fresh)
const app: number[] = [];
const floor: number[] = [];
for (let i = 0; i < RUNS; i++) {
  floor.push(await firstRender("minimal.html"));
  app.push(await firstRender("index.html"));
}
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const startKb = initialGzip / 1024;
console.log(`Aufgabenbereich, erste Darstellung in Chromium (headless, Median aus ${RUNS}, frischer Cache):`);
console.log(`  Aufgabenbereich (index.html bis zum Anmelden-Knopf): ${median(app).toFixed(0)} ms`);
console.log(`  Boden (config.json laden, ein Element zeigen):      ${median(floor).toFixed(0)} ms`);
console.log(`  Verhältnis: ${formatRatio(median(app) / median(floor), GOAL_RATIO)}`);
console.log(
  `  JavaScript beim Start: ${startKb.toFixed(1)} KB gzip (Ziel ≤ ${GOAL_START_KB} KB${startKb > GOAL_START_KB ? `, verfehlt um ${(startKb - GOAL_START_KB).toFixed(1)} KB` : ", erreicht"}), nach der Anmeldung nachgeladen ${(lazyGzip / 1024).toFixed(0)} KB`,
);
