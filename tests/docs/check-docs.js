// Loads the service's /docs page in headless Chromium and checks what a partner sees: every operation of
// the contract rendered, no console error, no request leaving the service's origin; keeps a screenshot.
//
//   node tests/docs/check-docs.js BASE_URL SCREENSHOT.png     (tests/run.sh stage `docs` runs it)
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");

const [baseUrl, screenshot] = process.argv.slice(2);
if (!baseUrl || !screenshot) {
  console.error("usage: check-docs.js BASE_URL SCREENSHOT.png");
  process.exit(2);
}

async function main() {
  const contract = await (await fetch(`${baseUrl}/v1/openapi.json`)).json();
  const operations = Object.values(contract.paths).flatMap((item) =>
    ["get", "put", "post", "delete", "patch"].filter((m) => item[m]).map((m) => item[m]),
  );

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  const failures = [];
  try {
    const page = context.pages()[0] || (await context.newPage());
    const origin = new URL(baseUrl).origin;
    page.on("console", (message) => {
      if (message.type() === "error") failures.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("blob:") && !url.startsWith("data:")) {
        failures.push(`request leaving the service: ${url}`);
      }
    });
    page.on("requestfailed", (request) => failures.push(`failed request: ${request.url()}`));

    const response = await page.goto(`${baseUrl}/docs`, { waitUntil: "load" });
    if (response.status() !== 200) failures.push(`/docs answered ${response.status()}`);
    if (!response.headers()["content-security-policy"]) failures.push("/docs has no Content-Security-Policy");

    // Redoc gives every operation a section `operation/<operationId>`.
    await page.waitForSelector('[data-section-id^="operation/"]', { timeout: 60000 });
    const rendered = await page.$$eval('[data-section-id^="operation/"]', (sections) =>
      sections.map((section) => ({
        id: section.getAttribute("data-section-id").slice("operation/".length),
        title: (section.querySelector("h2") || {}).textContent || "",
      })),
    );
    const renderedIds = new Set(rendered.map((operation) => operation.id));
    for (const operation of operations) {
      if (!renderedIds.has(operation.operationId)) failures.push(`operation not rendered: ${operation.operationId}`);
    }
    for (const { id, title } of rendered) {
      const wanted = operations.find((operation) => operation.operationId === id);
      if (wanted && title.trim() !== wanted.summary) failures.push(`${id}: heading "${title}", want "${wanted.summary}"`);
    }
    // The OAuth 2.0 flows partners and users get tokens with, and the scopes (Redoc's Authentication section).
    const authentication = await page.$eval('[data-section-id="section/Authentication/oauth2"]', (s) => s.textContent)
      .catch(() => "");
    for (const wanted of ["Flow type: clientCredentials", "Flow type: authorizationCode",
      "https://auth.opportunities.example.net/oauth2/token", "opportunities.read", "opportunities.gdpr"]) {
      if (!authentication.includes(wanted)) failures.push(`/docs does not show the oauth2 scheme's "${wanted}"`);
    }
    const heading = await page.textContent("h1");
    if (!heading || !heading.includes(contract.info.title)) failures.push(`page title "${heading}"`);

    // The screenshot shows an operation a partner starts with (Redoc opens its entry in the sidebar).
    await page.$eval('[data-section-id="operation/createOpportunity"]', (section) => section.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(1000); // let the scroll settle and late console errors arrive
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    console.log(`/docs rendered ${renderedIds.size} of ${operations.length} operations; screenshot ${screenshot}`);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  if (failures.length) {
    for (const failure of failures) console.error(`FAIL ${failure}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
