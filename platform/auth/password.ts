import { randomBytes } from "node:crypto";
import { argon2id, argon2Verify } from "hash-wasm";

/** OWASP's argon2id baseline: 19 MiB of memory, two passes. Tests may lower the cost with PASSWORD_HASH_COST=low. */
function cost() {
  return process.env.PASSWORD_HASH_COST === "low"
    ? { memorySize: 1024, iterations: 1 }
    : { memorySize: 19_456, iterations: 2 };
}

export async function hashPassword(password: string): Promise<string> {
  return argon2id({
    password: password.normalize("NFC"),
    salt: randomBytes(16),
    parallelism: 1,
    hashLength: 32,
    outputType: "encoded",
    ...cost(),
  });
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await argon2Verify({ password: password.normalize("NFC"), hash });
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Keeps "unknown e-mail" as slow as "wrong password", so timing does not reveal who has an account. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("no such account: spend the same time");
  await verifyPassword(password, await dummyHash);
  return false;
}
