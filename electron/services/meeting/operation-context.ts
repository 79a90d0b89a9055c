import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The operation a client is retrying, if it named one: its key is the client's own id for the
 * operation, qualified by who sent it, so two experts' ids never collide.
 */
export type Operation = { key: string };

const current = new AsyncLocalStorage<Operation>();

/**
 * Runs one call as a named operation: the store's write inside it commits the operation's key with
 * its result, and a repeat of the key returns that result without writing again. A device that lost
 * the answer resends, and the host neither loses nor doubles the act.
 */
export const runAsOperation = <T>(operation: Operation, call: () => Promise<T>): Promise<T> => current.run(operation, call);

export const currentOperation = (): Operation | undefined => current.getStore();
