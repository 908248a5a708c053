import type { organization as source } from "../nb/organization";

export const organization = {
  "organization.duplicateNumber": "This organisation number is already registered for {name}.",
  "validation.organizationNumber": "The organisation number must have 9 digits and be valid, for example 974 760 673",
  "validation.phone": "Enter a Norwegian phone number with 8 digits, or a foreign one with its country code, for example +46 8 123 456 78",
  "validation.postalCode": "The postcode must have 4 digits",
  "validation.website": "Enter a web address, for example https://laget.no",
  "validation.logoType": "The logo must be a PNG, JPEG or WebP image",
  "validation.logoTooLarge": "The logo can be at most 1 MB",
  "validation.wholeNumber": "Enter a whole number",
} satisfies Record<keyof typeof source, string>;
