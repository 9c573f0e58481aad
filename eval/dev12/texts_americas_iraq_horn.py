"""dev12 texts: Haiti, Colombia, the Americas; Iraq, Libya, the Caucasus; Ethiopia, Somalia,
South Sudan, the CAR.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Haiti, Colombia, the Americas
    (
        "Haiti: Port-au-Prince displacement sites multiply",
        "The number of displacement sites in the Port-au-Prince area rose to [[142|capacity;u=other;a=the IOM]] in {{October 2024}}, the IOM said, up from [[96|capacity;u=other;a=the IOM]] in {{June}}. "
        "They shelter [[about 190,000 people|displaced]], most of them in schools, churches and public buildings. "
        "Gang attacks on Solino alone forced [[some 10,000|displaced;a=local officials]] out in {{a week}}, local officials said.",
    ),
    (
        "Haiti: Dominican Republic deportations continue",
        "The Dominican Republic deported [[more than 276,000 Haitians|returned;a=the IOM]] in {{2024}}, the IOM said, and [[another 36,000|returned;a=the agency;alt=the IOM]] in {{January}} alone, the agency said. "
        "At the Belladere crossing, the Haitian border support group received [[up to 1,000 deportees a day|returned]], among them [[dozens of pregnant women|returned]].",
    ),
    (
        "Haiti: Mirebalais families shelter in Hinche schools",
        "[[Close to 6,000 people|displaced;a=the Central Plateau civil protection office]] who fled gangs in Mirebalais and Saut-d'Eau are sheltering in [[11 schools|capacity;a=the Central Plateau civil protection office]] in Hinche, the Central Plateau civil protection office said. "
        "Classes for [[about 4,000 pupils|civilians;a=the office;alt=the Central Plateau civil protection office]] have been suspended, the office said. "
        "The WFP delivered hot meals to [[2,800 people|aid]] on {{Monday}}.",
    ),
    (
        "Haiti: residents trapped in Cite Soleil as gangs fight",
        "[[Hundreds of residents|civilians;a=Medecins Sans Frontieres]] of Brooklyn, a neighbourhood of Cite Soleil, are trapped without water or food as rival gangs fight for control, Medecins Sans Frontieres said. "
        "The group treated [[47 people|injured;a=The group;alt=Medecins Sans Frontieres]] for gunshot wounds in {{five days}}, The group said, and [[at least 35 bodies|killed]] have been seen in the streets.",
    ),
    (
        "Haiti: homes burned in Arcahaie gang attack",
        "Gang members set fire to [[about 200 houses|housing;a=the mayor of Arcahaie]] in the commune on {{Thursday}} night, the mayor of Arcahaie said, and [[at least 15 people|killed;a=the mayor of Arcahaie]] were killed. "
        "[[Roughly 1,700 residents|displaced]] have taken refuge in the town centre.",
    ),
    (
        "Colombia: Catatumbo displaced begin returning to rural Tibu",
        "[[About 9,000 people|returned;a=the Ombudsman's Office]] who fled the ELN offensive in Catatumbo have gone back to rural Tibu, the Ombudsman's Office said, while [[more than 47,000|displaced;a=the Ombudsman's Office]] remain in Cucuta, Ocana and Tibu town. "
        "The government has registered [[14,600 families|aid;a=the government]] for emergency cash aid of {{1.2 million pesos}}, the government said.",
    ),
    (
        "Colombia: confined communities in Choco",
        "[[Some 12,000 people|civilians;a=the Ombudsman's Office]] in [[34 Indigenous and Afro-Colombian communities|other;u=other;a=the Ombudsman's Office]] along the San Juan river are confined by fighting between the ELN and the Clan del Golfo, the Ombudsman's Office said. "
        "They cannot fish or reach their crops more than {{500 metres}} from their villages. "
        "The army has sent [[300 soldiers|combatants]] to the area.",
    ),
    (
        "Panama: Darien crossings fall sharply",
        "[[Just over 2,000 migrants|displaced;a=Panama's migration service]] crossed the Darien jungle in {{January}}, Panama's migration service said, against [[36,000|displaced;a=Panama's migration service]] a year earlier. "
        "[[More than 1,200 migrants|returned;a=the service;alt=Panama's migration service]] heading back south from the United States border passed through Panama by boat in the same month, the service said.",
    ),
    (
        "Venezuela: villagers flee Apure clashes into Colombia",
        "[[About 4,700 Venezuelans|displaced;a=the mayor of Arauquita]] crossed the Arauca river into Colombia after fighting between the Venezuelan army and FARC dissidents in Apure, the mayor of Arauquita said. "
        "They are sheltering in [[eight temporary shelters|capacity]] and a sports coliseum. "
        "[[Four soldiers|killed]] and [[two civilians|killed]] were killed in the clashes, and [[eight soldiers|kidnapped]] were taken prisoner.",
    ),
    # ---------------------------------------------------------------- Iraq, Libya, Caucasus
    (
        "Iraq: Mosul families flee as offensive enters western city",
        "[[Around 4,000 people a day|displaced;a=the Iraqi migration ministry]] are fleeing western Mosul, the Iraqi migration ministry said on {{March 1, 2017}}. "
        "Hammam al-Alil camp, with [[3,500 tents|capacity]], was full within {{a week}}, and the ministry is building [[two more camps|capacity;p;a=the ministry;alt=the Iraqi migration ministry]] south of the city, the ministry said. "
        "[[Up to 750,000 civilians|civilians;a=the UN]] are thought to remain in the western half, according to the UN.",
    ),
    (
        "Iraq: Sinjar Yazidis return from Duhok camps",
        "[[About 1,800 Yazidi families|returned;a=the Kurdistan region's migration office]] left camps in Duhok for Sinjar in {{March}}, the Kurdistan region's migration office said. "
        "[[Some 180,000 Yazidis|displaced]] still live in [[15 camps|capacity]] in the region, nearly a decade after the Islamic State attack of {{August 2014}}. "
        "In Sinjar, {{about 80 percent}} of public buildings and [[some 6,000 houses|housing;a=local officials]] were destroyed, according to local officials.",
    ),
    (
        "Iraq: camp closures leave families with nowhere to go",
        "The federal government closed [[16 camps|capacity;a=Human Rights Watch]] in {{2020}} and sent [[more than 34,000 people|returned;a=Human Rights Watch]] back to their districts, Human Rights Watch said. "
        "But [[roughly 100,000|displaced;a=the group;alt=Human Rights Watch]] of those who left ended up in informal settlements or unfinished buildings, the group said, because their homes had been destroyed or their areas were unsafe.",
    ),
    (
        "Libya: Tawergha residents begin return after seven years",
        "[[Around 40 families|returned;a=the Tawergha local council]] went back to the town of Tawergha on {{February 1, 2018}}, the Tawergha local council said, the first of [[some 40,000 residents|displaced;a=the Tawergha local council]] driven out in {{2011}}. "
        "[[Hundreds of families|displaced]] remained in a desert camp {{40 km}} away after Misrata militias blocked the road.",
    ),
    (
        "Libya: Tripoli clashes force families from Abu Salim",
        "Fighting between armed groups in the Abu Salim district displaced [[about 2,100 families|displaced;a=the Libyan Red Crescent]], the Libyan Red Crescent said, and killed [[at least 32 people|killed;a=the health ministry]], according to the health ministry. "
        "[[Some 600 migrants|civilians]] held in a detention centre in the area were trapped for {{two days}} without food.",
    ),
    (
        "Armenia: Karabakh refugees register in Goris",
        "Armenian officials registered [[100,514 people|displaced;a=Armenian officials]] who had arrived from Nagorno-Karabakh by {{October 2}}, Armenian officials said, out of a population put at [[about 120,000|civilians;a=Armenian officials]]. "
        "The government said [[more than 40,000|displaced;a=The government]] had been placed in hotels and state housing, and [[about 20,000|displaced;a=The government]] were staying with relatives.",
    ),
    (
        "Azerbaijan: families move into rebuilt Lachin",
        "[[Twenty-two families|returned;a=the state agency for the restoration of liberated territories]] moved into rebuilt houses in Lachin on {{Thursday}}, the state agency for the restoration of liberated territories said. "
        "The town has [[about 1,000 new homes|housing]], and the government plans to bring [[some 20,000 people|returned;p;a=the government]] back by {{2026}}, according to the government.",
    ),
    # ---------------------------------------------------------------- Ethiopia, Somalia, South Sudan, CAR
    (
        "Ethiopia: Somali region displaced by Oromia border clashes",
        "Clashes along the Oromia-Somali boundary displaced [[between 60,000 and 85,000 people|displaced;a=aid agencies]] in {{two weeks}}, aid agencies said. "
        "[[At least 46 people|killed]] were killed in Moyale alone. "
        "Many of the displaced had already fled the drought of {{2017}}, when [[about half a million|displaced;q=approx;v=500000;a=the UN]] left their homes, according to the UN.",
    ),
    (
        "Ethiopia: Eritrean refugees in Tigray camps unaccounted for",
        "[[About 7,600 refugees|missing;a=UNHCR]] from the Hitsats and Shimelba camps remain unaccounted for after the camps were destroyed, UNHCR said. "
        "The two camps had hosted [[some 20,000 Eritreans|displaced]] before the war. "
        "[[About 8,000|displaced]] have been moved to a new site at Alemwach in Amhara.",
    ),
    (
        "Somalia: Kismayo receives families from Jubaland fighting",
        "[[More than 5,000 households|displaced;a=Jubaland's humanitarian affairs ministry]] have reached Kismayo since fighting between federal and Jubaland forces began, Jubaland's humanitarian affairs ministry said. "
        "The town's [[29 displacement sites|capacity]] were already home to [[about 130,000 people|displaced]]. "
        "The ministry says it needs [[8,000 shelter kits|aid;p;a=The ministry;alt=Jubaland's humanitarian affairs ministry]].",
    ),
    (
        "Somalia: al-Shabaab blockade keeps farmers from fields in Hiraan",
        "[[About 46,000 people|civilians;a=the regional administration]] in [[21 villages|other;a=the regional administration]] of Hiraan are cut off by an al-Shabaab blockade, the regional administration said. "
        "Aid can reach them only by air; the WFP has made [[nine airdrops|aid]] since {{April}}.",
    ),
    (
        "South Sudan: Tambura violence empties villages",
        "[[More than 80,000 people|displaced;a=the UN mission]] have fled fighting between Azande and Balanda militias around Tambura, the UN mission said, and [[at least 100|killed;a=the UN mission]] have been killed. "
        "Peacekeepers are protecting [[about 10,000 people|displaced]] who have gathered at their base. "
        "Houses in [[dozens of villages|other]] have been burned.",
    ),
    (
        "Central African Republic: Bambari displaced return to their neighbourhoods",
        "[[Roughly 3,000 people|returned;a=the UN mission MINUSCA]] who had sheltered near the Bambari cathedral went back to their neighbourhoods after the armed group left town, the UN mission MINUSCA said. "
        "[[About 600 houses|housing;a=the mission;alt=the UN mission MINUSCA]] were looted or burned during the fighting, the mission said. "
        "The cathedral site, which once sheltered [[up to 20,000|displaced]], is now almost empty.",
    ),
    (
        "Central African Republic: refugees from Sudan in Birao",
        "[[About 30,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in the Vakaga prefecture since {{April 2023}}, UNHCR said, more than doubling the population of Birao, then put at [[some 20,000|civilians;a=UNHCR]]. "
        "The agency has built [[1,100 shelters|capacity;a=The agency;alt=UNHCR]] at Korsi, The agency said.",
    ),
]
