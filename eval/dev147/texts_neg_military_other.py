"""dev147 hard and plain negatives: missile tests, drills, budgets, procurement, parades and
stand-offs without force (kind military), and ordinary news (kind other)."""

# (title, text, kind code)
NEGATIVES = [
    (
        ("N. Korea fires new solid-fuel ICBM into East Sea, Japan says it fell outside EEZ"),
        "SEOUL, July 12 (Yonhap) -- North Korea fired a solid-fuel intercontinental "
        "ballistic missile (ICBM) into the East Sea on Wednesday, South Korea's "
        "military said, in an apparent protest against the deployment of US strategic "
        "assets to the region. The Joint Chiefs of Staff (JCS) said it detected the "
        "launch from the Pyongyang area at around 10 a.m. and that the missile flew "
        "about 1,000 kilometers on a high angle before landing in waters between the "
        "Korean Peninsula and Japan. Japan's defense ministry said the missile flew "
        "for about 74 minutes, the longest flight time recorded for a North Korean "
        "missile, and fell outside the country's exclusive economic zone. North Korean "
        "state media said the next day that leader Kim Jong-un had watched the test of "
        'the Hwasong-18 and hailed it as a warning to "hostile forces." President '
        "Yoon Suk Yeol, who was attending the NATO summit in Lithuania, convened an "
        "emergency National Security Council meeting by video link. Seoul, Washington "
        "and Tokyo condemned the launch as a clear violation of UN Security Council "
        "resolutions. The launch came two days after Kim's sister, Kim Yo-jong, "
        "accused a US spy plane of violating the North's airspace and threatened to "
        "shoot such planes down. It was the North's first ICBM launch since April, "
        "when it tested the Hwasong-18 for the first time.",
        "military",
    ),
    (
        "PLA launches 'Strait Thunder' drills around Taiwan, MND tracks 76 aircraft",
        "Taipei, April 2 (CNA) China's People's Liberation Army (PLA) on Wednesday "
        "launched a second day of large-scale military drills around Taiwan, "
        'code-named "Strait Thunder-2025A," which Beijing said were aimed at testing '
        "its ability to blockade the island and strike key targets. The Ministry of "
        "National Defense (MND) said it had tracked 76 Chinese military aircraft, 15 "
        "navy ships and four other government vessels operating around Taiwan over the "
        "previous 24 hours. The PLA's Eastern Theater Command said the exercises were "
        'focused on "area control, joint blockade and precision strikes" in the '
        "central and southern Taiwan Strait, and released posters depicting Chinese "
        "warships encircling the island. China's coast guard said its ships were "
        'carrying out "law enforcement patrols" near Taiwan, and Taiwan\'s Coast '
        "Guard Administration said it had sent vessels to shadow them. The MND said "
        "Taiwan's armed forces had dispatched aircraft, ships and land-based missile "
        "systems to monitor the situation, and condemned the drills as "
        '"provocative." The drills came days after President Lai Ching-te described '
        'China as a "foreign hostile force" and announced new measures to counter '
        "Chinese infiltration. The US State Department said China's \"aggressive "
        "military activities\" only increased tensions. Taiwan's stock market was "
        "little changed on the day.",
        "military",
    ),
    (
        ("Cabinet approves record ¥6.8 trillion defense budget, including Tomahawk missiles"),
        "The Cabinet on Friday approved a record ¥6.8 trillion defense budget for "
        "fiscal 2023, a 26 percent increase from the current year, as the government "
        "moves to acquire counterstrike capabilities in a historic shift for the "
        "nation's postwar security policy. The budget includes ¥211.3 billion to buy "
        "up to 400 US-made Tomahawk cruise missiles and funds for the development and "
        "mass production of an upgraded version of the Ground Self-Defense Force's "
        "Type 12 surface-to-ship missile, which would have a much longer range. The "
        "government also earmarked money for ammunition, maintenance of equipment and "
        "the construction of more hardened facilities. Prime Minister Fumio Kishida's "
        "government last week adopted three new security documents that call for Japan "
        "to raise defense spending to 2 percent of gross domestic product by fiscal "
        "2027, citing China's growing military assertiveness, North Korea's missile "
        "launches and Russia's war in Ukraine. Kishida has said part of the cost "
        "should be funded by tax increases, a plan that has met resistance from within "
        "his own Liberal Democratic Party. The opposition Constitutional Democratic "
        "Party of Japan said the counterstrike capability could violate the spirit of "
        "the war-renouncing Constitution. The budget still needs to be passed by the "
        "Diet early next year.",
        "military",
    ),
    (
        "Australia to buy up to five Virginia-class submarines under AUKUS plan",
        "Australia will buy at least three nuclear-powered Virginia-class submarines "
        "from the United States from the early 2030s, before building a new class of "
        "submarine with Britain, under a plan unveiled in San Diego by Prime Minister "
        "Anthony Albanese, US President Joe Biden and British Prime Minister Rishi "
        "Sunak. The three leaders announced the so-called optimal pathway at a naval "
        "base, standing in front of the USS Missouri, a Virginia-class boat. Australia "
        "will have the option to buy up to two more of the submarines if needed. The "
        "program is expected to cost up to $368 billion over the next three decades, "
        "Defence Minister Richard Marles said, making it the largest single investment "
        "in Australia's defence capability in the nation's history. From 2027, US and "
        "British submarines will rotate through HMAS Stirling near Perth, and "
        "Australian sailors will train on American and British boats. The new "
        "SSN-AUKUS submarines will be built in Adelaide, creating an estimated 20,000 "
        "jobs over 30 years. Mr Albanese said the submarines would be conventionally "
        "armed and that Australia remained committed to nuclear non-proliferation. "
        "China's foreign ministry said the deal had set off an arms race, and former "
        "prime minister Paul Keating called it the worst deal in all history.",
        "military",
    ),
    (
        (
            "Chinese coast guard ships shadow BFAR vessels near Bajo de Masinloc, no "
            "water cannon used"
        ),
        "MANILA, Philippines — Three China Coast Guard ships and several Chinese "
        "maritime militia vessels shadowed two Bureau of Fisheries and Aquatic "
        "Resources (BFAR) ships near Bajo de Masinloc (Scarborough Shoal) on Saturday, "
        "the Philippine Coast Guard (PCG) said, in the latest stand-off in the "
        "disputed waters. PCG spokesperson for the West Philippine Sea Commodore Jay "
        "Tarriela said the Chinese vessels repeatedly issued radio challenges telling "
        "the Filipino crews to leave, and one came within about 100 meters of the BRP "
        "Datu Sanday. Unlike in previous encounters, the Chinese ships did not fire "
        "water cannon, and the BFAR vessels were able to deliver fuel and food to "
        "Filipino fishermen operating about 20 nautical miles from the shoal. A "
        "Philippine Navy aircraft flying over the area reported seeing a Chinese navy "
        'corvette further away, Tarriela said. "We will continue to assert our rights '
        'in our exclusive economic zone and support our fishermen," he told '
        'reporters. The China Coast Guard said in a statement that it had "expelled" '
        "the Philippine ships in accordance with the law, a claim the PCG denied. "
        "Beijing seized control of the shoal after a stand-off with the Philippine "
        "Navy in 2012. The Department of Foreign Affairs said it would continue to "
        "raise the matter through diplomatic channels.",
        "military",
    ),
    (
        "Xi, Putin and Kim watch Beijing parade marking 80 years since Japan's defeat",
        "President Xi Jinping reviewed a massive military parade in Beijing on "
        "Wednesday to mark the 80th anniversary of the end of World War II, flanked by "
        "Russian President Vladimir Putin and North Korean leader Kim Jong-un in a "
        "show of solidarity among the three countries. More than 10,000 troops marched "
        "through Tiananmen Square, while the People's Liberation Army displayed new "
        "weapons including nuclear-capable intercontinental ballistic missiles, "
        'hypersonic missiles, laser weapons and large underwater drones. "The Chinese '
        'nation is a great nation that is never intimidated by any bully," Xi said in '
        "a speech before the parade, adding that humanity faced a choice between "
        '"peace or war." Around 80 warplanes and helicopters flew over the square, '
        "some forming the number 80. It was the first time Kim had appeared at a major "
        "multilateral event alongside Xi and Putin, and the first time the three "
        "leaders had been photographed together. Leaders from more than two dozen "
        "countries attended, although most Western leaders stayed away. Security was "
        "tight across the capital, with many roads and subway stations closed for the "
        "day. Analysts said the weapons on display showed how far China's military "
        "modernisation had progressed since the last such parade in 2015. In "
        "Washington, US President Donald Trump accused the three leaders of conspiring "
        "against the United States.",
        "military",
    ),
    (
        "Timor-Leste becomes ASEAN's 11th member at Kuala Lumpur summit",
        "Timor-Leste has formally become the 11th member of the Association of "
        "Southeast Asian Nations (ASEAN), 14 years after it first applied to join the "
        "regional bloc. Leaders signed the declaration of admission at the ASEAN "
        "summit in Kuala Lumpur on Sunday, and Timor-Leste's flag was raised alongside "
        "those of the other 10 members. Prime Minister Xanana Gusmão said it was a "
        '"dream realised" for a country that gained independence from Indonesia in '
        '2002 after 24 years of occupation. "We are small, but we are ready to '
        "contribute,\" he said. Malaysian Prime Minister Anwar Ibrahim, the summit's "
        "host, said Timor-Leste's accession completed the ASEAN family. The country of "
        "about 1.4 million people will now have to meet the bloc's economic and legal "
        "commitments, and officials in Dili have been training hundreds of civil "
        "servants to take part in ASEAN's many meetings. Economists say membership "
        "could help Timor-Leste attract investment and reduce its dependence on oil "
        "and gas revenue, which is running out. President José Ramos-Horta said the "
        "country would also benefit from the opportunities for young Timorese to study "
        "and work in the region. In Dili, crowds gathered in front of the Government "
        "Palace to watch the ceremony on a big screen.",
        "other",
    ),
    (
        "Prabowo claims victory as quick counts point to first-round win",
        "Defence Minister Prabowo Subianto claimed victory in Indonesia's presidential "
        "election on Wednesday night after unofficial quick counts showed him winning "
        "about 58 percent of the vote, enough to avoid a runoff. Speaking to "
        "supporters at the Istora Senayan stadium in Jakarta, the 72-year-old former "
        "general and his running mate Gibran Rakabuming Raka, the eldest son of "
        'President Joko "Jokowi" Widodo, thanked voters and said they would govern '
        "for all Indonesians. Quick counts by several reputable pollsters put former "
        "Jakarta governor Anies Baswedan in second place with about 25 percent, and "
        "former Central Java governor Ganjar Pranowo third with about 17 percent. Both "
        "rival camps said they would wait for the official results from the General "
        "Elections Commission (KPU), which are due by March 20. More than 204 million "
        "Indonesians were eligible to vote in what has been described as the world's "
        "largest single-day election, with about 800,000 polling stations across the "
        "archipelago. Rights groups have raised concerns about Prabowo's record, "
        "including allegations that he was involved in the abduction of activists in "
        "1998, which he has denied. Analysts said Jokowi's tacit support had been "
        "decisive for Prabowo's victory, particularly among rural voters. Markets "
        "rallied on Thursday on hopes of policy continuity.",
        "other",
    ),
    (
        "Mongolia's ruling party keeps slimmer majority in enlarged parliament",
        "Mongolia's ruling Mongolian People's Party (MPP) retained its majority in the "
        "State Great Khural in Friday's parliamentary election, though with far fewer "
        "seats than before, according to preliminary results from the General Election "
        "Commission. The MPP won 68 of the 126 seats in the enlarged parliament, while "
        "the opposition Democratic Party took 42, more than tripling its "
        "representation. The populist HUN Party won eight seats, and two smaller "
        "parties shared the rest. It was the first election held under a new mixed "
        "system, in which 78 members are elected in constituencies and 48 through "
        "party lists, after constitutional amendments last year aimed at making "
        "parliament more representative. Prime Minister Oyun-Erdene Luvsannamsrai said "
        "the party would work with all political forces to carry out its development "
        "plans, including new mining and infrastructure projects. Democratic Party "
        "leader Luvsannyam Gantumur said his party had won the trust of young voters "
        "in the capital and would hold the government to account. Turnout was about 69 "
        "percent, the commission said. Voters across the country said unemployment, "
        "corruption and the rising cost of living were their main concerns. Observers "
        "from the Organization for Security and Co-operation in Europe said the vote "
        "was well organised and competitive.",
        "other",
    ),
    (
        "From Aleppo to Dunedin: former refugee graduates as doctor",
        "When Rama Alhaj arrived in Dunedin with her parents and three younger "
        "brothers in 2016, she spoke almost no English and had never seen snow. This "
        "week, the 26-year-old graduated from the University of Otago's medical "
        "school, the first member of her family to become a doctor. The family fled "
        "Aleppo in 2013 and spent three years in Lebanon before being accepted under "
        "New Zealand's refugee quota, one of the first Syrian families to be resettled "
        'in the city. "I remember sitting in my first class at Logan Park High School '
        'and not understanding a word, but the teachers were so patient," she said. '
        "She studied late into the night at the kitchen table while working weekends "
        "at a supermarket to help support the family. Rama will begin work as a house "
        "officer at Dunedin Hospital next month, and hopes to specialise in "
        "paediatrics. The Red Cross, which helped the family settle, said more than "
        '700 former refugees now call Dunedin home. "Dunedin gave us a second chance, '
        'and I want to give back," she said.',
        "other",
    ),
    (
        "Vanuatu hails world court climate opinion as 'win for our planet'",
        "Vanuatu's leaders have welcomed a landmark advisory opinion from the "
        "International Court of Justice that says countries have a legal obligation to "
        "prevent harm to the climate, and could be liable to pay reparations if they "
        "fail to do so. The 15 judges in The Hague unanimously found that a clean, "
        "healthy and sustainable environment is a human right, and that failing to "
        "protect the climate system from greenhouse gas emissions could be an "
        '"internationally wrongful act." Vanuatu\'s Minister for Climate Change Ralph '
        "Regenvanu said the opinion was a victory for small island states that had "
        "contributed least to climate change but suffered most from its effects. "
        '"This is a win for our planet, for climate justice and for the right of '
        'young people to a future," he told reporters outside the Peace Palace. The '
        "case began with a campaign by law students at the University of the South "
        "Pacific in Port Vila in 2019, which persuaded the Vanuatu government to take "
        "it to the United Nations General Assembly. In Port Vila, students and "
        "community leaders gathered at the Parliament grounds to watch the ruling, "
        "some in tears. Advisory opinions are not legally binding, but legal experts "
        "said it would carry great weight in future climate lawsuits. Australia said "
        "it was studying the opinion carefully.",
        "other",
    ),
]
