// The one construct that owns Lambda defaults: ARM64, the newest Node runtime aws-cdk-lib knows, ESM bundles
// built by the local esbuild (no Docker) with source maps and code splitting (what a handler imports lazily,
// such as the PDF, Word and email readers, is a chunk of its own, loaded only when used), one-month log
// retention, Powertools environment.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  type ParamsAndSecretsLayerVersion,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { buildSync } from 'esbuild';

export interface ProjectFunctionProps {
  /** path of the handler module, e.g. functions/ingest-document/handler.ts */
  readonly entry: string;
  /** @default Duration.seconds(60) */
  readonly timeout?: Duration;
  /** @default 1024 */
  readonly memorySize?: number;
  readonly environment?: Record<string, string>;
  /** files copied beside the bundle: [absolute source, name in the bundle] */
  readonly assets?: Array<[string, string]>;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** the AWS Parameters and Secrets extension, for a function that reads a secret without an SDK client */
  readonly paramsAndSecrets?: ParamsAndSecretsLayerVersion;
  /** concurrency reserved (and so capped) for the function, e.g. behind a public URL; @default none */
  readonly reservedConcurrentExecutions?: number;
}

export const PROJECT_RUNTIME = Runtime.NODEJS_24_X;

export class ProjectFunction extends Construct {
  readonly function: LambdaFunction;

  constructor(scope: Construct, id: string, props: ProjectFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to this function's log group only.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    this.function = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry, props.assets ?? []),
      handler: 'index.handler',
      runtime: PROJECT_RUNTIME,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(60),
      memorySize: props.memorySize ?? 1024,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      ...(props.paramsAndSecrets ? { paramsAndSecrets: props.paramsAndSecrets } : {}),
      ...(props.reservedConcurrentExecutions !== undefined
        ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions }
        : {}),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'trade-briefings',
        POWERTOOLS_METRICS_NAMESPACE: 'TradeBriefings',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
    });
  }
}

/** CommonJS dependencies (exceljs, pdfkit) call require() inside an ESM bundle. */
const REQUIRE_SHIM =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * The handler bundled by esbuild into index.mjs plus chunks/, with `assets` copied beside it. The asset hash
 * is the output's, so a change anywhere in what the handler imports deploys a new version.
 */
export function bundledCode(entry: string, assets: Array<[string, string]>): Code {
  return Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // never used: the local esbuild always bundles; CDK requires an image for the Docker fallback
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      local: {
        tryBundle(outputDir: string) {
          bundleHandler(entry, outputDir, assets);
          return true;
        },
      },
    },
  });
}

/** Bundles a handler as Lambda runs it: outputDir/index.mjs, outputDir/chunks/, and the assets beside them. */
export function bundleHandler(entry: string, outputDir: string, assets: Array<[string, string]> = []): void {
  buildSync({
    entryPoints: { index: entry },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    sourcemap: true,
    splitting: true,
    outdir: outputDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    mainFields: ['module', 'main'],
    banner: { js: REQUIRE_SHIM },
    logLevel: 'error',
  });
  for (const [source, target] of assets) {
    mkdirSync(dirname(join(outputDir, target)), { recursive: true });
    copyFileSync(source, join(outputDir, target));
  }
}
