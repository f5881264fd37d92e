/** `npm run preview:web`: the app in any browser on this machine, backed by the real host. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { HTTP_BRIDGE_SCRIPT } from './bridgeScript';
import { BUILT_CONTENT_DIR, REPO_ROOT, startHarnessHost } from './harnessHost';

const userDataDir = path.join(REPO_ROOT, '.cache', 'preview-user-data');
await mkdir(userDataDir, { recursive: true });
const port = Number(process.env.PORT ?? 5180);
const harness = await startHarnessHost({
  contentDir: BUILT_CONTENT_DIR,
  userDataDir,
  port,
  httpBridge: { script: HTTP_BRIDGE_SCRIPT },
});
console.log(`Pustaka Inovasi (pratinjau web): ${harness.url}`);
console.log(`Data pengguna pratinjau: ${userDataDir}. Tekan Ctrl+C untuk berhenti.`);
