import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { streamArchive } from "../../functions/archive/stream-archive";
import type { PdfRenderer } from "../../functions/core/pdf-renderer";
import { fakeResponseStream } from "./fake-response-stream";

/** A request as a Lambda function URL hands it to the function (payload format 2.0). */
export const urlEvent = (path: string, token?: string): APIGatewayProxyEventV2 =>
  ({
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    requestContext: { requestId: "stream-test", http: { method: "GET", path } },
    isBase64Encoded: false,
  }) as unknown as APIGatewayProxyEventV2;

/** The function's run on one path: its prelude (status, headers) and body, as the runtime gets them. */
export const streamOnce = async (path: string, token: string | undefined, pdf: () => PdfRenderer) => {
  const fake = fakeResponseStream();
  await streamArchive(urlEvent(path, token), fake.stream, fake.HttpResponseStream, pdf);
  return fake;
};

/**
 * The archive's function URL on loopback, as the runtime plays it (infra/stack/archive-stream.ts):
 * the Lambda's code per GET, the prelude becoming status and headers, and the URL's CORS – only
 * `allowedOrigin`, the authorization header, content-disposition exposed. `served` counts the GETs.
 */
export const serveFunctionUrl = async ({
  pdf,
  allowedOrigin,
}: {
  pdf: () => PdfRenderer;
  allowedOrigin?: string;
}) => {
  const counts = { served: 0 };
  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    const cors: Record<string, string> =
      allowedOrigin && origin === allowedOrigin
        ? {
            "access-control-allow-origin": origin,
            "access-control-expose-headers": "content-disposition,www-authenticate",
          }
        : {};
    if (req.method === "OPTIONS") {
      res.writeHead(200, {
        ...cors,
        ...(cors["access-control-allow-origin"] && {
          "access-control-allow-methods": "GET",
          "access-control-allow-headers": "authorization",
        }),
      });
      return void res.end();
    }
    counts.served++;
    const token = req.headers.authorization?.replace(/^Bearer /, "");
    void streamOnce(req.url ?? "/", token, pdf)
      .then((fake) => fake.response())
      .then(
        ({ statusCode, headers, body }) => {
          res.writeHead(statusCode, { ...headers, ...cors });
          res.end(body);
        },
        () => res.destroy(),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    /** As the stack output ArchiveUrl: with a trailing slash. */
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
