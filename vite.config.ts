import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

// The server build's entry is our own Express app, so the same bundle carries
// the request handler and the start-up work (migrations, demo data).
// Designsystemet's React package does not declare itself free of side effects, so without this every
// component ends up in every page. Its web components (designsystemet-web) keep their side effects.
const dsReact = /designsystemet-react[\\/]dist/;

export default defineConfig({
  build: {
    rollupOptions: {
      treeshake: { moduleSideEffects: (id: string) => !dsReact.test(id) },
    },
  },
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
