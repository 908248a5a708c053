import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

// The server build's entry is our own Express app, so the same bundle carries
// the request handler and the start-up work (migrations, demo data).
export default defineConfig({
  environments: {
    ssr: {
      build: {
        rollupOptions: { input: "./platform/http/app.ts" },
      },
    },
  },
  ssr: {
    external: ["@electric-sql/pglite", "pg", "nodemailer", "hash-wasm", "openid-client"],
  },
  plugins: [reactRouter()],
});
