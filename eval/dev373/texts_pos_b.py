"""dev373 positives, part B: militants, unrest over fuel, and wars around oil and gas (2014-2026)."""

POSITIVES = [
    (
        "Iranian missile hits Haifa refinery complex, killing three workers",
        "An Iranian ballistic missile struck the Bazan refinery complex in Haifa Bay overnight, killing three employees and shutting down all of the group's facilities, the company said on Monday. Bazan said the strike had severely damaged the power station that supplies steam and electricity to the refinery, which processes about 197,000 barrels a day. Israel's Magen David Adom said its crews had recovered the bodies from a control building. Iran's Revolutionary Guards said they had targeted energy infrastructure in response to Israeli strikes on Iranian fuel depots. Israel's energy ministry said fuel stocks were sufficient and that there was no need for rationing. Shares in Bazan were suspended in Tel Aviv. The refinery had been hit by shrapnel in a previous barrage, but this was the first direct hit, the company said. Workers at other plants in the bay were told to stay in protected rooms.",
        "E M",
        "missile strike",
    ),
    (
        "Insurgents overrun Palma, forcing Total to pull staff from $20bn Mozambique LNG site",
        "Islamist insurgents stormed the town of Palma in northern Mozambique, next to Total's $20 billion liquefied natural gas project, killing dozens of people and forcing thousands to flee, officials and aid workers said on Monday. The government said several people had been beheaded and that bodies lay in the streets after three days of fighting. About 180 people, including foreign workers, were trapped in the Amarula hotel before a convoy tried to break out, and several were killed in an ambush, a security contractor said. Islamic State's central Africa province claimed the attack. Total said it had withdrawn all its personnel from the Afungi site and suspended construction. Boats carrying displaced people arrived in Pemba, the provincial capital, where the UN said more than 8,000 had registered. Aid agencies warned of hunger among families who fled into the bush. Analysts said the attack put one of Africa's largest energy investments in doubt. Mozambique's defence ministry said troops had begun an operation to retake the town, backed by helicopters from a private military contractor. Communications with Palma were cut on the first day, and relatives in Pemba said they had no news of family members. Human Rights Watch said witnesses had described insurgents shooting at people as they fled towards the beach.",
        "T V D H B M",
        "attack",
    ),
    (
        "Kazakhstan declares emergency as fuel price protests turn violent, Tengiz workers walk off",
        "Kazakhstan's president declared a state of emergency in Almaty and the oil-producing Mangistau region on Wednesday after protests over a doubling of liquefied gas prices turned violent, with crowds storming the mayor's office in Almaty and setting it on fire. Police used tear gas and stun grenades to disperse thousands of protesters in the city's main square, and the interior ministry said eight police officers and members of the national guard had been killed. Internet access was cut nationwide. Chevron said some contractors at the Tengiz field had joined the protests in support, although output was not affected. The government resigned, and the president asked the Russian-led CSTO alliance for help, saying the country faced \"terrorist gangs\". Russian paratroopers began arriving by Thursday. Uranium prices rose on concern over supply from the world's largest producer. Kazakhstan's dollar bonds fell sharply. Residents of Almaty said looters had broken into shops and banks overnight, and that gunfire could be heard near the airport, which was briefly seized by protesters. The central bank suspended the work of all financial institutions in the country.",
        "U M",
        "riot",
    ),
    (
        "Police fire tear gas at Nigerian protesters over fuel costs; deaths reported in north",
        'Nigerian police fired tear gas and live rounds at protesters in several cities on Thursday, the first day of demonstrations against soaring petrol and food prices after the end of the fuel subsidy, witnesses said. Amnesty International said at least 13 people had been killed, most of them in the northern states of Kano, Borno and Niger. In Kano, protesters looted shops and set fire to a government building, and the state government imposed a 24-hour curfew. Police said they had arrested hundreds of people across the country. In Abuja and Lagos, crowds chanting "end bad governance" were dispersed with water cannon. The price of petrol has more than tripled since the subsidy ended, while inflation is running above 30%. Dangote\'s new refinery has promised to bring down pump prices, but supplies have been slow to reach the market. President Bola Tinubu has not yet addressed the nation.',
        "U",
        "riot",
    ),
    (
        "Petrol stations burned as Iran protests over fuel price hike spread",
        'Protesters in Iran set fire to petrol stations and banks on Saturday as demonstrations against a sudden increase in gasoline prices spread to dozens of cities, state media reported. Security forces used tear gas and fired on crowds in some places, according to witnesses and videos posted on social media before authorities cut internet access across the country. Officials said a police officer had been killed in Kermanshah, and rights groups said several protesters had died. The government raised the price of regular petrol by 50% and imposed rationing on Friday, saying the proceeds would go to poor families. Supreme Leader Ayatollah Ali Khamenei backed the decision and called those who burned property "thugs". The semi-official ISNA news agency reported that more than 100 banks and 57 stores had been torched. Iranian officials said about 1,000 people had been arrested. Analysts said the price rise reflected the squeeze on state finances from US sanctions on oil exports.',
        "U",
        "riot",
    ),
    (
        "Ecuador oil output falls as protesters seize fields amid clashes over fuel subsidy cut",
        "Ecuador's oil output fell by about 165,000 barrels per day after protesters occupied three oilfields in the Amazon and clashed with security forces, the energy ministry said on Wednesday. State firm Petroecuador said operations had been halted at blocks in the provinces of Orellana and Sucumbíos, and that the SOTE pipeline could suspend pumping if the situation continued. The protests, led by indigenous groups, erupted after President Lenin Moreno scrapped fuel subsidies that had been in place for decades. In Quito, police fired tear gas at demonstrators who threw stones and set barricades ablaze near the national assembly. The government said more than 570 people had been arrested, and the ombudsman's office reported five deaths. Moreno moved the seat of government to Guayaquil and imposed a curfew around key buildings. Oil workers were evacuated from some installations by helicopter. Ecuador's dollar bonds fell to their lowest level in months.",
        "U",
        "riot",
    ),
    (
        "Turkish drones strike oil and gas sites in Kurdish-run north-east Syria",
        "Turkish drones and warplanes struck oil installations, a gas plant and power stations across north-east Syria on Thursday, cutting electricity to much of the region, the Kurdish-led administration said. The Syrian Democratic Forces said the Suwaydiyah gas facility near Rmelan, which supplies power to more than a million people, had been put out of service. Turkey's defence ministry said it had destroyed 30 targets belonging to Kurdish militants in retaliation for an attack in Ankara, including what it called their sources of income. The SDF said four workers were killed at an oil field near Qamishli. Long queues formed at bakeries as generators ran short of diesel, residents said. Oil from the region, which is sold locally and to traders, is the main source of revenue for the Kurdish-led administration. Washington urged restraint. The strikes continued into a second day. The Kurdish-led administration said dozens of families living near the Rmelan fields had moved to villages further south for fear of new raids. Aid groups warned that water pumping stations in Hasakah, which depend on the power grid, could stop working within days. Turkey's president said operations would continue until all threats to Turkey's borders were removed.",
        "E M D H",
        "air strike",
    ),
    (
        "Myanmar junta airstrikes near Shwe gas pipeline as Arakan Army advances",
        "Myanmar's military carried out airstrikes near the Shwe gas pipeline in Rakhine state on Monday as the Arakan Army pressed an offensive toward the port town of Kyaukphyu, residents and the rebel group said. Fighting has spread along the route of the pipelines that carry gas and crude from the Bay of Bengal to China's Yunnan province. The Arakan Army said it had captured two military outposts near Ann town and seized weapons. Residents said hundreds of families had fled villages near the pumping station after bombs fell close to their homes. China's embassy urged all sides to ensure the safety of Chinese projects, including the Kyaukphyu deep-sea port. The pipeline operator, a joint venture led by China National Petroleum Corp, said flows were continuing normally. Analysts said the advance put the junta's most important energy link with Beijing within range of the rebels.",
        "B E M D",
        "battle",
    ),
    (
        "Baloch militants blow up gas pipeline in Dera Bugti, cutting supply to Punjab",
        "Militants blew up a main gas pipeline in Balochistan's Dera Bugti district on Tuesday, cutting supplies to fertiliser plants and power stations in Punjab, officials said. The Sui Southern Gas Company said the 24-inch line had been damaged by explosives planted under it and that repair teams were being sent under security escort. The outlawed Baloch Republican Army claimed responsibility in a message to journalists. Balochistan's home minister called the blast a terrorist attack on national assets. Security forces cordoned off the area and launched a search operation, a Frontier Corps spokesman said. Separatist groups in Balochistan have frequently attacked gas installations and pipelines, saying the province's resources are exploited by the federal government. Supply to about 80 million cubic feet a day of gas was affected, according to the company. Fertiliser makers in Punjab warned of production cuts if the line remained shut.",
        "E T M",
        "pipeline bombing",
    ),
    (
        "Sinai pipeline to Jordan bombed for the second time in a month",
        "Militants blew up the pipeline that carries Egyptian gas to Jordan in the northern Sinai on Saturday, security sources said, the second such attack this month and the latest blow to a line that has been sabotaged repeatedly since the uprising of 2011. A group affiliated with Islamic State claimed the bombing in a statement posted on social media, saying it had targeted what it called a source of revenue for the government in Cairo. Egypt's army said its forces had killed three militants in a raid on a hideout near Sheikh Zuweid later in the day and seized weapons and explosives. The petroleum ministry said the flow of gas had been cut while firefighters worked to put out the blaze west of el-Arish. Jordan, which imports most of its energy, said it would rely on liquefied gas cargoes arriving at the Red Sea port of Aqaba to keep its power stations running. The ministry did not say when repairs would be finished, and engineers said access to the site depended on the army clearing the surrounding area.",
        "E T M",
        "pipeline bombing",
    ),
    (
        "Houthi drones target Yemen's Dhabba terminal as tanker loads crude",
        "Houthi drones attacked the Dhabba oil terminal in Yemen's Hadramout province on Friday as a Greek-managed tanker was preparing to load crude, Yemen's internationally recognised government said. The government said the attack was a terrorist act aimed at cutting off the country's main revenue and warned it would respond. Officials said one drone exploded near the terminal's loading buoy, and the tanker sailed away without cargo. The Houthis said they had carried out a \"warning strike\" to stop what they called the looting of Yemen's oil wealth. No casualties were reported. The attack came days after a UN-brokered truce expired without renewal. Yemen's oil exports, which had fallen to around 60,000 barrels a day, are the government's main source of hard currency. The UN envoy urged restraint from both sides.",
        "E T",
        "drone strike",
    ),
    (
        "Greek tanker Sounion burns in Red Sea after Houthis board and plant charges",
        "The Greek-flagged oil tanker Sounion, loaded with about one million barrels of crude, was burning in the Red Sea on Friday after Houthi fighters boarded the abandoned ship and set off explosives on its deck, the EU naval mission Aspides said. Video released by the Houthis showed masked men walking on the deck before several blasts. The vessel's 25 crew had been evacuated by a French warship after an earlier attack left the tanker without power. Aspides said fires had been detected in several places on the main deck and warned of a risk of a major oil spill. The ship's operator said it was working with the mission on plans to tow the tanker to safety. A Houthi official said the group would allow tugs to approach. Environmental groups warned that a spill of that size could be four times larger than the Exxon Valdez disaster. Insurers said the incident would keep war-risk premiums in the region high.",
        "E",
        "attack",
    ),
    (
        "Fighting near Paloch oilfields sends thousands fleeing in South Sudan's Upper Nile",
        "Clashes between South Sudan's army and an armed youth group in Upper Nile state have forced thousands of people to flee towns near the Paloch oilfields, local officials and aid agencies said on Wednesday. The army said it had repelled attacks on its positions in Nasir and Ulang and deployed reinforcements by boat. The White Army fighters seized a military garrison in Nasir last week, according to the local commissioner. The UN's humanitarian office said more than 60,000 people had been displaced, some crossing into Ethiopia, and that a cholera outbreak was spreading in the area. Oil companies operating in the Melut basin said they had reduced staff at the fields but that output continued. South Sudan, which relies on oil for nearly all of its revenue, already has reduced exports because of the war in Sudan. A UN helicopter evacuating soldiers came under fire, the peacekeeping mission said.",
        "B D H M",
        "battle",
    ),
    (
        "Militants attack Niger-Benin oil pipeline as junta's crude exports resume",
        "A rebel group in Niger said it had attacked the pipeline that carries crude from the Agadem field to Benin's coast, days after exports through the line began, officials and the group said. The Patriotic Liberation Front said its fighters had blown up a section of the pipeline in the Zinder region to demand the release of the deposed president. Niger's defence ministry confirmed damage to a section of the line and said troops were searching for the attackers. Six soldiers were killed in a separate ambush on a patrol guarding the pipeline near Tesker, the army said. The 2,000-km pipeline, built by China National Petroleum Corp, was designed to carry 90,000 barrels a day. The project has been hit by a border dispute between Niger and Benin since the 2023 coup. State oil company Sonidep said repairs were under way.",
        "E B M",
        "pipeline bombing",
    ),
    (
        "Russian strikes hit Ukraine's gas production sites in Kharkiv and Poltava",
        "Russia attacked Ukraine's gas production facilities in the Kharkiv and Poltava regions overnight with missiles and drones, state energy company Naftogaz said on Tuesday, the latest in a series of strikes aimed at the country's heating supply. Naftogaz chief executive Roman Chumak said several facilities had been damaged and that output would be affected. It was the ninth attack on the company's infrastructure in a month, he said. Regional governor Oleh Syniehubov said one person was injured in a village near the site. Russia's defence ministry said it had struck energy facilities supporting the Ukrainian military. Ukraine has had to step up imports of gas from Europe to build up storage before winter, traders said. Dutch TTF gas prices rose 3% on the news. Kyiv asked Western allies for more air defence systems to protect energy sites.",
        "E M",
        "missile strike",
    ),
    (
        "Rockets hit oil company camp near Basra as militias step up pressure",
        "Three Katyusha rockets hit a residential camp used by foreign oil companies near Basra early on Thursday, wounding two local workers, Iraqi security officials said. The rockets struck the Burjesia area west of the city, where firms including Halliburton and Schlumberger have offices and accommodation. Police found a launch pad in a nearby field with a fourth rocket that had failed to fire, according to a statement from Basra Operations Command. No group claimed responsibility. Iraq's oil ministry said production and exports from the southern fields were not affected and that security had been increased around company sites. The attack followed a series of rocket strikes on US bases and the embassy in Baghdad blamed on Iran-backed militias. Some foreign contractors moved non-essential staff to Kuwait as a precaution, an industry source said. Basra's southern terminals export nearly 3 million barrels a day.",
        "E",
        "rocket attack",
    ),
]
