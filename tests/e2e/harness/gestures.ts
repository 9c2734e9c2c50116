/** Trusted drops and pastes, as a child's own would be (not events dispatched by page script). */
import type { Locator, Page } from 'playwright-core';

/** Drag files from the desktop onto `target` through CDP Input.dispatchDragEvent (trusted events). */
export async function dropFiles(page: Page, target: Locator, files: string[]): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('drop target is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files, dragOperationsMask: 1 | 2 | 16 }; // copy | link | move
  try {
    await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', x, y, data });
    await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', x, y, data });
    await cdp.send('Input.dispatchDragEvent', { type: 'drop', x, y, data });
  } finally {
    await cdp.detach();
  }
}

/** Put a PNG or text on the system clipboard from the page (permissions granted for its origin). */
export async function setClipboard(page: Page, content: { png?: Buffer; text?: string }): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.bringToFront();
  await page.evaluate(async ({ png, text }) => {
    if (png) {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })]);
    } else {
      await navigator.clipboard.writeText(text ?? '');
    }
  }, { png: content.png?.toString('base64'), text: content.text });
}

/** Focus `target` and press Ctrl+V: the browser's own, trusted paste. */
export async function pasteInto(page: Page, target: Locator): Promise<void> {
  await target.click();
  await page.keyboard.press('Control+V');
}
