import type { home as source } from "../nb/home";

export const home = {
  "home.title": "العمل التطوعي في {municipality}",
  "home.lead": "يجمع Dugnad البلدية والنوادي والجمعيات والمتطوعين في مكان واحد: ابحث عن الأنشطة، واعرف كيف يمكنك المساعدة، وتعاونوا على ما هو مطلوب.",
  "home.forResidents.title": "للسكان",
  "home.forResidents.body": "ابحث عن أنشطة ومهام تطوعية قريبة من مكان سكنك، بلغتك.",
  "home.forOrganizations.title": "للنوادي والجمعيات",
  "home.forOrganizations.body": "حدّثوا ملفكم التعريفي، واستقطبوا متطوعين، واستجيبوا لاحتياجات البلدية.",
  "home.forMunicipality.title": "للبلدية",
  "home.forMunicipality.body": "تعرّفوا على القطاع التطوعي، وأعلنوا عن الاحتياجات، وأعيروا القاعات والمركبات، واحشدوا الجهود وقت الأزمات.",
  "home.forResidents.link": "ابحث عن النوادي والجمعيات",
  "home.forOrganizations.register": "سجّلوا منظمتكم",
  "home.forOrganizations.mine": "انتقل إلى منظماتك",
  "home.forMunicipality.coordinate": "انتقل إلى خريطة القطاع التطوعي",
  "home.forMunicipality.signIn": "سجّل الدخول كموظف في البلدية",
  "home.getStarted": "ابدأ الآن: أنشئ حسابًا",
} as const satisfies Record<keyof typeof source, string>;
