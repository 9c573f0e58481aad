"""dev151 positives (1 of 3): the shipping desk's reports of attacks on merchant ships,
seafarers and ports (Red Sea, Gulf of Aden, Black Sea, Hormuz) (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Three seafarers killed as Houthi missile strikes bulker in Gulf of Aden",
        "Three crew members of the Barbados-flagged bulk carrier Aegean Crest were killed and "
        "at least four others badly burned after a Houthi anti-ship ballistic missile struck "
        "the vessel about 50 nautical miles southwest of Aden on Wednesday, the first deaths "
        "since the Yemeni group began attacking merchant shipping. The ship's Greek manager "
        "said the 20 crew, together with three armed guards, abandoned the vessel after a fire "
        "broke out in the accommodation block. An Indian navy destroyer recovered the "
        "survivors from a lifeboat and flew the injured to Djibouti for treatment. Among the "
        "dead were two Filipino seafarers and a Vietnamese crew member, according to the "
        "Philippine Department of Migrant Workers. The Houthis said in a televised statement "
        "that they had targeted the ship because of its links to the United States, a claim "
        "the owner rejected, saying the vessel had had no American connection since a sale two "
        "months earlier. The bulker, laden with steel products, was left adrift and on fire. "
        "Seafarer unions said a line had been crossed and renewed calls for crews to be given "
        "the right to refuse Red Sea transits. War-risk underwriters in London said additional "
        "premiums for the region, already close to 1% of hull value, were likely to harden "
        'further. "Our thoughts are with the families of our colleagues," the manager said '
        "in a statement.",
        "E V",
        "missile strike on ship",
    ),
    (
        "Houthi fighters seize car carrier from helicopter in Red Sea, holding 25 crew",
        "Yemen's Houthi rebels have hijacked a pure car and truck carrier in the southern Red "
        "Sea, landing armed men on its deck from a helicopter and sailing the ship to the port "
        "of Hodeidah with its 25 crew on board. Video released by the group on Monday shows "
        "masked fighters storming the bridge and herding crew members at gunpoint. The "
        "5,000-ceu vessel was in ballast on a voyage from Turkey to India when it was taken on "
        "Sunday, according to its Japanese charterer, which said it had lost contact with the "
        "ship. The crew are Bulgarian, Filipino, Mexican and Ukrainian nationals. The Houthis "
        "said they had seized the vessel because of its links to an Israeli businessman, whose "
        "company is a shareholder in the owner, and warned that all Israeli-linked ships were "
        "now legitimate targets. Israel's government blamed Iran, which denied any role. "
        "Japan's foreign ministry said it was talking to Israel and directly to the Houthis to "
        "secure the release of the seafarers. Several owners with Israeli connections told "
        "TradeWinds they were already routing tonnage away from the Bab el-Mandeb, and one "
        "broker said charter rates for car carriers, already near record levels, had moved up "
        "again on the news.",
        "V",
        "hijacking",
    ),
    (
        "Crew missing and feared held after Houthis sink second bulker in a week",
        "Search teams have recovered ten survivors from the Liberia-flagged bulk carrier "
        "Seraphim Star, which sank in the Red Sea on Tuesday after two days of attacks by "
        "Houthi forces using drones, rocket-propelled grenades and armed skiffs, and at least "
        "four crew members are confirmed dead. Eleven others remain unaccounted for, and the "
        "US embassy in Yemen said it believed the Houthis had taken several of them, calling "
        "it a kidnapping. The Greek-managed ship, carrying 22 crew and three security guards, "
        "lost propulsion after the first assault on Monday evening, its manager said. A Houthi "
        "military spokesman said the group had targeted the vessel because its owner's other "
        'ships had called at Israeli ports, and that its forces had moved the crew to "a safe '
        'location" for medical care. The attack came days after the group sank the bulker '
        "Nereus Dawn, whose crew were picked up by a passing container ship. They were the "
        "first merchant ships lost to Houthi action since the group paused its campaign in "
        "January. Underwriters said quotes for Red Sea war-risk cover had jumped to around 1% "
        "of hull value from 0.3% a week earlier, and several owners that had resumed transits "
        "said they were diverting again. The Philippine government, whose nationals made up "
        "most of the crew, said it was working with Saudi Arabia and Oman to find the missing "
        "seafarers. The bulker had been sailing from Berbera to Jeddah with a part cargo of "
        "fertiliser when it was first hit about 50 nautical miles southwest of Hodeidah. Video "
        "posted by the Houthis on Wednesday showed explosions along the hull and masked men on "
        "skiffs firing at the bridge. The EU's naval mission in the Red Sea said its nearest "
        "warship had been too far away to reach the vessel before it went down. The UN envoy "
        "for Yemen called the attacks a dangerous escalation and urged the group to release "
        "the crew. Bulk carrier transits of the Bab el-Mandeb had risen by about a fifth since "
        "the spring, according to Lloyd's List Intelligence data, as more owners judged the "
        "risk acceptable.",
        "E V",
        "ship attack",
    ),
    (
        "Russian missile hits container ship in Odesa port, killing four crew",
        "A Russian ballistic missile struck a civilian container ship loading grain in the "
        "Ukrainian port of Odesa on Monday evening, killing four Syrian crew members and "
        "wounding five other people, Ukrainian officials said. The St Kitts and Nevis-flagged "
        "vessel, which had been loading wheat for Egypt, was the third merchant ship hit in "
        "the Odesa region in four days, a deputy prime minister said. Photographs released by "
        "the regional governor showed a fire on the ship's deck and containers torn open. "
        '"This is a deliberate attack on freedom of navigation," President Volodymyr '
        "Zelenskiy said on Telegram, urging partners to provide more air defence for the "
        'ports. Russia\'s defence ministry said it had hit "military infrastructure" in '
        "Odesa, without mentioning the vessel. Ukraine has exported more than 60 million "
        "tonnes of grain and other cargo through its Black Sea corridor since Russian forces "
        "withdrew from the western part of the sea last year, and insurers have so far "
        "continued to provide war cover through a state-backed scheme. Two brokers said the "
        "new attacks would likely push premiums higher. Wheat futures in Chicago rose 1.2% on "
        "Tuesday.",
        "E V",
        "missile strike on port",
    ),
    (
        "Drone strike on Izmail grain terminal halts Danube loadings",
        "Russian drones struck grain storage and port facilities in the Ukrainian Danube port "
        "of Izmail overnight, destroying nearly 40,000t of grain that was awaiting shipment to "
        "Africa, China and Israel, Ukrainian officials said on Wednesday. The attack, which "
        "lasted about three and a half hours, damaged silos, a berth and administrative "
        "buildings, according to the Odesa regional administration. No one was killed, but "
        "several port workers were hurt by debris, it said. Loadings at the terminal were "
        "suspended and vessels waiting to berth were moved downstream, shipping agents told "
        "Argus. Izmail and nearby Reni have become the main outlet for Ukrainian grain since "
        "Moscow pulled out of the Black Sea Grain Initiative last month, handling close to 2mn "
        "t in July. The strike was the closest yet to the border with Nato member Romania, "
        "whose defence ministry said it had detected no threat to its territory. Milling wheat "
        "on the Euronext exchange rose by 2.6pc in early trade before easing. Exporters said "
        "freight and insurance costs on the Danube route, already nearly double the pre-war "
        "level, would climb again.",
        "E",
        "drone strike on port",
    ),
    (
        "Two dockers killed as Russian strike hits Chornomorsk terminal, the third this week",
        "Russian drones and a ballistic missile struck the port of Chornomorsk near Odesa "
        "overnight into Thursday, killing two dock workers and damaging a grain terminal and a "
        "bulk carrier that was loading corn, the regional administration said. Seven other "
        "people were wounded, among them a Turkish crew member who was taken to hospital with "
        "shrapnel injuries. The Panama-flagged ship suffered a fire in one of its holds that "
        "was put out by the crew and port firefighters, its manager said in a statement. It "
        "was the third attack on the Greater Odesa ports this week, following strikes on "
        "Pivdennyi and on rail lines that feed the terminals, and Ukraine's navy said attacks "
        "on port infrastructure had become almost nightly since the start of the year. The "
        "Ukrainian Grain Association said loadings at Chornomorsk were continuing at reduced "
        "pace. Two Greek owners told Lloyd's List they had asked charterers to add clauses "
        "allowing ships to leave the port at short notice. Premiums for a seven-day call, "
        "which had drifted down to about 0.7% of hull value over the winter, were quoted at up "
        "to 1% on Thursday. The corridor handled more than 9mn t of cargo in January, "
        "according to the ports authority.",
        "E V",
        "port strike",
    ),
    (
        "Hodeidah fuel terminal ablaze after Israeli strike on Houthi-held port",
        "Israeli warplanes struck the Yemeni port of Hodeidah on Saturday, setting fuel "
        "storage tanks and a power station on fire a day after a Houthi drone hit Tel Aviv and "
        "killed one man. Houthi-run health authorities said at least six people had been "
        "killed and more than 80 wounded, many of them port workers and firefighters. The "
        "Israeli military said it had targeted sites used by the Houthis to bring in Iranian "
        "weapons. Satellite images reviewed by Lloyd's List on Sunday showed smoke still "
        "rising from the oil terminal and damage to at least two of the port's cranes. "
        "Hodeidah is the main entry point for fuel and food into the north of Yemen, and "
        "cargoes have been inspected by a UN verification mechanism before arriving there "
        "since 2016. Ship-tracking data showed three tankers and a bulk carrier anchored off "
        "the port at the time of the raid; none was reported damaged. Port agents said "
        "discharges had been suspended. Brokers said the strike was unlikely to move Red Sea "
        "war-risk rates, which are already elevated after eight months of Houthi attacks on "
        "merchant ships.",
        "E",
        "air strike on port",
    ),
    (
        "Iranian commandos seize container ship near Hormuz, holding 25 crew",
        "Iran's Revolutionary Guards seized a Portuguese-flagged container ship near the "
        "Strait of Hormuz on Saturday, rappelling onto its deck from a helicopter and taking "
        "it into Iranian waters with 25 crew on board. Video released by Iranian media showed "
        "commandos descending on ropes onto stacked containers as a crew member was heard "
        "telling others to go to the bridge. The 15,000-teu vessel, chartered to a "
        "Geneva-based liner operator, is owned by a company linked to an Israeli billionaire, "
        "and the Guards said it had been taken for violating maritime laws. The seizure came "
        "as Israel braced for an Iranian response to a strike on Tehran's consulate in "
        "Damascus that killed several senior Guards officers. India said 17 of the seafarers "
        "were its nationals and that it was seeking consular access, while the others are from "
        "the Philippines, Russia, Estonia and Pakistan. The charterer said it was working with "
        "the authorities for the safe return of the crew and the ship. Brokers said owners "
        "with Israeli ties were reviewing Gulf calls, and war-risk rates for the Gulf edged "
        "up.",
        "M V",
        "ship seizure",
    ),
    (
        "Sanctioned tankers hit by sea drones off Turkey's Black Sea coast",
        "Two sanctioned tankers were struck by explosions off Turkey's Black Sea coast on "
        "Friday, and Ukraine's security service later said its naval drones had carried out "
        "the attacks on vessels that it said belonged to Russia's shadow fleet. Turkey's "
        "transport ministry said the first ship, a Gambia-flagged Suezmax sailing in ballast "
        "to Novorossiysk, caught fire about 28 nautical miles off the coast after an external "
        "impact, and its 25 crew were taken off by rescue boats. The second, also empty, was "
        "hit a few hours later further east, and its crew of 20 was reported safe. Both "
        "vessels appear on EU and UK sanctions lists for carrying Russian crude above the "
        "price cap. A Ukrainian security official said the strikes were meant to deal a "
        "significant blow to the transport of Russian oil. Ankara said the attacks had "
        "endangered navigation, lives and the environment in its exclusive economic zone. "
        "London war-risk underwriters said the incidents would feed into premiums for calls at "
        "Russian Black Sea ports, which already attract rates several times higher than those "
        "for Ukrainian terminals. Turkish owners were reviewing their trading patterns, "
        "brokers said.",
        "E",
        "sea drone strike",
    ),
]
