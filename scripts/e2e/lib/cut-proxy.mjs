// A TCP proxy on loopback between a page and its server that can cut the network: it drops
// every open connection (an event stream included, which Chromium's offline mode leaves open)
// and refuses new ones until restored.
import net from 'node:net';

/**
 * Forwards 127.0.0.1:<port> to `target` (an http://host:port URL). Resolves to
 * {url, cut(), restore(), close()}; `url` has the target's form with the proxy's port.
 */
export async function startCutProxy(target) {
  const {hostname, port} = new URL(target);
  const open = new Set();
  let down = false;
  const server = net.createServer((client) => {
    // A cut network: the connection is reset at once, as a dead route answers.
    if (down) return client.resetAndDestroy();
    const upstream = net.connect(Number(port), hostname);
    const pair = {client, upstream};
    open.add(pair);
    const end = () => {
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  /** Resets every open connection and refuses new ones. */
  const cut = () => {
    down = true;
    for (const {client, upstream} of open) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    open.clear();
  };
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    cut,
    restore: () => void (down = false),
    close: () =>
      new Promise((resolve) => {
        cut();
        server.close(() => resolve());
      }),
  };
}
