import type { validation as source } from "../nb/validation";

export const validation = {
  "validation.required": "هذا الحقل مطلوب",
  "validation.invalid": "قيمة غير صالحة",
  "validation.unknownField": "هذا الحقل غير موجود، أو لا يمكن تغييره هنا",
  "validation.email": "اكتب عنوان بريد إلكتروني صالحًا، مثل name@example.com",
  "validation.tooShort": "يجب ألا يقل عن {minimum} حرفًا",
  "validation.tooLong": "يجب ألا يزيد على {maximum} حرفًا",
  "validation.tooSmall": "يجب ألا يقل عن {minimum}",
  "validation.rateLimited": "محاولات كثيرة جدًا. حاول مرة أخرى بعد {minutes} دقيقة.",
  "validation.tooBig": "يجب ألا يزيد على {maximum}",
} as const satisfies Record<keyof typeof source, string>;
