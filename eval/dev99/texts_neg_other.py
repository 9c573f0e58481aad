"""dev99 negatives: politics, the military without violence, and ordinary news."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Miyetti Allah, Benue govt trade words over anti-grazing law",
        "The Miyetti Allah Cattle Breeders Association of Nigeria has asked the National "
        "Assembly to review Benue State's anti-open grazing law, calling it 'an attack on the "
        "livelihood of herders'. The state government replied that the law was 'here to stay' "
        "and that ranching was the only way forward. Senators from the North-Central zone said "
        "they would oppose any move to weaken state laws on grazing.",
        "politics",
    ),
    (
        "Supreme Court strikes down caste-based work allocation in prison manuals",
        "The Supreme Court on Thursday struck down provisions in the prison manuals of several "
        "states that assigned work to prisoners on the basis of caste, calling them "
        "unconstitutional. The Bench directed states to revise their manuals within three "
        "months and ordered the removal of the caste column from prison registers, The Hindu "
        "reports.",
        "politics",
    ),
    (
        "Senators demand bigger budget for 'war on banditry' in North Rift",
        "Senators from the North Rift asked the Treasury on Tuesday to double the security "
        "budget for the region, saying the government's 'war on banditry' could not be won "
        "without roads, schools and water. The Interior Cabinet Secretary told a Senate "
        "committee that a plan to register all firearms held by police reservists was "
        "under way. He said the government had built 14 new police posts in the Kerio Valley "
        "and would open two boarding schools for children from herding families next year. "
        "A senator from Baringo said residents were tired of 'operations that come and go'.",
        "politics",
    ),
    (
        "President's Rule imposed in Manipur after Chief Minister resigns",
        "President's Rule was imposed in Manipur on Thursday, days after Chief Minister N. "
        "Biren Singh resigned, the Union Home Ministry said. The State Assembly was placed "
        "under suspended animation. Opposition parties said the move came too late. The "
        "Governor will run the State with the help of advisers, and the Centre said its "
        "priority was to restore free movement on national highways and to return people "
        "living in relief camps to their homes. Leaders of Kuki-Zo groups welcomed the "
        "decision, while some Meitei civil society groups demanded fresh elections.",
        "politics",
    ),
    (
        "Rajasthan Assembly passes anti-lynching bill",
        "The Rajasthan Assembly on Monday passed a bill that makes lynching punishable with "
        "life imprisonment and a fine of up to Rs 5 lakh. The opposition BJP walked out, "
        "saying existing laws were sufficient. The government said the bill would create a "
        "special nodal officer in each district.",
        "politics",
    ),
    (
        "Brazil's Supreme Court rejects 'marco temporal' for Indigenous lands",
        "Brazil's Supreme Court voted 9-2 on Thursday to reject the legal thesis that would "
        "limit Indigenous land claims to territories occupied on the day the 1988 Constitution "
        "was promulgated. Indigenous leaders celebrated outside the court, while farm lobby "
        "lawmakers said they would push a bill in Congress to restore the limit.",
        "politics",
    ),
    (
        "Ethiopia's parliament approves new regional state after referendum",
        "Ethiopia's House of Federation approved the creation of a new regional state from "
        "six zones of the former Southern Nations region on Wednesday, following a referendum "
        "in which voters backed the change. The new region will have its capital split "
        "between several towns.",
        "politics",
    ),
    (
        "Michoacán congress moves to register community police",
        "Lawmakers in Michoacán approved on Tuesday a reform that requires community police "
        "and self-defence groups to register with the state and limits their patrols to their "
        "own municipalities. Supporters said the reform would bring the groups under state "
        "control, while some Indigenous communities said it violated their autonomy. The "
        "groups emerged in Tierra Caliente more than a decade ago, when farmers took up arms "
        "against a cartel. The state government said about 30 groups were active and would "
        "have six months to register.",
        "politics",
    ),
    (
        "Operation Rainbow passes out 1,000 new personnel in Jos",
        "Plateau State's security outfit, Operation Rainbow, passed out 1,000 newly trained "
        "personnel at a parade in Jos on Saturday, Daily Trust reports. The governor said the "
        "new recruits, drawn from all 17 local government areas, would support the police and "
        "the military in rural communities. They were trained in weapons handling, first aid "
        "and intelligence gathering. The outfit, created in 2010, now has more than 4,000 "
        "personnel and runs a call centre where residents report suspicious movements. The "
        "governor also presented 50 patrol vans and 200 motorcycles to the outfit.",
        "military",
    ),
    (
        "Government to recruit 3,000 police reservists for North Rift",
        "The government will recruit and train 3,000 National Police Reservists in Baringo, "
        "Elgeyo-Marakwet, West Pokot and Turkana, the Interior Cabinet Secretary said on "
        "Friday. The reservists will be issued with rifles and paid a monthly stipend for the "
        "first time. Training will start at the Kanyonyo camp next month.",
        "military",
    ),
    (
        "Army's Spear Corps holds flood rescue drill in Imphal",
        "The Army's Spear Corps held a joint flood rescue exercise with the NDRF and state "
        "disaster response force along the Imphal river on Thursday, a defence spokesperson "
        "said. Soldiers practised evacuating residents by boat and setting up relief camps.",
        "military",
    ),
    (
        "Frontier Corps passing-out parade held in Warsak",
        "A passing-out parade of 800 recruits of Frontier Corps Khyber Pakhtunkhwa was held "
        "at the Warsak training centre on Saturday, the ISPR said. The Inspector General "
        "reviewed the parade and awarded prizes to the best recruits.",
        "military",
    ),
    (
        "PNGDF recruits graduate at Goldie River",
        "More than 300 recruits of the Papua New Guinea Defence Force graduated at Goldie "
        "River Training Depot outside Port Moresby on Friday, the largest intake in a decade. "
        "The Defence Minister said the new soldiers would be posted to border and maritime "
        "duties.",
        "military",
    ),
    (
        "Potato farmers in Plateau count gains from new cold storage",
        "Potato farmers in Bokkos and Mangu say losses after harvest have fallen since a "
        "solar-powered cold storage facility opened in the area last year, Daily Trust "
        "reports. Farmers can now store their produce for up to three months and sell when "
        "prices rise in Lagos and Abuja.",
        "other",
    ),
    (
        "Turkana oil: Government approves field development plan",
        "Kenya's Cabinet has approved the field development plan for the South Lokichar oil "
        "fields in Turkana, paving the way for production to start within three years, the "
        "energy ministry said. The plan includes a pipeline to the coast and a share of "
        "revenue for the county. Turkana leaders asked that local residents be given priority "
        "for jobs. The firms behind the project said they were still looking for a partner to "
        "finance the pipeline, which is expected to cost more than $3 billion. Environmental "
        "groups said the plan did not do enough to protect water sources in the county.",
        "other",
    ),
    (
        "New Nile bridge opens in Juba",
        "A new bridge over the White Nile in Juba opened to traffic on Thursday, replacing "
        "the ageing Juba Bridge and easing trade between the capital and the eastern states, "
        "Radio Tamazuj reports. The bridge was built with Japanese funding.",
        "other",
    ),
    (
        "Gurugram Metro: Foundation stone laid for Old Gurugram line",
        "The foundation stone for the Old Gurugram metro line was laid on Sunday, Indian "
        "Express reports. The 28.5-km line will have 27 stations and link Millennium City "
        "Centre with Cyber City.",
        "other",
    ),
    (
        "Peshawar BRT ridership crosses 300,000 a day",
        "Daily ridership on Peshawar's Bus Rapid Transit has crossed 300,000 passengers, "
        "officials said, making it one of the busiest urban transit systems in the country. "
        "TransPeshawar plans to add 60 new buses.",
        "other",
    ),
    (
        "Papua's new provinces swear in first governors",
        "Indonesia's interior minister swore in acting governors of three new provinces carved "
        "out of Papua on Friday, in Jakarta. The government said the new provinces would speed "
        "up development in Central Papua, Highland Papua and South Papua.",
        "other",
    ),
    (
        "Sri Lanka tourist arrivals top two million",
        "Sri Lanka welcomed more than two million tourists in 2024 for the first time since "
        "2018, the tourism authority said, with India, Russia and Britain the biggest sources. "
        "Earnings rose to over $3 billion.",
        "other",
    ),
    (
        "Chiapas students top national science olympiad",
        "Students from a public secondary school in San Cristóbal de las Casas, Chiapas, won "
        "three gold medals at Mexico's national science olympiad, the education ministry "
        "said. Two of them are Tsotsil speakers.",
        "other",
    ),
    (
        "Amazon deforestation falls to lowest in nine years",
        "Deforestation in Brazil's Amazon fell to its lowest level in nine years in the 12 "
        "months to July, the space research institute INPE said. The government credited "
        "stronger enforcement.",
        "other",
    ),
    (
        "Ethiopia inaugurates Grand Renaissance Dam",
        "Ethiopia inaugurated the Grand Ethiopian Renaissance Dam on the Blue Nile on "
        "Tuesday, after 14 years of construction. The Prime Minister said the 5,150-megawatt "
        "dam would light up homes across the country. Egypt repeated its concerns about water "
        "supplies downstream.",
        "other",
    ),
]
