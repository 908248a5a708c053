import { data } from "react-router";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
