import { afterEach, describe, expect, it, vi } from "vitest";
import { use, type ComponentType } from "react";
import { createStaticHandler, type EntryContext } from "react-router";
import handleRequest, { streamTimeout } from "./entry.server";

const never = new Promise<never>(() => {});

/** A one-route app as React Router hands it to the entry: enough to render a whole page. */
async function entryContext(request: Request, Component: ComponentType = () => <p>Hei</p>): Promise<EntryContext> {
  const routes = [{ id: "root", path: "/", Component }];
  const staticHandlerContext = await createStaticHandler(routes).query(request);
  if (staticHandlerContext instanceof Response) throw new Error("The test route answered with a response");
  return {
    manifest: {
      entry: { module: "/entry.client.js", imports: [] },
      routes: { root: { id: "root", path: "/", hasAction: false, hasLoader: false, hasClientAction: false, hasClientLoader: false, hasClientMiddleware: false, hasErrorBoundary: false, module: "/root.js" } },
      url: "/manifest.js",
      version: "test",
    },
    routeModules: { root: { default: Component } },
    staticHandlerContext,
    future: {},
    ssr: true,
    isSpaMode: false,
    routeDiscovery: { mode: "lazy", manifestPath: "/__manifest" },
    serializeError: (error: Error) => ({ message: error.message }),
  } as unknown as EntryContext;
}

describe("rendering a page", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("leaves no timer behind once the page is done, so no finished render stays in memory", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const request = new Request("http://localhost/");
    const response = await handleRequest(request, 200, new Headers(), await entryContext(request));
    expect(await response.text()).toContain("<p>Hei</p>");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("gives up on a page that never finishes rendering", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const request = new Request("http://localhost/");
    const response = handleRequest(request, 200, new Headers(), await entryContext(request, () => use(never)));
    const refused = expect(response).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(streamTimeout + 1000);
    await refused;
    expect(logged).toHaveBeenCalled();
  });
});
