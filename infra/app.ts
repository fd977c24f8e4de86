// CDK app entry: the stack, checked by cdk-nag's AwsSolutions pack on every synth.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { TradeBriefingsStack } from './trade-briefings-stack.js';

export function buildApp(app = new App()): { app: App; stack: TradeBriefingsStack } {
  const stack = new TradeBriefingsStack(app, 'TradeBriefings', {
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').at(-1) ?? '')) {
  buildApp().app.synth();
}
