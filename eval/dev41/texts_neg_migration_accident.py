"""dev41 negatives: accidents (capsized boats, crashes, explosions, crushes, fires) and migration,
refugee resettlement and integration stories with no current violence. (title, text, kind code);
kind codes in eval/conflictset."""

NEGATIVES = [
    (
        "IOM: 45 migrants drown as boat capsizes off Djibouti",
        "At least 45 migrants drowned when an overcrowded boat capsized off the coast of Djibouti, IOM said, and 32 people were rescued. The boat had left Yemen carrying about 300 people, most of them Ethiopian. IOM teams are providing medical care and psychosocial support to the survivors.",
        "accident",
    ),
    (
        "Boat carrying 278 capsizes on Lake Kivu near Goma",
        "A boat carrying 278 passengers capsized near the port of Kituku in Goma, and 23 bodies have been recovered, provincial authorities said. The boat was overloaded with passengers and goods travelling from Minova.",
        "accident",
    ),
    (
        "About 60 missing after dinghy sinks south of Lampedusa",
        "About 60 people are missing after a rubber dinghy sank south of Lampedusa, survivors told the UN migration agency, and an Italian coastguard vessel rescued 17. The boat had left Zuwara in Libya two days earlier. Most of the survivors are from Guinea and Côte d'Ivoire.",
        "accident",
    ),
    (
        "Seven die as cayuco capsizes while docking on El Hierro",
        "Seven people died when a cayuco carrying about 150 migrants capsized as passengers moved to one side while it was docking at La Restinga port on El Hierro, Spain's maritime rescue service said.",
        "accident",
    ),
    (
        "Bus carrying migrants overturns in Oaxaca, killing 18",
        "A bus carrying migrants from Venezuela and Haiti overturned on a highway in Oaxaca, killing 18 people, including three minors, the state prosecutor's office said. Another 27 passengers were taken to hospital in Huajuapan.",
        "accident",
    ),
    (
        "Fuel tanker explosion kills 98 in Jigawa",
        "A fuel tanker overturned and exploded in Majiya, Jigawa State, as residents gathered to scoop up spilled petrol, killing 98 people, police said. The Red Cross said burns units in Kano were full. Emergency services had warned people to stay away from the wreck.",
        "accident",
    ),
    (
        "Ten die in crush at church food handout in Abuja",
        "Ten people, including four children, died in a crush at a Catholic church in Abuja's Maitama district, where food and clothes were being handed out to the needy, police said. Church officials said more than 1,000 people had turned up before the gates opened.",
        "accident",
    ),
    (
        "Ferry capsizes off Nampula coast, 98 dead",
        "A converted fishing boat carrying about 130 people capsized off the coast of Mozambique's Nampula province, killing 98, local officials said. Many passengers were leaving the mainland amid rumours of a cholera outbreak.",
        "accident",
    ),
    (
        "Dormitory fire at Nyeri school kills 17 boys",
        "A fire at Hillside Endarasha Academy in Kenya's Nyeri county killed 17 boys in a dormitory overnight, police said. The cause is being investigated. Parents gathered at the school gates as rescuers identified the bodies.",
        "accident",
    ),
    (
        "Gas cylinder explosion injures six in Zaatari caravan",
        "A cooking gas cylinder exploded in a caravan in Zaatari refugee camp, injuring six members of one family, Jordanian civil defence said. Camp management said safety checks of gas connections would be stepped up.",
        "accident",
    ),
    (
        "Eleven migrants die as truck overturns in desert south of Kufra",
        "Eleven migrants from Sudan and Chad died when the truck carrying them overturned in the desert south of Kufra, the local ambulance service said. Fourteen survivors were taken to hospital with fractures.",
        "accident",
    ),
    (
        "Former refugee family opens third bakery in Halifax",
        "A Syrian family who came to Canada under private sponsorship in 2016 has opened its third bakery in Halifax. The business employs 25 people, among them other newcomers to the city. Its pistachio pastries won a regional food award last year.",
        "other",
    ),
    (
        "Study: one in three Ukrainian refugees in Germany now employed",
        "About 33% of working-age Ukrainian refugees in Germany were employed two years after arrival, up from 19% a year earlier, the Institute for Employment Research said, with language courses the main driver. Women with young children were less likely to be working.",
        "other",
    ),
    (
        "UNHCR: 2.9 million refugees will need resettlement next year",
        "GENEVA - UNHCR estimates that 2.9 million refugees will need resettlement next year, with Afghans, Syrians and Rohingya the largest groups, while states offered fewer than 200,000 places this year.",
        "other",
    ),
    (
        "Dadaab refugees receive digital IDs under new law",
        "Kenya began issuing digital identity cards to refugees in Dadaab under the Refugees Act, allowing them to open bank accounts and register businesses, UNHCR said. Until now, most refugees could not legally work outside the camps. The new cards are valid for five years.",
        "other",
    ),
    (
        "Darién crossings fall by more than 90%",
        "The number of migrants crossing the Darién jungle between Colombia and Panama fell by more than 90% in the first months of the year, Panamanian authorities said, and some reception stations have closed. Panama's government attributes the fall to stricter policies in the United States.",
        "other",
    ),
    (
        "Over 4,000 arrive in the Canary Islands in a week",
        "More than 4,000 people reached the Canary Islands by boat in the past week, most of them from Senegal, Mali and Gambia, and authorities on El Hierro said reception centres were over capacity. The regional government asked Madrid to move unaccompanied minors to the mainland. Most of the boats were reached by the maritime rescue service south of El Hierro. Two people were taken to hospital with hypothermia.",
        "other",
    ),
    (
        "Burundian refugees return from Nduta under voluntary repatriation",
        "A convoy of 1,200 Burundian refugees crossed back from Tanzania's Nduta camp on Thursday under the voluntary repatriation programme run by UNHCR and the two governments. Each family received a return package of food, cash and household items.",
        "other",
    ),
    (
        "Refugee coffee cooperative in Adjumani ships first container",
        "A cooperative of 400 South Sudanese and Congolese refugees and Ugandan farmers in Adjumani has exported its first container of coffee to Europe, the Norwegian Refugee Council said. The members share a washing station and drying beds. Uganda gives refugees plots of land to farm. The buyer is a roaster in the Netherlands.",
        "other",
    ),
]
