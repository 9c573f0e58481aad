"""dev246 items, part 1: navies and coastguards at sea (Arabian Sea, Gulf of Oman, Gulf of
Aden, Red Sea, Somali coast, Mediterranean, Arabian Sea off India)."""

from _wrap import item

item(
    "US cruiser seizes missiles and rifles from dhow in northern Arabian Sea",
    """
Sailors from the guided-missile cruiser USS Monterey boarded a stateless dhow in the northern
Arabian Sea on {{May 6, 2021}} and found what the US Navy's Fifth Fleet called a large cache of
illicit weapons hidden under fishing nets. The haul included [[dozens of anti-tank guided
missiles|other;a=the fleet;alt=the US Navy's Fifth Fleet]], [[thousands of assault
rifles|other;a=the fleet;alt=the US Navy's Fifth Fleet]] and [[hundreds of machine
guns|other;a=the fleet;alt=the US Navy's Fifth Fleet]], the fleet said in a statement. Boarding
teams spent {{two days}} cataloguing the weapons, which also included [[several dozen sniper
rifles|other]] and rocket-propelled grenade launchers. The dhow's [[10 crew members|arrested;a=a
Fifth Fleet spokesman]] were detained and later handed over to the Yemeni coast guard, a Fifth
Fleet spokesman said. It was the second big seizure in the area in {{three months}}: in
{{February}} the destroyer USS The Sullivans took [[about 3,000 rifles|other]] and [[more than
200,000 rounds|other]] of ammunition from another dhow. Officials said the weapons were bound for
Yemen's Houthis, who denied it.
""",
)

item(
    "Royal Navy frigate intercepts Iranian missile parts in Gulf of Oman",
    """
Royal Marines operating from the frigate HMS Lancaster intercepted [[two speedboats|other;u=other;a=the
Ministry of Defence]] south of Iran in the Gulf of Oman in {{January and February 2022}} and
seized Iranian-made weapons bound for Yemen, the Ministry of Defence said on {{July 7}}. The
cargo included [[eight surface-to-air missiles|other;a=the ministry;alt=the Ministry of Defence]]
and [[six engines|other;u=other;a=the ministry;alt=the Ministry of Defence]] for land-attack cruise
missiles, the ministry said. The marines chased the second boat for {{more than an hour}} before
detaining [[six suspected smugglers|arrested]], who were later handed to Iranian authorities.
US Central Command, which helped with the analysis, said the missile engines were of a type
used by the Houthis to strike targets {{more than 1,000km}} away. CENTCOM said its forces had
interdicted [[more than 9,000 weapons|other;a=CENTCOM]] and [[over 1m rounds|other;a=CENTCOM]] of
ammunition bound for Yemen since {{2015}}. The Royal Navy said it would send [[another 120
sailors|combatants;p;a=The Royal Navy]] to its base in Bahrain next year.
""",
)

item(
    "Yemen coast guard seizes drone parts off Mocha",
    """
Yemen's government-run coast guard said on {{Sunday}} it had seized a boat off the Red Sea port
of Mocha carrying [[more than 800 drone components|other;u=other;a=Yemen's government-run coast
guard]] bound for Houthi-held Hodeidah. Officers arrested [[four crew|arrested]] after a chase
of {{about 30 nautical miles}}, according to a statement. Among the parts were [[about 120 small
engines|other;u=other;a=a coast guard officer]] and [[dozens of navigation units|other;u=other;a=a
coast guard officer]], a coast guard officer told AFP by telephone. The Houthis, who have launched
[[hundreds of drones|other]] at merchant ships since {{November 2023}}, did not respond to a
request for comment. Last month the coast guard's Mocha sector intercepted [[three skiffs|other;u=other;a=Yemen's
government-run coast guard]] and arrested [[11 men|arrested;a=Yemen's government-run coast
guard]], it said, without saying what the boats carried.
""",
)

item(
    "Puntland maritime police kill two in gunfight with arms smugglers",
    """
[[Two suspected arms smugglers|killed;a=the Puntland Maritime Police Force (PMPF)]] were killed and a police officer was wounded in a gunfight on a
beach east of Bosaso, the Puntland Maritime Police Force (PMPF) said on {{Thursday}}. Officers
had been waiting for a boat from Yemen that landed shortly after {{2am}}, a PMPF commander told
the Garowe Online website. He said his men arrested [[five suspects|arrested;a=a PMPF commander]]
on the beach, while [[three others|other;a=a PMPF commander]] fled into the Cal Miskaad hills. The
boat was carrying [[48 Kalashnikov rifles|other;a=the commander;alt=a PMPF commander]], [[12
pistols|other;a=the commander;alt=a PMPF commander]] and [[about 6,000 rounds|other;a=the
commander;alt=a PMPF commander]] of ammunition, the commander said. The weapons were destined for
the Islamic State faction in the hills, which a UN monitoring group estimated in {{2019}} to have
[[between 200 and 300 fighters|combatants;a=a UN monitoring group]]. Puntland has sent [[about
500 troops|combatants]] to the area this year.
""",
)

item(
    "Indian warship frees 19 fishermen held by Somali pirates",
    """
The Indian Navy said its patrol vessel INS Sumitra had freed [[19 crew members|kidnapped;a=The
Indian Navy]] of a fishing vessel hijacked off the east coast of Somalia, the second such rescue
in {{36 hours}}. Marine commandos boarded the vessel at first light and detained [[11
pirates|arrested]], who surrendered without a fight. The boarding party recovered [[nine
rifles|other]] and [[several hundred rounds|other]] of ammunition. All of the freed crew were
Pakistani nationals and were in good health, a navy spokesman said on X. Since {{December}},
Indian warships have freed [[more than 100 hostages|kidnapped;a=navy officials]] from pirates,
navy officials say. Pirates still hold [[about 17 crew|kidnapped;a=maritime security firms]] of
a bulk carrier anchored off Puntland, maritime security firms said. The navy has deployed [[about
5,000 personnel|combatants;a=The navy;alt=The Indian Navy]] and [[at least 10 warships|other;u=other;a=The
navy;alt=The Indian Navy]] in the Arabian Sea, it said.
""",
)

item(
    "Two Navy SEALs missing after boarding of dhow off Somalia",
    """
[[Two US Navy SEALs|missing;a=US Central Command (CENTCOM)]] went missing on {{Thursday night}} while boarding a dhow off the coast of Somalia
that was carrying Iranian-made missile parts to Yemen, US Central Command (CENTCOM) said on
{{January 16, 2024}}. A SEAL slipped from the ladder in heavy seas and a second went in after
him, officials told the Associated Press. CENTCOM said the search for [[the two SEALs|missing;a=CENTCOM]]
was continuing. The boarding team detained [[14 crew members|arrested;a=CENTCOM]] and seized
propulsion and guidance parts for medium-range ballistic missiles and [[two warheads|other;u=other;a=CENTCOM]],
it said. The dhow was judged unsafe and sunk. [[Four of the crew|arrested;n=crew;a=the Justice Department]] were later
charged in a federal court in Virginia, and [[the remaining 10|returned;n=-;a=the Justice Department]] were sent back to
Yemen, the Justice Department said. [[More than two dozen ships|other;u=other]] and
aircraft joined the search, which was called off after {{10 days}}.
""",
)

item(
    "EU mission seizes armoured vehicles bound for Libya",
    """
A Greek frigate serving with the EU's Operation Irini boarded a cargo ship {{200km}} north of
Benghazi and found [[105 armoured vehicles|other;a=the mission]] in breach of the UN arms embargo
on Libya, the mission said on {{October 3}}. The vessel, sailing from the United Arab Emirates,
was escorted to a port in Marseille, where its [[18 crew|arrested]] were held for questioning.
Irini said it had carried out [[more than 9,000 hailings|other;u=other;a=Irini]] and [[22
inspections|other;u=other;a=Irini]] of suspect ships since {{2020}}, seizing weapons,
ammunition and jet fuel. Under Resolution {{2292}}, member states may inspect ships on the high
seas off Libya. [[Some 20,000 foreign fighters and mercenaries|combatants;n=fighters and mercenaries;a=the UN envoy]] remain
in Libya, the UN envoy told the Security Council last year. The EU expects to add [[two more
ships|other;p;a=The EU]] to the mission in the spring.
""",
)

item(
    "Greek coastguard holds cargo ship with explosives off Crete",
    """
The Greek coastguard said on {{Tuesday}} it had seized a Tanzanian-flagged cargo ship south of
Crete carrying [[29 containers|other;a=The Greek coastguard]] of explosives and [[11,000
detonators|other;u=other;a=The Greek coastguard]] without the right documents. The ship had
loaded {{410 tonnes}} of ammonium nitrate in the Turkish port of Mersin and declared Djibouti and
Oman as its destinations, but its charts showed a course for Misrata in Libya, officials said.
Coastguard commandos arrested [[all eight crew members|arrested]], [[six|arrested;n=-]] of them
Indian and [[two|arrested;n=-]] Ukrainian. A court in Heraklion later freed the cook and sent
[[three sailors|returned]] home to India, but kept the captain in custody. The UN Panel of Experts
on Libya said the case was one of [[at least 10 suspected shipments|other;u=other;a=The UN Panel of
Experts on Libya]] of explosives to Libyan armed groups since {{2014}}.
""",
)

item(
    "Coalition says it destroyed Houthi boats off Hodeidah",
    """
The Saudi-led coalition said its warships destroyed [[two explosive-laden boats|other;a=The Saudi-led
coalition]] in the Red Sea west of Hodeidah on {{Saturday}} before they could reach a commercial
shipping lane. A coalition spokesman, Colonel Turki al-Maliki, said the boats were remotely
controlled and that [[four Houthi fighters|killed;a=Colonel Turki al-Maliki]] were killed on a
third boat that was guiding them. Coalition aircraft then struck a site in the port where the boats
were assembled, destroying [[three warehouses|housing;u=structure;a=Colonel Turki al-Maliki]], he said. The Houthi-run
Saba news agency said [[three fishermen|killed;a=The Houthi-run Saba news agency]] were killed and
[[five others|injured;a=The Houthi-run Saba news agency]] wounded when the strike hit a fish
market nearby. [[About 400 families|displaced;a=local officials]] living near the port fled to
villages inland, local officials said. The coalition said it had foiled [[more than 100 boat
attacks|other;u=other;a=The coalition]] since {{2015}}.
""",
)

item(
    "French frigate seizes rifles and missiles in Gulf of Aden",
    """
A French frigate operating under the US-led Combined Maritime Forces (CMF) seized [[more than
3,000 assault rifles|other;a=CMF]], [[578,000 rounds|other;a=CMF]] of ammunition and [[23
anti-tank guided missiles|other;a=CMF]] from a fishing vessel in the Gulf of Aden, CMF said on
{{February 1, 2023}}. The vessel, sailing without a flag, was stopped {{about 80 nautical miles}}
off the Yemeni coast after a tip-off from a partner navy. The weapons were Iranian-made and were
bound for Yemen, the task force said, adding that [[the six crew|arrested;a=the task
force;alt=Combined Maritime Forces]] had been detained. French special forces took {{more than
12 hours}} to move the cargo onto the frigate. [[Some 50 sailors|other]] worked through the night
to log each weapon's serial number. Paris keeps [[about 700 sailors|combatants;a=the defence
ministry]] in the region, the defence ministry said.
""",
)

item(
    "Australian warship seizes weapons cache off Oman",
    """
The Royal Australian Navy said on {{March 7, 2016}} that HMAS Darwin had intercepted a dhow {{170
nautical miles}} off the coast of Oman and seized [[nearly 2,000 AK-47 assault rifles|other;a=The
Royal Australian Navy]] hidden under bags of fishing gear. The boarding party also found [[100
rocket-propelled grenade launchers|other;a=the navy;alt=The Royal Australian Navy]], [[49 machine
guns|other;a=the navy;alt=The Royal Australian Navy]] and [[20 mortar tubes|other;u=other;a=the
navy;alt=The Royal Australian Navy]], the navy said. The weapons were thought to be bound for
Somalia and onward to Yemen. The [[18 crew|other;a=officials]] were questioned and released
because the dhow flew no flag, officials said. Most of the weapons were dumped at sea, but
[[several hundred rifles|other]] were kept as evidence. HMAS Darwin, with [[about 250
sailors|combatants]] on board, was on its {{ninth}} rotation to the Middle East.
""",
)

item(
    "Coast Guard catches Pakistani boat with pistols and heroin off Gujarat",
    """
The Indian Coast Guard and Gujarat's Anti-Terrorism Squad intercepted a Pakistani fishing boat
inside Indian waters off Jakhau before dawn on {{Monday}}, arresting [[10 crew
members|arrested;a=officials]], officials said. The boat was carrying {{40 kg}} of heroin worth
{{Rs 300 crore}}, along with [[six pistols|other;a=they;alt=officials]] and [[120
rounds|other;a=they;alt=officials]] of ammunition, they said. A Coast Guard spokesman said [[two
ships|other;a=A Coast Guard spokesman]] took part in the operation. The crew tried to throw the
weapons overboard as the ships closed in, he said, and [[two of them|injured;n=-;a=A Coast Guard
spokesman]] were hurt during the boarding. The ATS said the pistols were meant for a gang in
Punjab. Since {{2019}}, the squad has seized [[at least 60 firearms|other;a=the squad;alt=Gujarat's
Anti-Terrorism Squad]] on boats off the Gujarat coast, according to the squad.
""",
)

item(
    "Arms researchers trace Somali weapons to Yemen dhow routes",
    """
Weapons seized from al-Shabaab and Islamic State fighters in Somalia are increasingly arriving by
dhow from Yemen, Conflict Armament Research (CAR) said in a report on {{Wednesday}}. The group's
investigators documented [[more than 400 weapons|other;a=The group's investigators;alt=Conflict Armament Research]] recovered by
Somali and Puntland forces between {{2016}} and {{2021}}, and traced [[about 130|other;n=-;u=other;a=The
group's investigators;alt=Conflict Armament Research]] to stocks once held by Iran's armed forces. Many were landed on beaches
near Bosaso after crossings of {{less than 24 hours}} from Mukalla. CAR said [[nine dhows|other;u=other;a=CAR]]
intercepted off Yemen in the same period had carried rifles with serial numbers in the same
sequence. Somali officials say [[between 5,000 and 7,000 fighters|combatants;a=Somali officials]]
still serve al-Shabaab. Puntland authorities say they arrested [[more than 40 suspected
smugglers|arrested;a=Puntland authorities]] on the coast in the same period. The UN Security Council lifted the last arms restrictions on the Somali
government in {{December 2023}}.
""",
)

item(
    "UN panel says smuggling routes feed Yemen fighting on the coast",
    """
Arms smuggling across the Red Sea continues to supply fighting on Yemen's west coast, the UN Panel
of Experts on Yemen said in its annual report, released on {{February 21, 2025}}. The panel
documented [[at least 11 interdictions|other;u=other;a=The panel;alt=the UN Panel of Experts on Yemen]] of boats carrying weapons,
drone parts or missile components in {{2024}}. Clashes around Khokha and Hays displaced [[some
1,200 families|displaced;a=the panel;alt=the UN Panel of Experts on Yemen]] over the year, the panel
said, citing the International Organization for Migration. [[Dozens of fishermen|arrested;a=The panel;alt=the UN Panel of Experts on Yemen]]
were detained by both sides on suspicion of smuggling, it said. The World Food Programme said it
had distributed [[3,500 food baskets|aid;a=The World Food Programme]] in Khokha district since the
clashes began. The panel also said [[at least 30 civilians|killed;a=The panel;alt=the UN Panel of Experts on
Yemen]] had been killed by landmines laid along the coast. The panel's mandate was renewed under Resolution {{2140}}.
""",
)

item(
    "Libyan coast guard frees women held by traffickers after boat chase",
    """
Libya's coast guard said on {{Saturday}} it had intercepted a boat off Zuwara and rescued [[112
migrants|other;a=Libya's coast guard]] after traffickers fired on a patrol vessel. [[Three
traffickers|arrested;a=the coast guard;alt=Libya's coast guard]] were arrested and [[one|killed;n=-;a=the
coast guard;alt=Libya's coast guard]] was shot dead, the coast guard said. Officers found [[two
rifles|other]] and a box of grenades on board. A raid on a farm near the beach later freed [[14
women|kidnapped;a=the Interior Ministry]] who had been held for ransom for {{up to three
months}}, the Interior Ministry said. The migrants were taken to a detention centre in Tajoura
built for [[about 500 people|capacity]] that rights groups say held more than twice that number.
The UN refugee agency said [[at least 6,000 migrants|other;a=The UN refugee agency]] had been
intercepted at sea and returned to Libya in the first {{three months}} of the year.
""",
)
item(
    "Dhow captain gets 40 years for smuggling missile parts to Houthis",
    """
A federal judge in Richmond, Virginia, on {{Tuesday}} sentenced a Pakistani dhow captain to {{40
years}} in prison for smuggling Iranian-made missile parts bound for Yemen's Houthis. Abdulrahman
Qasimi, {{49}}, was convicted in {{June 2025}} on charges including providing material support to
Iran's weapons programme and lying to the Coast Guard. Prosecutors had sought a life term; the
defence argued for {{10 years}}, pointing to his {{30-year}} career as a fisherman with no
criminal record. The judge also imposed a fine of {{$250,000}}. The case stemmed from a boarding
in the Arabian Sea on {{January 11, 2024}}, in which the ship's cargo was seized and the dhow was
sunk. Qasimi's lawyers said they would appeal within the {{14-day}} deadline.
""",
)

item(
    "Pakistan Navy takes command of Gulf of Aden task force",
    """
The Pakistan Navy took command of Combined Task Force {{151}}, the multinational counter-piracy
and anti-smuggling patrol, at a ceremony in Bahrain on {{Thursday}}, its {{11th}} turn at the helm
since {{2009}}. The task force patrols {{more than 2 million square miles}} of sea, through which
{{about 12 per cent}} of world trade passes. Rear Admiral Faisal Abbasi, {{52}}, will lead it for
{{six months}}, taking over from a Brazilian officer. He said smuggling of arms and narcotics
across the Arabian Sea had become more organised since {{2021}}, and that boardings would be
"faster and more frequent". The ceremony was held aboard a frigate commissioned in {{2023}} at a
cost of {{$370m}}.
""",
)
