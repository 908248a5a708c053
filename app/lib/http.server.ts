import type { HeadersFunction } from "react-router";
import { CACHE_HEADER } from "../../platform/http/microcache";

/** Public pages that look the same to every anonymous visitor may be served from the short-lived page cache. */
export const publicPageHeaders: HeadersFunction = () => ({ [CACHE_HEADER]: "public" });
