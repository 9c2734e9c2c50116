/**
 * Is a file a photo or a video? Decided on the file itself (type, then extension), never on an
 * input's `accept`, which sites leave out, get wrong or rewrite at click time. HEIC and many
 * camera formats arrive with an empty type.
 */
/** The extensions of photos (and camera raw) and videos, as one pattern (it ships in every page). */
const MEDIA_EXTENSION = new RegExp(
  '\\.(?:' +
    'jpg|jpeg|jpe|jfif|png|gif|webp|heic|heif|avif|bmp|tif|tiff|jxl|svg|' +
    'dng|cr2|cr3|nef|arw|raf|orf|rw2|' +
    'mp4|m4v|mov|qt|webm|mkv|avi|wmv|mpg|mpeg|3gp|3g2|hevc|ogv|mts|m2ts' +
    ')$',
  'i',
);

export interface FileLike { name: string; type: string }

export function isMediaFile(file: FileLike): boolean {
  const type = (file.type || '').toLowerCase();
  if (type.startsWith('image/') || type.startsWith('video/')) return true;
  if (type && type !== 'application/octet-stream') return false;
  return MEDIA_EXTENSION.test(file.name);
}

export function hasMedia(files: ArrayLike<FileLike> | null | undefined): boolean {
  if (!files) return false;
  for (let i = 0; i < files.length; i++) if (isMediaFile(files[i]!)) return true;
  return false;
}
