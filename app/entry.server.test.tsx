import { afterEach, describe, expect, it, vi } from "vitest";
import { use, type ComponentType } from "react";
import { createRequestHandler, createStaticHandler, data, Outlet, type EntryContext, type RouteObject, type ServerBuild } from "react-router";
import config from "../react-router.config";
import handleRequest, { handleError, streamTimeout } from "./entry.server";
import { RouteErrorPage } from "./components/ErrorPage";
import { catalogs } from "./i18n/catalogs.server";
import { refuseCrossSiteForms } from "./lib/cross-site.server";

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

describe("a form sent to a page that takes none", () => {
  it("is answered 405 with the methods the page takes, on the page", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: new URLSearchParams({ a: "1" }) });
    const context = await entryContext(request, undefined, { loader: () => null });
    const response = await handleRequest(request, context.staticHandlerContext.statusCode, new Headers(), context);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expect(await response.text()).toContain("<p>Feil</p>");
  });

  it("is logged as one line, while a bug is logged whole", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const request = new Request("http://localhost/?side=2", { method: "POST", body: new URLSearchParams({ a: "1" }) });
    const context = await entryContext(request, undefined, { loader: () => null });
    const [refusal] = Object.values(context.staticHandlerContext.errors ?? {});
    handleError(refusal, { request } as never);
    expect(warned).toHaveBeenCalledWith("POST /: 405 Method Not Allowed");
    expect(logged).not.toHaveBeenCalled();
    const bug = new Error("a bug");
    handleError(bug, { request } as never);
    expect(logged).toHaveBeenCalledWith(bug);
  });
});

describe("forms the pages do not take, through React Router's request handler", () => {
  afterEach(() => vi.restoreAllMocks());

  /** The app's configuration and entry, a root that refuses forms from other sites, a page with a form and one without. */
  function requestHandler() {
    const root = { id: "root", path: "", module: { default: Outlet, ErrorBoundary: RouteErrorPage, middleware: [refuseCrossSiteForms] } };
    const page = { id: "page", parentId: "root", path: "rediger", module: { default: () => <p>Skjema</p>, action: () => null } };
    const plain = { id: "plain", parentId: "root", path: "les", module: { default: () => <p>Les</p> } };
    const manifestRoute = { hasLoader: false, hasClientAction: false, hasClientLoader: false, hasClientMiddleware: false, module: "/x.js" };
    const build = {
      ...config,
      entry: { module: { default: handleRequest, handleError } },
      routes: { root, page, plain },
      assets: {
        entry: { module: "/entry.client.js", imports: [] },
        routes: {
          root: { ...manifestRoute, id: "root", path: "", hasAction: false, hasErrorBoundary: true },
          page: { ...manifestRoute, id: "page", parentId: "root", path: "rediger", hasAction: true, hasErrorBoundary: false },
          plain: { ...manifestRoute, id: "plain", parentId: "root", path: "les", hasAction: false, hasErrorBoundary: false },
        },
        url: "/manifest.js",
        version: "test",
      },
      future: {},
      prerender: [],
      isSpaMode: false,
      routeDiscovery: { mode: "lazy", manifestPath: "/__manifest" },
      basename: "/",
      publicPath: "/",
      assetsBuildDirectory: "build/client",
    };
    return createRequestHandler(build as unknown as ServerBuild, "production");
  }

  it("refuses a form another site sent with the page in the visitor's language and one line in the log", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const headers = { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" };
    const response = await requestHandler()(new Request("http://localhost/rediger?lang=en", { method: "POST", headers, body: "a=1" }));
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain(catalogs.en["error.crossSite.title"]);
    expect(warned).toHaveBeenCalledTimes(1);
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers a form sent to a page without one with 405 and the page that says so, logging one line", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const headers = { "content-type": "application/x-www-form-urlencoded" };
    const response = await requestHandler()(new Request("http://localhost/les?lang=en", { method: "POST", headers, body: "a=1" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    const html = await response.text();
    expect(html).toContain(catalogs.en["error.methodNotAllowed.title"]);
    expect(html).not.toContain(catalogs.en["error.server.title"]);
    expect(warned).toHaveBeenCalledTimes(1);
    expect(logged).not.toHaveBeenCalled();
  });
});
