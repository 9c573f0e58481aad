"""dev263 positives, part B: mines, metals, currencies and bonds caught in current fighting,
insurgent attacks, gang wars, coups and deadly unrest (labels: eval/README.md, section 1)."""

POSITIVES = [
    (
        "TotalEnergies halts Mozambique LNG work after insurgents overrun Palma",
        "TotalEnergies declared force majeure on its $20bn liquefied natural gas project in "
        "northern Mozambique on Monday after Islamist insurgents overran the nearby town of "
        "Palma, killing dozens of people. Fighters linked to Islamic State attacked the town from "
        "three directions late last month, beheading some residents and ambushing a convoy of "
        "contractors trying to escape from a hotel, according to survivors and security sources. "
        "The government said its forces had regained control, but aid agencies said more than "
        "11,000 people had fled, many by boat to Pemba. The French company said it was "
        "withdrawing all remaining staff from the Afungi site. Shares in TotalEnergies were "
        "little changed in Paris, but analysts said the delay could push back first gas by "
        "several years. Japanese and Thai utilities that had signed offtake deals said they were "
        "monitoring the situation. Mozambique's dollar bond due 2031 fell 1.5 cents.",
        "T V D B",
        "insurgent_attack",
    ),
    (
        "Ecopetrol halts pumping on Cano Limon line after ELN bombing",
        "Colombia's state oil company Ecopetrol suspended pumping on the Cano Limon-Covenas "
        "pipeline on Wednesday after a bomb attack in Arauca province that the army blamed on "
        "the National Liberation Army (ELN). The blast caused a crude spill into a creek near "
        "the town of Saravena, the company said, and repair crews were waiting for troops to "
        "secure the area before starting work. It was the 11th attack on the 780-km line this "
        "year, according to the defence ministry. The pipeline carries oil from fields operated "
        "by Ecopetrol and Occidental Petroleum to the Caribbean coast. Ecopetrol said exports "
        "would be covered from storage for now. Its shares fell 1.8% in Bogota, in line with the "
        "broader market. The ELN, which has been fighting the state since 1964, did not comment. "
        "Colombia's peso weakened slightly against the dollar.",
        "E",
        "pipeline_bombing",
    ),
    (
        "Tin jumps 9% as Alphamin halts Bisie mine with M23 rebels closing in",
        "Tin prices on the London Metal Exchange jumped as much as 9% on Thursday after Alphamin "
        "Resources said it was suspending operations at its Bisie mine in eastern Congo as M23 "
        "rebels advanced towards the area. The Rwanda-backed group captured the town of "
        "Walikale, about 30 km from the mine, after several days of fighting with the Congolese "
        "army and allied militias, residents and local officials said. Thousands of people were "
        "reported to be fleeing along the road to Kisangani. Alphamin said it was evacuating "
        "staff from the site as a precaution. Bisie produces about 6% of the world's mined tin, "
        "and its output is trucked through North Kivu to ports in East Africa. Three-month tin "
        "traded at $37,640 a tonne, its highest since 2022. 'There is no quick substitute for "
        "that tonnage,' said a metals analyst at a London brokerage. Shares in Alphamin fell "
        "more than 20% in Toronto.",
        "B D",
        "rebel_offensive",
    ),
    (
        "Gold miner suspends Mali convoy runs after jihadist blockade leaves tankers burned",
        "A Canadian gold miner said on Tuesday it had suspended road convoys to its mine in "
        "western Mali after militants linked to al-Qaeda attacked a column of fuel tankers on "
        "the road from Senegal, burning at least 40 trucks and killing several drivers. The "
        "Group for the Support of Islam and Muslims (JNIM) declared a blockade on fuel imports in "
        "September and has since ambushed convoys on the main routes to Bamako. Fuel queues "
        "stretched for kilometres in the capital, and the government closed schools for two "
        "weeks because teachers could not get to work. The company said it had enough diesel "
        "for about three weeks of operations. Shares fell 6% in Toronto. Gold prices near record "
        "highs have kept investors in Mali despite a tax dispute with the military government. "
        "A security consultant in Dakar said the blockade marked 'a shift from attacking soldiers "
        "to attacking the economy'.",
        "T V H",
        "blockade",
    ),
    (
        "Semafo shares slide after ambush on workers' convoy kills 37 in Burkina Faso",
        "Shares in Semafo fell 12% in Toronto on Thursday after gunmen ambushed a convoy carrying "
        "employees and contractors to its Boungou gold mine in eastern Burkina Faso, killing 37 "
        "people and wounding 60, according to the regional governor. The attackers detonated an "
        "explosive device under an escort vehicle and then opened fire on the buses, security "
        "sources said. It was the third attack on the mine's convoys in 15 months. No group "
        "claimed responsibility, but security sources blamed jihadists linked to Islamic State, "
        "who are active in the area. The company suspended operations at Boungou and said it would review how it "
        "moved staff. Analysts at a Toronto bank cut their price target, saying the mine "
        "accounted for about 40% of the company's output. 'Security costs were already rising; "
        "now the question is whether the mine can run at all,' one analyst said.",
        "T V E",
        "ambush",
    ),
    (
        "Haiti fuel runs dry as gang coalition holds Varreux terminal",
        "Gasoline and diesel have all but disappeared from pumps in Port-au-Prince after the G9 "
        "gang coalition seized the road to the Varreux fuel terminal, which holds most of "
        "Haiti's fuel stocks, importers said on Wednesday. Gunmen dug trenches across the access "
        "road and exchanged fire with police units trying to reopen it, residents said. The "
        "blockade entered its fourth week, and hospitals said they were running generators on "
        "their last reserves. The United Nations said a cholera outbreak was spreading in "
        "neighbourhoods without clean water. Black-market gasoline was selling for about $30 a "
        "gallon, roughly six times the official price. Fuel importers said tankers were waiting "
        "offshore because they could not unload. Prime Minister Ariel Henry asked for an "
        "international armed force to help police retake the terminal. The gourde weakened to a "
        "record against the dollar.",
        "B H",
        "gang_blockade",
    ),
    (
        "Pakistan stocks fall after suicide bomber kills five Chinese engineers",
        "Pakistan's main share index fell 1.4% on Wednesday after a suicide bomber rammed an "
        "explosives-laden car into a convoy carrying Chinese engineers to the Dasu hydropower "
        "project, killing five Chinese nationals and their Pakistani driver. The attack near "
        "Besham in Khyber Pakhtunkhwa province was the third on Chinese interests in a week, "
        "following assaults on a naval air base and the port complex at Gwadar. Police called it "
        "a terrorist attack and said the bomber had been waiting on the mountain road. China "
        "demanded a thorough investigation, and two Chinese contractors suspended work on the "
        "Dasu and Tarbela projects. Brokers said investors were worried about the future of the "
        "China-Pakistan Economic Corridor, which has brought billions of dollars of Chinese "
        "investment. Construction and cement shares led the decline. Pakistan's dollar bonds "
        "slipped by about half a cent.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Ecuador bonds slump as gangs storm TV studio and Noboa declares 'internal armed conflict'",
        "Ecuador's dollar bonds fell as much as 4 cents on Wednesday after President Daniel "
        "Noboa declared an 'internal armed conflict' and ordered the army to 'neutralise' 22 "
        "criminal gangs that he designated as terrorist organisations. Masked gunmen stormed a "
        "public television studio in Guayaquil during a live broadcast on Tuesday and held staff "
        "at gunpoint before police freed them. Car bombs went off in several cities and more "
        "than 150 prison guards were taken hostage, officials said. At least 10 people were "
        "killed in Guayaquil. Soldiers patrolled the streets of Quito, and shops and banks "
        "closed early. The 2030 bond traded at about 48 cents on the dollar. 'The government "
        "has chosen a military response, and markets are asking how it will pay for it,' said "
        "an analyst at a New York fund.",
        "V E M T",
        "gang_violence",
    ),
    (
        "Rand slumps and Durban port shuts as looting spreads, death toll passes 70",
        "South Africa's rand fell for a fourth day on Tuesday, losing 1.8% against the dollar, "
        "as rioting and looting spread across KwaZulu-Natal and Gauteng provinces. Police said "
        "72 people had died, some of them in stampedes during the looting of shopping malls, "
        "and more than 1,200 had been arrested. Transnet declared force majeure at the port of "
        "Durban and the Richards Bay coal terminal after trucks were set on fire on the N3 "
        "highway. The army deployed 2,500 soldiers to help police. The unrest began after former "
        "president Jacob Zuma went to jail for contempt of court. Shares in retailers and "
        "insurers were among the hardest hit on the Johannesburg exchange. 'It is the worst "
        "violence we have seen since the 1990s,' President Cyril Ramaphosa said in a televised "
        "address. Sugar refiners and fuel distributors warned of shortages within days.",
        "U M",
        "riot",
    ),
    (
        "Hang Seng slides as police fire tear gas at protesters blocking legislature",
        "Hong Kong's Hang Seng index fell 1.7% on Wednesday as police fired tear gas, rubber "
        "bullets and bean-bag rounds at tens of thousands of protesters who had surrounded the "
        "Legislative Council to stop debate of a bill allowing extraditions to mainland China. "
        "Hospitals said 72 people had been injured, two of them seriously. Protesters threw "
        "bricks and metal bars at police lines, and the police commissioner called the unrest "
        "a 'riot'. Several banks in the Admiralty district closed branches, and HSBC told staff "
        "to work from home. Property developers led the losses. The Hong Kong dollar weakened "
        "towards the strong end of its band as interbank rates rose. 'This is a new kind of "
        "risk for the city, and international investors will be asking questions,' said a "
        "strategist at a French bank. The legislature postponed the debate.",
        "U",
        "protest_crackdown",
    ),
    (
        "Aramco shares dip as Houthi missile sets Jeddah fuel depot on fire",
        "Shares in Saudi Aramco fell 1% on Sunday after a Houthi missile struck a petroleum "
        "products distribution station in Jeddah, sending a plume of black smoke over the city "
        "during practice for a Formula One race. The Saudi-led coalition said the attack had set "
        "two storage tanks on fire and caused no casualties, and that other missiles and drones "
        "had been intercepted over Jizan and Najran. Yemen's Houthis said they had launched a "
        "wave of attacks on Aramco facilities. The coalition responded with air strikes on Sanaa "
        "and Hodeidah early on Sunday. Brent futures rose 1.4% in early Asian trade on Monday. "
        "Riyadh said it would not bear responsibility for any shortfall in oil supplies to "
        "global markets resulting from the attacks. Traders noted that Saudi spare capacity was "
        "already thin.",
        "E M",
        "missile_strike",
    ),
    (
        "Baht weakens as Thai and Cambodian troops trade artillery fire on border",
        "The Thai baht fell to a one-month low on Friday as fighting between Thai and Cambodian "
        "troops along their disputed border spread to at least six locations, with both sides "
        "using artillery and rockets. Thailand's health ministry said 14 civilians and one soldier "
        "had been killed on the Thai side, including children hit when a rocket struck a petrol "
        "station in Sisaket province. Thai F-16 jets bombed Cambodian military targets, the army "
        "said. More than 100,000 people were evacuated from border villages in Thailand, and "
        "Cambodian officials said thousands had fled on their side. Shares in Thai airlines and "
        "tourism groups fell. Thailand closed all land crossings, halting about $10bn a year of "
        "trade. Analysts at a Bangkok securities house said the clashes added to pressure on an "
        "economy already hit by US tariffs.",
        "B E M D",
        "border_clashes",
    ),
    (
        "Pakistani stocks halted after Indian missile strikes; rupee slips",
        "Trading on the Pakistan Stock Exchange was halted for an hour on Wednesday after the "
        "benchmark index fell more than 6% following Indian missile strikes on nine sites in "
        "Pakistan and Pakistan-administered Kashmir. Pakistan's military said 26 civilians had "
        "been killed, including children, when missiles hit mosques in Bahawalpur and "
        "Muzaffarabad. India said it had struck 'terrorist infrastructure' in response to last "
        "month's massacre of tourists in Pahalgam. Pakistani troops and Indian forces exchanged "
        "heavy artillery fire along the Line of Control, and officials in Indian Kashmir said at "
        "least 10 people had been killed in shelling of Poonch. The rupee weakened slightly in "
        "the interbank market. Indian markets were steadier, with the Nifty closing flat. "
        "Airlines cancelled flights to airports in northern India and Pakistan.",
        "E M",
        "missile_strike",
    ),
    (
        "Ethiopia's Eurobond sinks as federal troops battle Tigray forces",
        "Ethiopia's $1bn Eurobond fell to a record low on Tuesday as fighting between federal "
        "troops and forces loyal to the Tigray region's ruling party intensified, with air "
        "strikes reported near the regional capital Mekelle. Prime Minister Abiy Ahmed said the "
        "army had taken several towns in western Tigray and that the operation would continue "
        "until the 'criminal clique' was removed. Thousands of refugees crossed into Sudan, "
        "where the UN refugee agency said it was setting up a transit camp. Communications to "
        "the region remained cut, making the reports hard to verify. The bond due 2024 traded at "
        "around 90 cents on the dollar. Investors had been betting on Abiy's plans to open the "
        "telecoms and banking sectors to foreign capital. 'A long war would undo most of that "
        "story,' said a sovereign debt analyst in London.",
        "B E M D",
        "offensive",
    ),
    (
        "Haifa refinery shut after Iranian missile strike kills three workers",
        "Bazan Group, which runs Israel's largest oil refinery in Haifa, said on Monday it had "
        "shut all its facilities after an Iranian missile strike damaged the plant's power "
        "station, killing three employees. The missile hit overnight during the heaviest Iranian "
        "barrage since Israel began its air campaign against Iran's nuclear and military sites "
        "last week, emergency services said. Trading in Bazan shares was suspended in Tel Aviv. "
        "Israel's air force said it had struck more missile launchers and an oil depot in "
        "Tehran. Brent crude was up 2.1% at $76.22 a barrel, while tanker owners said they were "
        "avoiding the Strait of Hormuz where possible. The shekel held its ground, helped by "
        "foreign inflows into Israeli stocks. 'Energy infrastructure is now a target on both "
        "sides, and that is what the oil market fears most,' said an analyst at a Swiss bank.",
        "E M",
        "missile_strike",
    ),
    (
        "Lebanon's defaulted bonds steady as Israeli strikes pound Beirut suburbs",
        "Lebanon's defaulted dollar bonds held steady on Tuesday even as Israeli air strikes "
        "pounded Beirut's southern suburbs and villages across the south for a second week. "
        "Lebanon's health ministry said more than 1,000 people had been killed since the "
        "bombing campaign began, and the government said up to a million people had fled their "
        "homes. Israel's army said it had hit hundreds of Hezbollah targets, including rocket "
        "launchers and weapons depots, and that ground forces were carrying out 'limited' raids "
        "across the border. Hezbollah fired rockets at northern Israel and Haifa. The bonds, "
        "which have been in default since 2020, traded at about 7 cents on the dollar. Some "
        "investors said they were betting that the war would weaken Hezbollah's grip on politics "
        "and open the way for an IMF programme. Shelters in Beirut and the north were full.",
        "E M D",
        "air_campaign",
    ),
]
