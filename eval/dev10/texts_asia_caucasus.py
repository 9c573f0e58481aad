"""dev10 texts: South Asia (Pakistan, India, Bangladesh), Myanmar, the Philippines and southern
Thailand, the Caucasus.
"""

from figset import F

# ---------------------------------------------------------------- South Asia: Pakistan

F(
    "Pakistan: Kurram clashes, families flee Parachinar road",
    "Sectarian clashes in Kurram district killed [[at least 130 people|killed;a=district officials]] and wounded [[about 180|injured;a=district officials]] in ten days, district officials said. "
    "[[Around 2,000 families|displaced;a=the provincial disaster authority]] have left their villages for Hangu and Peshawar, according to the provincial disaster authority, and the blockaded road has left [[some 400,000 residents|civilians;a=the provincial disaster authority]] short of medicine.",
)

F(
    "Pakistan: Afghans deported through Torkham",
    "[[More than 1,700 Afghans|returned;a=border officials]] were deported through Torkham on Wednesday, border officials said, and [[a further 5,000|returned;a=border officials]] crossed on their own. "
    "The holding centre in Landi Kotal can take [[2,500 people|capacity;a=The provincial government]], The provincial government said, and [[around 300 detainees|arrested;a=The provincial government]] were waiting there for transport.",
)

F(
    "Pakistan: militants kill soldiers in North Waziristan",
    "Militants attacked a security post in Mir Ali, killing [[seven soldiers|killed;a=the military's media wing]] and wounding [[four|injured;a=the military's media wing]], the military's media wing said. "
    "It said troops killed [[all six attackers|killed;a=the military's media wing]].",
)

F(
    "Pakistan: Jaffar Express hijack ends, hostages freed",
    "Security forces freed [[346 passengers|kidnapped;a=the army]] held by Baloch separatists who hijacked the Jaffar Express in Bolan, the army said. "
    "The army said [[33 attackers|killed;a=The army]] were killed and that [[21 hostages|killed;a=The army]] and [[four soldiers|killed;a=The army]] died. "
    "[[Dozens of passengers|missing]] were still unaccounted for the next day.",
)

# ---------------------------------------------------------------- India: Manipur, Kashmir

F(
    "India: Manipur relief camps still full a year on",
    "[[About 60,000 people|displaced;a=the state government]] displaced by ethnic violence in Manipur are still living in [[more than 300 relief camps|capacity;a=the state government]], the state government said. "
    "[[Over 220 people|killed]] have been killed since {{May 2023}}, and [[about 4,800 houses|housing]] have been burned.",
)

F(
    "India: arms looted from Manipur armouries",
    "Mobs looted [[more than 4,000 weapons|other;a=security officials]] and [[about 500,000 rounds|other;a=security officials]] of ammunition from police armouries in Manipur, security officials said. "
    "Only [[about 1,800 weapons|other;a=officials]] have been returned, and [[some 40,000 security personnel|combatants;a=officials]] are deployed in the state, officials said.",
)

F(
    "India: Kuki and Meitei villages hit in Jiribam",
    "Gunmen attacked [[two villages|other;a=police]] near Jiribam, killing [[three women|killed;a=police]] and setting fire to [[at least 15 houses|housing;a=police]], police said. "
    "[[Six members|kidnapped;a=police]] of a family were abducted and later found dead, and [[about 1,000 villagers|displaced;a=police]] have moved to relief camps, police added.",
)

F(
    "India: militants killed in Kashmir encounter",
    "[[Three militants|killed;a=the police]] were killed in a gunfight with security forces in Kulgam district, the police said. "
    "[[Two soldiers|injured;a=the police]] were wounded, and [[five suspected overground workers|arrested;a=the police]] were detained, the police added.",
)

F(
    "India: Kashmiri Pandits return to Valley under job scheme",
    "[[About 5,900 Kashmiri Pandit employees|returned;a=the Home Ministry]] have gone back to the Valley under the Prime Minister's employment package, the Home Ministry told parliament. "
    "The government has built [[1,200 transit flats|capacity;a=The government]] and plans [[another 4,800|capacity;p;u=structure;a=The government]], The government said.",
)

# ---------------------------------------------------------------- Bangladesh and Myanmar

F(
    "Bangladesh: new Rohingya arrivals in Cox's Bazar",
    "[[About 60,000 Rohingya|displaced;a=Bangladesh's refugee commissioner]] have crossed from Rakhine into Bangladesh since late {{2023}}, Bangladesh's refugee commissioner said, fleeing fighting between the Arakan Army and the junta. "
    "The camps already host [[more than one million refugees|displaced;v=1000000]] in [[33 camps|capacity]].",
)

F(
    "Bangladesh: camp fire destroys Rohingya shelters",
    "A fire in Camp 11 destroyed [[more than 2,000 shelters|capacity;a=UNHCR]] and left [[about 12,000 Rohingya|displaced;a=UNHCR]] without a roof, UNHCR said. "
    "[[Some 90 learning centres|housing;u=structure;n=centres]] were also burned, and aid agencies handed out [[5,000 food packs|aid]].",
    ["Camp 11"],
)

F(
    "Bangladesh: Rohingya armed group members arrested in camps",
    "The Armed Police Battalion arrested [[14 members|arrested;a=The Armed Police Battalion]] of the Arakan Rohingya Salvation Army in the Ukhiya camps and seized [[six firearms|other;a=The Armed Police Battalion]], The Armed Police Battalion said. "
    "Camp leaders say [[several hundred young men|combatants;a=Camp leaders]] have been recruited by armed groups to fight in Rakhine.",
)

F(
    "Myanmar: junta conscription drive, youths flee",
    "The military said [[5,000 recruits|combatants;p;a=The military]] would be called up each month under the conscription law, and the first batch of [[about 5,000|combatants;a=state media]] began training in {{April 2024}}, according to state media. "
    "[[Thousands of young men|displaced]] have fled to areas held by resistance groups or across the border into Thailand.",
)

F(
    "Myanmar: airstrike on Sagaing village kills dozens",
    "A military airstrike on a gathering in Pazigyi village killed [[at least 160 people|killed;a=the National Unity Government]], among them [[about 40 children|killed;a=the National Unity Government]], the National Unity Government said. "
    "[[Between 50 and 60 people|injured;a=residents]] were wounded, residents said.",
)

F(
    "Myanmar: Arakan Army takes Maungdaw, soldiers surrender",
    "The Arakan Army said [[more than 300 junta soldiers|combatants;a=The Arakan Army]] surrendered when it captured the last base in Maungdaw, along with [[about 80 members|combatants;a=The Arakan Army]] of a Rohingya militia. "
    "It said [[hundreds of Rohingya civilians|civilians;a=The Arakan Army]] remain in the town.",
)

F(
    "Myanmar: displaced people in Karenni state in need of aid",
    "[[More than 120,000 people|displaced;a=local aid groups]] have been displaced in Karenni state, and {{around 70 percent}} of them live in forest camps with no aid, local aid groups said. "
    "Resistance groups say they hold [[more than 200 captured soldiers|arrested;a=Resistance groups]].",
)

# ---------------------------------------------------------------- Philippines and southern Thailand

F(
    "Marawi: years on, many residents are still waiting to go home",
    "[[About 17,000 families|displaced;a=the Marawi Reconstruction Conflict Watch]] displaced by the {{2017}} siege of Marawi are still living in transitory shelters or with relatives, the Marawi Reconstruction Conflict Watch said. "
    "The government has built [[3,600 permanent housing units|housing;a=The government]] and expects [[2,000 families|returned;p;a=The government]] to return to the most affected area by next year, The government said.",
)

F(
    "Philippines: New People's Army fighters give up arms in Agusan del Sur",
    "[[Forty-two New People's Army rebels|combatants;a=the military's Eastern Mindanao Command]] surrendered to the army in Agusan del Sur, the military's Eastern Mindanao Command said, turning over [[35 firearms|other;a=the military's Eastern Mindanao Command]]. "
    "The command said the rebels' strength in the region had fallen to [[fewer than 300 fighters|combatants;a=The command;alt=the military's Eastern Mindanao Command]].",
)

F(
    "Philippines: clashes in Maguindanao displace thousands",
    "Clashes between two factions of the Moro Islamic Liberation Front displaced [[about 3,000 families|displaced;a=the provincial disaster office]] in Datu Saudi Ampatuan, the provincial disaster office said. "
    "[[Eight evacuation centres|capacity;a=the social welfare department]] were opened, and the social welfare department handed out [[4,500 family food packs|aid;a=the social welfare department]], according to the social welfare department.",
)

F(
    "Thailand: bomb attacks in Narathiwat",
    "Insurgents set off [[nine bombs|other;u=other;a=the regional army command]] at shops and petrol stations across Narathiwat and Pattani overnight, wounding [[at least seven people|injured;a=the regional army command]], the regional army command said. "
    "[[About 60,000 soldiers, police and volunteers|combatants;n=soldiers, police and volunteers]] are deployed in the three southern provinces.",
)

F(
    "Thailand: Myanmar refugees sent back across Moei river",
    "Thai authorities sent back [[about 1,500 people|returned;a=a local rights group]] who had crossed from Myawaddy to escape fighting, a local rights group said. "
    "Mae Sot officials said [[around 3,000|displaced;a=Mae Sot officials]] are still sheltering in the district, in [[four temporary shelters|capacity;a=Mae Sot officials]].",
)

# ---------------------------------------------------------------- Caucasus

F(
    "Armenia: Karabakh Armenians arrive in Goris",
    "[[More than 100,000 people|displaced;a=the Armenian government]] have arrived in Armenia from Nagorno-Karabakh in a week, the Armenian government said in {{September 2023}}. "
    "[[About 2,000 of them|displaced;n=-;a=the government;alt=the Armenian government]] were housed in hotels and schools in Goris, the government said, and [[170 people|missing;a=the government;alt=the Armenian government]] are still being sought after the fuel depot blast.",
)

F(
    "Armenia: government offers housing to refugees from Karabakh",
    "The government has approved housing certificates for [[about 7,500 refugee families|aid;a=The government]], and [[some 1,200 families|aid;p;a=The government]] are expected to receive them by the end of the year, The government said. "
    "[[Fewer than 50 people|civilians]] remain in Stepanakert.",
)

F(
    "Azerbaijan: prisoners exchanged with Armenia",
    "Azerbaijan released [[32 Armenian soldiers|other;a=both governments]] and Armenia freed [[two Azerbaijani servicemen|other;a=both governments]] in an exchange brokered by the EU, both governments said. "
    "Baku says it still holds [[23 Armenians|arrested;a=Baku]], including former Karabakh leaders, on criminal charges.",
)

F(
    "Georgia: police detain protesters in Tbilisi",
    "Police detained [[more than 400 people|arrested;a=the Interior Ministry]] during protests against the government's decision to halt EU accession talks, the Interior Ministry said in {{December 2024}}. "
    "[[Over 100 protesters|injured;a=the Public Defender]] and [[about 150 police officers|injured;a=the Public Defender]] were hurt, the Public Defender said.",
)

F(
    "Georgia: displaced from Abkhazia and South Ossetia still in collective centres",
    "[[More than 290,000 internally displaced people|displaced;a=the Ministry of Internally Displaced Persons]] are registered in Georgia, the Ministry of Internally Displaced Persons said, and [[about 40,000 families|displaced;a=the Ministry of Internally Displaced Persons]] still live in [[more than 1,500 collective centres|capacity;a=the Ministry of Internally Displaced Persons]]. "
    "The ministry plans to provide [[4,000 flats|aid;p;a=The ministry;alt=the Ministry of Internally Displaced Persons]] this year.",
)

F(
    "Armenia: border villages shelled, residents evacuated",
    "Azerbaijani shelling hit [[36 settlements|other;u=other;a=Armenia's Security Council]] along the border, Armenia's Security Council said, and [[at least 49 Armenian soldiers|killed;a=Armenia's Security Council]] were killed. "
    "[[About 2,570 residents|displaced]] of Jermuk and nearby villages were evacuated, and [[192 houses|housing]] were damaged.",
)
