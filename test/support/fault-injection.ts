// Fault injection on a real AWS SDK client talking to an embedded engine: a middleware that throws the
// error an engine cannot produce (throttling, a timeout after the write) for the calls a test picks, and lets
// every other call through to the engine.
import type { MiddlewareStack } from '@smithy/types';

// biome-ignore lint/suspicious/noExplicitAny: any client's stack, whatever its inputs and outputs
type AnyClient = { middlewareStack: MiddlewareStack<any, any> };

export interface Fault {
  /** which calls fail, from their input (the document client's input, before marshalling) */
  when: (input: Record<string, unknown>) => boolean;
  /** the error each picked call throws */
  error: () => Error;
  /** how many picked calls fail before the fault heals (default: every one) */
  times?: number;
}

/** Adds `fault` to `client`; returns the number of calls it failed so far, and a way to remove it. */
export function injectFault(client: AnyClient, fault: Fault): { failed(): number; remove(): void } {
  let failed = 0;
  const name = `fault-${Math.random().toString(36).slice(2)}`;
  client.middlewareStack.add(
    (next) => async (args) => {
      if (
        (fault.times === undefined || failed < fault.times) &&
        fault.when(args.input as Record<string, unknown>)
      ) {
        failed++;
        throw fault.error();
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { failed: () => failed, remove: () => client.middlewareStack.remove(name) };
}

/** What DynamoDB answers when it is overloaded. */
export const throttled = () =>
  Object.assign(new Error('Rate of requests exceeds the allowed throughput'), {
    name: 'ProvisionedThroughputExceededException',
    $metadata: { httpStatusCode: 400 },
  });
