// Serves msw's Service Worker at /mockServiceWorker.js, where `setupWorker().start()` looks
// for it by default, straight from the installed msw (so the worker always matches the
// library version; nothing is copied into the repo).
import {createReadStream} from 'node:fs';
import {createRequire} from 'node:module';

const workerFile = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');

/** @returns {import('@web/dev-server-core').Middleware} */
export function mswWorkerMiddleware() {
  return (context, next) => {
    if (context.path !== '/mockServiceWorker.js') return next();
    context.type = 'application/javascript';
    context.set('Cache-Control', 'no-store');
    context.body = createReadStream(workerFile);
    return undefined;
  };
}
