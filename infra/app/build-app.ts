import { App, Aspects, type AppProps } from "aws-cdk-lib";
import type { RouteDefinition } from "../../shared/api/routes";
import { AwsSolutionsChecks } from "cdk-nag";
import { FoerderberichtStack } from "../stack/foerderbericht-stack";
import { readStackConfig } from "../stack/stack-config";

/**
 * The CDK app: one stack for the environment named by `-c env=…`, checked by cdk-nag's AWS Solutions
 * rules on every synth. `cdk synth`, `cdk deploy` and the tests all build it here.
 */
export const buildApp = (props: AppProps = {}, options: { routes?: readonly RouteDefinition[] } = {}) => {
  const app = new App(props);
  const config = readStackConfig((key) => app.node.tryGetContext(key));
  const stack = new FoerderberichtStack(app, `Foerderbericht-${config.envName}`, {
    config,
    routes: options.routes,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region },
    description: `Förderbericht (${config.envName}): API, Lambdas, DynamoDB, Aufgabenbereich, Anmeldung, Alarme`,
    terminationProtection: config.envName === "prod",
  });
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  return { app, stack, config };
};
