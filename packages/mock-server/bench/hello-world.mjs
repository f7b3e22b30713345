// The baseline: the cheapest useful node:http server, answering a small JSON body.
import * as http from 'node:http';

const body = JSON.stringify({hello: 'world'});
const server = http.createServer((req, res) => {
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`hello-world listening on http://127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
