// Shared set-up for the browser tests: real Chromium through playwright-core, and the static
// server with the page's strict CSP on a free port of 127.0.0.1.

import { chromium } from "playwright-core";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./static-server.js";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const SEED_NAME = "seeds/swissinfo-2022-09-22-cassis-lavrov.txt";
// The seed sits in ../shared beside the repo; a worktree elsewhere points at it with ANNOTATOR_DATA
// (the shared data folder, whose parent holds seeds/).
const SEEDS = [
  fileURLToPath(new URL(`../../../shared/${SEED_NAME}`, import.meta.url)),
  ...(process.env.ANNOTATOR_DATA ? [join(process.env.ANNOTATOR_DATA, "..", SEED_NAME)] : []),
];

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** The seed article, or null (with a note) when the shared folder is not beside the repo. */
export function readSeed() {
  const found = SEEDS.find((path) => existsSync(path));
  if (!found) {
    console.log(`# note: the seed article (../shared/${SEED_NAME}) is absent; skipping the tests that need it`);
    return null;
  }
  return readFileSync(found, "utf8");
}

/**
 * Starts the server and a browser; returns helpers and a close() for `after`.
 * Every page records console errors, page errors and CSP violations in `problems`.
 */
export async function setup(serverOptions) {
  const server = await startServer(serverOptions);
  const browser = await launch();
  const problems = [];
  async function open(path = "", contextOptions = {}) {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
    });
    await page.goto(server.url + path);
    return page;
  }
  return {
    url: server.url,
    browser,
    problems,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the page has shown the annotation of exactly `text`. */
export async function waitForText(page, text, timeout = 30000) {
  await page.waitForFunction(
    (t) => window.articleAnnotator && !window.articleAnnotator.busy && window.articleAnnotator.text === t,
    text,
    { timeout, polling: 50 },
  );
}

/** Pastes `text` into the page's textarea the way a browser does: a paste event with clipboard data. */
export async function paste(page, text, { replace = true, html = null } = {}) {
  await page.evaluate(
    ({ text, replace, html }) => {
      const area = document.getElementById("source");
      area.focus();
      if (replace) area.select();
      const data = new DataTransfer();
      data.setData("text/plain", text);
      if (html !== null) data.setData("text/html", html);
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { text, replace, html },
  );
}
