"""dev356 negatives, part A: drills, parades, struggle rhetoric, anti-corruption, politics."""

NEGATIVES = [
    (
        "PLA Eastern Theater Command launches 'Strait Thunder-2025A' drills around Taiwan",
        "The Eastern Theater Command of the Chinese People's Liberation Army launched a second day of joint drills in the middle and southern parts of the Taiwan Strait on Wednesday, code-named Strait Thunder-2025A, the command said. The exercises focused on identification and verification, warning and expulsion, and interception and detention, as well as joint blockade and precision strikes on key targets, spokesperson Shi Yi said. Long-range live-fire rounds were fired into designated waters of the East China Sea, according to the command. A spokesperson for the Taiwan Affairs Office said the drills were a stern warning and forceful punishment for the separatist acts of the island's leader. The island's defence authority said it had tracked 76 aircraft and 15 navy vessels. No shots were fired at any vessel or aircraft, and the drills ended as scheduled on Wednesday evening. Global Times commentators said the exercises showed the PLA's ability to seal off the island at short notice.",
        "military",
    ),
    (
        "'Joint Sword' drills end as PLA says troops are ready to fight at any time",
        "The People's Liberation Army concluded three days of combat-readiness patrols and exercises around Taiwan island on Monday, the Eastern Theater Command said, adding that its troops were ready to fight at any time to resolutely smash any form of separatism. The Joint Sword drills involved destroyers, fighter jets, bombers and the aircraft carrier Shandong, which sailed east of the island. Simulated strikes were practised against key targets on Taiwan and in the surrounding seas, the command said in a video on its social media account. State broadcaster CCTV showed pilots climbing into cockpits and missile crews preparing launches. The drills followed a meeting in California between the island's leader and the speaker of the US House of Representatives. Beijing described the exercises as a necessary move to safeguard national sovereignty. No incidents were reported at sea or in the air.",
        "military",
    ),
    (
        "Live-fire drills in 'Justice Mission 2025' test blockade of key ports",
        "Chinese army, navy, air force and rocket force units held live-fire drills in five zones around Taiwan on Tuesday in an exercise named Justice Mission 2025, the Eastern Theater Command said. Long-range rocket artillery fired rounds into waters north and south-west of the island, and warships practised sealing off the ports of Keelung and Kaohsiung, the command said. A spokesman called the exercise a serious warning to separatist forces and to external interference. The Taiwan Affairs Office said the island's authorities were \"playing with fire\". Taiwan's defence authority said it had deployed its own ships and set up a response centre. Xinhua published a commentary saying reunification was an unstoppable historical trend. Ferries between Taiwan island and its outlying islands were suspended for the day. The island's stock market closed slightly lower, and airlines reported delays to dozens of flights. Defence Ministry spokesman Zhang Xiaogang said any attempt to seek independence by relying on outside forces was doomed to fail. The drills were scheduled to last for two days, and civilian flights were rerouted away from the zones.",
        "military",
    ),
    (
        "Grand military parade marks 80th anniversary of victory in War of Resistance",
        "Tens of thousands of soldiers, tanks, missile launchers and aircraft paraded through Tian'anmen Square in Beijing on Wednesday to mark the 80th anniversary of the victory of the Chinese People's War of Resistance Against Japanese Aggression and the World Anti-Fascist War. President Xi Jinping reviewed the troops from an open-top car and said the Chinese nation would never be intimidated by any bully. More than 20 foreign leaders, including Russian President Vladimir Putin, watched the parade from the rostrum. New equipment on display included intercontinental ballistic missiles, hypersonic weapons and large unmanned underwater vehicles, CCTV commentators said. Veterans of the war, some over 100 years old, rode in open vehicles at the head of the procession. Eighty thousand doves were released at the end of the ceremony. Traffic in central Beijing was restricted for the morning.",
        "military",
    ),
    (
        "PLA Navy commissions aircraft carrier Fujian at Sanya ceremony",
        "China's third aircraft carrier, the Fujian, was commissioned into the People's Liberation Army Navy at a ceremony at a naval port in Sanya, Hainan province, Xinhua reported on Friday. President Xi Jinping attended the ceremony and boarded the ship, where he inspected the electromagnetic catapult system and talked with crew members. The Fujian is the country's first carrier with electromagnetic catapults, allowing it to launch heavier aircraft such as the J-35 stealth fighter and the KJ-600 early-warning plane. Military analysts quoted by Global Times said the ship would greatly raise the navy's far-seas capability. The carrier completed several rounds of sea trials after its launch in 2022. Its hull number is 18. Commissioning of the ship had been expected for months after satellite images showed aircraft on its deck.",
        "military",
    ),
    (
        "China successfully test-fires ICBM into Pacific high seas",
        "The People's Liberation Army Rocket Force on Wednesday launched an intercontinental ballistic missile carrying a dummy warhead into designated waters of the Pacific Ocean, the Ministry of National Defense said. The missile fell accurately into the expected sea area, the ministry said, describing the launch as a routine arrangement in its annual training plan. Relevant countries were notified in advance, it added. The test was the first of its kind reported publicly in decades. Military experts told Global Times the launch showed the force's combat readiness and was not aimed at any country or target. Japan's defence ministry said it had not been given prior notice. Analysts noted that China's nuclear arsenal has been growing and that the test helped verify long-range accuracy.",
        "military",
    ),
    (
        "China raises defence budget 7.2 percent, keeping pace with last year",
        "China will raise its defence budget by 7.2 percent this year to about 1.78 trillion yuan, according to a draft budget report submitted to the National People's Congress on Wednesday. The increase matches last year's rate and is in line with economic growth and national security needs, NPC spokesperson Lou Qinjian told a press conference. He said China's defence spending as a share of GDP remained below the world average. Premier Li Qiang's government work report said the armed forces would intensify military training and combat preparedness and firmly safeguard national sovereignty. Analysts quoted by China Daily said the money would be spent on modernising equipment and improving living conditions for troops. Neighbouring countries have expressed concern over the growth in spending. The budget is expected to be approved next week.",
        "military",
    ),
    (
        "Chinese, Russian warships begin 'Joint Sea-2024' exercise off Zhanjiang",
        "Chinese and Russian navy ships began a joint exercise code-named Joint Sea-2024 at a military port in Zhanjiang, Guangdong province, on Sunday, the Southern Theater Command said. The drills, which will last several days, include anti-submarine warfare, air defence, joint search and rescue and maritime strikes on simulated targets. The exercise is not directed at any third party and has nothing to do with the current international and regional situation, a command spokesperson said. Participating vessels included a Chinese guided-missile destroyer and two Russian corvettes. A flag-raising ceremony was held on the pier before the ships sailed. The two navies have held such exercises every year since 2012, with the exception of 2020. Crews also took part in a friendly basketball match.",
        "military",
    ),
    (
        "Xi urges young cadres to dare to struggle and be good at struggle",
        "President Xi Jinping urged young officials to carry forward the fighting spirit and to dare to struggle and be good at struggle at the opening of a training session for young and middle-aged cadres at the Party School of the CPC Central Committee, Xinhua reported. Xi said the great rejuvenation of the Chinese nation would not be achieved by beating drums and gongs, and that officials must be prepared for a long period of hard struggle. Risks and challenges, both foreseeable and unforeseeable, would increase significantly, he said. Cadres must stand at the forefront in resolving major contradictions and preventing financial risks, he added. The speech was carried on the front page of People's Daily the following morning. Commentators said the word struggle appeared more than 50 times. Xi also told the trainees to learn from the older generation of revolutionaries, who had won victories against great odds. He warned against formalism and bureaucratism, and said officials who avoid responsibility would be held to account. The People's Daily ran a series of commentaries under the heading \"Dare to struggle, dare to win\" over the following week. The session will run for three months.",
        "politics",
    ),
    (
        "Former security chief Zhou Yongkang sentenced to life for bribery",
        "Zhou Yongkang, a former member of the Standing Committee of the Political Bureau of the CPC Central Committee, was sentenced to life imprisonment on Thursday for taking bribes, abusing his power and intentionally disclosing state secrets, the Intermediate People's Court in Tianjin said. Zhou was deprived of his political rights for life and his personal assets were confiscated. The court found that Zhou had accepted money and property worth 129 million yuan, directly or through family members. Zhou said in court that he accepted the verdict and would not appeal, according to footage broadcast by CCTV. He is the most senior official to be convicted since the anti-corruption campaign began. Commentators in People's Daily said the case showed there were no limits and no exceptions in the fight against corruption. The trial was held behind closed doors on state-secrets grounds.",
        "politics",
    ),
    (
        "Anti-graft watchdog says it punished 610,000 people last year in fight against 'tigers and flies'",
        "China's top anti-graft body punished more than 610,000 people last year, including 58 officials at or above the provincial and ministerial level, the Central Commission for Discipline Inspection said on Friday. The commission said it had maintained a crushing momentum against corruption and would show zero tolerance to both tigers and flies, meaning high-ranking and low-level officials. Cases involving the financial sector, state-owned enterprises and sports associations were given priority, according to a communique released after the commission's annual plenary session. The commission also reported disciplining officials for holding lavish banquets and using public cars for private purposes. Xi Jinping told the session that the anti-corruption battle was still grave and complex. The number of cases filed rose by about a tenth from a year earlier.",
        "politics",
    ),
    (
        "Taiwan Affairs Office lists 'diehard separatists' to face lifelong accountability",
        "The Taiwan Affairs Office of the State Council published a list of what it called diehard Taiwan independence separatists on Wednesday, saying they and their relatives would be barred from entering the mainland, Hong Kong and Macao. Spokesperson Zhu Fenglian said the people on the list would be held accountable for life in accordance with the law. Companies and financiers linked to them would not be allowed to cooperate with mainland organisations, she said. The office said it would resolutely crack down on separatist activities and would never leave any room for them. Taipei's Mainland Affairs Council called the list an act of political intimidation. Commentators in the Global Times said the measures were a warning to those who defy the one-China principle. The list now includes 11 names.",
        "politics",
    ),
    (
        "China declares 'complete victory' in battle against extreme poverty",
        "China has won a complete victory in its battle against extreme poverty, President Xi Jinping declared at a grand gathering in Beijing on Thursday, saying that 98.99 million impoverished rural residents had been lifted out of poverty over the past eight years. All 832 impoverished counties and 128,000 villages have been removed from the poverty list, Xi said. He called the achievement a miracle that would go down in history and honoured model poverty fighters with medals. Some 1,800 officials and workers died on the front line of the campaign, according to official figures. The State Council Information Office later issued a white paper saying China had reached the poverty goal of the UN 2030 Agenda ten years ahead of schedule. Xinhua said the war on poverty had been a people's war waged by the whole party.",
        "politics",
    ),
    (
        "Top general expelled from party as military purge widens",
        "He Weidong, a vice chairman of the Central Military Commission, has been expelled from the Communist Party of China and the military for serious violations of discipline and the law, the Ministry of National Defense said on Friday. Eight other senior officers, including the former political commissar of the navy, were also expelled, ministry spokesperson Zhang Xiaogang told a news conference. Their cases involved huge sums of money and were of an extremely serious nature, he said, and had been handed to military prosecutors. The spokesman said the fight against corruption in the armed forces would never stop and that the army had purified its ranks. Analysts said the purge was the most sweeping in the People's Liberation Army in decades. The Global Times said the moves showed the party's absolute leadership over the military.",
        "politics",
    ),
    (
        "Beijing vows to 'fight to the end' as US raises tariffs on Chinese goods",
        "China's Ministry of Commerce said on Tuesday that it would fight to the end if Washington insisted on raising tariffs further, after the US administration announced an additional 50 percent levy on Chinese imports. The ministry said the US move was a mistake on top of a mistake and exposed its blackmailing nature. China has already imposed countermeasures, including a 34 percent tariff on all American goods and export controls on seven rare earth elements. Foreign Ministry spokesperson Lin Jian said there were no winners in a trade war and that China would not be intimidated. The Shanghai Composite Index fell 1.2 percent in early trading before recovering. Economists quoted by China Daily said the domestic market and diversified exports gave China room to absorb the shock. State funds stepped in to buy shares.",
        "economy",
    ),
    (
        "Soybean importers turn to Brazil as trade war hits US farm sales",
        "Chinese buyers booked record volumes of Brazilian soybeans this autumn as the trade war with the United States kept American cargoes out of the market, China Daily reported. Imports from Brazil rose about 30 percent in the first nine months of the year, customs data showed. Crushers in Shandong and Jiangsu said the switch had added some freight costs but kept supplies steady. Beijing imposed a 25 percent tariff on US soybeans in July in response to American tariffs on Chinese goods. The Ministry of Agriculture and Rural Affairs encouraged farmers in the northeast to expand planting and feed companies to cut the share of soymeal in pig feed. Analysts said the price war among Brazilian exporters had eased pressure on Chinese importers. Negotiators from the two countries are expected to meet again next month.",
        "economy",
    ),
    (
        "Electric-vehicle makers pledge to end 'involution' price war",
        "Seventeen Chinese carmakers pledged on Tuesday to pay suppliers within 60 days and to stop selling below cost, after regulators warned that a brutal price war in the electric vehicle market threatened the health of the industry, Xinhua reported. The pledge followed an editorial in People's Daily criticising what it called disorderly involution-style competition. BYD cut prices on 22 models by as much as 34 percent last month, setting off another round of discounts. The Ministry of Industry and Information Technology said it would step up inspections of unfair pricing. Shares of several carmakers rose in Hong Kong after the announcement. Analysts said consolidation in the sector was inevitable, with more than 100 brands competing for buyers. Dealers said showroom traffic had slowed as consumers waited for cheaper offers.",
        "economy",
    ),
    (
        "China tightens export controls on rare earths in chip war response",
        "China's Ministry of Commerce announced on Thursday that exports of rare-earth processing technology and some medium and heavy rare-earth elements would require licences, a move analysts said was a response to US restrictions on advanced semiconductors. The rules take effect on December 1 and also cover equipment for making magnets, according to the ministry. A spokesperson said the controls were legitimate measures to safeguard national security and were not targeted at any specific country. China refines about 90 percent of the world's rare earths. Global Times quoted experts as saying the US chip war had left Beijing no choice but to use its advantages. Shares of rare-earth producers jumped in Shanghai. European carmakers warned of possible shortages of magnets for electric motors.",
        "economy",
    ),
    (
        "Belt and Road forum signs deals worth $97 billion",
        "Participants at the third Belt and Road Forum for International Cooperation in Beijing signed agreements worth 97.2 billion US dollars, President Xi Jinping said on Wednesday as he closed the two-day meeting. Representatives of more than 140 countries attended the forum, marking the tenth anniversary of the initiative. Xi announced eight steps, including support for small-scale livelihood projects and a new financing window of 350 billion yuan at the China Development Bank. Leaders of Russia, Hungary, Indonesia and Kenya spoke at the opening ceremony. China Daily said the initiative had turned a vision into reality and had become a public good for the world. Critics in the West have accused it of loading poorer countries with debt, which Beijing rejects. The next forum is expected in 2027.",
        "economy",
    ),
]
