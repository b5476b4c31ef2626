// Draws the add-in's ribbon and store icons (16, 32, 80 px; 64 px for HighResolutionIconUrl) as PNGs into addin/assets/:
//   npx tsx scripts/generate-addin-icons.ts
// A report page with a bar chart and a tick on the city's blue; drawn 4× larger and averaged down so
// the small sizes stay crisp. No image library: scripts/support/encode-png.ts writes the PNG.
import { writeFileSync } from "node:fs";
import { encodePng } from "./support/encode-png";

type Rgba = [number, number, number, number];
const BLUE: Rgba = [15, 108, 189, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [16, 124, 16, 255];
const FOLD: Rgba = [200, 220, 240, 255];

/** The icon on a unit square: which colour a point (x, y in 0..1) has. */
const paint = (x: number, y: number): Rgba | undefined => {
  const r = 0.16; // rounded corners of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return undefined;
  const inPage = x > 0.24 && x < 0.76 && y > 0.14 && y < 0.86;
  const fold = x > 0.6 && y < 0.3 && x - 0.6 > y - 0.14;
  if (inPage && fold) return x - 0.6 > y - 0.14 + 0.02 ? BLUE : FOLD;
  if (inPage) {
    const bars = [
      [0.32, 0.42, 0.62],
      [0.46, 0.56, 0.48],
      [0.6, 0.7, 0.36],
    ];
    for (const [left, right, top] of bars) if (x > left! && x < right! && y > top! && y < 0.78) return BLUE;
    return WHITE;
  }
  // A tick at the bottom right: the report passed its check.
  const d = Math.abs(y - (x < 0.74 ? 0.8 + (x - 0.66) : 0.88 - (x - 0.74) * 1.6));
  if (x > 0.6 && x < 0.92 && y > 0.6 && y < 0.96 && d < 0.045) return GREEN;
  return BLUE;
};

const png = (size: number): Buffer => {
  const ss = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let i = 0; i < ss; i++)
        for (let j = 0; j < ss; j++) {
          const c = paint((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          if (!c) continue;
          for (let k = 0; k < 3; k++) sum[k]! += c[k]! * c[3];
          sum[3]! += c[3];
        }
      const at = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) pixels[at + k] = sum[3] ? Math.round(sum[k]! / sum[3]!) : 0;
      pixels[at + 3] = Math.round(sum[3]! / (ss * ss));
    }
  return encodePng({ width: size, height: size, channels: 4, pixels });
};

for (const size of [16, 32, 64, 80])
  writeFileSync(new URL(`../addin/assets/icon-${size}.png`, import.meta.url), png(size));
console.log("addin/assets/icon-{16,32,64,80}.png geschrieben");
