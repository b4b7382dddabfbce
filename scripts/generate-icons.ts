/**
 * Draws the app's icons from the artwork below:
 *   npx tsx scripts/generate-icons.ts
 * Writes app/icon.svg (the favicon for browsers that take SVG), app/favicon.ico (16/32/48 px),
 * app/apple-icon.png (180 px) and public/icons/ (the manifest's PNGs, a maskable one included).
 * The PNGs are rendered by Chromium (Playwright, the browser the e2e tests use), so no image
 * library is needed; the outputs are committed and only change when the artwork does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..');
const BRAND = '#1f57d6';

// A tick in a rounded square: "pass". `inset` shrinks the tick for the maskable variant, whose
// outer 10% may be cut away by the launcher's mask.
function artwork({ rounded, inset }: { rounded: boolean; inset: number }): string {
  const scale = 1 - inset;
  const offset = (512 * inset) / 2;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">',
    `<rect width="512" height="512" rx="${rounded ? 112 : 0}" fill="${BRAND}"/>`,
    `<g transform="translate(${offset} ${offset}) scale(${scale})">`,
    '<circle cx="408" cy="100" r="34" fill="#9cc3ff"/>',
    '<path d="M128 270 L222 362 L392 182" fill="none" stroke="#fff" stroke-width="64" stroke-linecap="round" stroke-linejoin="round"/>',
    '</g>',
    '</svg>',
  ].join('');
}

/** An .ico holding PNG images (every browser since IE 11 reads PNG entries). */
function icoFrom(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  const render = async (svg: string, size: number) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  const icon = artwork({ rounded: true, inset: 0 });
  const maskable = artwork({ rounded: false, inset: 0.2 });
  const write = (file: string, data: string | Buffer) => {
    mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    writeFileSync(path.join(ROOT, file), data);
    console.log(`wrote ${file}`);
  };
  write('app/icon.svg', `${icon}\n`);
  write('public/icons/icon-192.png', await render(icon, 192));
  write('public/icons/icon-512.png', await render(icon, 512));
  write('public/icons/maskable-512.png', await render(maskable, 512));
  write('app/apple-icon.png', await render(artwork({ rounded: false, inset: 0.1 }), 180));
  // One page renders one image at a time.
  const favicons = [];
  for (const size of [16, 32, 48]) favicons.push({ size, png: await render(icon, size) });
  write('app/favicon.ico', icoFrom(favicons));
  await browser.close();
}

void main();
