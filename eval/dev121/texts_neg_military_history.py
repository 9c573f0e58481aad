"""dev121 hard negatives (4 of 6): the military without violence (exercises, weapons tests, arms
deals, budgets, recruitment, deployments in peacetime) and anniversaries, memorials, war graves
and old bombs (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Russia and Belarus begin Zapad-2025 drills as NATO neighbours watch",
        "MINSK — Russia and Belarus launched their joint Zapad-2025 military exercises on "
        "Friday, with troops practising the use of nuclear weapons and the planning of "
        "Oreshnik missile launches, the Belarusian defence ministry said. Poland closed its "
        "border with Belarus for the duration of the drills.",
        "military",
    ),
    (
        "North Korea fires several ballistic missiles into East Sea, JCS says",
        "SEOUL, May 8 (Yonhap) -- North Korea fired several short-range ballistic missiles "
        "into the East Sea on Thursday, South Korea's Joint Chiefs of Staff said, in the "
        "North's first such launch in two months. The missiles flew about 800 km before "
        "falling into the sea.",
        "military",
    ),
    (
        "DRDO successfully flight-tests Agni-5 from Odisha coast",
        "NEW DELHI: India successfully test-fired the nuclear-capable Agni-5 "
        "intermediate-range ballistic missile from the Integrated Test Range in Chandipur on "
        "Wednesday, the Ministry of Defence said. The launch validated all operational and "
        "technical parameters, it said.",
        "military",
    ),
    (
        "Poland signs $6.5 billion deal for 180 more K2 tanks",
        "WARSAW — Poland signed a contract worth about $6.5 billion with South Korea's "
        "Hyundai Rotem on Friday for 180 more K2 tanks, part of which will be built in "
        "Poland, Defence Minister Wladyslaw Kosiniak-Kamysz said. It is the largest arms "
        "export deal in South Korea's history.",
        "military",
    ),
    (
        "Ukraine signs letter of intent to buy up to 150 Gripen fighter jets",
        "LINKOPING, Sweden — Ukraine signed a letter of intent on Wednesday to buy between "
        "100 and 150 Swedish Gripen E fighter jets, President Volodymyr Zelensky said during "
        "a visit to the Saab plant, adding that the first aircraft could arrive within three "
        "years. Financing has yet to be agreed.",
        "military",
    ),
    (
        "NATO allies agree to spend 5% of GDP on defence by 2035",
        "THE HAGUE — NATO leaders agreed on Wednesday to raise their defence spending "
        "target to 5% of gross domestic product by 2035, a summit declaration said, with "
        "3.5% on core military needs and the rest on security-related infrastructure. Spain "
        "said it would not meet the target.",
        "military",
    ),
    (
        "Bundestag approves new military service law to boost troop numbers",
        "BERLIN — Germany's parliament on Friday approved a new military service law under "
        "which all 18-year-old men will have to fill in a questionnaire on their fitness and "
        "willingness to serve, as the government aims to expand the Bundeswehr to 260,000 "
        "troops. Compulsory service could be introduced if too few volunteer.",
        "military",
    ),
    (
        "Talisman Sabre drills bring 35,000 troops to Australia",
        "SYDNEY — More than 35,000 troops from 19 countries began the Talisman Sabre "
        "exercise across Australia on Sunday, the largest edition of the biennial drills. "
        "The US Army will fire a Typhon missile launcher on Australian soil for the first "
        "time, and marines will rehearse amphibious landings in Queensland.",
        "military",
    ),
    (
        "Türkiye unveils 'Steel Dome' integrated air defence system",
        "ANKARA — Türkiye on Wednesday delivered the first 47 vehicles of its Steel Dome "
        "integrated air defence system to the armed forces at a ceremony attended by "
        "President Recep Tayyip Erdogan. He said the project would make Turkish skies "
        "“impenetrable” and cut the country's dependence on foreign suppliers.",
        "military",
    ),
    (
        "US, Saudi Arabia sign arms sales agreement worth nearly $142 billion",
        "RIYADH — The United States and Saudi Arabia signed an arms sales agreement worth "
        "nearly $142 billion on Tuesday during President Donald Trump's visit to the kingdom, "
        "the White House said. The package covers air and missile defence, air force "
        "modernisation and maritime security.",
        "military",
    ),
    (
        "Navy takes delivery of first littoral mission ship built in Türkiye",
        "ISTANBUL, Oct 10 (Bernama) -- The Royal Malaysian Navy took delivery of its first "
        "Littoral Mission Ship Batch 2 at a shipyard in Istanbul today, Defence Minister "
        "Datuk Seri Mohamed Khaled Nordin said. The vessel is expected to arrive in Lumut "
        "early next year.",
        "military",
    ),
    (
        "Rheinmetall opens Europe's largest ammunition plant in Unterlüß",
        "UNTERLUESS, Germany — Rheinmetall opened a new artillery shell factory in Lower "
        "Saxony on Wednesday that will produce 350,000 rounds a year by 2027, making it the "
        "largest such plant in Europe. NATO Secretary General Mark Rutte attended the "
        "opening.",
        "military",
    ),
    (
        "Japan to deploy long-range missiles at Kumamoto base from March",
        "TOKYO — Japan will deploy upgraded Type-12 surface-to-ship missiles with a range "
        "of about 1,000 km at a Ground Self-Defense Force camp in Kumamoto from March, the "
        "defence ministry said on Friday. They will be the first of the long-range "
        "“counterstrike” weapons the government decided to acquire in 2022. China called "
        "the plan provocative.",
        "military",
    ),
    (
        "Britain marks 80 years since VE Day with flypast over Buckingham Palace",
        "LONDON — The Red Arrows and a Lancaster bomber flew over Buckingham Palace on "
        "Monday as the royal family led commemorations marking 80 years since Victory in "
        "Europe Day, after a procession of troops along The Mall. A handful of World War "
        "Two veterans watched from the stands.",
        "history",
    ),
    (
        "Hiroshima rings peace bell on 80th anniversary of atomic bombing",
        "HIROSHIMA — Tens of thousands of people gathered at the Peace Memorial Park on "
        "Wednesday to mark the 80th anniversary of the atomic bombing, observing a minute "
        "of silence at 8:15, the moment the bomb exploded over the city. Mayor Kazumi "
        "Matsui warned against the idea that nuclear weapons keep the peace.",
        "history",
    ),
    (
        "Srebrenica buries seven more victims on 30th anniversary of genocide",
        "POTOCARI, Bosnia — Thousands of mourners gathered at the memorial centre in "
        "Potocari on Friday to bury the remains of seven more victims of the 1995 Srebrenica "
        "genocide, on the 30th anniversary of the killings. The remains were identified "
        "from bones found in mass graves. More than 6,900 victims are now buried at the "
        "centre.",
        "history",
    ),
    (
        "Rwanda begins 100 days of mourning for genocide victims",
        "KIGALI — President Paul Kagame lit the flame of remembrance at the Kigali Genocide "
        "Memorial on Monday, starting the 31st commemoration of the 1994 genocide against the "
        "Tutsi. More than 800,000 people were killed in 100 days.",
        "history",
    ),
    (
        "Families gather at Nova festival site two years after October 7 attack",
        "RE'IM, Israel — Hundreds of relatives gathered at the site of the Nova music "
        "festival at dawn on Tuesday, at the hour the Hamas-led attack began two years ago, "
        "to read the names of the 364 people killed there. A memorial ceremony followed at "
        "nearby Kibbutz Re'im.",
        "history",
    ),
    (
        "Dresden evacuates 10,000 to defuse WWII bomb found near Carolabrücke",
        "DRESDEN — About 10,000 people were evacuated from Dresden's old town on Wednesday "
        "as experts defused a 250-kilogram British aircraft bomb from World War II, police "
        "said. The bomb was found during demolition work on the collapsed Carolabrücke "
        "bridge.",
        "history",
    ),
    (
        "China stages military parade marking 80 years since end of WWII",
        "BEIJING, Sept 3 (Xinhua) -- China held a grand military parade in Tiananmen Square "
        "on Wednesday to commemorate the 80th anniversary of the victory of the Chinese "
        "People's War of Resistance Against Japanese Aggression and the World Anti-Fascist "
        "War. President Xi Jinping reviewed the troops, and new missiles and drones were "
        "displayed for the first time.",
        "history",
    ),
    (
        "Spain exhumes Civil War mass grave in Valladolid cemetery",
        "MADRID (EFE).- Forensic teams have recovered the remains of 63 people from a mass "
        "grave in Valladolid's El Carmen cemetery, victims of Francoist repression shot in "
        "1936, the regional memory association said on Tuesday. DNA samples will be "
        "compared with those of relatives.",
        "history",
    ),
    (
        "Remains of 30 Korean War soldiers returned from China",
        "SEOUL — The remains of 30 Chinese soldiers killed in the 1950-53 Korean War were "
        "handed over to China at Incheon airport on Thursday in an annual ceremony, South "
        "Korea's defence ministry said, bringing the total returned since 2014 to 1,011.",
        "history",
    ),
    (
        "Tinubu lays wreath as Nigeria marks Armed Forces Remembrance Day",
        "ABUJA — President Bola Tinubu laid a wreath at the National Arcade in Abuja on "
        "Wednesday to honour fallen soldiers as Nigeria marked Armed Forces Remembrance Day. "
        "He also released white pigeons as a symbol of peace, Premium Times reports.",
        "history",
    ),
    (
        "Algeria marks 80 years since Sétif massacres",
        "ALGIERS — Algeria held ceremonies on Thursday in Sétif, Guelma and Kherrata to "
        "mark the 80th anniversary of the May 1945 massacres by French colonial forces. "
        "President Abdelmadjid Tebboune called on France to acknowledge its crimes.",
        "history",
    ),
]
