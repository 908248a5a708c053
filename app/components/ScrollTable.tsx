import { useEffect, useId, useRef, useState, type ComponentProps, type ReactNode, type RefObject } from "react";
import { Table } from "@digdir/designsystemet-react";

/**
 * A table with a caption in a box that scrolls sideways on a narrow screen. While the table does not fit, the
 * box takes keyboard focus and is a region named by the caption, so a keyboard user can scroll it even when no
 * cell holds a link (WCAG 2.1.1); a table that fits is no extra tab stop. Without JavaScript nobody can tell,
 * so the box always takes focus.
 */
export function ScrollTable({ caption, children, ...table }: ComponentProps<typeof Table> & { caption: ReactNode }) {
  const captionId = useId();
  const box = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(box);
  return (
    <div className="table-wrap" ref={box} {...(scrolls && { tabIndex: 0, role: "region", "aria-labelledby": captionId })}>
      <Table {...table}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </Table>
    </div>
  );
}

/** Whether the box's content is wider than the box, measured again whenever either changes size. */
function useOverflows(box: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(true);
  useEffect(() => {
    const element = box.current!;
    const observer = new ResizeObserver(() => setOverflows(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [box]);
  return overflows;
}
