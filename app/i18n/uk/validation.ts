import type { validation as source } from "../nb/validation";

export const validation = {
  "validation.required": "Це поле обов’язкове",
  "validation.invalid": "Неправильне значення",
  "validation.unknownField": "Такого поля немає, або його не можна змінити тут",
  "validation.email": "Введіть правильну адресу електронної пошти, наприклад name@example.com",
  "validation.tooShort": "Кількість символів: щонайменше {minimum}",
  "validation.tooLong": "Кількість символів: щонайбільше {maximum}",
  "validation.tooSmall": "Має бути щонайменше {minimum}",
  "validation.rateLimited": "Забагато спроб. Спробуйте ще раз через {minutes} хв.",
  "validation.tooBig": "Може бути щонайбільше {maximum}",
} as const satisfies Record<keyof typeof source, string>;
