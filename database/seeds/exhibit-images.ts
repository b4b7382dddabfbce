import { deflateSync } from 'node:zlib';

/**
 * Small PNG exhibits drawn in code for the development seeds (no binary files in the repository):
 * boxes and lines on a white canvas, encoded as an 8-bit RGB PNG.
 */

type Rgb = readonly [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }
  rect(x: number, y: number, w: number, h: number, color: Rgb) {
    for (let j = Math.max(0, y); j < Math.min(this.height, y + h); j += 1)
      for (let i = Math.max(0, x); i < Math.min(this.width, x + w); i += 1)
        this.pixels.set(color, (j * this.width + i) * 3);
  }
  line(x0: number, y0: number, x1: number, y1: number, color: Rgb, thickness = 3) {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    for (let s = 0; s <= steps; s += 1) {
      const x = Math.round(x0 + ((x1 - x0) * s) / steps);
      const y = Math.round(y0 + ((y1 - y0) * s) / steps);
      this.rect(x - (thickness >> 1), y - (thickness >> 1), thickness, thickness, color);
    }
  }
  png(): Uint8Array {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter method, no interlace
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y += 1) {
      raw[y * (this.width * 3 + 1)] = 0; // filter: none
      raw.set(
        this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3),
        y * (this.width * 3 + 1) + 1,
      );
    }
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return new Uint8Array(
      Buffer.concat([
        signature,
        chunk('IHDR', header),
        chunk('IDAT', deflateSync(raw)),
        chunk('IEND', new Uint8Array()),
      ]),
    );
  }
}

const BLUE: Rgb = [37, 99, 235];
const GREEN: Rgb = [22, 163, 74];
const RED: Rgb = [220, 38, 38];
const AMBER: Rgb = [217, 119, 6];
const GREY: Rgb = [71, 85, 105];

/** A router (blue) above two switches (green); host A (red) on the left switch, host B (amber) on the right. */
export function topologyPng(): Uint8Array {
  const c = new Canvas(320, 200);
  c.line(160, 40, 80, 110, GREY);
  c.line(160, 40, 240, 110, GREY);
  c.line(80, 110, 40, 170, GREY);
  c.line(240, 110, 280, 170, GREY);
  c.rect(130, 20, 60, 36, BLUE);
  c.rect(50, 96, 60, 28, GREEN);
  c.rect(210, 96, 60, 28, GREEN);
  c.rect(20, 160, 40, 28, RED);
  c.rect(260, 160, 40, 28, AMBER);
  return c.png();
}

/** Hourly request counts as bars (grey), the 14:00 bar (red) the highest. */
export function trafficChartPng(): Uint8Array {
  const c = new Canvas(320, 160);
  const heights = [30, 34, 40, 52, 70, 88, 96, 110, 130, 104, 80, 60];
  c.line(10, 150, 310, 150, GREY, 2);
  heights.forEach((h, i) => c.rect(16 + i * 24, 150 - h, 18, h, i === 8 ? RED : GREY));
  return c.png();
}

/** The seeds name their images; the bytes are drawn when the statements are built. */
export const SEED_IMAGES = { topology: topologyPng, 'traffic-chart': trafficChartPng } as const;
export type SeedImageName = keyof typeof SEED_IMAGES;
