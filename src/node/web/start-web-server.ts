import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { UserError } from "../../core/errors/user-error.js";
import type { Language } from "../../core/i18n/translator.js";
import { hostsFor, type PageAddress } from "./request-guard.js";
import { createWebApp } from "./web-app.js";

export interface WebServerOptions {
  readonly host: string;
  /** 0 picks any free port. */
  readonly port: number;
  readonly lang: Language;
}

export interface WebServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the page's server; resolves once it listens, with the address a browser opens. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  // Filled in when the port is known; until then no request passes the Host check.
  const address: PageAddress = { hosts: new Set() };
  const app = await createWebApp({ lang: options.lang, address });
  const server = createAdaptorServer({ fetch: app.fetch });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new UserError(
          "web.listenFailed",
          { host: options.host, port: options.port, reason: error.code ?? error.message },
          [],
          { cause: error },
        ),
      );
    });
    server.listen(options.port, options.host, () =>
      resolve((server.address() as AddressInfo).port),
    );
  });
  address.hosts = hostsFor(options.host, port);
  const shown = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}
