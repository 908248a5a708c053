import type { home as source } from "../nb/home";

export const home = {
  "home.title": "ወለንታዊ ስራሕ ኣብ {municipality}",
  "home.lead": "Dugnad ንኮሙነ፣ ማሕበራትን ወለንተኛታትን ኣብ ሓደ ቦታ የራኽቦም፦ ንጥፈታት ርኸብ፣ ብኸመይ ክትሕግዝ ከም እትኽእል ፍለጥ፣ ኣብቲ ዘድሊ ድማ ብሓባር ስርሑ።",
  "home.forResidents.title": "ንነበርቲ",
  "home.forResidents.body": "ኣብ እትነብረሉ ከባቢ ንጥፈታትን ወለንታዊ ዕማማትን ብቋንቋኻ ርኸብ።",
  "home.forOrganizations.title": "ንማሕበራት",
  "home.forOrganizations.body": "ፕሮፋይልኩም ኣሐድሱ፣ ወለንተኛታት ኣኪቡ፣ ንድልየታት ኮሙነ ድማ ምላሽ ሃቡ።",
  "home.forMunicipality.title": "ንኮሙነ",
  "home.forMunicipality.body": "ወለንታዊ ማሕበራት ኣለሊ፣ ድልየታት ኣፍልጥ፣ ኣዳራሻትን መካይንን ኣለቅሕ፣ ኣብ ግዜ ቅልውላው ድማ ሰባት ኣተኣኻኽብ።",
  "home.forResidents.link": "ክለባትን ማሕበራትን ድለ",
  "home.forOrganizations.register": "ውድብኩም ኣመዝግቡ",
  "home.forOrganizations.mine": "ናብ ውድባትካ ኪድ",
  "home.forMunicipality.coordinate": "ናብ ካርታ ወለንታዊ ስራሕ ኪድ",
  "home.forMunicipality.signIn": "ከም ሰራሕተኛ ምምሕዳር ከተማ እቶ",
  "home.getStarted": "ጀምር፦ ተመዝገብ",
} as const satisfies Record<keyof typeof source, string>;
