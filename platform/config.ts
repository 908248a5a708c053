import path from "node:path";

/** Settings read once from the environment; the README's table documents each one. */
export type Config = {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  production: boolean;
  demo: boolean;
  demoPassword: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  secret: string | undefined;
  oidc: OidcConfig | undefined;
};

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  /** How the client proves itself at the token endpoint; it must match the client's registration at the provider. */
  tokenAuthMethod: "client_secret_basic" | "client_secret_post" | "none";
  acrValues: string;
  scope: string;
  name: string;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // server.js runs React in production mode by default but records whether the user asked for production.
  const production = env.DUGNAD_PRODUCTION ? env.DUGNAD_PRODUCTION === "1" : env.NODE_ENV === "production";
  const port = Number(env.PORT ?? 3000);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    dataDir: path.resolve(env.DATA_DIR ?? "data"),
    databaseUrl,
    production,
    demo: env.DEMO ? env.DEMO === "1" || env.DEMO === "true" : !production,
    demoPassword: env.DEMO_PASSWORD || "dugnad-demo",
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? "Dugnad <ikke-svar@dugnad.localhost>",
    secret: env.SECRET || undefined,
    oidc: readOidc(env),
  };
}

function readOidc(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID) return undefined;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    tokenAuthMethod: readTokenAuthMethod(env),
    acrValues: env.OIDC_ACR_VALUES ?? "idporten-loa-substantial",
    scope: env.OIDC_SCOPE ?? "openid profile",
    name: env.OIDC_NAME ?? "ID-porten",
  };
}

function readTokenAuthMethod(env: NodeJS.ProcessEnv): OidcConfig["tokenAuthMethod"] {
  const asked = env.OIDC_TOKEN_AUTH_METHOD;
  if (asked === "client_secret_post" || asked === "client_secret_basic" || asked === "none") return asked;
  if (asked) throw new Error(`OIDC_TOKEN_AUTH_METHOD must be client_secret_basic, client_secret_post or none, not ${asked}`);
  return env.OIDC_CLIENT_SECRET ? "client_secret_basic" : "none";
}

let current: Config | undefined;

export function config(): Config {
  current ??= readConfig();
  return current;
}

/** Tests swap settings (an OIDC provider, a port) without touching process.env. */
export function setConfig(next: Partial<Config>): void {
  current = { ...config(), ...next };
}
