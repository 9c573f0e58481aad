"""dev145 hard negatives (4 of 5): peaceful protests and strikes, peace deals, ceasefires and
prisoner swaps, anniversaries, commemorations and exhumations in the region's national press
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Thousands of teachers march in Rabat as strike against new statute enters sixth week",
        "Thousands of public school teachers marched through the streets of Rabat on "
        "Tuesday, in one of the largest demonstrations yet against the new statute for "
        "national education staff, as a strike that has shut classrooms across Morocco "
        "entered its sixth week. Marchers dressed in white and carrying banners reading "
        "'Dignity for teachers' walked from Bab El Had to the parliament building, "
        "chanting slogans against the Ministry of National Education and calling for "
        "the statute to be withdrawn. The National Coordination of the Education "
        "Sector, which brings together more than 20 teachers' groups, said the strike "
        "would continue until the government met their demands on wages, working hours "
        "and the status of contract teachers. Police monitored the march, which ended "
        "without incident in the afternoon. Education Minister Chakib Benmoussa said "
        "the statute had been frozen and that the government was committed to dialogue, "
        "but the coordination said the concessions did not go far enough. Parents' "
        "associations have voiced alarm that millions of pupils have lost weeks of "
        "lessons, and some private tutoring centres have reported a surge in demand. "
        "Head of Government Aziz Akhannouch is due to meet union leaders on Thursday. "
        "Several marchers said they had lost part of their salaries after the ministry "
        "deducted pay for strike days. 'We are not against reform, we are against a "
        "statute written without us,' a primary school teacher from Salé said. The "
        "Moroccan Association for Human Rights called on the government to stop the "
        "deductions.",
        "protest",
    ),
    (
        "Hostages' families end five-day march at Prime Minister's Office in Jerusalem",
        "Tens of thousands of people marched into Jerusalem on Saturday at the end of a "
        "five-day, 63-kilometer walk from Tel Aviv led by relatives of the roughly 240 "
        "people held hostage in Gaza since the October 7 attack. The marchers, many "
        "carrying posters of the hostages and yellow ribbons, walked along Route 1 and "
        "climbed the hills to the capital before gathering outside the Prime Minister's "
        "Office, where relatives demanded a meeting with members of the war cabinet. "
        "'We have been walking for five days, and our loved ones have been in the "
        "tunnels for 42,' said the brother of a young woman abducted from a kibbutz "
        "near the border. 'Bring them home now, at any price.' Police estimated the "
        "crowd in Jerusalem at around 25,000, and said the march had passed without "
        "incident. Along the way, residents of towns and communities handed out water "
        "and food, and Arab and Jewish volunteers set up tents for the marchers to "
        "rest. Three members of the war cabinet met representatives of the families on "
        "Saturday evening and promised that the return of the hostages was the "
        "government's top priority. The Hostages and Missing Families Forum said it "
        "would keep holding weekly rallies in Tel Aviv until all the hostages were "
        "back. Organizers said the march had been the largest civilian initiative of "
        "its kind in the country's history.",
        "protest",
    ),
    (
        "Sulaimani teachers' hunger strike enters second week over unpaid salaries",
        "A hunger strike by a group of teachers and public employees in Sulaimani "
        "entered its second week on Monday, as the protesters demanded that the "
        "Kurdistan Regional Government pay salaries delayed for three months. Around 40 "
        "strikers have been sitting in tents outside the offices of the United Nations "
        "in the city, saying they would only take water and sugar until their demands "
        "were met, one of the organisers told Kurdistan24. Five of them have been taken "
        "to hospital in the past few days after their health deteriorated, and doctors "
        "from the city's teaching hospital are checking on the others twice a day. "
        "Teachers in Sulaimani, Halabja and parts of Garmiyan have boycotted classes "
        "since the start of the school year, and several thousand marched peacefully "
        "through the city centre on Saturday in support of the hunger strikers. The "
        "KRG's Ministry of Finance said the delays were caused by disputes with Baghdad "
        "over the Region's share of the federal budget and oil revenues. The federal "
        "Finance Ministry said it had transferred the funds for one month's salaries on "
        "Sunday. The organisers said the strike would continue until all salaries are "
        "paid and a permanent solution is found.",
        "protest",
    ),
    (
        "UGTT general strike paralyses public sector, ports and transport",
        "A general strike called by the Tunisian General Labour Union (UGTT) paralysed "
        "public services, state-owned companies, ports and transport across the country "
        "on Thursday, as the union stepped up its standoff with the government over "
        "wages and planned reforms. Buses and trains in Tunis stopped running, Tunisair "
        "cancelled all its flights and ports in Radès, Sfax and Sousse were idle, while "
        "schools were open but administrative offices were closed. Thousands of workers "
        "gathered outside the UGTT headquarters on Mohamed Ali Square in the capital, "
        "waving union flags and chanting against the cost of living. UGTT Secretary "
        "General Noureddine Taboubi said the strike had been observed by 96% of workers "
        "and that the union would not accept reforms that dismantle public companies or "
        "freeze wages. The strike, which affected 159 public institutions and "
        "enterprises, comes as the government negotiates a loan of around $4bn with the "
        "International Monetary Fund. The government said it regretted the strike and "
        "remained open to dialogue. The UGTT, a Nobel Peace Prize co-laureate in 2015, "
        "has refused to take part in President Kais Saied's national dialogue on a new "
        "constitution.",
        "protest",
    ),
    (
        "Saudi Arabia and Iran agree to restore diplomatic ties in China-brokered deal",
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and "
        "reopen their embassies within two months, in a deal brokered by China after "
        "seven years of severed ties. A joint statement issued by the three countries "
        "after four days of talks in Beijing said Riyadh and Tehran had affirmed their "
        "respect for the sovereignty of states and non-interference in their internal "
        "affairs. The two sides also agreed to activate a 2001 security cooperation "
        "agreement and a 1998 accord on trade, economy and investment. The agreement "
        "was signed by Musaed Al-Aiban, Saudi Arabia's national security adviser, and "
        "Ali Shamkhani, the secretary of Iran's Supreme National Security Council. "
        "Foreign Minister Prince Faisal bin Farhan said the region's countries shared "
        "one fate and that dialogue was the best way to settle differences. The UN "
        "secretary-general welcomed the deal, and several Arab states expressed the "
        "hope that it would help end the war in Yemen. Riyadh cut ties with Tehran in "
        "2016 after protesters stormed its embassy in the Iranian capital following the "
        "execution of a Shiite cleric in the Kingdom. In Tehran, a government spokesman "
        "said the agreement would open a new chapter in relations with the Kingdom, and "
        "currency traders reported a rise in the value of the rial. Analysts said the "
        "deal marked a diplomatic success for Beijing, the largest trading partner of "
        "both countries.",
        "peace",
    ),
    (
        "ICRC flights carry nearly 900 detainees home in Yemen's largest prisoner exchange",
        "The International Committee of the Red Cross on Sunday completed the largest "
        "exchange of detainees in Yemen since the start of the conflict, flying nearly "
        "900 people between Sanaa, Aden, Marib, Mukha and Saudi Arabia over three days. "
        "The exchange, agreed between the internationally recognised government and the "
        "Houthis in Switzerland last month, included Saudi and Sudanese detainees held "
        "by the Houthis, among them several officers of the coalition. At Sanaa "
        "airport, released fighters were welcomed with music and garlands of flowers, "
        "while in Marib families wept as relatives stepped off the planes after years "
        "in detention. The head of the ICRC delegation in Yemen said the operation had "
        "brought joy to hundreds of families and could open the door to further "
        "releases. The government's negotiator, Yahya Kazman, told Yemen Monitor that "
        "talks on the remaining detainees, including journalists and politicians, would "
        "resume after Eid. The UN envoy, Hans Grundberg, said the exchange was a sign "
        "that dialogue could deliver results for Yemenis. The swap comes amid a lull in "
        "fighting that has largely held since a UN-brokered truce in April of last "
        "year.",
        "peace",
    ),
    (
        "Ceasefire takes hold: Displaced families stream back to the South despite army warnings",
        "Thousands of families displaced by the war began returning to South Lebanon "
        "and Beirut's southern suburbs on Wednesday morning, hours after a ceasefire "
        "between Israel and Hezbollah came into effect at 4 am. Traffic jams stretched "
        "for kilometres on the coastal highway south of Sidon as cars loaded with "
        "mattresses, suitcases and children headed toward Tyre and Nabatieh, some of "
        "them flying Hezbollah and Amal flags. In Dahiyeh, residents inspected what was "
        "left of their homes and shops, and municipal workers began clearing rubble "
        "from the streets. The Lebanese Army said it had begun reinforcing its "
        "deployment south of the Litani River under the terms of the agreement, and "
        "urged residents not to approach frontline villages until the troops had "
        "completed their deployment. The Israeli army, which remains in a number of "
        "border towns, also told residents of some 60 villages not to return for now. "
        "Caretaker Prime Minister Najib Mikati said the ceasefire was a first step "
        "toward restoring calm and called for international support for reconstruction. "
        "The agreement, brokered by the United States and France, provides for a 60-day "
        "period during which Israeli forces are to withdraw and Hezbollah fighters to "
        "move north of the Litani. In Tyre, shop owners reopened their businesses and "
        "fishermen returned to the harbour for the first time in weeks. The Ministry of "
        "Public Works said it was assessing the damage to roads and bridges and would "
        "open temporary routes where needed.",
        "peace",
    ),
    (
        "PKK militants burn weapons in Sulaimani ceremony as disarmament begins",
        "Around 30 members of the PKK terrorist organization burned their weapons at a "
        "ceremony near the northern Iraqi city of Sulaimani on Friday, in the first "
        'concrete step of the group\'s disarmament under the "terror-free Türkiye" '
        "process. The militants, half of them women and wearing their uniforms, laid "
        "their rifles into a cauldron at the entrance of the Jasana cave and set them "
        "on fire, as officials from the Kurdistan Regional Government, the pro-Kurdish "
        "DEM Party and Turkish intelligence watched. A co-chair of the group's umbrella "
        "organization read a statement saying the fighters were voluntarily destroying "
        "their weapons as a gesture of goodwill. The PKK announced in May that it would "
        "dissolve itself and end its armed campaign, following a call by its jailed "
        "leader Abdullah Öcalan in February. President Recep Tayyip Erdoğan welcomed "
        'the step, saying that "a new page" had been opened in Türkiye\'s history. '
        "Ankara is expected to set up a parliamentary commission to prepare legal "
        "arrangements for the process, including the return of militants who lay down "
        "their arms. The conflict between the PKK and the Turkish state has claimed "
        "more than 40,000 lives since 1984. The ceremony took place in a high-security "
        "area, and journalists were allowed to watch only from a distance. A second "
        "group of militants is expected to destroy its weapons in the coming weeks, "
        "officials said. Kurdistan Region President Nechirvan Barzani described the day "
        "as historic and said the Region would support the process in every way it "
        "could.",
        "peace",
    ),
    (
        "Kurdistan marks 35th anniversary of Halabja chemical attack",
        "The Kurdistan Region on Thursday marked the 35th anniversary of the chemical "
        "attack on Halabja, when the forces of the former Iraqi regime dropped mustard "
        "gas and nerve agents on the city, killing some 5,000 people in a single day in "
        "March 1988. Sirens sounded across the Region at 11 am and people stood in "
        "silence for five minutes in streets, offices and schools. In Halabja, "
        "survivors and relatives of the victims laid flowers at the cemetery of the "
        "martyrs, where hundreds of the dead are buried in rows of white graves. "
        "Kurdistan Region President Nechirvan Barzani said the attack was a crime "
        "against humanity and called on the federal government to compensate the "
        "victims and their families. Many survivors still suffer from respiratory "
        "diseases, cancers and eye problems, and the local hospital said it lacked "
        "specialised equipment to treat them. Halabja was declared a province in 2014 "
        "and the Iraqi parliament voted in 2023 to recognise it as a province at the "
        "federal level. A new exhibition of photographs taken in the days after the "
        "attack opened at the Halabja Monument on Thursday evening. In Baghdad, Prime "
        "Minister Mohammed Shia Al-Sudani said the federal government would allocate "
        "funds for the province's development in this year's budget. The Kurdistan "
        "Regional Government described Halabja as a symbol of the Kurdish nation's "
        "suffering under the Baath regime.",
        "history",
    ),
    (
        "Sisi lays wreaths, jets paint the sky as Egypt marks 50 years since the October crossing",
        "Egypt on Friday celebrated the 50th anniversary of the October 1973 War, with "
        "official ceremonies, air shows and concerts held across the country to mark "
        "the crossing of the Suez Canal and the storming of the Bar-Lev Line. President "
        "Abdel-Fattah El-Sisi laid a wreath at the Tomb of the Unknown Soldier in Nasr "
        "City and at the tomb of the late President Anwar El-Sadat, in the presence of "
        "the defence minister and senior commanders. In a speech, Sisi said the victory "
        "had restored Egypt's dignity and proved that the Egyptian soldier was capable "
        "of achieving the impossible. Air force jets drew the colours of the Egyptian "
        "flag in the sky above the Suez Canal, and Ismailia held a festival on its "
        "shores attended by veterans of the war. State television broadcast "
        "documentaries and rare footage of the battles, while veterans recounted their "
        "memories of the crossing in interviews. The Ministry of Education devoted the "
        "first lesson of the day in all schools to the anniversary. Egypt's military "
        "museums, including the October War Panorama in Heliopolis, will open free of "
        "charge to the public throughout the week. In North Sinai, veterans and "
        "schoolchildren gathered at the memorial in El-Arish, while in Suez, whose "
        "residents resisted an Israeli advance into the city in the final days of the "
        "war, the governorate held a popular celebration. The Armed Forces' Department "
        "of Morale Affairs released a new song and a documentary featuring testimony "
        "from officers who took part in the crossing. Sisi also honoured the families "
        "of several martyrs of the war and awarded medals to veterans at a ceremony at "
        "the Al-Manara International Conference Center. Newspapers published special "
        "supplements recalling the first hours of the war, when some 8,000 soldiers "
        "crossed the canal in rubber boats. Egypt and Israel signed a peace treaty in "
        "1979, and Sinai was fully returned to Egyptian sovereignty in 1982.",
        "history",
    ),
    (
        "UAE pauses to honour its martyrs on Commemoration Day",
        "The UAE on Saturday marked Commemoration Day, honouring the Emiratis who gave "
        "their lives in the service of the nation, with a minute of silence observed "
        "across the country at 11.30am. Flags flew at half-mast on government buildings "
        "from 8am until 11.30am, when they were raised again as the national anthem was "
        "played. At Wahat Al Karama, the memorial in Abu Dhabi dedicated to the "
        "country's fallen, members of the ruling families, senior officials and "
        "families of martyrs laid wreaths. The day, first held in 2015, commemorates "
        "the sacrifices of soldiers, police officers and civilians, from Salem Suhail "
        "bin Khamis, who fell defending the island of Greater Tunb in 1971, to the 45 "
        "soldiers killed in Yemen in a single day in September 2015. Schools held "
        "assemblies where pupils read poems and wrote letters to the families of "
        "martyrs. His Highness Sheikh Mohamed bin Zayed said in a message that the "
        "nation would never forget those who had sacrificed themselves so that the UAE "
        "might remain safe and strong. The Martyrs' Families' Affairs Office said it "
        "continued to support thousands of relatives of the fallen.",
        "history",
    ),
    (
        "Four years on, families of port blast victims march for truth as probe stalls",
        "Thousands of people marched from the fire station in Karantina to the port of "
        "Beirut on Sunday to mark the fourth anniversary of the August 4, 2020 "
        "explosion, demanding justice for the more than 220 people killed and "
        "accountability for those responsible. Relatives of the victims, many carrying "
        "photographs of their loved ones, led the march, and a minute of silence was "
        "observed at 6:07 in the evening, the time of the blast. The explosion of "
        "hundreds of tonnes of ammonium nitrate stored for years at the port wounded "
        "more than 6,500 people and devastated large parts of the capital. The "
        "investigation led by Judge Tarek Bitar has been suspended since early 2023, "
        "after a series of lawsuits filed by politicians he had summoned for "
        "questioning. 'Four years, and not a single person has been held to account,' "
        "the sister of a firefighter killed in the blast said in a speech near the "
        "ruined grain silos. Several embassies issued statements calling on the "
        "Lebanese authorities to allow the investigation to proceed. The march ended "
        "peacefully as the sun set over the port.",
        "history",
    ),
    (
        "Remains of 150 Sacred Defense martyrs return home as Iran marks war anniversary",
        "The remains of 150 Iranian soldiers killed during the eight years of Sacred "
        "Defense against the invading Iraqi Baathist army were returned to the country "
        "on Thursday through the Shalamcheh border crossing, the Armed Forces General "
        "Staff's committee for the search of missing servicemen said. The remains, "
        "found in former battlefields in Iraq and in the border regions of Khuzestan, "
        "were received at a ceremony attended by military commanders and families who "
        "have waited for more than three decades for news of their loved ones. Of the "
        "150 martyrs, 30 have already been identified through DNA testing, the "
        "committee said. The return came during Sacred Defense Week, which marks the "
        "anniversary of the start of the war imposed by the Saddam regime in September "
        "1980. Funeral processions will be held in Tehran and several provincial cities "
        "next week, and some of the unidentified martyrs will be buried in universities "
        "and public squares. Iran says several thousand of its soldiers are still "
        "missing from the 1980-1988 war. The search teams continue to work with the "
        "Iraqi side to locate mass graves in former frontline areas.",
        "history",
    ),
    (
        "Exhumation begins at mass grave of Yezidis killed by ISIS near Kocho",
        "Iraqi teams began exhuming a mass grave near the village of Kocho in Sinjar "
        "district on Sunday, believed to contain the remains of dozens of Yezidis "
        "killed by the Islamic State in August 2014, the Martyrs Foundation said. The "
        "excavation, carried out by the foundation's mass graves department with the "
        "support of forensic experts from the Ministry of Health, is the 90th of its "
        "kind in Sinjar since the district was liberated in 2015, an official told "
        "Rudaw. Relatives of the missing gathered near the site, some of them holding "
        "photographs of fathers, brothers and sons who were taken from the village "
        "school and shot in the fields. The remains will be transported to Baghdad for "
        "DNA identification before being returned to Sinjar for burial. Kocho, where "
        "ISIS militants killed hundreds of men and abducted women and children in a "
        "single day, has become a symbol of the genocide against the Yezidis. More than "
        "2,600 Yezidis are still missing, according to the Kurdistan Region's office "
        "for the rescue of kidnapped Yezidis. Survivors said they hoped the "
        "identification process would be faster than in previous exhumations.",
        "history",
    ),
]
