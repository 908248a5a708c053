import type { ShouldRevalidateFunctionArgs } from "react-router";

/** A page's `shouldRevalidate` when its forms answer with goneOrFailure (forms.server): its 404 reads the page again. */
export function readAgainAfterGone({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs): boolean {
  return actionStatus === 404 || defaultShouldRevalidate;
}
