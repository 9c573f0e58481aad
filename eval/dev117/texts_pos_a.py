"""dev117 positives, Ukraine, Gaza, Lebanon and Sudan, part 1: whole articles around current wars (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "EU envoys agree new Russia sanctions as Kharkiv mourns shoppers killed in guided "
        "bomb strike",
        "European Union ambassadors agreed on Wednesday on a 14th package of sanctions "
        "against Russia, targeting for the first time its liquefied natural gas trade through "
        "EU ports, diplomats said. The package, which still needs formal approval by "
        "ministers, would bar the transshipment of Russian LNG in European terminals and add "
        "dozens of vessels of Moscow's so-called shadow fleet to a blacklist. Hungary dropped "
        "its objections late on Tuesday after securing language on energy projects, two "
        "diplomats told Reuters. The agreement came as the northeastern Ukrainian city of "
        "Kharkiv buried victims of Saturday's strike on a crowded DIY hypermarket, where two "
        "Russian guided bombs set off a fire that burned for hours. Regional governor Oleh "
        "Syniehubov said on Wednesday the death toll had risen to 19 after the remains of "
        "another employee were identified, and that several people were still listed as "
        "missing. Families had been shopping for garden supplies when the bombs hit, he said. "
        "Russian forces have pressed an offensive north of the city since early May, and "
        "Kharkiv has come under almost daily attack from glide bombs launched from aircraft "
        "inside Russia. Ukrainian President Volodymyr Zelensky has pleaded with Western "
        "allies to allow their weapons to be used against launch sites across the border. "
        "Several EU governments have said they would not object, but Germany and Italy remain "
        "cautious. The sanctions package also includes, for the first time, measures against "
        "companies in China accused of supplying components for Russian drones. Beijing said "
        "it firmly opposed the listings and would protect its firms' interests. Foreign "
        "ministers are expected to sign off on the package when they meet in Luxembourg on "
        "Monday.",
        "E V",
        "guided bomb strike",
    ),
    (
        "Russia strikes Odesa for fourth night after quitting grain deal, damaging cathedral",
        "Russian missiles struck the historic centre of Odesa overnight on July 23, damaging "
        "the Transfiguration Cathedral and killing at least two people, the regional military "
        "administration said. It was the fourth consecutive night of attacks on the Black Sea "
        "port since Moscow withdrew from the grain deal brokered by Turkey and the United "
        "Nations. Twenty-two people were injured, including four children, and 50 buildings "
        "were damaged, among them 25 architectural monuments, according to the regional "
        "governor. The cathedral, rebuilt in the 1990s after being blown up by the Soviet "
        "authorities in 1936, lost much of its roof and altar. Priests and volunteers carried "
        "icons out of the rubble on Sunday morning. UNESCO, which placed Odesa's historic "
        "centre on its list of endangered World Heritage sites in January, condemned the "
        'attack. Russian officials said the strikes targeted facilities "where terrorist acts '
        'against Russia were being prepared". Ukrainian officials said Russia had also hit '
        "grain terminals in the region earlier in the week, destroying about 60,000 tonnes of "
        "grain. The Kremlin has said it will return to the deal only if Western restrictions "
        "on its own agricultural exports are lifted.",
        "E",
        "missile strike",
    ),
    (
        "UN nuclear inspectors reach Zaporizhzhia plant as shelling hits nearby Enerhodar",
        "A team of UN nuclear inspectors led by Rafael Grossi reached Europe's largest "
        "nuclear power plant in southern Ukraine on Thursday, after a journey through the "
        "front line that was delayed for hours by shelling. \"We've been able to gather a lot "
        'of information," the head of the International Atomic Energy Agency told reporters '
        "after touring the Russian-occupied site for about four hours. Several inspectors "
        'will remain at the plant to establish what Grossi called "a continued presence". '
        "Hours before the convoy arrived, one of the plant's six reactors was shut down by "
        "its emergency protection system after mortar fire hit the area, Ukraine's nuclear "
        "operator Energoatom said. Russian-installed officials in nearby Enerhodar said "
        "shelling had hit residential blocks in the town, killing three people, and blamed "
        "Ukrainian forces. Kyiv accused Moscow of staging the attacks to discredit Ukraine. "
        "AFP could not independently verify either account. Both sides have accused each "
        "other for weeks of shelling the plant, raising fears of a nuclear accident.",
        "E",
        "shelling",
    ),
    (
        "Istanbul talks end without ceasefire as Russian troops push toward Kostiantynivka",
        "Russian and Ukrainian delegations met for barely an hour in Istanbul on Monday and "
        "agreed only to swap more prisoners and the bodies of fallen soldiers, leaving Kyiv's "
        "demand for an unconditional ceasefire unanswered. Ukraine's Defense Minister Rustem "
        'Umerov said Moscow had handed over a "memorandum" setting out its conditions, which '
        "Kyiv would study. Russia's chief negotiator Vladimir Medinsky proposed a pause of "
        "two to three days in some sectors to collect bodies. On the battlefield, Russian "
        "forces kept up their push in the Donetsk region. Russia's Defense Ministry said its "
        "troops had captured the village of Novopil and were advancing toward Kostiantynivka, "
        "a claim DW could not verify. Ukraine's General Staff reported 174 combat clashes "
        "along the front over the past day, more than a third of them near Pokrovsk. Local "
        "authorities in Kostiantynivka urged the remaining residents to leave, saying guided "
        "bombs and drones were hitting the town every day. Around 8,000 people remain there, "
        "down from 67,000 before the full-scale invasion, officials said.",
        "B E D",
        "ground advance",
    ),
    (
        "Washington says it had no advance notice as Ukrainian troops push deeper into "
        "Russia's Kursk region",
        "The White House said it had not been told in advance of Ukraine's cross-border "
        "incursion into Russia's Kursk region, as Ukrainian forces pressed on for a sixth day "
        "with what analysts described as the largest attack on Russian soil since the second "
        "world war. A national security council spokesperson said the US was seeking to "
        "understand Kyiv's objectives, and that the operation did not breach the terms on "
        "which American weapons were supplied. Russia's acting Kursk governor, Alexei "
        "Smirnov, said 76,000 people had been evacuated from border districts and that "
        "Ukrainian troops held 28 settlements. Fighting was reported around the town of "
        "Sudzha, where a gas-metering station on the pipeline to Europe is located. Moscow "
        'declared a federal state of emergency and announced a "counter-terrorist operation" '
        "in Kursk and two neighbouring regions. Russian military bloggers described chaotic "
        "scenes, with conscripts captured and columns of reinforcements hit by drones on the "
        "roads. President Volodymyr Zelensky, in his nightly address, acknowledged the "
        'operation for the first time, saying Ukraine was "pushing the war on to the '
        "aggressor's territory\".",
        "B E M D",
        "cross-border incursion",
    ),
    (
        "Avdiivka left without heating in freezing cold as fighting flares in eastern Ukraine",
        "Thousands of residents of the government-held town of Avdiivka in eastern Ukraine "
        "are without heating, power or water as temperatures fall to -20C, after two days of "
        "the heaviest fighting in months. At least eight Ukrainian soldiers have been killed "
        "since Sunday, the defence ministry in Kyiv said, while separatist officials in "
        "Donetsk reported civilian deaths on their side of the line. Both sides accuse each "
        "other of firing Grad rockets and heavy artillery banned under the Minsk agreements. "
        "The Organization for Security and Cooperation in Europe, whose monitors recorded "
        "more than 2,300 explosions in the area on Monday alone, called for an immediate "
        "truce to allow repair crews to restore electricity. Emergency services set up heated "
        "tents in the town centre and began preparing to evacuate children. Ukraine's "
        "President Petro Poroshenko cut short a visit to Berlin, where he had met Chancellor "
        "Angela Merkel, to return home. The UN Security Council was expected to discuss the "
        "escalation later on Tuesday. The conflict between government forces and "
        "Russian-backed separatists has killed about 10,000 people since April 2014.",
        "B E H",
        "fighting and shelling",
    ),
    (
        "Gaza truce talks stall in Doha as Israeli strike on school shelter kills dozens",
        "Negotiators from Qatar, Egypt and the United States ended two days of talks in Doha "
        "without a breakthrough on a Gaza ceasefire and captive exchange, with Hamas saying a "
        'new US "bridging proposal" leaned towards Israeli demands. Mediators said they would '
        "reconvene in Cairo next week. On Saturday morning, an Israeli air strike hit the "
        "al-Tabi'in school in Gaza City's Daraj neighbourhood, where displaced families were "
        "gathered for dawn prayers, killing more than 90 people, according to Gaza's Civil "
        "Defence. Rescuers described bodies torn apart and a fire that spread through the "
        'classrooms used as shelter. The Israeli military said it had carried out a "precise '
        'strike" on a Hamas command centre inside the school and disputed the toll. '
        "Separately, the army ordered residents of parts of Khan Younis to leave on Sunday, "
        "saying rockets had been fired from the area, and families were seen loading carts "
        "and heading west. Hundreds of thousands of Palestinians have been crammed into "
        "schools and tents after repeated evacuation orders. Egypt's foreign ministry said "
        'the attack showed Israel was "not serious" about ending the war.',
        "E V D",
        "airstrike on school shelter",
    ),
    (
        "Hostage families confront war cabinet as IDF deepens Khan Yunis offensive",
        "Relatives of hostages held in Gaza met Prime Minister Benjamin Netanyahu and members "
        "of the war cabinet on Tuesday evening, in a stormy session in which several family "
        "members shouted at ministers and demanded a new deal for their release. Some of the "
        "110 hostages freed during last week's truce described being held in tunnels and "
        'given little food, the families said. Netanyahu told them a new deal was "not '
        'possible at the moment" and that military pressure was the way to bring the '
        "remaining hostages home. The meeting took place as the IDF pushed further into Khan "
        "Yunis in southern Gaza, where troops of the 98th Division have been fighting Hamas "
        "gunmen around the city since Monday. The army said three soldiers were killed in the "
        "fighting on Tuesday, bringing the number of soldiers killed since the start of the "
        "ground operation to 84. Palestinian health officials in Gaza said dozens of people "
        "were killed in strikes on the city overnight. The army has told residents of several "
        "neighborhoods to move to Rafah and al-Mawasi, on the coast, and tens of thousands "
        "were crowding into the area, according to UN agencies.",
        "B E M D",
        "ground offensive",
    ),
    (
        "UN says aid trucks reach Gaza as shootings near distribution sites leave dozens dead",
        "Around 100 trucks carrying flour and medical supplies entered Gaza through the Kerem "
        "Shalom crossing on Tuesday, the United Nations said, but looting and crowds of "
        "hungry people meant only a fraction reached warehouses. The UN has said it will not "
        "work with the Gaza Humanitarian Foundation, a US-backed group that began running "
        "food distribution sites in southern and central Gaza last month. At least 27 "
        "Palestinians were killed on Tuesday when Israeli troops opened fire near a "
        "distribution site in Rafah, the Gaza health ministry said, the third deadly incident "
        "around the sites in as many days. The Israeli military said troops had fired warning "
        'shots at "suspects" who approached them after leaving a designated route. The '
        "International Committee of the Red Cross said its field hospital in Rafah had "
        "received 184 patients, most with gunshot wounds. UN Secretary-General Antonio "
        "Guterres called for an independent investigation. GHF, which says it has handed out "
        "millions of meals, said the shootings had not happened at its sites. Gaza's 2.1 "
        "million people face a critical risk of famine, according to a UN-backed assessment.",
        "V H",
        "shooting near aid site",
    ),
    (
        "French envoy lands in Beirut as Israeli strikes pound Dahiyeh and south Lebanon",
        "France's special envoy Jean-Yves Le Drian arrived in Beirut on Thursday with a "
        "message of support for the Lebanese army and a push to fill the country's two-year "
        "presidential vacuum, as Israeli warplanes kept up their strikes on Hezbollah "
        "strongholds. At least a dozen strikes hit the southern suburbs of Beirut overnight "
        "after the Israeli army issued evacuation warnings on social media for several "
        "buildings, the state-run National News Agency reported. In the south, strikes on the "
        "towns of Nabatieh and Tyre killed at least 28 people, according to the health "
        "ministry. Long lines of cars were seen at the Masnaa border crossing into Syria, "
        "which an Israeli strike had made impassable to vehicles earlier in the month, "
        "forcing families to cross on foot. The UN refugee agency said more than 400,000 "
        "people had crossed into Syria since late September. Le Drian met parliament speaker "
        "Nabih Berri, a Hezbollah ally who has been mediating with Washington. Paris is "
        "hosting an international conference for Lebanon next week to raise humanitarian aid "
        "and support for the army.",
        "E M D",
        "air campaign",
    ),
    (
        "Journalists killed in south Lebanon as Israel-Hezbollah border exchanges intensify",
        "A video journalist was killed and six other reporters were wounded in southern "
        "Lebanon on Friday when shells struck a group of media workers filming near the "
        "border with Israel, colleagues and Lebanese officials said. The journalists, who "
        "worked for several international news organisations, were wearing vests marked "
        '"press" and had been standing on a hillside near the village of Alma al-Shaab for '
        "about an hour. Lebanese Prime Minister Najib Mikati blamed Israel for the strike, "
        "which he called a crime. The Israeli military said it was looking into the incident. "
        "The deaths came amid the worst exchanges across the frontier since the 2006 war, "
        "after Hezbollah fired anti-tank missiles at Israeli positions in solidarity with "
        "Hamas and Israel responded with artillery and drone strikes. At least 10 Hezbollah "
        "fighters have been killed since Sunday, the group said. Israel has evacuated "
        "communities within 2 kilometres of the border, and hundreds of Lebanese families "
        "have left villages on their side. UN peacekeepers said their headquarters in Naqoura "
        "had also been hit by a rocket.",
        "E V D",
        "shelling of journalists",
    ),
    (
        "Jeddah talks drag on as army jets bomb RSF positions in Khartoum and Omdurman",
        "Envoys of the Sudanese Armed Forces and the Rapid Support Forces resumed indirect "
        "talks in the Saudi city of Jeddah on Sunday, as heavy fighting continued in the "
        "capital for a fourth week. Saudi and US mediators are pressing the two sides to "
        "agree on a short truce to allow the delivery of aid and the evacuation of the "
        "wounded, diplomatic sources told Sudan Tribune. Residents of Omdurman said army "
        "warplanes carried out strikes on RSF positions near the state broadcasting building "
        "on Saturday evening, while the paramilitaries fired anti-aircraft guns from "
        "rooftops. In Khartoum, clashes broke out around the general command of the army and "
        "near the presidential palace, according to witnesses. The Sudanese Doctors Syndicate "
        "said at least 18 civilians were killed in the capital on Saturday, many of them by "
        "stray bullets and shells falling on homes. Families trapped in Bahri described RSF "
        "fighters occupying houses and stealing cars at gunpoint. More than 700,000 people "
        "have fled their homes since the war broke out on April 15, the International "
        "Organization for Migration says.",
        "B E V D",
        "urban fighting",
    ),
    (
        "Famine confirmed in Zamzam as shelling hits displaced in North Darfur camp",
        "Famine conditions are present in Zamzam camp south of El Fasher, a global hunger "
        "monitor said on Thursday, the first such determination anywhere in the world since "
        "2017. The Famine Review Committee of the Integrated Food Security Phase "
        "Classification said the camp, home to at least 500,000 displaced people, met the "
        "thresholds for food consumption and acute malnutrition, and that conditions were "
        "likely to persist until October. Aid workers in the camp told The New Humanitarian "
        "that shelling by the Rapid Support Forces had hit the camp's main market twice this "
        'week, and that several residents were killed. "People are afraid to go to the '
        'market, and the market is empty anyway," said a volunteer with a community kitchen, '
        "who asked not to be named for fear of reprisals. The RSF has besieged El Fasher "
        "since May, cutting the road to the camp. Médecins Sans Frontières said one child was "
        "dying every two hours in Zamzam earlier this year. Only a handful of trucks have "
        "reached North Darfur since the Adre crossing from Chad was closed in February. "
        "Sudanese authorities have rejected the famine finding as based on incomplete data.",
        "E V D H",
        "siege and shelling of camp",
    ),
    (
        "UN suspends flights to Port Sudan after drone attacks on airport and fuel depots",
        "The United Nations suspended its humanitarian flights into Port Sudan on Tuesday "
        "after a third straight day of drone attacks on the Red Sea city, the seat of Sudan's "
        "army-backed government and the main hub for aid operations. Drones struck the city's "
        "international airport, a fuel depot and a power substation, sending plumes of black "
        "smoke over the port, witnesses said. The army blamed the Rapid Support Forces, which "
        "it said had launched long-range drones from outside Sudan. The RSF did not comment. "
        "Sudan's Security and Defence Council announced it was cutting diplomatic ties with "
        "the United Arab Emirates, which it accuses of arming the RSF, an accusation the UAE "
        "denies. Aid groups said the attacks would delay fuel and food shipments to the "
        "country's interior, where about 25 million people face acute hunger. \"Port Sudan was "
        'the last safe place," said an official with an international NGO. The strikes came '
        "weeks after the army drove the RSF out of Khartoum.",
        "E H",
        "drone strikes on city",
    ),
    (
        "Chad struggles to cope as thousands more Sudanese refugees cross at Adre",
        "Chad's government appealed for international help on Wednesday as thousands more "
        "refugees fleeing fighting in Sudan's West Darfur crossed into the eastern border "
        "town of Adre this week. The UN refugee agency said about 15,000 people had arrived "
        "since Sunday, many of them women and children, some with gunshot wounds. New "
        "arrivals told AFP that Arab militias and fighters of the Rapid Support Forces had "
        "attacked the Ardamata district of El Geneina, going from house to house and killing "
        'men of the Masalit community. "They shot my brother in front of our door," said a '
        "34-year-old woman who walked for two days with her three children. Doctors Without "
        "Borders said its team at Adre hospital had treated more than 200 wounded people in "
        "three days. Chad, one of the world's poorest countries, already hosted about 400,000 "
        "Sudanese refugees before the war, and its officials warn that camps in the east are "
        "beyond capacity. The country's prime minister is due to travel to Geneva next week "
        "for a pledging conference.",
        "V D H",
        "refugee influx after killings",
    ),
    (
        "Lubero: ADF rebels kill 27 villagers as MONUSCO mandate debate opens in New York",
        "At least 27 civilians were killed overnight from Sunday to Monday in an attack by "
        "ADF rebels on the village of Mayikengo, in the Bapere sector of Lubero territory, "
        "North Kivu, local civil society sources said. The assailants, armed with machetes "
        "and guns, broke into homes and set fire to several houses and a health centre, "
        "according to the president of the local civil society, who said the toll could rise "
        "as bodies were still being found in the bush. Several residents were taken away by "
        "the attackers. The Congolese army said it had deployed a unit to the area and was "
        "pursuing the rebels. The ADF, which has pledged allegiance to the Islamic State "
        "group, has killed thousands of civilians in Beni and Lubero since 2014. The attack "
        "came as the UN Security Council began discussions in New York on the future of the "
        "MONUSCO peacekeeping mission, which Kinshasa wants to see leave the country. "
        "Deputies from North Kivu told Radio Okapi they opposed a hasty withdrawal while the "
        "east remained insecure.",
        "V T",
        "massacre",
    ),
]
