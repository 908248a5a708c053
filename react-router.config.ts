import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  appDirectory: "app",
  // Every origin passes React Router's check: the root's middleware refuses forms from other sites instead,
  // with a page in the visitor's language (app/lib/cross-site.server.ts).
  allowedActionOrigins: ["**"],
} satisfies Config;
