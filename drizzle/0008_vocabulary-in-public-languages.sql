-- Names of the shared vocabulary in the public languages beyond bokmål, nynorsk and English, so residents
-- reading Arabic, Ukrainian, Polish, Somali or Tigrinya see the categories, target groups and competences in
-- their own language. A municipality's own terms keep the three names the coordinator gives them.
UPDATE "icnpo_category" AS c SET "name" = c."name" || v."names"::jsonb
FROM (VALUES
('1', '{"ar": "الثقافة والترفيه", "uk": "Культура і дозвілля", "pl": "Kultura i rekreacja", "so": "Dhaqanka iyo madadaalada", "ti": "ባህልን ምዝንጋዕን"}'),
('1.1', '{"ar": "الثقافة والفنون", "uk": "Культура і мистецтво", "pl": "Kultura i sztuka", "so": "Dhaqanka iyo fanka", "ti": "ባህልን ስነ-ጥበብን"}'),
('1.2', '{"ar": "الرياضة", "uk": "Спорт", "pl": "Sport", "so": "Isboorti", "ti": "ስፖርት"}'),
('1.3', '{"ar": "الترفيه والنوادي الاجتماعية", "uk": "Відпочинок і громадські клуби", "pl": "Rekreacja i kluby towarzyskie", "so": "Madadaalo iyo naadiyo bulsho", "ti": "ምዝንጋዕን ማሕበራዊ ክለባትን"}'),
('2', '{"ar": "التعليم والبحث", "uk": "Освіта і дослідження", "pl": "Edukacja i badania", "so": "Waxbarasho iyo cilmi-baaris", "ti": "ትምህርትን መጽናዕትን"}'),
('2.1', '{"ar": "التعليم الابتدائي والثانوي", "uk": "Початкова та середня освіта", "pl": "Szkolnictwo podstawowe i średnie", "so": "Waxbarashada hoose iyo dugsiga sare", "ti": "መባእታን ካልኣይ ደረጃን ትምህርቲ"}'),
('2.2', '{"ar": "التعليم العالي", "uk": "Вища освіта", "pl": "Szkolnictwo wyższe", "so": "Waxbarashada jaamacadda", "ti": "ላዕለዋይ ትምህርቲ"}'),
('2.3', '{"ar": "تعليم آخر", "uk": "Інша освіта", "pl": "Inna edukacja", "so": "Waxbarasho kale", "ti": "ካልእ ትምህርቲ"}'),
('2.4', '{"ar": "البحث العلمي", "uk": "Дослідження", "pl": "Badania naukowe", "so": "Cilmi-baaris", "ti": "መጽናዕቲ"}'),
('3', '{"ar": "الصحة", "uk": "Охорона здоров''я", "pl": "Zdrowie", "so": "Caafimaad", "ti": "ጥዕና"}'),
('3.1', '{"ar": "المستشفيات وإعادة التأهيل", "uk": "Лікарні та реабілітація", "pl": "Szpitale i rehabilitacja", "so": "Isbitaalada iyo baxnaaninta", "ti": "ሆስፒታላትን ተሃድሶን"}'),
('3.2', '{"ar": "دور الرعاية", "uk": "Будинки догляду", "pl": "Domy opieki", "so": "Guryaha daryeelka", "ti": "መዕቆቢ ኣረጋውያን"}'),
('3.3', '{"ar": "الصحة النفسية والتدخل في الأزمات", "uk": "Психічне здоров''я та кризова допомога", "pl": "Zdrowie psychiczne i interwencja kryzysowa", "so": "Caafimaadka maskaxda iyo gargaarka xaaladaha adag", "ti": "ኣእምሮኣዊ ጥዕናን ሓገዝ ቅልውላውን"}'),
('3.4', '{"ar": "خدمات صحية أخرى", "uk": "Інші медичні послуги", "pl": "Inne usługi zdrowotne", "so": "Adeegyo caafimaad oo kale", "ti": "ካልኦት ኣገልግሎታት ጥዕና"}'),
('4', '{"ar": "الخدمات الاجتماعية", "uk": "Соціальні послуги", "pl": "Usługi socjalne", "so": "Adeegyada bulshada", "ti": "ማሕበራዊ ኣገልግሎታት"}'),
('4.1', '{"ar": "الخدمات الاجتماعية", "uk": "Соціальні послуги", "pl": "Usługi socjalne", "so": "Adeegyada bulshada", "ti": "ማሕበራዊ ኣገልግሎታት"}'),
('4.2', '{"ar": "الإغاثة والطوارئ", "uk": "Надзвичайна та гуманітарна допомога", "pl": "Pomoc kryzysowa i humanitarna", "so": "Gargaarka degdegga iyo masiibooyinka", "ti": "ህጹጽ ሓገዝን ረድኤትን"}'),
('4.3', '{"ar": "دعم الدخل والمساعدة المالية", "uk": "Підтримка доходу та фінансова допомога", "pl": "Wsparcie dochodu i pomoc finansowa", "so": "Taageerada dakhliga iyo gargaarka dhaqaale", "ti": "ደገፍ እቶትን ቁጠባዊ ሓገዝን"}'),
('5', '{"ar": "البيئة", "uk": "Довкілля", "pl": "Środowisko", "so": "Deegaanka", "ti": "ከባቢ"}'),
('5.1', '{"ar": "حماية الطبيعة والبيئة", "uk": "Охорона природи і довкілля", "pl": "Ochrona przyrody i środowiska", "so": "Ilaalinta dabeecadda iyo deegaanka", "ti": "ሓለዋ ተፈጥሮን ከባቢን"}'),
('5.2', '{"ar": "حماية الحيوان", "uk": "Захист тварин", "pl": "Ochrona zwierząt", "so": "Ilaalinta xayawaanka", "ti": "ሓለዋ እንስሳ"}'),
('6', '{"ar": "تنمية المجتمع المحلي والإسكان", "uk": "Розвиток громади та житло", "pl": "Rozwój społeczności i mieszkalnictwo", "so": "Horumarinta bulshada iyo guryaha", "ti": "ምዕባለ ማሕበረሰብን መንበሪ ገዛን"}'),
('6.1', '{"ar": "التنمية الاقتصادية والاجتماعية والمحلية", "uk": "Економічний, соціальний і громадський розвиток", "pl": "Rozwój gospodarczy, społeczny i lokalny", "so": "Horumarinta dhaqaalaha, bulshada iyo deegaanka", "ti": "ቁጠባዊ፡ ማሕበራዊን ናይ ማሕበረሰብን ምዕባለ"}'),
('6.2', '{"ar": "الإسكان", "uk": "Житло", "pl": "Mieszkalnictwo", "so": "Guryaha", "ti": "መንበሪ ገዛ"}'),
('6.3', '{"ar": "العمل والتدريب", "uk": "Працевлаштування та навчання", "pl": "Zatrudnienie i szkolenia", "so": "Shaqo iyo tababar", "ti": "ስራሕን ስልጠናን"}'),
('7', '{"ar": "السياسة والمناصرة", "uk": "Політика та правозахист", "pl": "Polityka i rzecznictwo", "so": "Siyaasadda iyo u doodista", "ti": "ፖለቲካን ምጥባቕ ረብሓን"}'),
('7.1', '{"ar": "منظمات المناصرة وجماعات المصالح", "uk": "Громадські та правозахисні організації", "pl": "Organizacje obywatelskie i rzecznicze", "so": "Ururada u doodista iyo danaha", "ti": "ውድባት ምጥባቕ ረብሓ"}'),
('7.2', '{"ar": "المساعدة والخدمات القانونية", "uk": "Правова допомога та юридичні послуги", "pl": "Pomoc prawna i usługi prawne", "so": "Gargaarka iyo adeegyada sharciga", "ti": "ሕጋዊ ሓገዝን ኣገልግሎታት ሕግን"}'),
('7.3', '{"ar": "الأحزاب والمنظمات السياسية", "uk": "Політичні партії та організації", "pl": "Partie i organizacje polityczne", "so": "Xisbiyada iyo ururada siyaasadda", "ti": "ፖለቲካዊ ሰልፍታትን ውድባትን"}'),
('8', '{"ar": "المؤسسات الخيرية وتعزيز العمل التطوعي", "uk": "Фонди та сприяння волонтерству", "pl": "Fundacje i wspieranie wolontariatu", "so": "Hay''adaha samafalka iyo horumarinta iskaa-wax-u-qabsiga", "ti": "ፋውንዴሽናትን ምትብባዕ ወለንታዊ ስራሕን"}'),
('8.1', '{"ar": "المؤسسات المانحة", "uk": "Грантодавчі фонди", "pl": "Fundacje grantodawcze", "so": "Hay''adaha deeqaha bixiya", "ti": "ሓገዝ ገንዘብ ዝህባ ፋውንዴሽናት"}'),
('8.2', '{"ar": "مراكز التطوع وجمع التبرعات", "uk": "Волонтерські центри та збір коштів", "pl": "Centra wolontariatu i zbiórki", "so": "Xarumaha iskaa-wax-u-qabsiga iyo ururinta deeqaha", "ti": "ማእከላት ወለንታውያንን ምእካብ ሓገዝን"}'),
('9', '{"ar": "المنظمات الدولية", "uk": "Міжнародні організації", "pl": "Organizacje międzynarodowe", "so": "Ururada caalamiga ah", "ti": "ዓለምለኻዊ ውድባት"}'),
('9.1', '{"ar": "العمل الدولي والمساعدات", "uk": "Міжнародна діяльність і допомога", "pl": "Działalność międzynarodowa i pomoc", "so": "Hawlaha caalamiga ah iyo gargaarka", "ti": "ዓለምለኻዊ ስራሕን ረድኤትን"}'),
('10', '{"ar": "الدين والمعتقد", "uk": "Релігія та світогляд", "pl": "Religia i światopogląd", "so": "Diinta iyo caqiidada", "ti": "ሃይማኖትን እምነትን"}'),
('10.1', '{"ar": "الجماعات الدينية وجمعيات المعتقد", "uk": "Релігійні та світоглядні громади", "pl": "Wspólnoty religijne i światopoglądowe", "so": "Bulshooyinka diinta iyo caqiidada", "ti": "ሃይማኖታውን እምነታውን ማሕበረሰባት"}'),
('11', '{"ar": "منظمات العمل والمهن والأعمال", "uk": "Професійні, бізнесові організації та профспілки", "pl": "Organizacje zawodowe, gospodarcze i związki zawodowe", "so": "Ururada shaqada, xirfadaha iyo ganacsiga", "ti": "ውድባት ስራሕ፡ ሞያን ንግድን"}'),
('11.1', '{"ar": "منظمات الأعمال وأصحاب العمل", "uk": "Бізнесові організації та об''єднання роботодавців", "pl": "Organizacje gospodarcze i pracodawców", "so": "Ururada ganacsiga iyo loo-shaqeeyayaasha", "ti": "ውድባት ንግድን ወሃብቲ ስራሕን"}'),
('11.2', '{"ar": "المنظمات المهنية", "uk": "Професійні асоціації", "pl": "Stowarzyszenia zawodowe", "so": "Ururada xirfadlayaasha", "ti": "ሞያዊ ማሕበራት"}'),
('11.3', '{"ar": "النقابات العمالية", "uk": "Профспілки", "pl": "Związki zawodowe", "so": "Ururada shaqaalaha", "ti": "ማሕበራት ሰራሕተኛታት"}'),
('12', '{"ar": "أخرى", "uk": "Інше", "pl": "Inne", "so": "Kuwo kale", "ti": "ካልኦት"}'),
('12.1', '{"ar": "منظمات أخرى", "uk": "Інші організації", "pl": "Inne organizacje", "so": "Ururo kale", "ti": "ካልኦት ውድባት"}')
) AS v("code", "names")
WHERE c."code" = v."code";
--> statement-breakpoint
UPDATE "target_group" AS t SET "name" = t."name" || v."names"::jsonb
FROM (VALUES
('children-youth', '{"ar": "الأطفال والشباب", "uk": "Діти та молодь", "pl": "Dzieci i młodzież", "so": "Carruurta iyo dhallinyarada", "ti": "ቆልዑን መንእሰያትን"}'),
('elderly', '{"ar": "كبار السن", "uk": "Літні люди", "pl": "Osoby starsze", "so": "Dadka waayeelka ah", "ti": "ኣረጋውያን"}'),
('living-alone', '{"ar": "الأشخاص الذين يعيشون بمفردهم", "uk": "Люди, які живуть самі", "pl": "Osoby mieszkające samotnie", "so": "Dadka keligood nool", "ti": "ብሕቶም ዝነብሩ ሰባት"}'),
('refugees-immigrants', '{"ar": "اللاجئون والمهاجرون", "uk": "Біженці та іммігранти", "pl": "Uchodźcy i imigranci", "so": "Qaxootiga iyo soo-galootiga", "ti": "ስደተኛታትን ኢሚግራንትን"}'),
('disabilities', '{"ar": "الأشخاص ذوو الإعاقة", "uk": "Люди з інвалідністю", "pl": "Osoby z niepełnosprawnościami", "so": "Dadka naafonimada qaba", "ti": "ሰባት ምስ ስንክልና"}'),
('low-income-families', '{"ar": "الأسر ذات الدخل المنخفض", "uk": "Сім''ї з низьким доходом", "pl": "Rodziny o niskich dochodach", "so": "Qoysaska dakhligoodu hooseeyo", "ti": "ትሑት እቶት ዘለዎም ስድራቤታት"}'),
('homeless', '{"ar": "الأشخاص بلا مأوى", "uk": "Люди без житла", "pl": "Osoby w kryzysie bezdomności", "so": "Dadka aan hoy lahayn", "ti": "መንበሪ ገዛ ዘይብሎም ሰባት"}'),
('substance-problems', '{"ar": "الأشخاص الذين يعانون من الإدمان", "uk": "Люди із залежностями", "pl": "Osoby z problemem uzależnień", "so": "Dadka dhibaatada maandooriyaha qaba", "ti": "ጸገም ሱስ ዘለዎም ሰባት"}'),
('others', '{"ar": "آخرون", "uk": "Інші", "pl": "Inni", "so": "Kuwo kale", "ti": "ካልኦት"}')
) AS v("code", "names")
WHERE t."municipality_id" IS NULL AND t."code" = v."code";
--> statement-breakpoint
UPDATE "competence" AS c SET "name" = c."name" || v."names"::jsonb
FROM (VALUES
('first-aid', '{"ar": "الإسعافات الأولية", "uk": "Перша допомога", "pl": "Pierwsza pomoc", "so": "Gargaarka degdegga ah", "ti": "ቀዳማይ ረድኤት"}'),
('transport', '{"ar": "النقل", "uk": "Транспорт", "pl": "Transport", "so": "Gaadiid", "ti": "መጓዓዝያ"}'),
('interpreting', '{"ar": "الترجمة الفورية", "uk": "Усний переклад", "pl": "Tłumaczenie ustne", "so": "Turjumaad", "ti": "ትርጉም ዘረባ"}'),
('cooking', '{"ar": "الطبخ", "uk": "Приготування їжі", "pl": "Gotowanie", "so": "Karinta cuntada", "ti": "ምድላው መግቢ"}'),
('digital-help', '{"ar": "المساعدة الرقمية", "uk": "Цифрова допомога", "pl": "Pomoc cyfrowa", "so": "Caawimaad dhijitaal ah", "ti": "ዲጂታላዊ ሓገዝ"}'),
('homework-help', '{"ar": "المساعدة في الواجبات المدرسية", "uk": "Допомога з домашніми завданнями", "pl": "Pomoc w odrabianiu lekcji", "so": "Caawinta casharrada guriga", "ti": "ሓገዝ ዕዮ-ገዛ"}'),
('visiting-friend', '{"ar": "صديق زائر", "uk": "Друг-відвідувач", "pl": "Wolontariusz odwiedzający", "so": "Saaxiib booqde ah", "ti": "በጻሒ ዓርኪ"}'),
('activity-leader', '{"ar": "قائد أنشطة", "uk": "Керівник заходів", "pl": "Prowadzący zajęcia", "so": "Hoggaamiyaha hawlaha", "ti": "መራሒ ንጥፈታት"}'),
('psychosocial-support', '{"ar": "الدعم النفسي والاجتماعي", "uk": "Психосоціальна підтримка", "pl": "Wsparcie psychospołeczne", "so": "Taageero nafsi iyo bulsho", "ti": "ስነ-ኣእምሮኣውን ማሕበራውን ደገፍ"}'),
('language-practice', '{"ar": "التدرب على اللغة", "uk": "Мовна практика", "pl": "Praktyka językowa", "so": "Ku celcelinta luqadda", "ti": "ልምምድ ቋንቋ"}'),
('search-rescue', '{"ar": "البحث والإنقاذ", "uk": "Пошук і рятування", "pl": "Poszukiwania i ratownictwo", "so": "Baadhitaan iyo samatabbixin", "ti": "ምድላይን ምድሓንን"}'),
('logistics', '{"ar": "التخزين والخدمات اللوجستية", "uk": "Склад і логістика", "pl": "Magazyn i logistyka", "so": "Kaydinta iyo saadka", "ti": "መኽዝንን ሎጂስቲክስን"}'),
('childcare', '{"ar": "رعاية الأطفال", "uk": "Догляд за дітьми", "pl": "Opieka nad dziećmi", "so": "Daryeelka carruurta", "ti": "ክንክን ቆልዑ"}'),
('guiding', '{"ar": "المرافقة والإرشاد", "uk": "Супровід і консультування", "pl": "Towarzyszenie i doradztwo", "so": "Raacid iyo hagid", "ti": "ምስናይን ምምኻርን"}')
) AS v("code", "names")
WHERE c."municipality_id" IS NULL AND c."code" = v."code";
