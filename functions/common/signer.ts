// The signer of unsubscribe links, from the validated configuration: the stack's secret in AWS, a local key
// file on a laptop; none when neither is configured.
import { HmacSigner, localKeyFile, secretsExtensionKey } from '../../shared/adapters/signing/hmac-signer.js';
import type { MessageSigner } from '../../shared/ports/message-signer.js';

export function unsubscribeSigner(config: {
  UNSUBSCRIBE_SECRET_ARN?: string | undefined;
  UNSUBSCRIBE_KEY_FILE?: string | undefined;
}): MessageSigner | undefined {
  if (config.UNSUBSCRIBE_SECRET_ARN)
    return new HmacSigner(secretsExtensionKey(config.UNSUBSCRIBE_SECRET_ARN));
  if (config.UNSUBSCRIBE_KEY_FILE) return new HmacSigner(localKeyFile(config.UNSUBSCRIBE_KEY_FILE));
  return undefined;
}
