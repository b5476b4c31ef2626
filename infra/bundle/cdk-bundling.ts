import { OutputFormat, type BundlingOptions } from "aws-cdk-lib/aws-lambda-nodejs";
import { LAMBDA_BUNDLE } from "./lambda-bundle-options";

/**
 * LAMBDA_BUNDLE as NodejsFunction bundling options. Local esbuild only: this machine, CI and a
 * deploying laptop have it in node_modules, and Docker would download an image.
 */
export const cdkBundling = (): BundlingOptions => ({
  target: LAMBDA_BUNDLE.target,
  format: OutputFormat.ESM,
  minify: LAMBDA_BUNDLE.minify,
  sourceMap: LAMBDA_BUNDLE.sourcemap,
  sourcesContent: LAMBDA_BUNDLE.sourcesContent,
  externalModules: [...LAMBDA_BUNDLE.external],
  mainFields: [...LAMBDA_BUNDLE.mainFields],
  banner: LAMBDA_BUNDLE.banner,
  forceDockerBundling: false,
});
