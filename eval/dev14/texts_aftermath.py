"""dev14 texts: mixed regions, part 2: aftermath, aid, returns (the regional batches are part 1).

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- mixed regions, part 2: aftermath, aid, returns
    (
        "Nigeria: Maiduguri camps closed as Borno pushes returns",
        "The Borno State government has closed the Bakassi and Teachers Village camps in Maiduguri, saying the displaced should go home to towns retaken from Boko Haram. "
        "Each family leaving Bakassi received {{100,000 naira}}, [[two bags of rice|aid;n=bags]] and a mat, camp officials said. "
        "[[About 6,000 households|returned;a=the state emergency management agency]] were sent back to Bama, Ngala and Dikwa in the first phase, according to the state emergency management agency. "
        "Aid groups say many of them have ended up in informal settlements on the edge of garrison towns, where [[some 1,700|displaced;a=Aid groups]] were counted in Dikwa alone. "
        "The governor plans to close [[all remaining 22 camps|capacity;p;a=The governor]] in the city by the end of the year, his office said.",
    ),
    (
        "Haiti: displaced families sleep in Port-au-Prince schools as gangs take Carrefour-Feuilles",
        "Gangs overran the Carrefour-Feuilles neighbourhood of Port-au-Prince in {{August 2023}}, shooting residents and burning houses. "
        "[[More than 5,000 people|displaced;a=the IOM]] fled in {{two days}}, the IOM said. "
        "By the following week, [[about 1,300|displaced;a=municipal officials]] were sleeping in the Lycee Marie-Jeanne and [[three other schools|capacity;a=municipal officials]] in the city centre, municipal officials said, and the rest had moved in with relatives. "
        "The sites have [[four toilets|other;u=other]] between them. "
        "The World Food Programme said it had delivered hot meals to [[2,400 people|aid;a=The World Food Programme]] at the schools.",
    ),
    (
        "Colombia: Embera families confined by mines in Choco",
        "Armed groups fighting for control of the San Juan river in Choco have planted mines around Indigenous Embera communities, local leaders said. "
        "[[About 3,100 people|civilians;a=the Ombudsman's Office]] in [[14 communities|other;u=other;a=the Ombudsman's Office]] cannot go to their fields or hunt, the Ombudsman's Office said in an early warning. "
        "[[Two children|injured;a=the community's governor]] were wounded by a mine while fetching water, the community's governor said. "
        "The government sent [[30 tonnes|aid]] of food by boat in {{October}}. "
        "The International Committee of the Red Cross recorded [[167 mine victims|other;a=The International Committee of the Red Cross]] in Colombia in {{2023}}, the highest in {{seven years}}.",
    ),
    (
        "Myanmar: people flee to Thailand after Myawaddy fighting",
        "Fighting between Karen resistance forces and the junta around the border town of Myawaddy in {{April 2024}} drove residents across the Moei river into Thailand. "
        "Thai officials said [[about 3,000 people|displaced;a=Thai officials]] crossed on a single day, and that the province of Tak could take [[up to 100,000|capacity;p;a=Thai officials]]. "
        "[[Around 600 junta soldiers|arrested;a=the Karen National Union]] who surrendered were held by the Karen National Union, the group said. "
        "By the end of the month [[about 2,500|returned;a=Thailand]] of them had gone back, Thailand said, as the fighting eased.",
    ),
    (
        "Sudan: Wad Madani residents come back after army retakes city",
        "The Sudanese army recaptured Wad Madani, the capital of Gezira state, from the Rapid Support Forces in {{January 2025}}, more than a year after the RSF seized it. "
        "Trucks and buses loaded with mattresses have been arriving from Kassala and Gedaref since. "
        "The International Organization for Migration estimates that [[about 400,000 people|returned;a=The International Organization for Migration]] have gone back to Gezira. "
        "In Madani the returnees find the water station looted and the main hospital working at a third of its capacity; only [[four of the city's health centres|other;n=centres]] are open. "
        "Local emergency response rooms run [[30 communal kitchens|aid;u=structure;a=volunteers]] that serve [[about 25,000 people a day|aid;a=volunteers]], volunteers said. "
        "[[Hundreds of men|arrested]] accused of collaborating with the RSF have been detained, and rights groups have documented summary executions.",
        ["a third"],
    ),
    (
        "Ethiopia: Oromia kidnappings for ransom spread along main highway",
        "Gunmen have abducted bus passengers on the main road between Addis Ababa and Bahir Dar, the latest in a wave of kidnappings for ransom in Oromia and Amhara. "
        "Relatives said [[at least 50 passengers|kidnapped;a=Relatives]], among them university students heading home for the holidays, were taken near Gerba Guracha in {{July}}. "
        "The kidnappers, whom the government blames on the Oromo Liberation Army, demanded up to {{1 million birr}} per student, a father said. "
        "Police said they had freed [[19 of the students|kidnapped;a=Police]] and arrested [[five suspects|arrested;a=Police]]. "
        "The OLA denied involvement.",
    ),
    (
        "Bangladesh: curfew and mass arrests after quota protests",
        "Bangladesh imposed a nationwide curfew and deployed the army in {{July 2024}} after protests over job quotas turned into the deadliest unrest in decades. "
        "Police said they had arrested [[more than 10,000 people|arrested;a=Police]] in {{ten days}}, many of them students, in raids on university halls and neighbourhoods. "
        "A UN fact-finding report later estimated that [[as many as 1,400 people|killed;a=A UN fact-finding report]] may have been killed between {{July 1}} and {{August 15}}, {{12 to 13 percent}} of them children. "
        "After Sheikh Hasina resigned and fled to India on {{August 5}}, the interim government released [[hundreds of detained students|arrested]].",
    ),
    (
        "Philippines: NPA guerrillas surrender in Negros as army claims rebels are weakening",
        "Members of the communist New People's Army handed themselves in to the army's {{3rd}} Infantry Division in Negros Occidental on Wednesday. "
        "The division said [[17 guerrillas|combatants;a=The division]] came down from the mountains with [[12 firearms|other;a=The division]], including [[two grenade launchers|other;a=The division]]. "
        "Each will receive up to {{65,000 pesos}} under a government reintegration programme. "
        "The army estimates that the NPA has [[fewer than 1,500 fighters|combatants;a=The army]] left nationwide, down from [[about 25,000|combatants]] in the {{1980s}}. "
        "The rebels' political wing dismissed the figures as propaganda.",
    ),
    (
        "India: Chhattisgarh police say Maoists killed in forest gunfight",
        "Security forces killed [[31 suspected Maoist rebels|killed;a=Police]] in a gunfight in the Abujhmarh forest of Chhattisgarh's Narayanpur district, Police said on Sunday. "
        "[[Two members|killed;a=the inspector-general of the Bastar range]] of the state's District Reserve Guard were also killed and [[three|injured;a=the inspector-general of the Bastar range]] wounded, the inspector-general of the Bastar range said. "
        "[[About 1,500 personnel|combatants]] took part in the operation, which began on Friday. "
        "The federal government has set a deadline of {{March 31, 2026}} to end the insurgency.",
    ),
]
