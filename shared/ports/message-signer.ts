// Signs short messages (unsubscribe links) with a key the core never sees, and checks such signatures.
export interface MessageSigner {
  sign(message: string): Promise<Uint8Array>;
  /** true only for a MAC this signer made of exactly this message */
  verify(message: string, mac: Uint8Array): Promise<boolean>;
}
