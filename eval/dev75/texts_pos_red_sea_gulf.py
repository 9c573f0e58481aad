"""eval/dev75 positives: the Red Sea, the Gulf of Aden and the Gulf (Houthi attacks on ships and
the strikes against them, Iran's ship seizures and shootdowns, drone and missile strikes on oil
plants and bases).
"""

POSITIVES = [
    (
        "Houthi missile sets tanker ablaze in Gulf of Aden",
        "A tanker carrying naphtha was hit by an anti-ship missile fired by Yemen's Houthis about "
        "60 nautical miles southeast of Aden on Friday evening, starting a fire in a cargo tank "
        "that the crew fought through the night, the shipping company said. A French frigate and "
        "an Indian navy destroyer helped put out the blaze. The Houthis said they had targeted "
        "the ship because it was linked to Britain.",
        "E",
        "missile attack",
    ),
    (
        "Houthi missile kills three crew on bulk carrier in Gulf of Aden",
        "Three crew members were killed and four badly burned when a Houthi anti-ship missile "
        "struck a Barbados-flagged bulk carrier in the Gulf of Aden on Wednesday, the US military "
        "said, the first deaths since the group began attacking merchant shipping. The survivors "
        "abandoned the burning ship and were picked up by an Indian warship. The Houthis said the "
        "vessel was American-owned; its managers said it had no US links.",
        "E V",
        "missile attack",
    ),
    (
        "Cargo ship hit in Red Sea sinks after two weeks adrift",
        "A Belize-flagged cargo ship loaded with 21,000 tonnes of fertiliser sank in the southern "
        "Red Sea on Saturday, nearly two weeks after it was struck by a Houthi missile and "
        "abandoned by its crew, Yemen's internationally recognised government said. It is the "
        "first vessel lost since the attacks on shipping began, and officials warned of an "
        "environmental disaster from the cargo and a fuel slick stretching 18 miles.",
        "E",
        "missile attack",
    ),
    (
        "Houthis seize car carrier in helicopter raid, take crew hostage",
        "Houthi fighters landed from a helicopter on the deck of a car carrier in the Red Sea on "
        "Sunday and steered the ship to the Yemeni port of Hodeidah, where its 25 crew, from the "
        "Philippines, Bulgaria, Ukraine and Mexico, are being held, the ship's Japanese charterer "
        "said. The group released a video of armed men storming the bridge and said it would "
        "target any ship linked to Israel.",
        "V",
        "hijacking",
    ),
    (
        "Sailor missing after Houthi sea drone rams coal ship",
        "A crew member was missing and presumed dead after an explosive-laden uncrewed boat "
        "rammed the stern of a Greek-owned coal carrier west of Hodeidah, flooding its engine "
        "room, the British maritime agency UKMTO said. The 21 other crew were evacuated by a "
        "US-led coalition helicopter and the disabled ship later sank. The Houthis said they had "
        "used a drone boat together with missiles and aircraft drones.",
        "E V",
        "sea drone attack",
    ),
    (
        "Houthi fighters board crippled tanker and set it on fire",
        "Houthi forces boarded a Greek-flagged oil tanker that had been disabled by their attacks "
        "in the Red Sea and detonated explosives on its deck, leaving it burning with about a "
        "million barrels of crude aboard, European naval officials said. The crew of 25 had been "
        "taken off by a French destroyer two days earlier. Salvage teams were waiting for the "
        "fires to die down before attempting to tow it.",
        "E",
        "attack on tanker",
    ),
    (
        "Houthis sink two ships in a week, seafarers killed and taken",
        "Yemen's Houthis have sunk a second bulk carrier in a week after hours of attacks with "
        "rocket-propelled grenades, sea drones and missiles, killing at least four crew members, "
        "European naval officials said. Rescuers pulled ten survivors from the water, while the "
        'group said it had "rescued" several others and taken them to an undisclosed location '
        "in Yemen. A US embassy statement called it a kidnapping.",
        "E V",
        "ship attacks",
    ),
    (
        "US and British jets strike Houthi sites in Yemen",
        "American and British aircraft and warships struck more than 60 targets at 16 sites in "
        "Houthi-held Yemen overnight, including radars, drone launch sites and weapons stores, in "
        "response to weeks of attacks on Red Sea shipping, the two governments said. The Houthis "
        "said five of their fighters were killed and vowed to retaliate. Explosions were heard in "
        "Sanaa, Hodeidah and Saada.",
        "E M",
        "air strikes",
    ),
    (
        "US destroyer downs 14 drones launched from Yemen",
        "A US Navy destroyer operating in the Red Sea shot down 14 one-way attack drones launched "
        "from Houthi-controlled areas of Yemen on Saturday, US Central Command said. British "
        "forces said one of their warships destroyed another drone aimed at commercial shipping "
        "with a Sea Viper missile. No ships were damaged and no injuries were reported.",
        "E M",
        "air defence",
    ),
    (
        "US helicopters sink Houthi boats that tried to board container ship",
        "US Navy helicopters sank three Houthi small boats and killed their crews after the boats "
        "fired on them while trying to board a container ship in the southern Red Sea on Sunday, "
        "US Central Command said. The Houthis said ten of their fighters were killed or missing. "
        "The ship's operator paused all transits through the area for 48 hours.",
        "B M",
        "naval clash",
    ),
    (
        "Israeli jets strike Hodeidah port a day after Houthi drone hits Tel Aviv",
        "Israeli warplanes struck oil storage tanks and cranes at the Houthi-held port of "
        "Hodeidah on Saturday, setting off fires that burned through the night, in what Israel "
        "called a response to a drone strike on Tel Aviv. Houthi-run media said at least six "
        "people were killed and dozens wounded. It was Israel's first acknowledged strike in "
        "Yemen.",
        "E M",
        "air strikes",
    ),
    (
        "Drone from Yemen slams into Tel Aviv apartment block, one dead",
        "A drone launched from Yemen struck an apartment building near the US embassy branch "
        "office in central Tel Aviv before dawn on Friday, killing a man and wounding eight "
        "others, Israeli police and medics said. The military said the drone had been identified "
        "but not intercepted because of human error. The Houthis claimed the attack.",
        "E",
        "drone attack",
    ),
    (
        "US air campaign pounds Sanaa as Houthis report civilian dead",
        "US warplanes carried out waves of strikes on Sanaa and the northern province of Saada "
        "overnight, in what Washington described as a sustained campaign to stop Houthi attacks "
        "on shipping, the group's media office said, reporting 31 people killed, including women "
        "and children. Washington said it had hit militant leaders, missile experts and air "
        "defences.",
        "E M",
        "air strikes",
    ),
    (
        "US strikes on Ras Isa fuel port kill dozens, Houthis say",
        "At least 74 people were killed and 171 wounded when US air strikes hit the Ras Isa fuel "
        "terminal on Yemen's Red Sea coast, the Houthi-run health ministry said on Friday, the "
        "deadliest single strike of the US campaign. US Central Command said the strike was meant "
        "to cut the group's fuel supply. Aid groups warned that fuel shortages would shut "
        "hospitals and water pumps in a country where millions depend on aid.",
        "E M H",
        "air strike",
    ),
    (
        "Houthi missile lands near Israel's main airport, flights halted",
        "A ballistic missile fired from Yemen struck a road beside Ben Gurion Airport on Sunday "
        "after interceptors failed to stop it, leaving a crater and lightly injuring several "
        "people, Israeli authorities said. Flights were briefly halted and several foreign "
        "airlines suspended service to Tel Aviv. Israel vowed to retaliate against the Houthis "
        "and their Iranian backers.",
        "E",
        "missile attack",
    ),
    (
        "Israeli strikes put Sanaa airport out of action",
        "Israeli warplanes struck Sanaa international airport, destroying the runway and several "
        "civilian aircraft of Yemen's national carrier, a day after a Houthi missile landed near "
        "Ben Gurion, the Israeli military said. Power stations and a cement factory near Sanaa "
        "were also hit. The UN said the airport was its only passenger link into northern Yemen "
        "for aid workers.",
        "E M H",
        "air strikes",
    ),
    (
        "Drone strike sets bulk carrier on fire, no injuries",
        "A bulk carrier heading through the Gulf of Aden was struck by a one-way attack drone on "
        "Wednesday, starting a fire that the crew put out, the US military said, blaming Yemen's "
        "Houthis. The ship, which was carrying phosphate rock, continued its voyage. It was the "
        "third attack on a US-owned vessel that week.",
        "E",
        "drone attack",
    ),
    (
        "Crew member badly injured as Houthi missiles hit timber ship",
        "Two anti-ship missiles fired by the Houthis hit a Palau-flagged cargo ship carrying wood "
        "construction materials in the Gulf of Aden, starting a fire and seriously injuring a "
        "crew member, the US military said. The crew abandoned the vessel and were taken aboard a "
        "merchant ship nearby, and the injured sailor was flown to a warship for treatment.",
        "E V",
        "missile attack",
    ),
    (
        "Drone hits chemical tanker off India's west coast",
        "A chemical tanker bound for India was struck by a drone about 200 nautical miles off the "
        "Gujarat coast on Saturday, causing a fire that was quickly extinguished, the Indian navy "
        "said, and a coast guard ship escorted it to Mumbai. The Pentagon said the drone was "
        "launched from Iran, which denied involvement. None of the 21 Indian crew members was "
        "hurt.",
        "E",
        "drone attack",
    ),
    (
        "German frigate shoots down two Houthi drones on first Red Sea mission",
        "The German frigate Hessen shot down two drones over the Red Sea on Tuesday, a day after "
        "joining the European Union's naval mission to protect merchant ships, the German "
        "military said. It was the first time in decades that a German warship had fired on an "
        "attacker in combat. The Houthis had launched a swarm of drones towards ships in the "
        "area.",
        "E M",
        "air defence",
    ),
    (
        "Tankers hit by blasts in Gulf of Oman, crews abandon ship",
        "Two oil tankers were damaged by explosions in the Gulf of Oman on Thursday, forcing 44 "
        "sailors to abandon ship, shipping firms said. One tanker was set ablaze after being hit "
        "three times. Washington blamed Iran, publishing a video it said showed Revolutionary "
        "Guards removing an unexploded limpet mine from one of the hulls, which Tehran denied.",
        "E",
        "limpet mine attack",
    ),
    (
        "Two crew killed in drone attack on tanker off Oman",
        "A drone struck the bridge of a Japanese-owned tanker managed by an Israeli-controlled "
        "company off the coast of Oman, killing a British security guard and a Romanian crew "
        "member, the manager said. The US Navy escorted the vessel to a safe port. Britain and "
        "the US said Iran carried out the attack, which Tehran denied.",
        "E V",
        "drone attack",
    ),
    (
        "Iranian commandos seize container ship near Strait of Hormuz",
        "Revolutionary Guards commandos rappelled from a helicopter onto a Portuguese-flagged "
        "container ship near the Strait of Hormuz on Saturday and took it into Iranian waters, "
        "Iranian state media said, calling it linked to Israel. The ship's 25 crew were held "
        "aboard. The seizure came as Iran threatened to retaliate for a strike on its embassy in "
        "Damascus.",
        "M",
        "ship seizure",
    ),
    (
        "Iran's Guards seize British tanker in Strait of Hormuz",
        "Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz on "
        "Friday, with masked commandos descending from a helicopter as fast boats surrounded it, "
        "and took it to Bandar Abbas with its 23 crew. Britain called the seizure a hostile act "
        "and sent a second warship to the Gulf. Tehran said the tanker had violated maritime "
        "rules.",
        "M",
        "ship seizure",
    ),
    (
        "Drones and missiles hit Saudi oil plant at Abqaiq",
        "Drones and cruise missiles struck the world's largest oil processing plant at Abqaiq and "
        "the Khurais oilfield before dawn on Saturday, setting off huge fires and knocking out "
        "half of Saudi Arabia's crude output, the energy ministry said. Yemen's Houthis claimed "
        "the attack; Washington said it had come from the direction of Iran.",
        "E",
        "drone and missile attack",
    ),
    (
        "Iran shoots down US surveillance drone over Strait of Hormuz",
        "Iran's Revolutionary Guards shot down a US Navy Global Hawk surveillance drone with a "
        "surface-to-air missile on Thursday, saying it had violated Iranian airspace near the "
        "Strait of Hormuz. The US military said the drone was over international waters. "
        "President Trump later said he had called off retaliatory strikes ten minutes before they "
        "were due.",
        "E M",
        "shootdown",
    ),
    (
        "Ukrainian airliner shot down near Tehran, all 176 aboard killed",
        "All 176 people aboard a Ukraine International Airlines flight were killed when it was "
        "downed shortly after take-off from Tehran, hours after Iran fired missiles at US bases "
        "in Iraq. After days of denials, Iran's military admitted it had shot down the Boeing 737 "
        "by mistake with two surface-to-air missiles, saying it had been taken for a hostile "
        "cruise missile.",
        "E",
        "shootdown",
    ),
    (
        "Iranian missiles hit Haifa refinery, killing three workers",
        "An Iranian missile barrage struck the Bazan oil refinery in Haifa early on Monday, "
        "killing three employees and shutting the plant, the company said. Israeli jets had "
        "struck Iranian airbases and air defences overnight. Iran said the refinery was a "
        "legitimate target in response to Israel's strikes on its fuel depots.",
        "E",
        "missile strike",
    ),
    (
        "RSF drones hit fuel depots and airport in Port Sudan",
        "Drones struck fuel depots, a power station and the airport in Port Sudan for a third day "
        "on Tuesday, sending thick smoke over the Red Sea city that had been the army-backed "
        "government's seat and the hub of aid operations, witnesses said. The army blamed the "
        "Rapid Support Forces. The UN suspended its flights into the city.",
        "E H",
        "drone strikes",
    ),
    (
        "Militia drone kills three US soldiers at base in Jordan",
        "A drone attack on a small US base in northeast Jordan near the Syrian border killed "
        "three American soldiers and wounded more than 40, the Pentagon said on Sunday, the first "
        "US deaths from hostile fire in the region since the Gaza war began. Washington blamed "
        "Iran-backed militias; the drone had struck the troops' living quarters.",
        "E",
        "drone attack",
    ),
    (
        "Missile attack sets Jeddah oil depot ablaze near Formula One circuit",
        "A Houthi missile attack set two storage tanks at an Aramco fuel depot in Jeddah on fire "
        "on Friday, sending black smoke over the city as Formula One drivers practised at a track "
        "a few miles away, Saudi officials said. The Saudi-led coalition said it intercepted "
        "other drones aimed at Jizan and Najran, and the Grand Prix went ahead.",
        "E",
        "missile attack",
    ),
]
