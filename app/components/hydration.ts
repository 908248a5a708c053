import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** True on the server and while React takes over the server's page; false once the browser renders by itself. */
export function useHydrating(): boolean {
  return useSyncExternalStore(noSubscription, () => false, () => true);
}
