process.env.TZ = "UTC";
// Tests hash many passwords; production strength is covered by platform/auth/password.test.ts.
process.env.PASSWORD_HASH_COST ??= "low";
