import type { validation as source } from "../nb/validation";

export const validation = {
  "validation.required": "Meeshan waa in la buuxiyaa",
  "validation.invalid": "Qiimahan sax ma aha",
  "validation.unknownField": "Goobtan ma jirto, ama halkan laguma beddeli karo",
  "validation.email": "Qor cinwaan iimayl oo sax ah, tusaale ahaan magac@tusaale.no",
  "validation.tooShort": "Waa inuu noqdaa ugu yaraan {minimum} xaraf",
  "validation.tooLong": "Wuxuu noqon karaa ugu badnaan {maximum} xaraf",
  "validation.tooSmall": "Waa inuu noqdaa ugu yaraan {minimum}",
  "validation.rateLimited": "Isku day aad u badan. Mar kale isku day {minutes} daqiiqo kadib.",
  "validation.tooBig": "Wuxuu noqon karaa ugu badnaan {maximum}",
} as const satisfies Record<keyof typeof source, string>;
