import { type PorticoClient, type PorticoClientOptions, type PorticoCore } from '@portico/sdk';
export declare const API: string;
export declare const SPACE = "demo";
export declare const MEMBER = "ada@example.com";
/**
 * A client of the mock API that keeps its session in memory (tests do not share a login
 * through localStorage) and does not retry, so an error shows at once.
 */
export declare function createTestClient(options?: Partial<PorticoClientOptions>): PorticoClient;
/**
 * Logs `email` in through the client like a member would: asks for a code, reads it from
 * the mock server's dev mailbox, and verifies it.
 */
export declare function logIn(client: PorticoCore, email?: string): Promise<void>;
/** The latest one-time code "mailed" to `email` by the mock server. */
export declare function readCode(email?: string): Promise<string>;
//# sourceMappingURL=client.d.ts.map