import type { ReactNode } from "react";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { ScrollTable } from "./ScrollTable";

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode };

/**
 * The rows of an administration list as a table with a caption, scrolling sideways on a narrow screen;
 * with no rows, the sentence `none` instead.
 */
export function DataTable<Row>({
  rows,
  rowKey,
  caption,
  none,
  columns,
}: {
  rows: Row[];
  rowKey: (row: Row) => string;
  caption: string;
  none: string;
  columns: Column<Row>[];
}) {
  if (rows.length === 0) return <Paragraph>{none}</Paragraph>;
  return (
    <ScrollTable zebra caption={caption}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((column) => (
              <TableCell key={column.header}>{column.cell(row)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
