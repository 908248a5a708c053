import type { validation as source } from "../nb/validation";

export const validation = {
  "validation.required": "This field is required",
  "validation.invalid": "Invalid value",
  "validation.unknownField": "There is no such field, or it cannot be changed here",
  "validation.email": "Enter a valid email address, for example name@example.com",
  "validation.tooShort": "Must be at least {minimum} characters",
  "validation.tooLong": "Can be at most {maximum} characters",
  "validation.tooSmall": "Must be at least {minimum}",
  "validation.rateLimited": "Too many attempts. Try again in {minutes} minutes.",
  "validation.tooBig": "Can be at most {maximum}",
} as const satisfies Record<keyof typeof source, string>;
