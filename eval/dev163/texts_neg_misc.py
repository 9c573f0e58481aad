"""dev163 hard negatives (peaceful protest, entertainment, sport) and plain negatives
(an election observation statement, a travel advisory, a refugee award, a donation)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Statement on Saturday's march in central London",
        "An estimated 100,000 people took part in Saturday's march from Park Lane to "
        "Whitehall, calling for a ceasefire in Gaza. The march passed off largely "
        "peacefully, and we thank the stewards and the vast majority of participants "
        "who followed the conditions we had imposed under the Public Order Act. "
        "Officers made four arrests during the day: two for displaying placards that "
        "could be seen as supporting a proscribed organisation, one for a racially "
        "aggravated public order offence and one for assaulting an emergency worker, "
        "who was pushed but not injured. A separate static counter-protest of around "
        "200 people took place in Trafalgar Square, and the two groups were kept apart "
        "without incident. Conditions were imposed to prevent the march from passing "
        "near a synagogue and to end the assembly by 17:00. The vast majority of "
        "marchers had left Whitehall by then, and a small group that remained was "
        "dispersed without incident. Separately, a man was arrested at Waterloo "
        "station earlier in the day for carrying a knife; there is no suggestion that "
        "he was linked to the march. More than 1,500 officers were on duty, including "
        "officers from other forces. We know that these events have an impact on "
        "residents, businesses and communities across London, and we will continue to "
        "police them without fear or favour. Anyone who has information about offences "
        "committed during the march is asked to contact us online.",
        "protest",
    ),
    (
        "Nurses begin 24-hour nationwide strike over staffing and pay",
        "More than 36,000 nurses, midwives and healthcare assistants across Aotearoa "
        "New Zealand walked off the job at 09:00 today for a 24-hour strike, the New "
        "Zealand Nurses Organisation Tōpū Tapuhi Kaitiaki o Aotearoa (NZNO) said. "
        "Picket lines have formed outside hospitals in Auckland, Wellington, "
        "Christchurch and Dunedin, and rallies will take place in 20 towns and cities "
        "this afternoon. Life-preserving services are being maintained under an "
        "agreement with Health New Zealand, and emergency departments remain open. "
        '"Our members are on the frontline every day, and they are exhausted from '
        'working in wards that are dangerously understaffed," the NZNO Chief '
        "Executive said. The union says Health New Zealand's latest offer of a 1 "
        "percent pay increase is an insult and fails to address the shortage of 4,000 "
        "nurses. Health New Zealand said it was disappointed that the union had chosen "
        "to strike and that it remained open to further talks. The union says the "
        "campaign will continue, and members will vote next week on further action.",
        "protest",
    ),
    (
        "Uganda: Release students arrested for peaceful protest against oil pipeline",
        "(Kampala) – The Ugandan authorities must immediately and unconditionally "
        "release 11 students arrested on Monday while marching peacefully to "
        "Parliament to deliver a petition against the East African Crude Oil Pipeline "
        "(EACOP), Amnesty International said today. The students, from Makerere "
        "University and other institutions, were carrying placards and singing when "
        "police stopped them near the Parliament building, bundled them into a police "
        "truck and took them to Central Police Station. They have since been charged "
        "with common nuisance and are due to appear before a magistrate on Thursday. "
        '"Peacefully expressing concern about the climate crisis and about the impact '
        "of a pipeline on communities is not a crime,\" said Amnesty International's "
        "Regional Director for East and Southern Africa. The organisation said it had "
        "documented the arrest of dozens of climate activists in Kampala over the past "
        "two years, often before they had reached their destination. The Ugandan "
        "authorities must respect the right to freedom of peaceful assembly and stop "
        "treating climate defenders as criminals.",
        "protest",
    ),
    (
        'Embassy of Ukraine in Japan opens photography exhibition "Faces of Resilience" in Tokyo',
        "The Embassy of Ukraine in Japan, together with the Tokyo Metropolitan Art "
        'Space, opened the photography exhibition "Faces of Resilience" on Tuesday, '
        "presenting 60 works by 12 Ukrainian photojournalists. The exhibition portrays "
        "the daily life of Ukrainians since the start of the full-scale war, from "
        "teachers holding lessons in metro stations to farmers sowing fields cleared "
        "of mines and musicians performing in bomb shelters. The Ambassador of Ukraine "
        "thanked the people and Government of Japan for their support and said the "
        'exhibition aimed to show "not only the pain of war but the strength of the '
        'human spirit". Two of the photographers took part in a panel discussion with '
        "Japanese journalists on the role of photography in documenting history. The "
        "exhibition is free of charge and will be open to the public until 30 "
        "November. A catalogue in Japanese and Ukrainian is available, and proceeds "
        "from its sale will be donated to a children's rehabilitation centre in Lviv. "
        "The exhibition will travel to Osaka and Fukuoka in the new year.",
        "entertainment",
    ),
    (
        'Ironclad Studios reveals "Frontline: Winter Siege", with story campaign set in 1944',
        'MONTRÉAL – Ironclad Studios today revealed "Frontline: Winter Siege", the '
        "latest instalment in its best-selling tactical shooter series, which will "
        "launch on PC and consoles on 14 October. The game's story campaign follows a "
        "squad of Canadian soldiers through the winter of 1944, from the flooded "
        "Scheldt estuary to the frozen forests of the Ardennes, across 12 missions. "
        'Multiplayer modes include a 64-player "Offensive" mode in which teams '
        "attack and defend a series of objectives, and a new cooperative mode in which "
        "four players hold a village against waves of enemies. The studio said it had "
        "worked with historians and veterans' organisations to recreate weapons, "
        'uniforms and vehicles with great accuracy. "We want players to feel the '
        'cold, the fear and the comradeship of the men who fought that winter," said '
        "the game's creative director. Pre-orders open today, and players who "
        "pre-order will gain access to an open beta in September. The studio also "
        "confirmed that the game will support cross-play between all platforms.",
        "entertainment",
    ),
    (
        "Minister of Sports Development congratulates Super Falcons on record tenth African title",
        "The Honourable Minister of Sports Development has congratulated the Super "
        "Falcons on winning the Women's Africa Cup of Nations for a record tenth time "
        "after a thrilling 3-2 victory over the hosts in the final in Rabat on "
        "Saturday. Trailing by two goals at half-time, the Falcons fought back with a "
        "resilience that has become their trademark, as their attack finally broke "
        'down a stubborn defence with goals in the 64th, 71st and 88th minutes. "Our '
        'warriors showed the whole continent what it means to never surrender," the '
        "Minister said in a statement. The Super Falcons' captain, who lifted the "
        "trophy, was named player of the tournament after scoring four goals and "
        "providing three assists. The Minister noted that the team had gone through "
        "the competition unbeaten, surviving a penalty shoot-out in the semi-final. He "
        "commended the coach and technical crew for the tactical changes that turned "
        "the battle around, and the players for carrying the hopes of millions of "
        "Nigerians on their shoulders. The Minister also thanked the Nigeria Football "
        "Federation and the supporters who travelled to Morocco. The Federal "
        "Government will host the team at a reception in Abuja on their return, where "
        "each player will be honoured. The Minister said the victory should inspire "
        "greater investment in women's football at grassroots level.",
        "sport",
    ),
    (
        "EU Election Observation Mission to Malawi: calm and orderly voting, but "
        "uneven playing field in the campaign",
        "LILONGWE – The European Union Election Observation Mission (EU EOM) to Malawi "
        "today presented its preliminary statement on the 16 September general "
        "elections. Chief Observer Anna Lindqvist, a Member of the European "
        "Parliament, said that voting took place in a calm and orderly atmosphere and "
        "that polling staff worked long hours to ensure that voters could cast their "
        "ballots. EU observers visited 382 polling stations in all 28 districts and "
        "assessed the voting process positively in 95 percent of them. The campaign "
        "was competitive and fundamental freedoms of assembly and expression were "
        "generally respected, but the Mission noted the misuse of state resources and "
        "a blurring of the line between state and party. Women remained "
        "under-represented among candidates, and several female candidates reported "
        "online abuse. The counting and tabulation of results are ongoing, and the "
        "Mission will continue to observe the process, including the resolution of any "
        "disputes. A final report with recommendations will be presented within two "
        "months of the end of the electoral process.",
        "other",
    ),
    (
        "Travel advisory for Jamaica: exercise a high degree of caution",
        "We have reviewed our travel advice for Jamaica, and our advice level remains "
        "unchanged: exercise a high degree of caution due to the high level of violent "
        "crime. The hurricane season in the Atlantic runs from June to November, and "
        "you should monitor local and international weather updates and follow the "
        "advice of the local authorities if a storm approaches. Most visits to tourist "
        "areas are trouble-free, but armed robberies and sexual assaults have "
        "occurred, including in all-inclusive resorts. Do not resist if you are "
        "robbed, and avoid walking alone after dark, especially in downtown Kingston "
        "and parts of Montego Bay. The government may declare states of emergency in "
        "some parishes at short notice, which allow the security forces to search and "
        "detain people without a warrant. Carry a copy of your passport at all times. "
        "Travel insurance with medical evacuation cover is strongly recommended, as "
        "the cost of medical care can be high.",
        "other",
    ),
    (
        "Former refugee who built a solar business in Kakuma named regional winner of "
        "UNHCR Nansen Refugee Award",
        "GENEVA – UNHCR, the UN Refugee Agency, today announced that Amani Kibet, a "
        "former refugee from South Sudan who founded a solar energy company in Kenya's "
        "Kakuma camp, is the Africa regional winner of this year's Nansen Refugee "
        "Award. Kibet arrived in Kakuma as a 12-year-old and studied electrical "
        "engineering through a scholarship programme for refugees before returning to "
        "the camp to start his business. His company now employs 140 people, most of "
        "them refugees, and provides affordable solar power to more than 9,000 "
        "households and 60 small shops in Kakuma and the neighbouring Kalobeyei "
        'settlement. "Light means children can study at night, shops can stay open '
        'and women feel safer," Kibet said. The High Commissioner for Refugees said '
        "the winners showed that refugees, given the chance, contribute to the "
        "communities that host them. The global laureate will be announced at a "
        "ceremony in Geneva in October. The Nansen Refugee Award honours individuals "
        "and groups who have gone above and beyond to support forcibly displaced and "
        "stateless people.",
        "other",
    ),
    (
        "Japan contributes US$2 million to WFP school meals in Lao PDR",
        "VIENTIANE – The World Food Programme (WFP) welcomes a contribution of US$2 "
        "million from the Government of Japan to support school meals for 60,000 "
        "primary school children in the southern provinces of Attapeu, Saravane and "
        "Sekong. The funding will provide daily lunches of rice, canned fish and "
        "vegetables, and targeted support to help communities grow vegetables in "
        "school gardens. The Lao PDR has made great progress in the fight against "
        "malnutrition, but more than a quarter of children under five are still "
        "stunted in some provinces. School meals encourage families to send their "
        "children to school and keep them there, especially girls, and provide a "
        'market for local farmers. "This contribution will help mobilise resources '
        "for the gradual handover of the school meals programme to the Government by "
        "2030,\" said WFP's Representative in the Lao PDR. The Ambassador of Japan "
        "said nutrition and education were the foundation of the country's future. The "
        "contribution was signed at a ceremony attended by the Minister of Education "
        "and Sports.",
        "other",
    ),
]
