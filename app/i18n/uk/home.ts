import type { home as source } from "../nb/home";

export const home = {
  "home.title": "Волонтерство в комуні {municipality}",
  "home.lead": "Dugnad об’єднує комуну, клуби, організації та волонтерів в одному місці: знаходьте заходи, дізнавайтеся, як можна допомогти, і співпрацюйте там, де це потрібно.",
  "home.forResidents.title": "Для мешканців",
  "home.forResidents.body": "Знаходьте заходи й волонтерські завдання поруч із домом, своєю мовою.",
  "home.forOrganizations.title": "Для клубів та організацій",
  "home.forOrganizations.body": "Оновлюйте профіль, залучайте волонтерів і відповідайте на потреби комуни.",
  "home.forMunicipality.title": "Для комуни",
  "home.forMunicipality.body": "Дізнавайтеся, хто і чим займається у волонтерському секторі, повідомляйте про потреби, надавайте приміщення й транспорт і мобілізуйте людей під час кризи.",
  "home.forResidents.link": "Знайти клуби та об’єднання",
  "home.forOrganizations.register": "Зареєструйте свою організацію",
  "home.forOrganizations.mine": "До ваших організацій",
  "home.forMunicipality.coordinate": "До карти волонтерського сектору",
  "home.forMunicipality.signIn": "Увійти як працівник муніципалітету",
  "home.getStarted": "Почніть: зареєструйтеся",
} as const satisfies Record<keyof typeof source, string>;
