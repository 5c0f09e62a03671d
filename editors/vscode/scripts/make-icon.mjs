// Draws the extension's Marketplace icon, images/icon.png (128×128): a "cd" monogram in a serif,
// newsprint on ink, with a copy editor's red insertion caret. Rendered by headless Chromium
// through Playwright (both already used by the e2e test), so no image tools are needed.
//
//   node scripts/make-icon.mjs [out.png]      CHROMIUM: default /usr/bin/chromium

import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(here, "..", "images", "icon.png"));

const html = `<!doctype html>
<html><head><style>
  html, body { margin: 0; background: transparent; }
  .tile {
    width: 128px; height: 128px; border-radius: 22px; background: #1f2a3c;
    position: relative; overflow: hidden;
  }
  .monogram {
    position: absolute; left: 0; right: 0; top: 14px; text-align: center;
    font: 700 76px/1 "Liberation Serif", "DejaVu Serif", serif; color: #f4efe4;
    letter-spacing: -3px;
  }
  svg { position: absolute; left: 0; top: 0; }
</style></head><body>
  <div class="tile">
    <div class="monogram">cd</div>
    <svg width="128" height="128" viewBox="0 0 128 128">
      <polyline points="50,112 64,94 78,112" fill="none" stroke="#e0483e" stroke-width="7"
        stroke-linecap="round" stroke-linejoin="round"/>
    </svg>
  </div>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
  console.log(out);
} finally {
  await browser.close();
}
