// `npm run build:lambdas [outDir]`: every route's Lambda bundle, built as the CDK stack builds it
// (infra/bundle/lambda-bundle-options.ts), into dist/lambda/<handler>/index.mjs. For inspection and the
// bench; `cdk deploy` bundles by itself.
import { join, resolve } from "node:path";
import { buildLambdaBundles } from "../infra/bundle/build-lambda-bundles";
import { REPO_ROOT } from "../infra/repo-root";

const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, "dist/lambda"));
const started = performance.now();
const bundles = await buildLambdaBundles(outDir);
for (const b of bundles)
  console.log(`${b.route.id.padEnd(20)} ${(b.bytes / 1024).toFixed(0).padStart(6)} KiB  ${b.file}`);
console.log(`${bundles.length} Bundles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
