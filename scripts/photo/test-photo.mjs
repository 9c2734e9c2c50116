// The photo benches' 12-megapixel JPEG (4000×3000, 3.6 MB at quality 0.9): gradients, 4,000
// coloured discs and grain, so it compresses like a photo, not like a flat test card. Made in
// the browser (Node has no JPEG encoder here); the same pixels every time.
export function makeTestPhotoInPage(page) {
  return page.evaluate(async () => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const ctx = canvas.getContext('2d');
    const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
    gradient.addColorStop(0, '#d9a066');
    gradient.addColorStop(0.5, '#3b6ea5');
    gradient.addColorStop(1, '#f2e6c9');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, 4000, 3000);
    for (let i = 0; i < 4000; i++) {
      ctx.fillStyle = `hsl(${(i * 37) % 360} 50% ${30 + (i % 40)}%)`;
      ctx.beginPath();
      ctx.arc((i * 7919) % 4000, (i * 104729) % 3000, 10 + (i % 90), 0, Math.PI * 2);
      ctx.fill();
    }
    const noise = ctx.getImageData(0, 0, 4000, 3000);
    for (let i = 0; i < noise.data.length; i += 4) {
      const n = ((i * 2654435761) >>> 24) % 24 - 12;
      noise.data[i] += n;
      noise.data[i + 1] += n;
      noise.data[i + 2] += n;
    }
    ctx.putImageData(noise, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    globalThis.__photo = new File([blob], 'IMG_12MP.jpg', { type: 'image/jpeg' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}
