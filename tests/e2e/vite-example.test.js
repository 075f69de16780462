// examples/vite-app built with Vite 7 against the packed package (npm pack -> tarball, unpacked
// into the app's node_modules as npm would), then served under the strict CSP and run in
// Chromium: annotate(), highlight(), the worker and the custom element all work once bundled.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, REPO } from "./browser.js";
import { startServer } from "./static-server.js";
import { npmPack, tempDir } from "./package.js";

test("the Vite example app bundles and runs the packed package", { timeout: 300_000 }, async () => {
  const { tarball, size } = npmPack();
  const app = tempDir("aa-vite-");
  for (const f of ["index.html", "src", "vite.config.js"]) cpSync(join(REPO, "examples/vite-app", f), join(app, f), { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "vite-app", private: true, type: "module" }));
  const dest = join(app, "node_modules", "article-annotator");
  mkdirSync(dest, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "--strip-components=1", "-C", dest]);
  execFileSync(process.execPath, [join(REPO, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: app, stdio: "pipe" });

  const assets = readdirSync(join(app, "dist/assets"));
  const sizes = assets.map((f) => `${f} ${(statSync(join(app, "dist/assets", f)).size / 1024).toFixed(1)} kB`);
  console.log(`# vite build (package ${(size / 1024).toFixed(1)} kB packed): ${sizes.join(", ")}`);
  assert.ok(assets.some((f) => f.endsWith(".wasm")), "the .wasm file is emitted as an asset");
  assert.ok(assets.filter((f) => f.endsWith(".js")).length >= 2, "the worker is bundled as its own chunk");

  const server = await startServer({ mounts: { "/": join(app, "dist") } });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 60_000 });
    const r = await page.evaluate(async () => {
      const el = document.getElementById("element");
      if (!el.annotation) await new Promise((ok) => el.addEventListener("annotated", ok, { once: true }));
      return {
        highlighted: Number(document.body.dataset.ready),
        summary: document.getElementById("summary").textContent,
        worker: document.getElementById("worker").textContent,
        painted: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
        elementText: el.shadowRoot.querySelector("article").textContent,
        elementMarks: el.shadowRoot.querySelectorAll("mark").length,
        mentions: el.annotation.mentions.length,
      };
    });
    assert.match(r.summary, /^\d+ mentions, \d+ quotes$/);
    assert.ok(r.painted >= r.highlighted, "highlight() painted the story's mentions");
    assert.equal(r.elementText, "Anna Kask, the director of the Tallinn Energy Institute, spoke in Tallinn on Monday.");
    assert.equal(r.elementMarks > 0, r.mentions > 0);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
