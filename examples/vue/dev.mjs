// `npm run dev`: Vite's dev server for this app, with the Portico mock API (the seeded space
// "demo") on the same origin under /v1 — what the app's <portico-provider space="demo"> talks
// to by default. A real app points the provider's `api` attribute at its space's API instead.
//
//   npm run dev        http://127.0.0.1:5175 (PORT and HOST change it)
import {createMockApi} from '@portico/mock-server';
import {toNodeListener} from '@portico/mock-server/node';
import {createServer} from 'vite';

const api = createMockApi({scenario: 'demo'});
const mockApi = {
  name: 'portico-mock-api',
  configureServer(server) {
    const listener = toNodeListener(api.dispatch);
    server.middlewares.use((req, res, next) =>
      req.url?.startsWith('/v1/') ? listener(req, res) : next(),
    );
  },
};

const server = await createServer({
  root: import.meta.dirname,
  plugins: [mockApi],
  server: {port: Number(process.env.PORT ?? 5175), host: process.env.HOST ?? '127.0.0.1'},
});
await server.listen();
server.printUrls();
console.log('  sign in as ada@example.com; the code is in the dev mailbox:');
console.log(
  `  ${server.resolvedUrls?.local[0]}v1/spaces/demo/__dev/mailbox?email=ada@example.com\n`,
);
