"""dev113 contrast pairs 75-83, Asia: Myanmar, the Philippines, Malaysia, Thailand, Indonesia's
Papua, the Koreas and Russia, Sri Lanka, Nepal, Kyrgyzstan and Tajikistan.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        75,
        (
            "Myanmar military bombs villages hours after earthquake",
            "Myanmar's military carried out air strikes on villages in Sagaing region and "
            "northern Shan state on Friday, hours after a powerful earthquake struck the centre "
            "of the country, local resistance groups and residents said. In Nwe Khwe village, "
            "bombs dropped from a paramotor killed seven people, a resident told the BBC. The UN "
            "special rapporteur called on the junta to stop its military operations and let "
            "rescuers work.",
            "E",
            "airstrikes",
        ),
        (
            "Rescuers search collapsed buildings in Mandalay after 7.7 quake",
            "Rescuers in Mandalay used their hands and small excavators to search for survivors "
            "under collapsed apartment blocks and monasteries on Saturday, a day after a "
            "7.7-magnitude earthquake struck central Myanmar. State media said more than 1,600 "
            "people had died and thousands were injured, and hospitals were treating patients in "
            "the street. Teams from China, India and Russia arrived at Mandalay airport. "
            "Aftershocks sent people running from damaged buildings in the afternoon.",
            "disaster",
        ),
    ),
    (
        76,
        (
            "Philippine troops battle Maute militants as Marawi residents flee",
            "Philippine troops backed by helicopter gunships fought Islamic State-linked "
            "militants of the Maute group in the streets of Marawi on Wednesday, a day after "
            "gunmen occupied parts of the city and set fire to a cathedral and a school. "
            "President Rodrigo Duterte declared martial law across Mindanao. Tens of thousands "
            "of residents fled towards Iligan, carrying their belongings on their heads, the "
            "provincial government said. Residents trapped in the city centre sent text messages "
            "asking to be rescued.",
            "B T M D",
            "siege of city",
        ),
        (
            "Marawi celebrates founding anniversary with boat races on Lake Lanao",
            "Marawi celebrated its founding anniversary on Saturday with boat races on Lake "
            "Lanao, a parade of Maranao dancers and a food fair in the rebuilt commercial "
            "centre, the city government said. Thousands of visitors attended, including many "
            "residents who have returned to rebuilt homes in the area once known as Ground Zero. "
            "Mayor Majul Gandamra said the festival showed the city was 'back on its feet'.",
            "other",
        ),
    ),
    (
        77,
        (
            "Abu Sayyaf gunmen kidnap Indonesian fishermen off Sabah",
            "Gunmen believed to be from the Islamic State-linked Abu Sayyaf group abducted eight "
            "Indonesian fishermen from a trawler off Lahad Datu in the Malaysian state of Sabah "
            "early on Thursday, Malaysian police said. The kidnappers, armed with rifles, "
            "arrived in a speedboat and took the crew towards the Tawi-Tawi islands in the "
            "southern Philippines. Philippine security officials said the militants were likely "
            "to demand ransom.",
            "V T",
            "kidnapping by armed group",
        ),
        (
            "Sacked security guard takes shoppers hostage at Manila mall",
            "A security guard who had been dismissed from his job held about 30 people hostage "
            "at a shopping mall in San Juan, Metro Manila, on Monday, armed with a pistol and a "
            "grenade, police said. He freed all the hostages unharmed after about ten hours of "
            "negotiations and surrendered after speaking to reporters. Police said he had "
            "complained of unfair treatment by his employer.",
            "crime",
        ),
    ),
    (
        78,
        (
            "Bombs explode at shops across Thailand's deep south",
            "A series of bombs exploded at convenience stores and petrol stations in Pattani, "
            "Yala and Narathiwat provinces overnight, wounding at least seven people, Thai "
            "police said. Police blamed separatist insurgents, who have waged a campaign in the "
            "Malay-Muslim south since 2004.",
            "E",
            "coordinated bombings",
        ),
        (
            "Fireworks warehouse explosion kills 10 in Narathiwat border town",
            "An explosion at a fireworks warehouse in the market of Sungai Kolok, in Thailand's "
            "Narathiwat province, killed at least 10 people and injured more than 100 on "
            "Saturday afternoon, officials said. The blast flattened the warehouse and damaged "
            "hundreds of houses and shops nearby. Police said welding work next to the warehouse "
            "was the likely cause and ruled out an insurgent attack.",
            "accident",
        ),
    ),
    (
        79,
        (
            "Papuan rebels kill road workers in Nduga",
            "Armed Papuan separatists killed at least 16 construction workers building a section "
            "of the Trans-Papua highway in Nduga regency, Indonesian police said on Tuesday. The "
            "workers were rounded up and shot, a survivor who escaped into the forest told "
            "police. The West Papua National Liberation Army said it had attacked the workers "
            "because it believed they were soldiers. A soldier was killed the next day when "
            "troops sent to recover the bodies came under fire.",
            "V B",
            "killing of workers",
        ),
        (
            "Landslide buries road workers on Trans-Papua highway",
            "Four workers were killed when a landslide buried an excavator and a work camp on a "
            "section of the Trans-Papua highway in Papua's central highlands on Wednesday, the "
            "regional disaster agency said. Heavy rain had fallen for two days, and a fifth "
            "worker was missing. Rescuers were using hand tools because the road was blocked.",
            "disaster",
        ),
    ),
    (
        80,
        (
            "North Korean soldiers killed in Kursk fighting, Seoul says",
            "At least 100 North Korean soldiers have been killed and about 1,000 wounded "
            "fighting Ukrainian forces in Russia's Kursk region, a South Korean lawmaker said on "
            "Thursday, citing the country's intelligence service. The troops have been sent "
            "across open fields in assaults on Ukrainian positions, where drones and artillery "
            "inflicted heavy losses, the lawmaker said. Ukraine's military said this week that "
            "North Korean units had taken part in attacks on several villages.",
            "B",
            "battle",
        ),
        (
            "North Korea fires two ballistic missiles into the sea off its east coast",
            "North Korea fired two short-range ballistic missiles into the sea off its east "
            "coast on Thursday morning, South Korea's Joint Chiefs of Staff said. The missiles "
            "flew about 350 kilometres before landing outside Japan's exclusive economic zone, "
            "Tokyo said.",
            "military",
        ),
    ),
    (
        81,
        (
            "Curfew in Kandy after mobs burn Muslim shops and attack mosque",
            "Sri Lanka imposed a curfew in Kandy district and declared a state of emergency on "
            "Tuesday after Sinhalese mobs set fire to Muslim-owned shops and homes and attacked "
            "a mosque in Digana and Teldeniya, police said. The body of a young Muslim man was "
            "found in a burnt building. Troops were deployed to the area, and the government "
            "blocked social media. Police said 81 people had been arrested, including the leader "
            "of a Sinhalese nationalist group. Muslim community leaders said dozens of homes had "
            "been burned.",
            "U V M",
            "communal riots",
        ),
        (
            "Sri Lanka imposes island-wide curfew to slow coronavirus",
            "Sri Lanka imposed a curfew across the island from Friday evening until Monday to "
            "slow the spread of the coronavirus, the president's office said, after the number "
            "of confirmed cases rose to 72. Police set up roadblocks in Colombo and Kandy and "
            "said anyone breaking the curfew would be arrested. Supermarkets and pharmacies were "
            "crowded in the hours before it began.",
            "health",
        ),
    ),
    (
        82,
        (
            "Nepal police fire on Gen Z protesters; parliament set ablaze",
            "At least 19 people were killed on Monday when police opened fire on young "
            "protesters who broke through barricades outside Nepal's parliament in Kathmandu, "
            "hospital officials said. The protests, organised online by students against a ban "
            "on social media platforms and against corruption, spread to other cities, and the "
            "next day crowds set fire to the parliament building and to politicians' homes. "
            "Prime Minister KP Sharma Oli resigned.",
            "U",
            "protest crackdown and riots",
        ),
        (
            "Nepal blocks 26 social media platforms; student groups plan protest",
            "Nepal's telecommunications authority blocked access to 26 social media platforms, "
            "including Facebook, YouTube and X, on Thursday after they failed to register with "
            "the government by a deadline. Ministers said the rule was needed to fight fake news "
            "and online fraud. Student groups and digital rights activists said they would hold "
            "a peaceful protest in Kathmandu next week.",
            "politics",
        ),
    ),
    (
        83,
        (
            "Kyrgyz-Tajik border fighting kills dozens; 136,000 evacuated",
            "Fighting between Kyrgyz and Tajik forces along their disputed border killed at "
            "least 24 people on Friday, Kyrgyz officials said, as both sides used tanks, mortars "
            "and drones. More than 136,000 people were evacuated from the Batken region, the "
            "Kyrgyz emergencies ministry said.",
            "B E D",
            "border war",
        ),
        (
            "Kyrgyzstan and Tajikistan sign treaty ending border dispute",
            "The presidents of Kyrgyzstan and Tajikistan signed a treaty in Bishkek on Thursday "
            "that fixes the last disputed sections of their 970-kilometre border, ending a "
            "dispute that led to deadly clashes in 2021 and 2022. Under the deal, the two "
            "countries will share access to a reservoir and several roads in the Fergana valley. "
            "Sadyr Japarov said the agreement closed 'a painful page' for both peoples.",
            "peace",
        ),
    ),
]
