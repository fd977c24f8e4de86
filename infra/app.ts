// CDK app entry: the stack, checked by cdk-nag's AwsSolutions pack on every synth.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { TradeBriefingsDataStack } from './trade-briefings-data-stack.js';
import { TradeBriefingsStack } from './trade-briefings-stack.js';

/** Two stacks: the stateful data (bucket, table) and the stateless application that uses it. */
export function buildApp(app = new App()): {
  app: App;
  stack: TradeBriefingsStack;
  data: TradeBriefingsDataStack;
} {
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };
  const data = new TradeBriefingsDataStack(app, 'TradeBriefingsData', { env });
  const stack = new TradeBriefingsStack(app, 'TradeBriefings', { env, data });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, data };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').at(-1) ?? '')) {
  buildApp().app.synth();
}
