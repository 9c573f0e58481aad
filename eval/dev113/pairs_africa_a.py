"""dev113 contrast pairs 1-12, Africa: Somalia, DRC, Nigeria, Burkina Faso, Mali, Sudan, Ethiopia's
Tigray, Kenya, Mozambique, Libya, South Sudan.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        1,
        (
            "Families flee as fighting for Mahas villages enters third day",
            "Hundreds of families have fled villages around Mahas in Somalia's Hiraan region as "
            "government troops and clan militias fight al-Shabaab for control of the area, local "
            "elders said on Thursday. The militants attacked an army position at dawn on Tuesday "
            "and the fighting has moved from village to village since, with at least 17 "
            "combatants reported killed. Displaced families are sheltering under trees on the "
            "road to Beledweyne with little water, a local aid worker told Hiiraan Online. "
            "Elders said clan fighters had retaken two villages by Thursday evening, but the "
            "militants still hold the road to Bulo Burte.",
            "B T D",
            "fighting and displacement",
        ),
        (
            "Shabelle bursts its banks, forcing most of Beledweyne out of its homes",
            "Most residents of Beledweyne have left the town after the Shabelle river burst its "
            "banks overnight, Somalia's disaster management agency said, in the worst flooding "
            "the Hiraan capital has seen in years. Water reached roof level in several "
            "neighbourhoods, and families loaded their belongings onto donkey carts and headed "
            "for higher ground at Ceel Jaale. The government has appealed for boats, and OCHA "
            "said more than 200,000 people had been displaced across the region by the Deyr "
            "rains. Schools and mosques on higher ground have been turned into shelters.",
            "disaster",
        ),
    ),
    (
        2,
        (
            "ADF rebels kill at least 22 villagers in night raid near Oicha",
            "Rebels of the Allied Democratic Forces killed at least 22 civilians with machetes "
            "and guns in an overnight raid on the village of Mamove, north of Beni, local civil "
            "society leaders said on Sunday, adding that the toll could rise as bodies were "
            "still being found in the fields. Survivors said the attackers went from house to "
            "house before setting fire to several homes and a health post. The army said it had "
            "sent troops after the group, which has pledged allegiance to the Islamic State. "
            "Hundreds of families arrived in Oicha during the day carrying what they could.",
            "V T D",
            "village massacre",
        ),
        (
            "Ebola toll in Beni climbs as vaccination teams widen their rings",
            "Six more people have died of Ebola in Beni over the past week, bringing the toll in "
            "the North Kivu town to 112 since the outbreak was declared in August, the health "
            "ministry said. Vaccination teams have widened their rings to reach the contacts of "
            "contacts in the Mandrandele and Ngadi neighbourhoods, where the latest cases were "
            "confirmed.",
            "health",
        ),
    ),
    (
        3,
        (
            "Gunmen kill 51 in overnight attack on Bassa village, Plateau",
            "Armed men stormed Zike community in Bassa Local Government Area of Plateau State "
            "late on Sunday, shooting residents and setting houses ablaze, the state police "
            "command said. Community leaders put the death toll at 51, most of them women and "
            "children, and said survivors had fled to Miango and Jos. Governor Caleb Mutfwang, "
            "who visited the village on Monday, described the attack as 'a deliberate attempt to "
            "wipe out a people'. Police said a joint patrol had been deployed to the area and "
            "that no arrests had yet been made.",
            "V D",
            "village raid",
        ),
        (
            "NDLEA raids Jos drug joint, arrests 31 suspects",
            "Operatives of the National Drug Law Enforcement Agency raided a notorious drug "
            "joint on Bauchi Road in Jos North on Friday night, arresting 31 suspects and "
            "recovering large quantities of cannabis, tramadol and codeine syrup. The agency's "
            "Plateau State commander told journalists that the raid followed weeks of "
            "surveillance and complaints from residents.",
            "crime",
        ),
    ),
    (
        4,
        (
            "Gunmen abduct hundreds of schoolgirls from Jangebe boarding school",
            "Gunmen on motorcycles stormed the Government Girls Secondary School in Jangebe, "
            "Zamfara State, in the early hours of Friday and abducted hundreds of students, "
            "police and teachers said. A teacher who hid in a classroom said the attackers "
            "arrived around 1am, fired into the air and marched the girls into the bush. Parents "
            "gathered at the school gate as soldiers and police searched the surrounding forest, "
            "after the second mass school abduction in the north-west in less than three months. "
            "Police said the gunmen had arrived in a convoy of dozens of motorcycles.",
            "V",
            "school abduction",
        ),
        (
            "Nollywood drama about abducted schoolgirls premieres in Lagos",
            "'Taken at Dawn', a feature film about a group of schoolgirls abducted from their "
            "hostel in northern Nigeria, premiered at a Lagos cinema on Sunday to a full house. "
            "Director Kemi Adeyemo said she had spent two years interviewing former captives and "
            "their parents before writing the script. The film, shot in Kaduna and Jos, opens "
            "nationwide next week.",
            "entertainment",
        ),
    ),
    (
        5,
        (
            "Burkina Faso: dozens killed in attack on Seytenga, thousands flee to Dori",
            "Gunmen killed at least 79 people in an attack on the town of Seytenga in northern "
            "Burkina Faso on Saturday night, the government said, calling it a terrorist attack. "
            "Witnesses told AFP the assailants went door to door, executing men, before burning "
            "the market. Some 3,000 survivors have reached Dori, about 40 kilometres away, where "
            "the regional authorities have opened schools to shelter them. The army said it had "
            "sent reinforcements to the area. It was one of the deadliest attacks since the "
            "military took power in January.",
            "V T D",
            "massacre",
        ),
        (
            "Burkina Faso's attack runs riot as Étalons crush Eswatini",
            "Burkina Faso's front line tore the Eswatini defence apart on Tuesday as the Étalons "
            "won 4-0 in a World Cup qualifier played in Marrakech, where the team has been based "
            "for home matches. Bertrand Traoré opened the scoring after nine minutes, and the "
            "attack kept pressing until the final whistle. Coach Brama Traoré said his strikers "
            "had 'killed the game' before half-time.",
            "sport",
        ),
    ),
    (
        6,
        (
            "Eleven Malian soldiers killed in ambush on Boni-Douentza road",
            "Eleven Malian soldiers were killed and several wounded when their convoy was "
            "ambushed between Boni and Douentza in central Mali on Thursday, the army said in a "
            "statement. The attackers first detonated an explosive device under a lead vehicle "
            "and then opened fire, the statement said, adding that 'several terrorists' had been "
            "neutralised in the fighting that followed. No group has claimed the attack, but the "
            "area is a stronghold of JNIM, al-Qaeda's affiliate in the Sahel.",
            "B E T",
            "ambush",
        ),
        (
            "Seven soldiers die as army truck overturns near Ségou",
            "Seven Malian soldiers were killed and 14 injured when the truck carrying them "
            "overturned on the national road near Ségou on Monday, the army said. The vehicle, "
            "which was taking recruits to a training centre, left the road after a tyre burst, "
            "according to a gendarmerie source.",
            "accident",
        ),
    ),
    (
        7,
        (
            "Al-Nao hospital overwhelmed as shells fall on Omdurman market",
            "Doctors at Al-Nao hospital in Omdurman said they were treating patients on the "
            "floor on Sunday after artillery shells hit the crowded Sabreen market, killing at "
            "least 40 people. The hospital, one of the few still working in the city, received "
            "more than 150 wounded in two hours and ran out of blood bags by mid-afternoon, "
            "Médecins Sans Frontières said. Among the dead were women selling vegetables and "
            "boys who worked as porters, a nurse said. The army and the Rapid Support Forces "
            "blamed each other for the shelling.",
            "E V H",
            "shelling of market",
        ),
        (
            "Cholera cases overwhelm Sennar hospital as outbreak spreads along Blue Nile",
            "The isolation ward at Sennar teaching hospital is full after a surge of cholera "
            "cases along the Blue Nile, health officials said on Wednesday, and patients are now "
            "being treated in tents in the hospital yard. The federal health ministry has "
            "recorded 214 cases and six deaths in Sennar and Blue Nile states since late August. "
            "An oral vaccination campaign backed by the World Health Organization is due to "
            "start next week.",
            "health",
        ),
    ),
    (
        8,
        (
            "Drone strike on Dedebit camp kills dozens of displaced people",
            "An airstrike on a camp for displaced people at Dedebit in north-western Tigray "
            "killed at least 56 people overnight, aid workers and hospital staff said on "
            "Saturday. Most of the dead were women and children who had fled fighting in western "
            "Tigray, a doctor in Shire told Reuters. The regional authorities blamed a drone "
            "operated by the federal government; a military spokesperson did not respond to "
            "requests for comment.",
            "E V D",
            "drone strike on camp",
        ),
        (
            "Strike closes Mekelle schools as teachers demand unpaid salaries",
            "Most state schools in Mekelle stayed shut on Monday as teachers began a strike over "
            "salaries that they say have gone unpaid for months. Teachers gathered outside the "
            "regional education bureau with placards but dispersed in the afternoon, and no "
            "incidents were reported. The interim administration said it was waiting for budget "
            "transfers from Addis Ababa and asked the teachers to return to work.",
            "protest",
        ),
    ),
    (
        9,
        (
            "Police open fire as protesters breach Kenya's parliament",
            "Kenyan police fired live rounds at protesters who forced their way into the "
            "parliament compound in Nairobi on Tuesday, and several people were killed, rights "
            "groups said. Part of the building was set on fire as lawmakers were evacuated "
            "through a tunnel after voting through the contested finance bill. Tear gas and "
            "water cannon were used in Mombasa, Kisumu and Nakuru, where crowds also took to the "
            "streets.",
            "U",
            "protest crackdown",
        ),
        (
            "Thousands attend Uhuru Park concert in memory of Gen Z protesters",
            "Thousands of young Kenyans gathered at Uhuru Park in Nairobi on Sunday for a "
            "memorial concert in honour of the protesters who died during last month's "
            "demonstrations against the finance bill. Musicians performed in front of a wall of "
            "photographs as volunteers handed out water, and police kept a low profile. "
            "Organisers said the event ended peacefully at dusk.",
            "protest",
        ),
    ),
    (
        10,
        (
            "Insurgents storm Palma; foreign workers trapped in hotel",
            "Insurgents linked to the Islamic State attacked the town of Palma in Mozambique's "
            "Cabo Delgado province on Wednesday, fighting the army in the streets and killing "
            "civilians, security sources said. Around 180 people, including foreign workers from "
            "the nearby gas project, took refuge in the Amarula hotel as the attackers "
            "surrounded it. Thousands of residents fled into the bush or towards the Afungi "
            "peninsula, and boats began carrying people to Pemba. Communications with the town "
            "were cut, and the number of dead was not known.",
            "B T D",
            "insurgent attack on town",
        ),
        (
            "TotalEnergies lifts force majeure on Mozambique LNG at Afungi",
            "TotalEnergies said on Friday it had lifted force majeure on the Mozambique LNG "
            "project and would resume construction at the Afungi site near Palma, four years "
            "after work stopped following an insurgent attack on the town. Chief executive "
            "Patrick Pouyanné said security in the area had improved 'durably' and that the "
            "first cargo was expected in 2029. The decision was welcomed by the government in "
            "Maputo and by contractors, who have begun rehiring local workers. The project, "
            "worth about $20 billion, is Africa's largest private investment.",
            "economy",
        ),
    ),
    (
        11,
        (
            "Clashes between Tripoli armed groups kill 55, close airport",
            "Fighting between two of Tripoli's most powerful armed groups, the 444 Brigade and "
            "the Special Deterrence Force, killed at least 55 people and wounded 146 on Monday "
            "and Tuesday, the city's emergency medicine centre said. The clashes began after the "
            "444 commander was detained at Mitiga airport, which suspended all flights. Families "
            "were evacuated from the southern suburb of Ain Zara as tanks and heavy machine guns "
            "were used in residential streets.",
            "B D",
            "militia clashes",
        ),
        (
            "Girl killed by stray bullet from wedding gunfire in Tripoli",
            "A 10-year-old girl died in Tripoli on Saturday after being hit by a stray bullet "
            "fired into the air at a wedding in a neighbouring street, Libya's interior ministry "
            "said. Police arrested two men and seized a rifle, and the ministry repeated its "
            "warning that celebratory gunfire is punishable by prison.",
            "crime",
        ),
    ),
    (
        12,
        (
            "Heavy fighting in Juba as rival forces use tanks and helicopters",
            "Heavy fighting broke out again in South Sudan's capital on Sunday between troops "
            "loyal to President Salva Kiir and forces of First Vice President Riek Machar, with "
            "tanks and helicopter gunships in action near the UN compound in Jebel, residents "
            "said. Shells landed inside a UN camp where some 28,000 displaced people were "
            "sheltering, killing at least eight, the UN mission said. Thousands more ran to "
            "churches and the airport area, and all flights were cancelled. The UN Security "
            "Council called an emergency meeting, and aid agencies said their warehouses in the "
            "city had been looted.",
            "B E D H",
            "battle in capital",
        ),
        (
            "Unified forces graduate in Juba under peace deal",
            "Thousands of soldiers of South Sudan's new unified forces marched past President "
            "Salva Kiir and First Vice President Riek Machar at a graduation parade at the John "
            "Garang Mausoleum in Juba on Tuesday. The troops, drawn from the government army and "
            "the former opposition, are the first batch to complete training under the 2018 "
            "peace agreement. Kiir told the parade that the country would 'never return to war' "
            "and asked donors to help pay the new army.",
            "military",
        ),
    ),
]
