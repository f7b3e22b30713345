// The API the warm benches read through: answers by the request path's last segment
// (`resources`, `availability`, `floors`), the space for any other path.
import {createPorticoClient} from '@portico/sdk';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), {headers: {'content-type': 'application/json'}});

export function fakeApiClient(space: unknown, answers: Record<string, () => unknown>) {
  return createPorticoClient({
    baseUrl: 'https://bench.invalid/v1',
    space: 'bench',
    session: 'memory',
    realtime: false,
    fetch: async (input, init) => {
      const last = new URL(new Request(input, init).url).pathname.split('/').at(-1) ?? '';
      return json((answers[last] ?? (() => space))());
    },
  });
}
