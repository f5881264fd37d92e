import { findElectronBinary, SKIP_MESSAGE } from './electronBinary';

export default function globalSetup(): void {
  if (!findElectronBinary()) console.log(`${SKIP_MESSAGE} (the Electron specs did not run and prove nothing here)`);
}
