"""dev157 negatives: peace deals and prisoner releases, anniversaries and memorials, the draft
and foreign forces, peaceful marches and vigils, no current violent event."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Washington: DRC and Rwanda sign peace agreement, Kinshasa hopes for "
        "withdrawal of Rwandan troops",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed "
        "a peace agreement on Friday in Washington, in the presence of the US "
        "Secretary of State, committing the two countries to ending their support "
        "for armed groups and to respecting each other's territorial integrity. The "
        'agreement provides for the "disengagement" of Rwandan forces from '
        "Congolese territory and the neutralisation of the FDLR, the Rwandan Hutu "
        "rebel group based in eastern DRC, within 90 days. A joint security "
        "coordination mechanism is to be set up within a month, according to the "
        "text. The Minister of Foreign Affairs, Thérèse Kayikwamba Wagner, said the "
        'agreement was "a first step" and that peace would be judged by facts on '
        "the ground. Civil society in North Kivu welcomed the signing but said it "
        "remained sceptical, recalling the failure of previous agreements signed in "
        "Luanda and Nairobi. The M23, which controls Goma and Bukavu, is not a party "
        "to the agreement and is negotiating separately with Kinshasa in Doha under "
        "Qatari mediation. The agreement also provides for a regional economic "
        "integration framework, including in the minerals sector, to be signed "
        "within three months. Residents of Goma interviewed by Radio Okapi said they "
        "were waiting to see whether the agreement would allow them to return to "
        "normal life.",
        "peace",
    ),
    (
        'Moscow and Kyiv exchange 390 prisoners each in first stage of "1,000 for 1,000" swap',
        "Russia and Ukraine exchanged 390 prisoners each on Friday in the first "
        "stage of a large exchange agreed at direct talks in Istanbul last week, the "
        "Russian Defense Ministry and Ukrainian officials said. Russia returned 270 "
        "servicemen and 120 civilians, and received the same number of its own "
        "soldiers and civilians, some of them residents of the Kursk region who had "
        "been taken to Ukraine during the incursion last year. The exchange was "
        "carried out on the border with Belarus with the mediation of the United "
        "Arab Emirates. Further stages are expected over the weekend, bringing the "
        "total to 1,000 people on each side, the largest swap since the start of the "
        "full-scale war. Volodymyr Zelensky posted photos of the returning "
        'Ukrainians wrapped in flags, and said that the "verification of every '
        'name" had taken days. In Russia, relatives of soldiers captured in Ukraine '
        "had gathered outside the Defense Ministry in recent weeks to ask for their "
        "inclusion in the lists, Meduza reported. Human rights defenders say "
        "thousands of Ukrainian civilians remain in Russian prisons without charges. "
        "The Istanbul talks produced no agreement on a ceasefire, and the "
        "delegations are due to meet again next month. The Kremlin described the "
        'exchange as a "humanitarian gesture."',
        "peace",
    ),
    (
        "Tigray: demobilisation of first group of former combatants begins in Mekelle",
        "The National Rehabilitation Commission on Tuesday launched the disarmament, "
        "demobilisation and reintegration (DDR) programme in the Tigray region, with "
        "the first group of about 320 former combatants handing over their weapons "
        "at a camp near Mekelle. The commissioner said the programme aims to "
        "reintegrate 75,000 former Tigrayan fighters into civilian life in its first "
        "phase, with training, counselling and start-up capital. The launch comes a "
        "year and a half after the signing of the Cessation of Hostilities Agreement "
        "in Pretoria, which ended two years of war between the federal government "
        "and the Tigray People's Liberation Front. Representatives of the African "
        "Union and the Interim Regional Administration of Tigray attended the "
        'ceremony. The head of the interim administration said the programme was "a '
        'major step in the implementation of the Pretoria agreement," but called '
        "for the return of displaced people to areas of western and southern Tigray. "
        "Former fighters at the camp told Addis Standard they wanted to go back to "
        "farming or study, but worried about the lack of jobs in the region. The "
        "World Bank and European donors have pledged funds for the reintegration "
        "programme. A second camp is expected to open in the Southern zone of Tigray "
        "next month.",
        "peace",
    ),
    (
        "Families gather in Ramallah to welcome prisoners freed under the exchange deal",
        "Thousands of citizens gathered in the city of al-Bireh and near the Ofer "
        "prison on Monday to receive Palestinian prisoners released under the "
        "exchange agreement, WAFA correspondent reported. Families waited for hours "
        "in the Ramallah Cultural Palace square holding pictures of their sons, some "
        "of whom had spent more than two decades in occupation prisons. Buses "
        "carrying the freed prisoners arrived in the evening, and crowds lifted them "
        "on their shoulders amid chants and national songs. The Commission of "
        "Detainees' Affairs said that nearly 2,000 prisoners were released on "
        "Monday, among them some 250 serving life sentences or long sentences, a "
        "number of whom were deported abroad through Egypt. The rest were detainees "
        "from the Gaza Strip who had been held without charge. Several of the freed "
        "prisoners appeared exhausted and were taken to the Palestine Medical "
        "Complex for examinations. The Palestinian Prisoners' Society said more than "
        "9,000 Palestinians remained in Israeli prisons after the exchange. The "
        "release of the prisoners was part of the first phase of the ceasefire "
        "agreement in the Gaza Strip, under which Israeli captives were also handed "
        "over. President Mahmoud Abbas said that the release of all prisoners "
        "remained a national priority.",
        "peace",
    ),
    (
        "Bucha marks three years since liberation with names read out on the square",
        "Residents of Bucha gathered on Monday at the memorial to the victims of the "
        "Russian occupation to mark the third anniversary of the town's liberation, "
        "reading out the names of more than 500 civilians killed in the Bucha "
        "district in March 2022. Relatives laid flowers and lit candles by the stone "
        "wall with the names of the dead, next to the St Andrew church where a mass "
        "grave was found after the Russian troops withdrew. Foreign ambassadors and "
        "the head of the Office of the President attended the ceremony, along with "
        "the mayor of Bucha, Anatolii Fedoruk. An exhibition of photographs taken in "
        "the first days after the liberation opened in the town's cultural centre. "
        "Ukrainian prosecutors say they have identified more than 200 Russian "
        "servicemen suspected of crimes in the Bucha district, and several have been "
        'convicted in absentia. "Every year people ask me if it is easier. It is '
        'not easier, but we are still here," said a woman whose husband was shot in '
        "their yard. Much of Bucha has been rebuilt, and the street where burned "
        "Russian armored vehicles once lay is now lined with new shops. The "
        "International Criminal Court has opened an investigation into crimes "
        "committed in the Kyiv region. The commemoration ended with a minute of "
        "silence at noon.",
        "history",
    ),
    (
        "A year on, thousands return to the Nova festival site to remember the dead",
        "Thousands of people gathered at the site of the Nova music festival near "
        "Kibbutz Re'im on Monday to mark one year since the Hamas-led attack of "
        "October 7, in which 364 festivalgoers were killed and dozens taken hostage. "
        "Families laid flowers at the memorial poles bearing photographs of the "
        "victims, which have turned the field into a place of pilgrimage over the "
        "past year. At 6:29 in the morning, the moment the first rockets were fired, "
        "the crowd fell silent, and some of the festival's DJs played the music they "
        "had been playing when the attack began. President Isaac Herzog held a "
        "ceremony at Kibbutz Be'eri, where more than 100 residents were killed, "
        "while a separate commemoration organized by bereaved families was held in "
        "Tel Aviv. Many families said they were still waiting for a state commission "
        'of inquiry into the failures that led to the attack. "We come here because '
        "it is the last place our children were happy,\" a mother from Ra'anana told "
        "the Times of Israel. Organizers said a permanent memorial would be built at "
        "the site with the help of the Jewish National Fund. Police closed roads in "
        "the area to traffic for most of the day.",
        "history",
    ),
    (
        "Families search lists of the dead as Sednaya prison opens to visitors and investigators",
        "Hundreds of Syrians queued at the gates of Sednaya prison north of Damascus "
        "on Friday as the new authorities opened it to the public for the first "
        "time, with families coming in search of any trace of relatives who "
        "disappeared into the prison over more than a decade. Volunteers from the "
        "Association of Detainees and the Missing in Sednaya Prison guided visitors "
        "through the red and white buildings, showing the cells, the rooms where "
        "detainees were interrogated and the site where mass executions took place. "
        "Families copied names from lists and registers found in the prison's "
        "offices, which the association said were being digitised. The International "
        "Commission on Missing Persons estimates that more than 100,000 people are "
        "missing in Syria, most of them detained by the former regime. The Ministry "
        "of Justice said it would establish a national commission for the missing "
        "and that the prison would be turned into a museum. Forensic teams have "
        "begun examining mass graves near Damascus, including one in al-Qutayfah, "
        'with the help of international experts. "I do not expect him alive, I just '
        'want a grave," a woman looking for her brother who disappeared in 2013 '
        "told Enab Baladi. The association asked families not to remove documents "
        "from the prison so that evidence would be preserved for future trials. Some "
        "visitors broke down in the cells where prisoners' names and dates had been "
        "scratched into the walls. A man from Daraa said he had found his father's "
        "name in a transfer register dated 2014, the first trace of him in ten "
        "years. Volunteers set up a tent at the entrance where families could leave "
        "DNA samples for future identification. The Syria Justice and Accountability "
        "Centre said the preservation of archives was essential for the transitional "
        "justice process.",
        "history",
    ),
    (
        "Autumn draft begins with electronic summonses for 133,000 conscripts",
        "Russia's autumn conscription campaign began on Tuesday with the call-up of "
        "133,000 men aged 18 to 30 for one year of military service, according to a "
        "decree signed by Vladimir Putin. For the first time, summonses are being "
        "sent through a new unified electronic register, which the Defense Ministry "
        "says will be fully operational in all regions by the end of the year. Men "
        "who receive an electronic summons are considered notified even if they do "
        "not open it, and those who fail to report within 20 days face restrictions, "
        "including a ban on leaving the country and on registering property. The "
        'General Staff said conscripts would not be sent to the "special military '
        'operation" zone or to the Kursk, Belgorod and Bryansk border regions. '
        "Human rights lawyers told Meduza that they received a growing number of "
        "requests from young men who had been sent to units near the border after "
        "their training. Many men now receive summonses in the metro and at their "
        "workplaces, where police and enlistment officials carry out checks. The "
        "campaign runs until the end of the year. Since 2023, the upper age limit "
        "for conscription has been raised from 27 to 30.",
        "military",
    ),
    (
        "Africa Corps takes over from Wagner in Mali",
        "The Russian paramilitary group Wagner announced on Friday that it was "
        "leaving Mali after three and a half years in the country, and that its "
        "mission was being taken over by the Africa Corps, a structure under the "
        "control of the Russian Ministry of Defence. In a message posted on "
        'Telegram, Wagner said it had "accomplished its mission" alongside the '
        "Malian armed forces. The Africa Corps has already deployed several hundred "
        "men in Bamako and in several military bases in the centre and north of the "
        "country, according to security sources. Wagner arrived in Mali at the end "
        "of 2021, after the French Barkhane force left the country. Security "
        "analysts said the change would give Moscow more direct control over its "
        "military presence in the Sahel, where the Africa Corps also operates in "
        "Burkina Faso and Niger. Residents of Bamako interviewed by Studio Tamani "
        "said they did not expect much change on the ground.",
        "military",
    ),
    (
        "Hostages' families end four-day march to Jerusalem with rally outside Prime "
        "Minister's Office",
        "Families of hostages held in Gaza and thousands of supporters arrived in "
        "Jerusalem on Saturday after a four-day march from Tel Aviv, ending with a "
        "rally outside the Prime Minister's Office calling on the government to "
        "agree to a deal to bring their relatives home. Marchers walked about 15 "
        "kilometers a day along Route 1, carrying yellow flags and pictures of the "
        'hostages, and were joined by residents of towns along the route. "We will '
        'not go home until our loved ones come home," the mother of a hostage told '
        "the crowd in Jerusalem. Several former security chiefs and opposition "
        "lawmakers joined the rally, which organizers said drew around 25,000 "
        "people. Police escorted the march and reported no arrests. Prime Minister "
        "Benjamin Netanyahu met with a delegation of the families on Friday and told "
        'them he was working "day and night" for the release of the hostages. The '
        "Hostages and Missing Families Forum says 136 people remain in captivity in "
        "Gaza, at least 25 of whom are believed to be dead. Negotiations mediated by "
        "Qatar and Egypt have made little progress since the collapse of the truce "
        "in December. A rally is planned in Tel Aviv's Hostages Square on Saturday "
        "night.",
        "protest",
    ),
    (
        "Wives of mobilized soldiers lay flowers at the Kremlin wall, demand their "
        "husbands come home",
        "About 20 women whose husbands were mobilized in the autumn of 2022 laid "
        "flowers at the Tomb of the Unknown Soldier by the Kremlin wall on Saturday, "
        "in their weekly protest calling for the men to be demobilized. The women, "
        'part of the "Way Home" movement, wore white headscarves and held '
        "carnations, and some journalists filmed them as police watched from a "
        "distance without intervening. Several of the women said they had received "
        'warnings from prosecutors against taking part in "unauthorized events," '
        "but that they would keep coming. The movement has gathered tens of "
        "thousands of followers on Telegram and has called on the Defense Ministry "
        "to set a time limit on the service of mobilized reservists. State Duma "
        "deputies have ignored their petitions, and authorities have pressured some "
        "of the participants' employers, according to Meduza. \"We are not against "
        'anyone, we just want our husbands to come back after more than a year," '
        "one of the women told reporters. The Justice Ministry has since listed the "
        'movement\'s Telegram channel as a "foreign agent." Similar gatherings have '
        "been held in St Petersburg, Yekaterinburg and Novosibirsk. The Kremlin says "
        'the men will be released once the "special military operation" ends.',
        "protest",
    ),
]
