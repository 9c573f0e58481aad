"""eval/dev75 positives: sabotage and arson tied to a state's war, assassinations abroad, India and
Pakistan, Thailand and Cambodia, Korea, the South China Sea, counter-piracy operations, the Gaza
flotillas, Lebanon, Syria, the Caribbean boat strike, Iraq, a port riot.
"""

POSITIVES = [
    (
        "Blast damages Polish rail line used for aid to Ukraine",
        "An explosive device destroyed a section of track on the Warsaw-Lublin railway line, the "
        "route used for supplies to Ukraine, Polish officials said on Monday, calling it an "
        "unprecedented act of sabotage. A train's floor was damaged but no one was hurt. "
        "Prosecutors opened a case of sabotage of a terrorist nature and said two Ukrainians "
        "working for Russian intelligence had fled to Belarus.",
        "E T",
        "rail sabotage",
    ),
    (
        "Warehouse fire was arson ordered by Russia, UK police say",
        "Counter-terrorism police in London charged four men on Friday over a fire that destroyed "
        "a warehouse holding aid and satellite equipment bound for Ukraine, saying the arson had "
        "been carried out for the Wagner group. Firefighters needed hours to bring the blaze in "
        "east London under control. The charges come under the National Security Act.",
        "T",
        "arson attack",
    ),
    (
        "Arsonists hired by Russian intelligence set shopping centre ablaze, Poland says",
        "A fire that burned down a Warsaw shopping centre with more than 1,400 shops was started "
        "by arsonists acting on orders from Russian intelligence, Poland's prime minister said, "
        "and prosecutors said they had charged suspects with sabotage of a terrorist nature. No "
        "one was killed in the blaze, which began before dawn.",
        "T",
        "arson attack",
    ),
    (
        "Russian defector pilot found shot dead in Spain",
        "A Russian helicopter pilot who defected to Ukraine with his aircraft last year was found "
        "shot dead in an underground garage near Alicante, Spanish police sources said. He had "
        "been living under a false identity and was hit by at least six bullets, then run over by "
        "the killers' car. Spanish intelligence suspects the Kremlin ordered the killing.",
        "V",
        "assassination",
    ),
    (
        "Hamas political leader killed in Tehran",
        "Hamas's political leader was killed with a bodyguard when a blast struck his residence "
        "in Tehran hours after he attended the new Iranian president's inauguration, the group "
        "and Iran's Revolutionary Guards said on Wednesday. Iran and Hamas blamed Israel and "
        "vowed revenge. Israel did not comment.",
        "E",
        "assassination",
    ),
    (
        "Drone strike in Beirut kills senior Hamas official",
        "A drone strike on an office in Beirut's southern suburbs killed Hamas's deputy political "
        "chief and six other members of the group on Tuesday, Lebanese security sources said. "
        "Lebanon's prime minister called the strike a new Israeli crime that aimed to drag the "
        "country into the war. Israel did not claim responsibility.",
        "E",
        "drone strike",
    ),
    (
        "Explosions rupture Nord Stream gas pipelines under Baltic",
        "Seismologists in Sweden and Denmark recorded two underwater explosions near the Danish "
        "island of Bornholm, hours before all but one line of the Nord Stream pipelines lost "
        "pressure and gas began bubbling to the surface, officials said. Denmark's prime minister "
        "said the blasts were deliberate acts, not accidents, and Sweden opened an investigation "
        "into gross sabotage.",
        "E",
        "pipeline sabotage",
    ),
    (
        "Russian general killed by scooter bomb in Moscow",
        "The head of Russia's chemical, biological and radiological protection troops and his "
        "assistant were killed when a bomb hidden in an electric scooter exploded outside an "
        "apartment block in southeast Moscow on Tuesday, investigators said, opening a terrorism "
        "case. A source in Ukraine's security service said it had carried out the killing.",
        "E T",
        "bombing",
    ),
    (
        "Pakistan and India trade fire after Indian missile strikes",
        "India struck nine sites in Pakistan and Pakistani Kashmir with missiles early on "
        "Wednesday, saying it had hit militant infrastructure, and Pakistan said 26 civilians had "
        "been killed, including at mosques in Bahawalpur and Muzaffarabad. Heavy artillery fire "
        "across the Line of Control killed at least ten civilians in Poonch on the Indian side, "
        "and thousands of families left border villages for safer towns.",
        "E M D",
        "missile strikes",
    ),
    (
        "Thai jets strike Cambodian positions as border fighting spreads",
        "Thailand sent F-16 jets to strike Cambodian military targets on Thursday after Cambodian "
        "rockets hit a petrol station and a hospital in Sisaket province, killing at least 11 "
        "Thai civilians, the Thai army said. The fighting spread to six points along the disputed "
        "border. Tens of thousands of villagers on both sides fled to temporary shelters.",
        "B E D",
        "border clash",
    ),
    (
        "Indian pilot captured after dogfight over Kashmir",
        "Pakistan said it shot down two Indian jets over Kashmir on Wednesday and captured a "
        "pilot, a day after Indian warplanes bombed what New Delhi called a militant training "
        "camp inside Pakistan. India said it lost a MiG-21 in the aerial clash and had shot down "
        "a Pakistani F-16. Airports across the region were closed.",
        "B E M",
        "aerial dogfight",
    ),
    (
        "North and South Korea exchange artillery fire across border",
        "North Korea fired artillery shells across the border at a South Korean army unit that "
        "was broadcasting propaganda through loudspeakers on Thursday, and the South fired dozens "
        "of shells back, Seoul's defence ministry said. No casualties were reported. Residents of "
        "border villages were taken to shelters.",
        "E B D",
        "artillery exchange",
    ),
    (
        "Chinese coast guard boards Philippine boats with knives and axes",
        "Chinese coast guard personnel armed with knives, axes and sticks boarded Philippine navy "
        "boats bringing supplies to a grounded warship at Second Thomas Shoal, punctured the "
        "inflatable boats and seized rifles, the Philippine military said. A Filipino sailor lost "
        "a thumb in the clash. Manila called it an armed attack; Beijing said its officers had "
        "acted lawfully.",
        "M",
        "armed boarding",
    ),
    (
        "Vietnamese fishermen beaten by Chinese officers near Paracels",
        "Chinese law enforcement officers boarded a Vietnamese fishing boat near the Paracel "
        "Islands and beat the crew with iron bars, breaking one man's arm and injuring nine "
        "others, Vietnam's foreign ministry said. The officers also took the boat's catch and "
        "fishing equipment. Hanoi lodged a protest; Beijing said it had expelled the boat from "
        "its waters.",
        "V",
        "attack on fishermen",
    ),
    (
        "Indian commandos retake hijacked bulk carrier from Somali pirates",
        "Indian navy marine commandos retook a bulk carrier held by Somali pirates for three "
        "months after a 40-hour operation that began when the pirates opened fire on a navy drone "
        "and a warship, the navy said. Commandos were dropped from a transport plane, and all 35 "
        "pirates surrendered. The 17 crew held hostage were freed unharmed.",
        "B M",
        "counter-piracy operation",
    ),
    (
        "EU warship kills pirates in firefight off Somalia",
        "A Spanish frigate with the European Union's counter-piracy force exchanged fire with "
        "suspected pirates who had seized a fishing dhow off Somalia, killing two of them and "
        "wounding others, the mission said. The frigate's boarding team then freed the 11 crew "
        "members. Six suspects were detained to be handed over to the Seychelles.",
        "B M",
        "counter-piracy operation",
    ),
    (
        "Israeli commandos board Gaza aid ship, activists killed",
        "Israeli naval commandos boarded a Gaza-bound aid ship in international waters before "
        "dawn, and two activists were killed and several wounded in clashes on the deck, "
        "organisers said. Israel's military said its soldiers had been attacked with metal rods "
        "when they rappelled onto the ship. The vessel, carrying medical supplies and food for "
        "the blockaded territory, was towed to Ashdod.",
        "M H",
        "flotilla interception",
    ),
    (
        "Aid boat for Gaza intercepted, activists detained as famine spreads",
        "Israel's navy intercepted a small boat carrying activists and baby formula to Gaza on "
        "Monday and towed it to Ashdod, where the 12 people aboard were detained before "
        "deportation, organisers said. The voyage was meant to challenge the naval blockade of "
        "the territory, where UN agencies say famine is spreading after months of war and "
        "restrictions on aid.",
        "H",
        "flotilla interception",
    ),
    (
        "Drones hit aid flotilla ship off Malta, organisers say",
        "A ship chartered by a coalition planning to take aid to Gaza was struck twice by drones "
        "in international waters off Malta early on Friday, setting its bow on fire and holing "
        "the hull, the organisers said, blaming Israel. The 30 people aboard put out the fire and "
        "no one was seriously hurt. Malta's government said a tug had been sent.",
        "E H",
        "drone attack",
    ),
    (
        "Israeli naval commandos seize man in raid on Lebanese coast",
        "Israeli naval commandos landed on a beach in the northern Lebanese town of Batroun "
        "before dawn and took away a man Israel said was a senior Hezbollah operative, Lebanese "
        "officials said. Security camera footage showed armed men leading him to the sea. Lebanon "
        "said it would file a complaint with the UN.",
        "M V",
        "raid",
    ),
    (
        "Israeli strikes destroy Syrian navy in Latakia port",
        "Israeli warplanes struck the naval facilities of Syria's fallen government in Latakia "
        "and Minet el-Beida overnight, destroying 15 ships and missile stores, the Israeli "
        "military said. Huge explosions were reported along the coast. The strikes were part of "
        "hundreds launched across Syria after the government fell.",
        "E M",
        "air strikes",
    ),
    (
        "US military strikes alleged drug boat in Caribbean, killing 11",
        "The US military struck a boat in the southern Caribbean that President Trump said was "
        "carrying drugs for a Venezuelan gang, killing all 11 people aboard, and released a video "
        "showing the speedboat exploding. It was the first known military strike of a campaign "
        "against cartels that Washington calls narco-terrorists. Venezuela said the video was "
        "fake.",
        "E M",
        "military strike",
    ),
    (
        "Iraqi militia drones target coalition base at Erbil airport",
        "Two explosive-laden drones were launched at the US-led coalition's base at Erbil airport "
        "in northern Iraq on Wednesday night, the Kurdistan region's counter-terrorism service "
        "said. One was shot down and the other crashed near the perimeter, causing a fire but no "
        "casualties. A group aligned with Iran-backed militias claimed the attack.",
        "E",
        "drone attack",
    ),
    (
        "Dockers clash with riot police over arms cargo at Piraeus",
        "Police fired tear gas at dockworkers and activists who tried to block the loading of a "
        "container of ammunition bound for Israel at the port of Piraeus on Friday, and "
        "protesters threw stones and flares at the lines of riot police, Greek media reported. "
        "Several people were hurt and 14 were detained. The container was loaded late in the "
        "evening.",
        "U",
        "clashes with riot police",
    ),
    (
        "Hezbollah drones hit Israeli naval base near Haifa",
        "Hezbollah said it launched a swarm of attack drones at an Israeli naval base north of "
        "Haifa on Tuesday, and Israel's military said two drones struck inside the base, lightly "
        "wounding two soldiers. Israeli jets struck Hezbollah launch sites in south Lebanon in "
        "response.",
        "E",
        "drone attack",
    ),
    (
        "Gaza fishermen shot by Israeli navy off coast",
        "Israeli naval boats opened fire on fishing boats off the coast of Gaza City, killing one "
        "fisherman and wounding two, the Gaza fishermen's union said, adding that the men were "
        "within the limited fishing zone. The Israeli military said the boats had deviated from "
        "the permitted area and that its forces fired warning shots and then at the boats.",
        "V",
        "shooting",
    ),
]
