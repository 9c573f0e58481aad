"""dev125 positives (1 of 2): first alerts and live entries that report current organised violence
on the Ukraine/Russia, Middle East, Red Sea and Black Sea desks (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Explosions heard in Kyiv as air force warns of ballistic missiles",
        "Explosions rang out over Kyiv shortly after 04:00 on Tuesday as the air force warned "
        "of ballistic missiles heading for the capital. Mayor Vitali Klitschko reported fires "
        "in the Darnytskyi and Solomianskyi districts and said medics were on their way. This "
        "is a developing story.",
        "E",
        "missile strike",
    ),
    (
        "UPDATE 2-Russian glide bombs hit Zaporizhzhia industrial district, kill 3, governor says",
        "(Adds details from rescue service, updates toll) KYIV, Nov 8 (Reuters) - Russian guided "
        "aerial bombs struck an industrial district of Zaporizhzhia on Friday, killing three "
        "people and wounding 14, regional governor Ivan Fedorov said on Telegram.",
        "E",
        "glide bomb strike",
    ),
    (
        "Russia says its forces are repelling Ukrainian cross-border attack in Kursk region",
        "Russia's Defence Ministry says its troops are fighting about 300 Ukrainian soldiers "
        "backed by 11 tanks who crossed the border near Sudzha. Acting Kursk governor Alexei "
        "Smirnov says border villages are being evacuated. Kyiv has not commented.",
        "B M D",
        "incursion",
    ),
    (
        "Live: Guided bombs hit Kharkiv hypermarket with shoppers inside",
        "16:52 Two guided bombs have hit a DIY hypermarket in Kharkiv where about 200 people "
        "were shopping on Saturday afternoon, Governor Oleh Syniehubov says. At least two are "
        "confirmed dead and dozens are unaccounted for; the building is still burning.",
        "E V",
        "airstrike",
    ),
    (
        "Russian troops in the outskirts of Pokrovsk, Ukrainian brigade says",
        "Small Russian assault groups have pushed into the southern outskirts of Pokrovsk and "
        "are fighting in residential blocks, a spokesman for a Ukrainian brigade defending the "
        "town told the Kyiv Independent on Thursday. Ukrainian forces are trying to cut off "
        "the infiltrators, he said.",
        "B",
        "battle",
    ),
    (
        "Ballistic missiles strike Sumy centre as residents gather for church holiday",
        "Two Russian ballistic missiles hit central Sumy as people walked to church on Sunday "
        "morning, killing at least 21, the emergency service says. The toll is expected to "
        "rise.",
        "E V",
        "missile strike",
    ),
    (
        "Donetsk region orders forced evacuation of children from 11 frontline settlements",
        "Ukrainian authorities ordered the mandatory evacuation of families with children from "
        "11 towns and villages around Kostiantynivka on Friday as Russian shelling and drone "
        "attacks on the area intensified, the regional military administration said.",
        "E D",
        "evacuation under fire",
    ),
    (
        "Sirens in Haifa as IDF says projectiles crossed from Lebanon",
        "Rocket sirens sounded in Haifa and the Krayot at 15:12, and the IDF says five "
        "projectiles were identified crossing from Lebanon, some of them intercepted. Magen "
        "David Adom says it has no reports of injuries at this stage.",
        "E",
        "rocket fire",
    ),
    (
        "BREAKING: Pagers explode across Lebanon, hundreds wounded, security source says",
        "Hundreds of people, among them Hezbollah fighters and medics, were wounded on Tuesday "
        "when the pagers they carried exploded almost at the same moment across Lebanon, a "
        "security source told Reuters. The health ministry asked all medical staff to report to "
        "their hospitals. More to follow.",
        "E",
        "sabotage attack",
    ),
    (
        "Thousands flee south Lebanon as Israel's heaviest strikes in a year kill 274",
        "Cars piled with mattresses jammed the highway from Tyre to Beirut on Monday as "
        "Israeli jets pounded southern Lebanon and the Bekaa. The health ministry said at "
        "least 274 people were killed; Israel said it hit 800 Hezbollah targets.",
        "E M D",
        "air campaign",
    ),
    (
        "Strikes on tents in al-Mawasi kill at least 19, Gaza Civil Defence says",
        "At least 19 Palestinians, including children, were killed before dawn on Tuesday when "
        "Israeli strikes hit tents sheltering displaced families in al-Mawasi, the coastal strip "
        "Israel had declared a humanitarian zone, Gaza's Civil Defence said. Rescuers were "
        "digging in the sand for the missing.",
        "E V D",
        "airstrike",
    ),
    (
        "Dozens killed as crowds wait for food near Rafah distribution point, Gaza ministry says",
        "At least 31 people were killed and more than 170 wounded when Israeli forces opened fire "
        "on crowds waiting for food near an aid distribution site in Rafah early on Sunday, "
        "Gaza's health ministry said. The Israeli military said it was looking into the "
        "reports.",
        "V H",
        "shooting at aid site",
    ),
    (
        "World Central Kitchen staff killed in strike on Gaza convoy",
        "Seven staff of World Central Kitchen, among them citizens of Britain, Poland and "
        "Australia, were killed when their clearly marked convoy was hit in Deir al-Balah after "
        "unloading food brought in by sea, the charity said on Tuesday. It is pausing its work "
        "in the region immediately.",
        "E V H",
        "attack on aid workers",
    ),
    (
        "Settlers torch homes and cars in West Bank village, Palestinian officials say",
        "Dozens of Israeli settlers stormed the village of al-Mughayyir east of Ramallah on "
        "Saturday, setting fire to four homes and a dozen cars, the Palestinian Authority said. "
        "A 25-year-old man was shot dead, the health ministry said; the Israeli army said "
        "troops had been sent to the scene.",
        "V",
        "settler attack",
    ),
    (
        "Israeli army launches large-scale military operation in occupied West Bank's Jenin",
        "JENIN, West Bank (AA) - The Israeli army launched a large-scale military operation in "
        "the city of Jenin and its refugee camp on Wednesday, with a drone strike killing "
        "three Palestinians, the Palestinian Health Ministry said. Armed resistance fighters "
        "clashed with the invading forces at the camp entrance, witnesses said.",
        "M E B",
        "raid",
    ),
    (
        "IDF: Missiles launched from Iran toward Israel; public told to enter shelters",
        "20:31 The IDF says missiles have been launched from Iran toward Israel and instructs "
        "the entire public to stay near protected spaces. Booms heard over Jerusalem and the "
        "coastal plain.",
        "E",
        "missile attack",
    ),
    (
        "*ISRAEL SAYS IT HAS STRUCK IRAN, DECLARES SPECIAL STATE OF EMERGENCY",
        "Israel carried out strikes on Iran early on Friday, Defence Minister Israel Katz said, "
        "declaring a special state of emergency as the country braced for retaliation. "
        "Explosions were reported in Tehran, Iranian state media said.",
        "E M",
        "air campaign",
    ),
    (
        "UKMTO: explosion reported near merchant vessel off Hodeidah in suspected Houthi attack",
        "UKMTO has received a report of an incident 70NM west of Hodeidah, Yemen. The Master "
        "reports an explosion in close proximity to the vessel; crew are reported safe. "
        "Authorities are investigating.",
        "E",
        "attack on shipping",
    ),
    (
        "Houthis say they sank Greek-operated bulk carrier; several crew missing",
        "Yemen's Houthis said they had sunk the Liberian-flagged bulk carrier after two days "
        "of drone, missile and speedboat attacks. Several crew are missing, EU mission Aspides "
        "said; the Houthis say they took others to an undisclosed location.",
        "E V",
        "attack on shipping",
    ),
    (
        "US launches wave of strikes on Houthi targets across Yemen",
        "The United States launched a wave of air strikes on Houthi targets in Yemen on "
        "Saturday, President Donald Trump said, vowing to use overwhelming force until the "
        "group stops attacking shipping. The Houthi-run health ministry said at least 31 "
        "people were killed in Sanaa and Saada.",
        "E M",
        "air campaign",
    ),
    (
        "Syrian rebels push into Aleppo in surprise offensive, war monitor says",
        "Insurgents led by Hayat Tahrir al-Sham entered western Aleppo on Friday after a "
        "two-day lightning offensive, the Syrian Observatory said, as government troops pulled "
        "back and residents fled east.",
        "B D",
        "offensive",
    ),
    (
        "Monitor says dozens of Alawite civilians killed in Syria's coastal villages",
        "Security forces and allied fighters killed at least 140 Alawite civilians in villages "
        "near Baniyas and Jableh since Thursday, the Syrian Observatory for Human Rights said "
        "on Saturday, as clashes with gunmen loyal to the ousted government went on in the "
        "hills.",
        "V B",
        "massacre",
    ),
    (
        "Drone attack hits oil field in Iraqi Kurdistan, production halted",
        "ERBIL, Iraq (AP) — An explosives-laden drone struck an oil field in Iraq's Kurdish "
        "region early on Wednesday, causing a fire and forcing the operator to stop production, "
        "Kurdish officials said. No group immediately claimed the attack.",
        "E",
        "drone strike",
    ),
    (
        "North Gaza hospital out of service after fire hits its generators, officials say",
        "Al-Awda hospital in Jabalia stopped functioning on Thursday after Israeli fire hit its "
        "generators and oxygen station, Gaza health officials said, leaving about 100 patients "
        "and staff trapped inside with no power. The WHO said it had lost contact with the "
        "hospital's director.",
        "H E",
        "hospital hit",
    ),
    (
        "BREAKING: Famine confirmed in Gaza governorate, IPC says",
        "Famine is taking place in Gaza governorate and is projected to spread to Deir "
        "al-Balah and Khan Younis by the end of September, the Integrated Food Security Phase "
        "Classification said, blaming the war and aid restrictions.",
        "H",
        "famine in war zone",
    ),
    (
        "Police: At least 6 killed in terror shooting at Jaffa light rail station",
        "Police say at least six people have been killed in a shooting attack near a light "
        "rail station on Jerusalem Boulevard in Jaffa. One terrorist was shot dead and a "
        "second wounded, police say.",
        "T V",
        "terrorist attack",
    ),
    (
        "Tanker hit by blast off Turkish coast; Ukrainian source claims sea-drone attack",
        "A tanker reported an explosion and fire 28 nautical miles off Turkey's Black Sea "
        "coast on Friday, Turkish maritime authorities said. A Ukrainian security source told "
        "Reuters that sea drones had hit the vessel, part of Russia's shadow fleet.",
        "E",
        "attack on shipping",
    ),
    (
        "Russian drone hits ambulance in Kherson, paramedic killed",
        "KHERSON — A Russian drone dropped explosives on an ambulance that had come to collect a "
        "wounded man in the Korabelnyi district on Monday, killing a paramedic and injuring the "
        "driver, regional governor Oleksandr Prokudin said. Attacks on Kherson's emergency "
        "workers have become near daily.",
        "E V",
        "drone strike",
    ),
    (
        "Overnight attack: Russia launches 470 drones and 48 missiles, power out in western "
        "Ukraine",
        "Russia launched 470 drones and 48 missiles against Ukraine overnight, the Ukrainian Air "
        "Force said on Sunday morning, saying 414 targets had been shot down or jammed. Energy "
        "facilities in Lviv and Ivano-Frankivsk oblasts were hit and parts of both regions were "
        "without power.",
        "E",
        "missile and drone attack",
    ),
    (
        "Israeli army says it has begun ground operation in Gaza City",
        "JERUSALEM (AP) — Israel's military said Tuesday its troops had begun the main phase of "
        "a ground offensive on Gaza City, as heavy bombardment overnight sent thousands more "
        "Palestinians streaming south along the coastal road with what they could carry.",
        "M E D",
        "offensive",
    ),
    (
        "Ceasefire strained as Israeli fire kills 3 in Gaza's Shejaiya, medics say",
        "Israeli troops opened fire on a group of people approaching the yellow line in Gaza "
        "City's Shejaiya neighbourhood on Sunday, killing three, medics said, in the latest "
        "deadly incident since the ceasefire took effect. The army said the men had crossed "
        "the line and posed a threat.",
        "V",
        "shooting",
    ),
    (
        "Sobyanin: air defences shooting down drones headed for Moscow",
        "Moscow Mayor Sergei Sobyanin says 19 drones flying toward the capital have been shot "
        "down since midnight; Vnukovo and Domodedovo have suspended flights, Rosaviatsia says.",
        "E",
        "drone attack",
    ),
]
