// `npx cdk synth|deploy -c env=prod …` runs this (cdk.json: "app").
import { buildApp } from "../app/build-app";

buildApp().app.synth();
