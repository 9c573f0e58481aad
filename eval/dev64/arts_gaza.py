"""dev64 items: Gaza (hospitals, polio, famine and malnutrition, aid trucks and airdrops,
medical evacuations, disease in shelters).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "WHO says most Gaza hospitals have stopped working",
    "Only [[16|other;u=structure;a=the World Health Organization]] of Gaza's [[36 hospitals|other;a=the World Health Organization]] are even partially functional, the World Health Organization said on {{January 9}}, with [[about 1,800 beds|capacity;a=the World Health Organization]] left for the whole territory. "
    "The agency said [[more than 12,000 patients|displaced;p;a=The agency;alt=the World Health Organization]] needed medical evacuation abroad.",
)

F(
    "Polio vaccination round reaches children across Gaza",
    "Health teams vaccinated [[more than 560,000 children|aid;a=the WHO]] {{under 10}} against polio in the {{first}} round of the Gaza campaign, the WHO said, using the novel oral vaccine {{nOPV2}}. "
    "[[Nearly 2,200 health workers|other;a=the WHO]] took part, it said. "
    "[[About 1.26 million doses|aid]] had been brought in through Kerem Shalom before the campaign, which followed the territory's {{first}} polio case in {{25 years}}, a {{10-month-old}} boy in Deir al-Balah.",
)

F(
    "Famine confirmed in Gaza governorate",
    "The Integrated Food Security Phase Classification (IPC) said famine was confirmed in Gaza governorate, with [[more than 514,000 people|civilians;a=The Integrated Food Security Phase Classification (IPC)]], nearly {{a quarter}} of the population, facing {{Phase 5}} conditions. "
    "It projected that the number would rise to [[641,000|civilians;p;a=The Integrated Food Security Phase Classification (IPC)]] by the end of {{September}}. "
    "[[At least 132,000 children|civilians;p;a=the IPC]] {{under five}} are expected to suffer acute malnutrition through {{June 2026}}, the IPC said.",
)

F(
    "Aid trucks into Gaza fall far short, OCHA says",
    "Only [[87 trucks|aid;a=OCHA]] carrying food entered Gaza through Kerem Shalom on {{Sunday}}, far short of the [[600 a day|aid;p;u=other;a=OCHA]] needed, OCHA said. "
    "The UN office said [[about 150 trucks|aid;a=The UN office;alt=OCHA]] were stranded on the Egyptian side of the border. "
    "Before {{October 2023}}, [[some 500 trucks a day|aid]] entered the territory.",
)

F(
    "Patients forced out of Kamal Adwan hospital after raid",
    "Israeli forces detained [[more than 240 people|arrested;a=Gaza's health ministry]] at Kamal Adwan hospital on {{December 27}}, among them its director, and forced [[about 350 patients and companions|displaced;n=patients and companions;a=Gaza's health ministry]] to leave, Gaza's health ministry said. "
    "[[Fifteen critically ill patients|displaced;a=the WHO]] were transferred to the Indonesian Hospital, the WHO said. "
    "The hospital had been the last major one in operation in the north.",
)

F(
    "Nasser hospital overwhelmed after strikes in Khan Younis",
    "MSF said its teams at Nasser hospital in Khan Younis received [[more than 100 wounded|injured;a=MSF]] within {{two hours}} on {{Tuesday}}, [[at least 31|killed;a=MSF]] of them already dead. "
    "The hospital, built for [[about 350 patients|capacity]], was holding [[more than 600 wounded patients|injured]], many of them on the floor, the charity said.",
)

F(
    "Parachute failure kills people waiting for airdropped aid",
    "Jordan and the United States carried out [[eight airdrops|aid;a=the Jordanian army]] over northern Gaza on {{Saturday}}, dropping [[about 38,000 meals|aid;a=the Jordanian army]], the Jordanian army said. "
    "[[Five people|killed;a=local officials]] were killed when a parachute failed to open and a pallet fell on them, local officials said. "
    "Gaza's civil defence said [[12 people|killed;a=Gaza's civil defence]] had drowned in a separate incident trying to reach aid that landed at sea.",
)

F(
    "Gaza appeal underfunded as flour prices soar",
    "The {{2025}} flash appeal for Gaza and the West Bank seeks {{$4.07 billion}}, of which {{about 12%}} had been received by the end of April, OCHA said. "
    "Average intake has fallen far below the {{2,100 kilocalories}} a person needs each day, and the price of a {{25-kilogram}} bag of flour reached {{$500}} in Gaza City.",
)

F(
    "Health workers killed and detained in Gaza",
    "Gaza's health ministry said [[at least 1,580 health workers|killed;a=Gaza's health ministry]] had been killed since {{October 7, 2023}}, and [[more than 360|arrested;a=Gaza's health ministry]] detained by Israeli forces. "
    "The WHO has recorded [[more than 670 attacks|other;u=other;a=The WHO]] on health care in the territory, in which [[about 120 ambulances|other;a=The WHO]] were damaged.",
)

F(
    "Largest medical evacuation from Gaza in months",
    "The WHO said it had evacuated [[85 patients|displaced;a=The WHO]] from Gaza to the United Arab Emirates through Kerem Shalom on {{Wednesday}}, along with [[141 companions|displaced;a=The WHO]], the largest medical evacuation since the Rafah crossing closed in {{May 2024}}. "
    "It said [[more than 12,500 people|displaced;a=The WHO]] were still waiting for medical evacuation, including [[about 4,500 children|displaced;a=The WHO]].",
)

F(
    "Child malnutrition admissions climb in Gaza",
    "UNICEF said [[5,000 children|aid;a=UNICEF]] {{under five}} were admitted for treatment of acute malnutrition in Gaza in {{July 2025}}, [[about 1,000|aid;a=UNICEF]] of them with the most severe form. "
    "Gaza's health ministry has recorded [[at least 147 deaths|killed;a=Gaza's health ministry]] from malnutrition and starvation since {{October 2023}}, [[88|killed;a=Gaza's health ministry]] of them children. "
    "Only [[two stabilisation centres|capacity;a=the agency;alt=UNICEF]] for severely malnourished children remain open in the north, the agency said.",
)

F(
    "Diarrhoea and respiratory infections spread in Gaza shelters",
    "The WHO has recorded [[more than 1 million cases|other;a=The WHO]] of acute respiratory infection and [[about 577,000 cases|other;a=The WHO]] of acute watery diarrhoea in Gaza since mid-October {{2023}}. "
    "It also counted [[107,000 cases|other;a=The WHO]] of scabies and lice and [[8,400 cases|other;a=The WHO]] of chickenpox in crowded shelters.",
)

F(
    "Malnutrition rate doubles among young children in Gaza City",
    "Among children {{aged 6 to 59 months}} screened in Gaza City in the first half of July, the rate of acute malnutrition was {{16.5%}}, up from {{8.8%}} in June, the Nutrition Cluster said. "
    "Famine is declared when acute malnutrition reaches {{30%}} and deaths exceed {{two per 10,000 people per day}}.",
)

F(
    "Red Cross field hospital opens in Rafah",
    "The International Committee of the Red Cross opened a field hospital in Rafah with [[60 beds|capacity]] on {{May 13}}. "
    "The ICRC said it could expand to [[about 100 beds|capacity;p;a=The ICRC]] and can treat [[up to 200 patients a day|capacity;a=The ICRC]]. "
    "In its {{first}} week it treated [[over 1,200 people|injured;a=staff]], most of them for blast and burn injuries, staff said.",
)

F(
    "UNRWA shelters crowded as disease spreads",
    "UNRWA said [[about 1.9 million people|displaced;a=UNRWA]] were displaced across Gaza, [[more than 1 million|displaced;a=UNRWA]] of them sheltering in or near its [[154 facilities|capacity;a=UNRWA]]. "
    "The agency said its health teams were carrying out [[about 17,000 consultations a day|aid;u=other;a=The agency;alt=UNRWA]] in shelters and clinics.",
)

F(
    "UN rights office counts deaths near food distribution points",
    "[[At least 798 people|killed;a=the UN human rights office]] were killed while trying to get food between {{May 27}} and {{July 7}}, [[615|killed;a=the UN human rights office]] of them near distribution sites, the UN human rights office said. "
    "The Gaza Humanitarian Foundation said it had handed out [[more than 70 million meals|aid;a=The Gaza Humanitarian Foundation]] from its [[four sites|aid;a=The Gaza Humanitarian Foundation]] in the south.",
)

F(
    "Children lose limbs in Gaza war",
    "UNICEF estimated that [[more than 1,000 children|injured;a=UNICEF]] in Gaza had lost one or both legs by {{November 2023}}. "
    "A Jordanian field hospital in Khan Younis said it had fitted [[about 160 prosthetic limbs|aid;u=other;a=A Jordanian field hospital in Khan Younis]] since it opened.",
)

F(
    "Bodies recovered from graves in hospital grounds",
    "Gaza's civil defence said its teams had recovered [[283 bodies|killed;a=Gaza's civil defence]] from mass graves in the grounds of Nasser hospital over {{five days}}, and that only [[42|killed;a=Gaza's civil defence]] of them had been identified.",
)

F(
    "Hepatitis A cases surge in Gaza",
    "The WHO said [[about 40,000 cases|other;a=The WHO]] of hepatitis A had been recorded in Gaza since {{October 2023}}, compared with [[85|other;u=other;a=The WHO]] in the same period a year earlier. "
    "Aid agencies handed out [[about 230,000 hygiene kits|aid]] to [[some 46,000 households|aid]] and [[1.1 million bars|aid;u=other]] of soap in {{January}}.",
)

F(
    "UNRWA stocks pile up outside Gaza",
    "UNRWA said it had distributed [[about 520,000 food parcels|aid;a=UNRWA]] and [[1.3 million sacks|aid;a=UNRWA]] of flour in Gaza since the war began. "
    "[[Some 1,700 trucks|aid;a=the agency;alt=UNRWA]] of its supplies were waiting in Egypt and Jordan, the agency said.",
)
