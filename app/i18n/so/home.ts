import type { home as source } from "../nb/home";

export const home = {
  "home.title": "Shaqada tabarruca ee {municipality}",
  "home.lead": "Dugnad waxay hal meel isugu keentaa degmada, kooxaha iyo ururrada, iyo dadka tabarruca: hel hawlo, ogow sida aad u caawin karto, oo ka wada shaqeeya waxa loo baahan yahay.",
  "home.forResidents.title": "Dadka deegaanka",
  "home.forResidents.body": "Hel hawlo iyo shaqooyin tabarruc ah oo u dhow meesha aad deggan tahay, adigoo isticmaalaya luqaddaada.",
  "home.forOrganizations.title": "Kooxaha iyo ururrada",
  "home.forOrganizations.body": "Cusboonaysiiya bogga ururkiinna, hela dad tabarruca, kana jawaaba baahiyaha degmada.",
  "home.forMunicipality.title": "Degmada",
  "home.forMunicipality.body": "Ogow ururrada tabarruca, soo bandhig baahiyaha, amaahi qolal iyo baabuur, oo dadka isu abaabul xilliga xaaladda degdegga ah.",
  "home.forResidents.link": "Hel kooxaha iyo ururada",
  "home.forOrganizations.register": "Diiwaan geliya ururkiinna",
  "home.forOrganizations.mine": "U gudub ururadaada",
  "home.forMunicipality.coordinate": "U gudub khariidadda iskaa-wax-u-qabsiga",
  "home.forMunicipality.signIn": "Gal adigoo ah shaqaale degmada",
  "home.getStarted": "Bilow: is diiwaangeli",
} as const satisfies Record<keyof typeof source, string>;
