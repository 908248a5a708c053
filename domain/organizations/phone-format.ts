/*
 * How a stored phone number is shown. Pure, so pages can use it in the browser too.
 */

/**
 * A Norwegian number (stored as its eight digits) grouped as Norwegians write it: mobile numbers
 * (starting with 4 or 9) as "412 34 567", others as "71 57 40 00". A number with a country code is shown as stored.
 */
export function formatPhone(phone: string): string {
  if (!/^\d{8}$/.test(phone)) return phone;
  return /^[49]/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 5)} ${phone.slice(5)}` : phone.replace(/(\d{2})(?=\d)/g, "$1 ");
}
