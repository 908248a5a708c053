import { afterAll, beforeAll } from "vitest";
import type { Connection } from "../db/client";
import { createTestDatabase } from "./db";
import { createWorld, type World } from "./world";

// The objects these return are empty until the file's beforeAll hooks have run, which fill them in
// place: read them inside tests and hooks, never at the top of a file. Hooks a file adds after calling
// one of these run after it, so they can use what it made.

/** A fresh, migrated database for this test file, closed again after its tests. */
export function withTestDatabase(): Connection {
  const connection = {} as Connection;
  beforeAll(async () => {
    Object.assign(connection, await createTestDatabase());
  });
  afterAll(() => connection.close?.());
  return connection;
}

/** Another municipality and its cast (see createWorld) in a database this file already uses. */
export function withWorld(connection: Connection, kommunenummer?: string): World {
  const world = {} as World;
  beforeAll(async () => {
    Object.assign(world, await createWorld(connection.db, kommunenummer));
  });
  return world;
}

/** A fresh database with one municipality and a person for every role: what most test files start from. */
export function withTestWorld(): { conn: Connection; w: World } {
  const conn = withTestDatabase();
  return { conn, w: withWorld(conn) };
}
