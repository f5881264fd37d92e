/** Only plain web links may leave the app, and only to the system browser after the user agrees. */
export function isOpenableExternally(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.length > 0 && !parsed.username;
  } catch {
    return false;
  }
}

export function externalLinkPrompt(url: string, language: 'id' | 'en') {
  return language === 'id'
    ? {
        message: 'Buka tautan di peramban?',
        detail: `Tautan ini membuka halaman di luar Pustaka Inovasi dan memerlukan internet:\n${url}`,
        buttons: ['Buka di Peramban', 'Batal'],
      }
    : {
        message: 'Open the link in your browser?',
        detail: `This link opens a page outside Pustaka Inovasi and needs the internet:\n${url}`,
        buttons: ['Open in Browser', 'Cancel'],
      };
}
