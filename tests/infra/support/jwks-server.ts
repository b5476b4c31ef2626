import type { JSONWebKeySet } from "jose";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** Serves a key set on loopback, as an identity provider serves its JWKS; AUTH_JWKS_URL points here. */
export const startJwksServer = async (jwks: JSONWebKeySet) => {
  const server = createServer((req, res) => {
    if (req.url !== "/jwks.json") return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks.json`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
