"""dev267 positives, part a: the desk's stories that report current fighting, strikes, attacks
or casualties (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Debris from Kharkiv strike points to North Korean KN-23, prosecutors say",
        "Fragments recovered from a ballistic missile that hit a residential district of Kharkiv on Tuesday "
        "bear markings consistent with North Korea's KN-23, Ukrainian prosecutors said, adding fresh pressure "
        "on a UN sanctions regime that Pyongyang is supposed to observe. The strike killed four people and "
        "wounded at least 27, two of them children, and gutted a block of flats near the Saltivka market, "
        "according to regional governor Oleh Syniehubov. Investigators photographed a guidance section with "
        "components dated 2024, which suggests the missile left a North Korean plant only months ago. 'These "
        "are not Soviet-era stockpiles, this is a production line,' said an official at the regional "
        "prosecutor's office who asked not to be named. Ukraine has logged several dozen launches of North "
        "Korean missiles since late 2023, its military intelligence agency says. Moscow and Pyongyang deny any "
        "arms transfers, which would breach a string of Security Council resolutions. The European Union is "
        "preparing to add more North Korean entities to its blacklist, two diplomats said. Washington has "
        "already sanctioned a Russian shipping firm accused of moving munitions containers from the port of "
        "Rajin to Russia's Far East."
        " Rescuers worked through the night to reach residents trapped under the rubble of the upper "
        "floors. Analysts at the Royal United Services Institute said the early KN-23s fired at Ukraine "
        "were strikingly inaccurate, but that later batches appeared to have improved. 'Pyongyang is "
        "getting combat data it could never get from tests,' one of them said. Seoul has estimated that "
        "North Korea has shipped more than 10,000 containers of munitions to Russia.",
        "E",
        "missile_strike",
    ),
    (
        "Western chips found again in drones that hit Kyiv overnight, sanctions envoy says",
        "Russia launched 54 Iranian-designed Shahed drones at Kyiv overnight into Sunday, killing two people in "
        "the Solomianskyi district, and the wreckage once more contained parts made by American, Swiss and "
        "Japanese companies, Ukraine's presidential sanctions envoy said. Vladyslav Vlasiuk told reporters that "
        "engineers had counted 52 foreign-made components in a single downed drone, among them a navigation "
        "module and a fuel pump. The air force said it shot down 48 of the drones, but falling debris set fire "
        "to a warehouse and damaged the roof of a kindergarten, city officials said. Most of the parts are "
        "commercial items that reach Russia through distributors in Hong Kong, Turkey and Central Asia, "
        "according to a list Kyiv has shared with G7 governments. 'Every one of these chips crossed at least "
        "three borders before it ended up over our heads,' Vlasiuk said. Ukraine wants manufacturers held "
        "liable for poor controls on resellers, an idea that Brussels has so far resisted. The Commerce "
        "Department said it was reviewing the findings.",
        "E",
        "drone_strike",
    ),
    (
        "After Pazigyi air strike, rights groups demand global halt to aviation fuel shipments to Myanmar",
        "Myanmar's military bombed a crowd that had gathered for the opening of a local administration office "
        "in Pazigyi village in Sagaing region on Tuesday, killing at least 100 people, among them women and "
        "children, residents and opposition officials said. A fighter jet dropped bombs on the gathering at "
        "about 8am local time and a helicopter gunship then fired on people trying to help the wounded, "
        "two witnesses told reporters by phone. The junta confirmed it had carried out the attack, saying the "
        "office belonged to 'terrorists' loyal to the shadow government. Amnesty International said the "
        "strike showed why countries must stop the aviation fuel that keeps the air force flying, and named "
        "traders in Singapore and Vietnam it said had handled cargoes this year. The United States, Britain "
        "and Canada have sanctioned some fuel suppliers, but campaigners say shipments are routed through "
        "intermediaries. UN human rights chief Volker Turk said he was 'horrified' by the reports. Residents "
        "said survivors had fled to nearby forests for fear of further raids.",
        "E V D",
        "airstrike",
    ),
    (
        "US weighs sanctions on RSF commanders after Gezira village massacre",
        "Paramilitary Rapid Support Forces fighters stormed the village of Wad al-Noura in Sudan's Gezira state "
        "on Wednesday, killing more than 100 residents, according to local activists and the pro-democracy "
        "resistance committee in nearby Madani. Videos shared online showed rows of shrouded bodies laid out "
        "in a schoolyard before a mass burial. The RSF said it had attacked army positions near the village "
        "and denied targeting civilians. The State Department condemned the killings and said it was "
        "examining further designations of RSF commanders, on top of the sanctions it imposed on two of the "
        "group's senior figures last year. Activists said hundreds of families fled on foot towards Manaqil "
        "after the attack. Arms monitors have traced armoured vehicles and drones used by the RSF to supply "
        "routes that run through Chad and Libya, in breach of the UN embargo on Darfur. A Security Council "
        "panel of experts is due to report on the breaches next month.",
        "V D",
        "massacre",
    ),
    (
        "Strike on aid convoy in Gaza revives pressure on UK arms export licences to Israel",
        "An Israeli air strike killed seven aid workers from the charity World Central Kitchen in central Gaza "
        "late on Monday, hitting three vehicles that had just unloaded food at a warehouse in Deir al-Balah, "
        "the group said. Those killed included British, Australian and Polish citizens and a Palestinian "
        "driver. The Israeli military called it a 'grave mistake' and said it would open an inquiry. The "
        "charity suspended its operations in the enclave, where UN agencies say famine is imminent in the "
        "north. In London, opposition parties and more than 600 lawyers urged the government to suspend "
        "export licences for weapons components sold to Israel. Ministers said they kept licences 'under "
        "careful review' and had not been advised that Israel was breaching international humanitarian law. "
        "Britain's arms exports to Israel are small, about 42 million pounds in 2022, but include parts for "
        "the F-35 jets flying over Gaza."
        " Footage from the scene showed the charred roof of one car bearing the charity's logo. The "
        "charity's founder, chef Jose Andres, said the convoy's route had been shared with the military "
        "in advance. Poland's foreign ministry summoned the Israeli ambassador. A former Supreme Court "
        "justice, Jonathan Sumption, was among the signatories of the lawyers' letter, which said "
        "continued exports risked making Britain complicit. Government lawyers are understood to be "
        "preparing new advice for the foreign secretary.",
        "E V H",
        "airstrike",
    ),
    (
        "Bomb that hit Yemen school bus was US-made, munitions experts say",
        "The bomb that struck a school bus in a crowded market in Dahyan, in northern Yemen, on Thursday was "
        "a 500-pound laser-guided weapon made by Lockheed Martin, munitions experts who examined photographs "
        "of the fragments said. The attack by the Saudi-led coalition killed 40 children and 11 adults, "
        "according to the International Committee of the Red Cross, and wounded dozens more. The boys had "
        "been on a school trip and the bus had stopped to buy water when it was hit, a local official said. "
        "The coalition said the strike targeted Houthi fighters and called it a 'legitimate military action'. "
        "Several US senators said they would try to block pending sales of precision-guided munitions to "
        "Riyadh. The State Department said it was seeking a 'thorough and transparent' investigation. "
        "Hospitals in Saada, short of beds and fuel, appealed for blood donors.",
        "E V H",
        "airstrike",
    ),
    (
        "Three seafarers killed as Houthi missile hits bulk carrier; Treasury targets financiers",
        "A missile fired by Yemen's Houthi movement struck the Barbados-flagged bulk carrier True Confidence "
        "in the Gulf of Aden on Wednesday, killing three crew members and forcing the rest to abandon ship, "
        "the US military said. It was the first fatal attack on merchant shipping since the group began "
        "targeting vessels in the Red Sea region in November. Indian naval forces rescued 21 people from "
        "lifeboats, including four who were badly burned. Hours later the Treasury Department sanctioned two "
        "money exchangers in Sanaa and a Hong Kong-registered trading company it accused of moving funds and "
        "missile parts for the group. 'The Houthis have now killed innocent sailors,' a Treasury official "
        "said. The Houthis said the ship was American-owned, which its Greek manager denied. Insurers said "
        "war risk premiums on Red Sea voyages would climb again.",
        "E",
        "missile_attack",
    ),
    (
        "Drone strike on Tigray displacement camp kills 56; Turkish drone exports under scrutiny",
        "An air strike on a camp for displaced people in Dedebit, in northwestern Tigray, killed 56 people "
        "and wounded at least 30 on Friday night, aid workers and hospital staff said. Most of the victims "
        "had fled fighting in western Tigray and had been sheltering in a school compound. Doctors at Shire "
        "hospital said they were operating without fuel or anaesthetics because of the blockade on the "
        "region. Ethiopia's government did not comment, but rebels blamed a drone flown by the federal air "
        "force. Analysts say Addis Ababa has bought Turkish TB2 drones, Iranian Mohajer-6 models and Chinese "
        "Wing Loong aircraft in the past year. The United States has urged Ankara to review its exports. "
        "Turkey says it sells drones in line with international law. The UN refugee agency said it was "
        "'alarmed' by attacks on camps where civilians had sought safety.",
        "E V D H",
        "drone_strike",
    ),
    (
        "Cluster munitions hit Stepanakert as Canada freezes drone sensor exports to Turkey",
        "Shelling struck Stepanakert, the main city of Nagorno-Karabakh, for a second day on Sunday, and "
        "Amnesty International said photographs of unexploded submunitions in residential streets showed "
        "that Israeli-made M095 cluster munitions had been used. Armenian and Azerbaijani forces fought along "
        "the front line south of the city, each side claiming to have destroyed dozens of the other's tanks. "
        "Thousands of residents, mostly women and children, have crossed into Armenia since fighting began "
        "on September 27, according to officials in Yerevan. Azerbaijan accused Armenian forces of firing "
        "rockets at the city of Ganja, killing a civilian. In Ottawa, Foreign Minister Francois-Philippe "
        "Champagne suspended export permits for the optical sensors that Canadian firm L3Harris Wescam sells "
        "for Turkish Bayraktar drones, pending an inquiry into claims that they were being used by "
        "Azerbaijan. Ankara called the move a 'double standard'. Israel has not commented on its sales to "
        "Baku, which is among its biggest arms customers.",
        "B E D",
        "shelling",
    ),
    (
        "EU readies sanctions list as Belarus police fire rubber bullets at protesters for a third night",
        "Riot police in Minsk fired rubber bullets, stun grenades and tear gas at thousands of people "
        "protesting against Alexander Lukashenko's disputed re-election on Tuesday night, the third night of "
        "unrest, witnesses said. One protester died in the capital and another in the southern city of "
        "Gomel, and the interior ministry said about 6,000 people had been detained since Sunday. Some "
        "demonstrators built barricades from rubbish bins and threw stones at police vans. European Union "
        "foreign ministers will meet on Friday to draw up a list of officials responsible for the violence "
        "and for rigging the vote, diplomats said, reviving sanctions that Brussels lifted in 2016. "
        "Lithuania and Poland offered to mediate. Opposition candidate Svetlana Tikhanovskaya left for "
        "Vilnius after being held for hours at the election commission. 'The world is watching what is "
        "happening on the streets of Belarus,' German Foreign Minister Heiko Maas said.",
        "U",
        "crackdown",
    ),
    (
        "Britain halts tear gas export licences for Hong Kong after clashes outside legislature",
        "The British government said on Tuesday it would not approve further export licences for crowd "
        "control equipment to Hong Kong after police fired tear gas, beanbag rounds and rubber bullets at "
        "protesters outside the Legislative Council last week. At least 79 people were injured in the "
        "clashes, the Hospital Authority said, and footage showed officers beating demonstrators who had "
        "already fallen. Police said some protesters had thrown bricks and metal poles and called the unrest "
        "a riot. Foreign Secretary Jeremy Hunt said London would review licences already granted, which "
        "cover riot shields and tear gas canisters sold by British manufacturers. Campaign Against Arms "
        "Trade said licences worth several million pounds had been issued since 2015. Beijing told Britain "
        "to stop interfering in its internal affairs. Hundreds of thousands marched again on Sunday against "
        "a bill that would allow extraditions to mainland China, and scuffles broke out late at night near "
        "government headquarters.",
        "U",
        "crackdown",
    ),
    (
        "Wagner sanctions gain momentum after reports of mass killings at Moura",
        "Malian soldiers and foreign fighters believed to be Russian mercenaries killed about 300 men over "
        "five days in the central town of Moura late last month, Human Rights Watch said on Tuesday, calling "
        "it the worst atrocity of Mali's decade-long conflict. Witnesses said the troops arrived by "
        "helicopter on a market day, surrounded the town and executed men in small groups after "
        "questioning them about links to jihadists. Mali's army said it had killed 203 'terrorists' in a "
        "military operation there and denied abuses. The European Union said it would propose sanctions on "
        "further entities linked to the Wagner Group, whose fighters it says have deployed in Mali with "
        "Russian-supplied helicopters and armoured vehicles. France and Germany have called for an "
        "independent investigation. Residents who fled to Mopti and Djenne told reporters that bodies had "
        "been burned. The UN mission said it had been refused access to the town.",
        "V M D",
        "massacre",
    ),
    (
        "M23 fighters enter Goma as UK and EU weigh sanctions on Rwandan officials",
        "Rebels of the Rwanda-backed M23 movement pushed into Goma, the largest city in eastern Congo, on "
        "Monday after days of fighting that left bodies in the streets and hospitals overflowing, residents "
        "and aid workers said. Heavy gunfire was heard near the airport and the border crossing with Rwanda, "
        "and hundreds of prisoners escaped from the city's main jail. The UN said more than 400,000 people "
        "had been displaced since the start of the year, many from camps on the city's edge that emptied "
        "as the front approached. Congolese troops and allied militias retreated south towards Bukavu. "
        "Britain and the European Union said they were considering sanctions on Rwandan military "
        "officers, and Berlin suspended development aid talks with Kigali. A UN group of experts has said "
        "Rwanda has 3,000 to 4,000 soldiers in Congo and supplies the rebels with jamming systems and "
        "surface-to-air missiles. Rwanda says it is defending its border."
        " Aid groups said their warehouses had been looted and that water and electricity had been cut "
        "across much of the city. The World Health Organization warned of the risk of Ebola and mpox "
        "spreading among people crammed into churches and schools. Kenya's president called an emergency "
        "summit of East African leaders. Congo's foreign minister urged the Security Council to impose "
        "an arms embargo on Rwanda and a ban on its mineral exports.",
        "B D H",
        "offensive",
    ),
    (
        "Air strike on Tripoli migrant centre sharpens scrutiny of Libya embargo breaches",
        "An air strike hit a detention centre for migrants in Tajoura, on the outskirts of Tripoli, late on "
        "Tuesday, killing at least 44 people and wounding more than 130, the UN said. Most of those held "
        "there were from Sudan, Eritrea and Somalia and had been intercepted at sea. The internationally "
        "recognised government blamed forces loyal to Khalifa Haftar, whose offensive on the capital began "
        "in April; Haftar's spokesman denied responsibility. Diplomats said the strike had been carried out "
        "at night by a jet with precision weapons, a capability that experts say Haftar's air force lacks "
        "without foreign help. A UN panel monitoring the arms embargo is examining whether aircraft from "
        "the United Arab Emirates were involved. The UN refugee agency said the centre's location was known "
        "to both sides. 'Migrants should never be held in a place that sits next to a military target,' "
        "said spokesman Charlie Yaxley.",
        "E V",
        "airstrike",
    ),
    (
        "Gangs kill 115 in Pont-Sonde as UN extends Haiti arms embargo",
        "Members of the Gran Grif gang attacked the town of Pont-Sonde in Haiti's Artibonite department at "
        "dawn on Thursday, shooting residents in their homes and setting houses on fire, killing at least "
        "115 people, the UN human rights office said. Survivors said the attackers arrived in trucks and "
        "fired automatic rifles at anyone they saw. More than 6,200 people fled to nearby towns, according "
        "to the International Organization for Migration. The Security Council on Friday unanimously "
        "renewed an embargo that bans the transfer of small arms and ammunition to Haitian non-state "
        "actors, and widened it to cover all weapons. Most guns seized in Haiti were bought in Florida and "
        "smuggled through Caribbean ports, according to a UN report. Police chief Rameau Normil said "
        "officers had been sent to the town but were outgunned. Prime Minister Garry Conille declared "
        "three days of national mourning.",
        "V D",
        "massacre",
    ),
    (
        "EU moves to sanction Iranian missile makers after barrage on Israel",
        "Iran fired about 180 ballistic missiles at Israel on Tuesday night, sending millions of people into "
        "shelters, in what Tehran said was retaliation for the killing of Hezbollah and Hamas leaders. Most "
        "of the missiles were intercepted by Israeli and US air defences, but some hit air bases in the "
        "Negev and a school in Gedera, and a Palestinian man was killed by falling debris in Jericho, "
        "officials said. European Union foreign ministers said on Wednesday they would prepare sanctions "
        "against Iranian companies and officials involved in making ballistic missiles, adding to measures "
        "over Iran's drone deliveries to Russia. 'This escalation must stop,' the bloc's top diplomat Josep "
        "Borrell said. Israel's military said Iran would face 'consequences'. Britain said two of its jets "
        "had taken part in the defence of Israel. Brent crude rose 5% on concern about supplies from the "
        "Gulf.",
        "E",
        "missile_attack",
    ),
]
