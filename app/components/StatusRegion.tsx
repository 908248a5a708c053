import { useEffect, useState, type ReactNode } from "react";
import { useLocation } from "react-router";
import { useHydrating } from "./hydration";

/**
 * Where a page says that what someone just did went through (WCAG 4.1.3). A screen reader reads out a change
 * in a live region it already knows, not reliably a region that appears together with its message. So after
 * each navigation in the browser (a form sent with JavaScript) the region is there empty first and gets its
 * message a frame later; also when the message is the same as before, as after a second removal. A page from
 * the server shows its message at once.
 */
export function StatusRegion({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  const hydrating = useHydrating();
  const [shownFor, setShownFor] = useState(hydrating ? key : null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setShownFor(key));
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return (
    <div role="status" className="status-region">
      {shownFor === key ? children : null}
    </div>
  );
}
