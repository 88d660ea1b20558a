// npm run snapshot: renders the built site's default map in headless Chromium and saves it as
// public/static-map.png, the picture readers get when their browser cannot draw the map.
// Run it after `npm run build` whenever the data changes noticeably.
import { launch, serveDist, waitForMap } from '../tests/browser/harness.ts';

const { server, url } = await serveDist();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 640 } });
  await page.goto(`${url}?fade=0`);
  await waitForMap(page);
  await page.locator('[data-testid="map"]').screenshot({ path: 'public/static-map.png' });
  console.log('snapshot: public/static-map.png');
} finally {
  await browser.close();
  await server.close();
}
