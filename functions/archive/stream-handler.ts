import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { getPdfRenderer } from "../http/context";
import { pdfmakeRenderer } from "../render/pdfmake-renderer";
import { streamArchive } from "./stream-archive";

/**
 * The Lambda entry behind the archive's function URL (infra/stack/archive-stream.ts). `awslambda` is
 * a global of Lambda's Node runtime, read when the module loads there; tests drive streamArchive.
 */
export const handler = awslambda.streamifyResponse<APIGatewayProxyEventV2>((event, responseStream) =>
  streamArchive(event, responseStream, awslambda.HttpResponseStream, () => getPdfRenderer(pdfmakeRenderer)),
);
