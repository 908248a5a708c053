import { useId, type ComponentProps, type ReactNode } from "react";
import { Table } from "@digdir/designsystemet-react";

/**
 * A table with a caption in a box that scrolls sideways on a narrow screen. The box takes keyboard focus and
 * is a region named by the caption, so a keyboard user can scroll it even when no cell holds a link (WCAG 2.1.1).
 */
export function ScrollTable({ caption, children, ...table }: ComponentProps<typeof Table> & { caption: ReactNode }) {
  const captionId = useId();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <Table {...table}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </Table>
    </div>
  );
}
