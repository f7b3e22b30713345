// The one place that says how tests launch Chromium: Debian's binary (never a downloaded
// one) with the flags this machine needs (no sandbox as root, no background networking on a
// closed network).
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
