/** Small files to choose, drop and paste, written to tests/e2e/.tmp at test time. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TMP_DIR } from './paths.ts';

// A 1x1 PNG and the smallest JPEG header a browser accepts as a file: contents don't matter
// to Safe Nudge (it decides on type and extension), they only have to be real files.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export interface TestFiles {
  png: string;
  jpg: string;
  pdf: string;
  /** A .heic file: Chromium gives it an empty MIME type, as on many real machines. */
  heic: string;
  mp4: string;
  pngBytes: Buffer;
}

export function testFiles(): TestFiles {
  const dir = join(TMP_DIR, 'files');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, data: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  return {
    png: write('photo.png', PNG),
    jpg: write('holiday.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9])),
    pdf: write('homework.pdf', '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    heic: write('IMG_0001.heic', Buffer.from('00000018667479706865696300000000', 'hex')),
    mp4: write('clip.mp4', Buffer.from('000000186674797069736f6d00000000', 'hex')),
    pngBytes: PNG,
  };
}
