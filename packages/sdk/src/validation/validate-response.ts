import type {Endpoint} from '../contract/endpoint.js';
import type {RouteDefinition} from '../contract/route.js';
import {routes} from '../contract/routes.js';
import {PorticoValidationError} from '../errors/PorticoValidationError.js';

/**
 * Checks a 2xx body against the route's response schema and returns the parsed data. Loaded
 * on demand by the client (statically present only in development), since it brings zod and
 * every schema of the contract.
 * @throws {PorticoValidationError} when the body does not match the contract.
 */
export function validateResponse(
  route: RouteDefinition | Endpoint,
  json: unknown,
  response: Response,
  request: Request,
): unknown {
  const schema = 'name' in route ? routes[route.name].response : route.response;
  if (!schema) return json;
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const {issues} = result.error;
  const detail = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new PorticoValidationError(
    {status: response.status, detail, request, response, cause: result.error},
    issues,
  );
}
