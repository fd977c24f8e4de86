#!/usr/bin/env -S node --openssl-legacy-provider --no-warnings=ExperimentalWarning
// Runs the TypeScript CLI through tsx. --openssl-legacy-provider: s3rver's listing with paging needs it.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
