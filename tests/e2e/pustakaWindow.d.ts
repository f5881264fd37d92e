import type { PustakaBridge } from '../../core/api';

declare global {
  interface Window {
    pustaka?: PustakaBridge;
  }
}
export {};
