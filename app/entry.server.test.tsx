import { afterEach, describe, expect, it, vi } from "vitest";
import { use, type ComponentType } from "react";
import { createStaticHandler, data, type EntryContext, type RouteObject } from "react-router";
import handleRequest, { streamTimeout } from "./entry.server";

const never = new Promise<never>(() => {});

/** A one-route app as React Router hands it to the entry: enough to render a whole page. */
async function entryContext(request: Request, Component: ComponentType = () => <p>Hei</p>, handlers: Pick<RouteObject, "loader" | "action"> = {}): Promise<EntryContext> {
  const routes = [{ id: "root", path: "/", Component, ErrorBoundary: () => <p>Feil</p>, ...handlers }];
  const staticHandlerContext = await createStaticHandler(routes).query(request);
  if (staticHandlerContext instanceof Response) throw new Error("The test route answered with a response");
  return {
    manifest: {
      entry: { module: "/entry.client.js", imports: [] },
      routes: { root: { id: "root", path: "/", hasAction: false, hasLoader: false, hasClientAction: false, hasClientLoader: false, hasClientMiddleware: false, hasErrorBoundary: true, module: "/root.js" } },
      url: "/manifest.js",
      version: "test",
    },
    routeModules: { root: { default: Component, ErrorBoundary: () => <p>Feil</p> } },
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

describe("the status of a page", () => {
  const post = () => new Request("http://localhost/", { method: "POST", body: new URLSearchParams() });
  const refusedForm = () => data({ ok: false }, { status: 400 });

  it("is the error page's when an action answered a form with 400 and the loader then refused the page", async () => {
    const forbidden = () => {
      throw data(null, { status: 403 });
    };
    const request = post();
    const response = await handleRequest(request, 400, new Headers(), await entryContext(request, undefined, { loader: forbidden, action: refusedForm }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<p>Feil</p>");
  });

  it("is the action's when the page is shown with the form again", async () => {
    const request = post();
    const response = await handleRequest(request, 400, new Headers(), await entryContext(request, undefined, { loader: () => null, action: refusedForm }));
    expect(response.status).toBe(400);
  });
});
