"""dev395 positives, part A: attacks on the Gulf states themselves and on their waters."""

POSITIVES = [
    (
        "Three killed as drones strike fuel tankers in Musaffah and fire breaks out at Abu Dhabi airport",
        "Three people were killed and six injured on Monday when suspected drones struck three ADNOC "
        "fuel tankers in the Musaffah industrial area of Abu Dhabi, police said. A fire also broke out "
        "at a construction site in the new extension of Abu Dhabi International Airport. The dead were "
        "two Indian nationals and one Pakistani, according to Abu Dhabi Police, who said the wounded "
        "had suffered minor to moderate injuries. Preliminary investigations found small flying "
        "objects, possibly belonging to drones, that fell in the two areas and may have caused the "
        "explosion and the fire. The Houthi militia in Yemen claimed responsibility hours later, "
        "saying it had launched five ballistic missiles and a number of drones at Emirati targets. "
        "The UAE Ministry of Foreign Affairs condemned what it called a terrorist targeting of civilian "
        "areas and facilities, and said the country reserved the right to respond. ADNOC said it had "
        "activated its business continuity plans and that supplies to local and international "
        "customers were not affected. Flights at the airport continued with minor disruption. "
        "Residents in Mussafah described hearing a loud bang shortly before 10am, followed by a plume "
        "of black smoke that could be seen from the city's main bridges.",
        "E T",
        "drone_attack",
    ),
    (
        "UAE intercepts two ballistic missiles over Abu Dhabi; debris falls in outskirts",
        "The UAE's air defences intercepted and destroyed two ballistic missiles fired by the Houthis "
        "towards Abu Dhabi in the early hours of Monday, the Ministry of Defence said. Debris from the "
        "intercepted missiles fell in separate areas around the capital, causing no casualties, the "
        "ministry said in a statement carried by the state news agency WAM. US forces at Al Dhafra Air "
        "Base took cover in bunkers and fired Patriot interceptors in the engagement, a spokesman for "
        "US Central Command confirmed. Within hours the Saudi-led coalition said its aircraft had "
        "destroyed the launcher used in the attack in Yemen's Al Jawf province, releasing cockpit "
        "footage of the strike. It was the second assault on the Emirates in a week, after three "
        "people were killed in Musaffah. Residents posted videos of bright flashes over the city at "
        "around 4.30am. Aviation authorities said air traffic was operating normally by mid-morning. "
        "The ministry said it was ready to deal with any threats and would take all necessary measures "
        "to protect the state.",
        "E M",
        "missile_attack",
    ),
    (
        "Drone attacks knock out half of Saudi oil output at Abqaiq and Khurais",
        "Drone attacks on two Saudi Aramco facilities at Abqaiq and Khurais early on Saturday set off "
        "huge fires and forced the company to shut down about 5.7 million barrels a day of crude "
        "production, roughly half the kingdom's output. The Saudi Interior Ministry said the fires were "
        "brought under control and that no one was hurt. Yemen's Houthi rebels said they had sent ten "
        "drones, but US officials said the strikes came from the north and pointed the finger at Iran, "
        "which denied any role. Satellite images released by Washington showed at least 17 points of "
        "impact on processing trains and stabilisation towers at Abqaiq, the world's largest crude "
        "processing plant. Aramco's chief executive told reporters in Dhahran that output would be "
        "fully restored by the end of the month. Brent crude jumped almost 20 per cent when markets "
        "opened on Monday, the biggest intraday move in decades. Crown Prince Mohammed bin Salman told "
        "US Secretary of State Mike Pompeo by phone that the kingdom was willing and able to confront "
        "this terrorist aggression.",
        "E T",
        "drone_attack",
    ),
    (
        "Houthi missile hits Aramco depot in Jeddah as F1 cars take to track nearby",
        "A Houthi missile struck a Saudi Aramco petroleum distribution station in north Jeddah on "
        "Friday, sending a thick column of black smoke across the city as Formula One drivers began "
        "practice for the Saudi Arabian Grand Prix about 11 kilometres away. The coalition fighting in "
        "Yemen said the attack set two storage tanks ablaze and caused no casualties. The Houthis said "
        "they had hit the facility with missiles and also targeted installations in Riyadh, Jizan and "
        "Najran with waves of drones. Civil defence teams were still fighting the blaze after sunset. "
        "Drivers held a four-hour meeting with F1 bosses into the early hours of Saturday before "
        "agreeing to race, after being told by Saudi officials that the circuit was protected. The "
        "coalition said it launched air strikes on Houthi targets in Sanaa and Hodeidah overnight in "
        "response. Energy ministry officials said the attacks had caused a temporary reduction in "
        "output at a refinery in Yanbu. Aramco said its supplies to customers would not be affected.",
        "E M",
        "missile_attack",
    ),
    (
        "Qatar says air defences intercepted Iranian missiles aimed at Al Udeid base",
        "Qatar's air defences intercepted a barrage of Iranian missiles fired at Al Udeid Air Base on "
        "Monday evening, the Ministry of Defence said, adding that there were no deaths or injuries. "
        "Iran's Islamic Revolutionary Guard Corps said it had launched the strike in retaliation for "
        "the US bombing of its nuclear sites at Fordow, Natanz and Isfahan two days earlier. Qatari "
        "officials said 19 missiles were fired, one of which fell inside the base without causing "
        "casualties. Loud explosions were heard over Doha shortly after 7.30pm and streaks of light "
        "were seen in the sky above the Pearl and West Bay. Qatar had temporarily closed its airspace "
        "as a precaution, diverting dozens of flights to Riyadh, Muscat and Dubai. The Foreign Ministry "
        "condemned the attack as a flagrant violation of Qatar's sovereignty and airspace and said "
        "Doha reserved the right to respond directly. The base, the largest US military installation "
        "in the Middle East, had been largely emptied of aircraft in the days before the strike. "
        "Bahrain, Kuwait and the UAE also briefly shut their airspace.",
        "E M",
        "missile_attack",
    ),
    (
        "Israeli strike targets Hamas leaders in Doha; Qatari officer among dead",
        "Israel carried out an air strike on a residential compound in Doha's Leqtaifiya district on "
        "Tuesday afternoon, targeting senior Hamas officials who had gathered to discuss a US "
        "ceasefire proposal for Gaza. Hamas said five of its members were killed, including the son "
        "of its exiled Gaza chief Khalil Al Hayya and the director of his office, but that the "
        "leadership delegation survived. Qatar's Interior Ministry said a corporal of the Internal "
        "Security Force was also killed and several others were injured. Witnesses in the West Bay "
        "Lagoon area reported a series of explosions and saw smoke rising over the neighbourhood, "
        "which is home to several embassies and schools. The Israeli military said its fighter jets "
        "had used precision munitions against the group's leadership. Qatar's Prime Minister Sheikh "
        "Mohammed bin Abdulrahman Al Thani called the strike a blatant violation of international law and a betrayal of the mediation. "
        "Gulf leaders, who had long treated Doha as a safe venue for mediation, condemned the raid in "
        "unusually strong terms.",
        "E M",
        "airstrike",
    ),
    (
        "Civilians injured as Houthi drone hits arrivals hall at Abha airport",
        "A Houthi drone struck the arrivals hall of Abha International Airport on Wednesday, wounding "
        "26 civilians, the Saudi-led coalition said. Among the injured were three women and two "
        "children, along with Indian, Yemeni and Egyptian nationals who were waiting for relatives, "
        "coalition spokesman Col Turki Al Maliki said. Eight of the wounded were taken to hospital and "
        "the rest were treated at the scene. The coalition described the attack on a civilian airport "
        "as a war crime and a terrorist act, and accused Iran of supplying the rebels with cruise "
        "missiles. The Houthis' Al Masirah television said the group had targeted the airport's "
        "control tower. Flights were briefly suspended before operations resumed in the evening. The "
        "airport in the southern province of Asir has been hit several times this year. Saudi "
        "authorities said the debris had fallen on a waiting area packed with travellers heading out "
        "on the Eid holiday.",
        "E V T",
        "drone_attack",
    ),
    (
        "Missile intercepted over Riyadh; Egyptian resident killed by falling debris",
        "An Egyptian man was killed and two other residents were wounded in Riyadh late on Sunday when "
        "debris from an intercepted ballistic missile fell on a house in the Umm Al Hammam district, "
        "the Saudi Civil Defence said. Saudi air defences shot down seven missiles fired from Yemen "
        "towards Riyadh, Khamis Mushait, Najran and Jazan, according to the coalition. It was the "
        "first death in the Saudi capital from Houthi fire since the coalition intervened in Yemen "
        "three years ago. Videos shared by residents showed interceptors streaking across the night "
        "sky and a loud explosion in the north of the city. The coalition said the missiles had been "
        "launched from Saada province. Coalition spokesman Col Turki Al Maliki said the barrage proved "
        "Iran's continued support for the militia. Debris also damaged cars and a wall in another "
        "residential neighbourhood. Civil defence teams cordoned off the sites overnight.",
        "E",
        "missile_attack",
    ),
    (
        "Four commercial vessels damaged in 'sabotage' off Fujairah",
        "Four commercial ships were damaged by sabotage operations off the coast of Fujairah on "
        "Sunday, the UAE Ministry of Foreign Affairs said, without naming a suspect. Two of the vessels "
        "were Saudi oil tankers, one was Norwegian-flagged and the fourth an Emirati bunkering ship. "
        "Saudi Energy Minister Khalid Al Falih said one of the tankers had been on its way to load "
        "crude at Ras Tanura for delivery to US customers and that the attack caused significant "
        "damage to the hull. No one was hurt and no fuel leaked, officials said. The Norwegian tanker "
        "Andrea Victory had a hole in its hull near the waterline, its owner told reporters. A "
        "preliminary investigation later shared with the UN Security Council found that limpet mines "
        "had probably been placed by divers from fast boats. Fujairah, one of the world's largest "
        "bunkering hubs, lies just outside the Strait of Hormuz. Gulf officials said shipping through "
        "the port was operating normally on Monday.",
        "E",
        "sabotage",
    ),
    (
        "Two tankers ablaze in Gulf of Oman after suspected attacks; crews evacuated",
        "Two oil tankers were left burning in the Gulf of Oman on Thursday after what their operators "
        "described as attacks, a month after four ships were damaged off Fujairah. The Norwegian-owned "
        "Front Altair was hit by three explosions and caught fire, its operator said, while the "
        "Japanese-owned Kokuka Courageous was struck twice near the engine room. All 44 crew members "
        "of the two vessels were evacuated, some picked up by a passing ship and others by Iranian "
        "boats, according to shipping agents. The US Navy's Fifth Fleet in Bahrain said it had received "
        "two distress calls, at 6.12am and 7am local time. Washington later released video it said "
        "showed an Iranian patrol boat removing an unexploded limpet mine from the Kokuka Courageous. "
        "Tehran denied any involvement. Benchmark Brent rose as much as 4 per cent on the news. Gulf "
        "shippers said war-risk insurance premiums for the route would rise sharply.",
        "E",
        "maritime_attack",
    ),
    (
        "Drone attack on Israeli-linked tanker off Oman kills two crew",
        "Two crew members were killed when a drone struck the Liberian-flagged tanker Mercer Street "
        "off the coast of Oman late on Thursday, its London-based operator Zodiac Maritime said. The "
        "dead were a British security guard and the Romanian master of the ship, which was sailing "
        "from Dar es Salaam to Fujairah without cargo. The incident took place about 152 nautical "
        "miles north-east of Duqm, according to British maritime authorities. US Navy explosives "
        "experts who boarded the vessel said the evidence pointed to an Iranian-made one-way attack "
        "drone. The vessel was later escorted to a safe location by the aircraft carrier USS Ronald "
        "Reagan. Israel blamed Iran, which denied responsibility. Britain and the United States said "
        "they would respond in a coordinated way. Ship managers in Dubai said it was the first "
        "confirmed fatal attack in the tit-for-tat shadow war at sea between Iran and Israel.",
        "E",
        "drone_attack",
    ),
    (
        "Houthis seize car carrier in Red Sea, take 25 crew hostage",
        "Houthi fighters hijacked the car carrier Galaxy Leader in the southern Red Sea on Sunday, "
        "landing from a helicopter on the ship's deck and steering it to the Yemeni port of Hodeidah. "
        "The group said it had seized the vessel because of its links to Israel and warned that more "
        "ships would be targeted while the war in Gaza continued. Its 25 crew, from Bulgaria, Ukraine, "
        "the Philippines, Mexico and Romania, were taken hostage, the ship's Japanese charterer said. "
        "Video released by the rebels showed masked gunmen running across the deck and into the "
        "wheelhouse. Israel said the vessel was British-owned and operated by a Japanese company, and "
        "that no Israelis were on board. Manila called for the immediate release of its 17 seafarers. "
        "Shipping companies began to reroute vessels around the Cape of Good Hope. The Galaxy Leader "
        "was later turned into a tourist attraction by the Houthis, with residents ferried out to "
        "visit it.",
        "V",
        "hijacking",
    ),
    (
        "Three seafarers killed in first deadly Houthi strike on shipping",
        "Three crew members were killed and four others injured when a Houthi anti-ship missile hit "
        "the Barbados-flagged bulk carrier True Confidence in the Gulf of Aden on Wednesday, US Central "
        "Command said. The blast set the vessel on fire about 50 nautical miles south-west of Aden, and "
        "the crew abandoned ship. An Indian Navy warship rescued 21 people, including an Indian "
        "national, and provided medical aid to the wounded. Filipino officials later confirmed that two "
        "of the dead were Filipino seafarers. The Houthis' military spokesman Yahya Saree said the "
        "group had targeted the ship with naval missiles after its crew ignored warnings. It was the "
        "first fatal attack since the group began targeting vessels in November. US and British "
        "aircraft struck Houthi radar sites near Hodeidah the following day. Shipping analysts in Dubai "
        "said the deaths would push more owners to avoid the Bab Al Mandeb altogether.",
        "E M",
        "missile_attack",
    ),
    (
        "Houthis sink Eternity C; four crew dead and several held",
        "The Liberian-flagged bulk carrier Eternity C sank in the Red Sea after two days of attacks "
        "by Houthi fighters using speedboats, drones and rocket-propelled grenades, the EU's naval "
        "mission Aspides said on Wednesday. At least four crew members were killed, ten people were "
        "rescued and about 11 remain unaccounted for, the mission said. The US Embassy in Yemen accused "
        "the Houthis of kidnapping several of the survivors, and called for their immediate release. "
        "The Houthis said they had rescued some crew and taken them to a safe location. It was the "
        "second vessel sunk in a week, after the Magic Seas went down following a similar assault. The "
        "attacks broke months of relative calm in the shipping lane since a US-Houthi truce brokered by "
        "Oman in May. Greek owners said the crew were mostly Filipinos, with a Russian captain. Maritime "
        "security firms advised vessels with any link to Israel to keep clear of the area.",
        "E V",
        "maritime_attack",
    ),
    (
        "US and UK warplanes strike Houthi targets across Yemen",
        "US and British aircraft, ships and a submarine struck more than 60 targets at 16 locations in "
        "Houthi-controlled Yemen early on Friday, in response to weeks of attacks on Red Sea shipping. "
        "The targets included command and control centres, munitions depots, launchers and air "
        "defence radars, the US Air Forces Central Command said. Explosions were reported in Sanaa, "
        "Hodeidah, Saada and Dhamar. The Houthis said five of their fighters were killed and six "
        "wounded, and vowed that the strikes would not go unanswered. President Joe Biden said the "
        "action was defensive and aimed at protecting freedom of navigation. Saudi Arabia called for "
        "restraint and said it was following the situation with great concern. Oman, which has "
        "mediated between Riyadh and the Houthis, condemned the use of force by friendly countries. "
        "Tens of thousands of people rallied in Sanaa later in the day.",
        "E M",
        "airstrike",
    ),
    (
        "Bahrain bomb blast kills two policemen in Sitra",
        "Two policemen were killed and six wounded on Tuesday when a bomb exploded in the village of "
        "Sitra, south of Manama, Bahrain's Interior Ministry said. The device was planted near a girls' "
        "school and detonated as a police patrol passed, the ministry said, describing the blast as a "
        "terrorist act. Several of the wounded were in serious condition at the Salmaniya Medical "
        "Complex. Investigators said the bomb contained locally made explosives of a type used in "
        "earlier attacks on security forces. The ministry blamed groups it said were backed by Iran, "
        "which denied involvement. It was the deadliest attack on Bahraini police since a blast in the "
        "village of Al Daih killed three officers. Security forces set up checkpoints around the island "
        "and detained several suspects. The UAE and Saudi Arabia condemned the bombing. Opposition "
        "group Al Wefaq also denounced the violence.",
        "E T",
        "bombing",
    ),
]
