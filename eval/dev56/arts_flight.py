"""dev56 items: flight and evacuation as local and national news reports them (clashes,
floods, storms, wildfires, sieges), evictions and demolitions, and the toll of the events that
drove people out.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Tana River clashes drive families from riverside villages",
    "Clashes between herders and farmers along the Tana River have forced [[more than 4,000 residents|displaced;a=the county commissioner]] from their homes, the county commissioner said on Tuesday. "
    "[[Eleven people|killed;a=police]] have died since the fighting began {{nine days}} ago, police said, and [[at least 60 houses|housing;a=police]] were torched in Kipao and Bilisa. "
    "Many of the displaced are sleeping at a primary school in Garsen, {{40 kilometres}} downstream, where the Kenya Red Cross said it had registered [[1,130 households|displaced;a=the Kenya Red Cross]]. "
    "Among them are [[between 200 and 300 families|displaced;a=a local chief]] who had gone back to Kipao only in {{March}} after earlier clashes, a local chief said.",
)

F(
    "Benue: gunmen kill 17 in Guma, thousands flee to Daudu",
    "Gunmen attacked [[three communities|other;u=other;a=the police]] in Guma local government area of Benue State overnight, killing [[at least 17 people|killed;a=the police]], the police said on Sunday. "
    "The State Emergency Management Agency (SEMA) said [[about 6,500 people|displaced;a=The State Emergency Management Agency (SEMA)]] had fled to Daudu and Yelwata, where [[two primary schools|capacity;a=The State Emergency Management Agency (SEMA)]] are being used as camps. "
    "Hospital officials in Makurdi said [[23 people|injured;a=Hospital officials in Makurdi]] were being treated for gunshot and machete wounds. "
    "A {{70-year-old}} farmer said he walked for {{two days}} with his grandchildren to reach Daudu.",
)

F(
    "Swat floods: district administration evacuates riverside settlements",
    "The district administration in Swat evacuated [[about 2,400 families|displaced]] from settlements along the river on Friday as the water at Khwazakhela rose for a {{third}} day. "
    "The Provincial Disaster Management Authority (PDMA) said [[32 people|killed;a=The Provincial Disaster Management Authority (PDMA)]] had died across Khyber Pakhtunkhwa in {{48 hours}} and [[214 houses|housing;a=The Provincial Disaster Management Authority (PDMA)]] were fully or partially damaged. "
    "Relief camps have been set up in [[14 government schools|capacity;a=a district official]] along the {{N-95}} highway, a district official said. "
    "Rescue {{1122}} said [[nine people|missing;a=Rescue 1122]] swept away near Bahrain bazaar had not been found.",
)

F(
    "Assam floods: over 1.6 lakh affected in 11 districts",
    "The flood situation in Assam worsened on Wednesday, with [[over 1.6 lakh people|civilians;v=160000;a=the Assam State Disaster Management Authority (ASDMA)]] affected in [[11 districts|other;a=the Assam State Disaster Management Authority (ASDMA)]], according to the Assam State Disaster Management Authority (ASDMA). "
    "[[Two more people|killed]] drowned in Morigaon, taking this year's toll in floods and landslides to [[38|killed]]. "
    "The authority said [[12,740 people|displaced;a=The authority;alt=the Assam State Disaster Management Authority (ASDMA)]] had taken shelter in [[89 relief camps|capacity;a=The authority;alt=the Assam State Disaster Management Authority (ASDMA)]], while the Brahmaputra was flowing {{1.2 metres}} above the danger mark at Neamatighat.",
)

F(
    "Albay moves 31,000 to evacuation centers ahead of typhoon",
    "The Albay provincial government said [[more than 31,000 people|displaced;a=The Albay provincial government]] had been moved to [[128 evacuation centers|capacity;a=The Albay provincial government]] by Saturday night under a preemptive evacuation order. "
    "PAGASA raised {{Signal Number 4}} over the province's eastern towns and warned of gusts of up to {{185 km/h}}. "
    "Officials said they could evacuate [[up to 50,000 more|displaced;p;n=-;a=Officials]] if the storm tracked closer to Legazpi.",
)

F(
    "Catatumbo: the displaced keep arriving in Cúcuta",
    "Fighting between the ELN and FARC dissidents in the Catatumbo region has displaced [[more than 34,000 people|displaced;a=the Norte de Santander governor's office]] since {{16 January}}, according to the Norte de Santander governor's office. "
    "[[About 11,000|displaced;a=the mayor's office]] of them are sleeping in the General Santander stadium, in hotels and in the homes of relatives in Cúcuta, the mayor's office said. "
    "The army said it had sent [[5,000 troops|combatants;a=The army]] to the region, where [[at least 63 people|killed;a=The army]] have been killed. "
    "Venezuelan authorities said [[between 1,500 and 2,000 Colombians|displaced;a=Venezuelan authorities]] had crossed into Zulia state.",
)

F(
    "Kharkiv region widens mandatory evacuation of children near Kupiansk",
    "The Kharkiv regional military administration said on Thursday it was extending the mandatory evacuation of families with children to [[11 more settlements|other;u=other;a=The Kharkiv regional military administration]] in the Kupiansk district. "
    "[[About 600 children|civilians;a=the administration;alt=The Kharkiv regional military administration]] still live in the area with their parents, the administration said. "
    "Volunteers took out [[87 people|displaced;a=a regional official]], among them [[23 children|displaced;a=a regional official]], on Wednesday alone, a regional official told Suspilne. "
    "A {{64-year-old}} woman was killed by a drone in Kivsharivka the same day.",
)

F(
    "Displaced southerners fill Tyre's schools",
    "Tyre's municipality said [[about 14,000 people|displaced;a=Tyre's municipality]] who fled border villages were sleeping in [[22 schools|capacity;a=Tyre's municipality]] and [[two hotels|capacity;u=structure;a=Tyre's municipality]] in the city. "
    "Across the country, [[1,020 collective shelters|capacity;a=the government's disaster risk management unit]] are open and [[860 of them|capacity;n=-;u=structure;a=the government's disaster risk management unit]] are full, according to the government's disaster risk management unit. "
    "A shelter volunteer said families were still arriving from Naqoura, {{4 km}} from the border, in cars loaded with mattresses. "
    "[[About 3,500|returned;a=the municipality;alt=Tyre's municipality]] of the displaced went back to villages north of the Litani during a lull last week, the municipality said.",
)

F(
    "Families fleeing Sweida clashes reach Busra al-Sham",
    "[[Around 1,500 families|displaced;a=the town's local council]] who fled the clashes in Sweida province have arrived in Busra al-Sham and nearby villages of the Daraa countryside, the town's local council said. "
    "Residents said [[hundreds of tribal fighters|combatants;a=Residents]] had massed on the western edge of the province. "
    "[[Several hundred Bedouin families|displaced;a=state television]] left Sweida city for Daraa under a government-run evacuation, state television said. "
    "The Syrian Network for Human Rights said it had documented [[at least 112 deaths|killed;a=The Syrian Network for Human Rights]] in {{four days}} of fighting.",
)

F(
    "Families reach Tawila on foot as shelling of El Fasher goes on",
    "[[More than 3,000 families|displaced;a=the camp's coordinator]] reached Tawila from El Fasher in the past week, walking some {{60 kilometres}} past Rapid Support Forces checkpoints, the camp's coordinator told Radio Dabanga. "
    "Families who arrived said [[at least 40 people|killed;a=Families who arrived]] had been killed by shelling on the Abu Shouk camp on Monday. "
    "[[About 260,000 civilians|civilians;a=the General Coordination for Displaced People and Refugees]] remain trapped inside the city, according to the General Coordination for Displaced People and Refugees.",
)

F(
    "Masisi fighting sends households towards Sake",
    "Renewed fighting between the {{M23}} rebels and Wazalendo militias around Masisi centre has driven [[about 15,000 households|displaced;a=civil society in Masisi]] towards Sake, civil society in Masisi said on Monday. "
    "Among them are [[about 600 households|displaced]] that had returned to Masisi only in {{January}}. "
    "Civil society said [[nine civilians|killed;a=Civil society]] were killed by bombs that fell on the market. "
    "In Sake, the displaced have moved into [[three schools|capacity;a=Radio Okapi]] and a church, Radio Okapi reported.",
)

F(
    "Macomia attacks: fishing boats bring displaced families to Pemba",
    "[[More than 2,800 people|displaced;a=the Macomia district administrator]] fled the coastal villages of Mucojo and Quiterajo after insurgent attacks last week, the Macomia district administrator said. "
    "Most of them reached Pemba, {{200 km}} to the south, in [[14 fishing boats|other;a=the port captaincy]], according to the port captaincy. "
    "Survivors said the insurgents had abducted [[six children|kidnapped;a=Survivors]] and beheaded [[two fishermen|killed;a=Survivors]].",
)

F(
    "Mirebalais falls to gangs; thousands flee toward Saut-d'Eau",
    "[[More than 5,600 people|displaced;a=the civil protection directorate]] fled Mirebalais, {{60 km}} northeast of Port-au-Prince, after gangs of the Viv Ansanm coalition overran the town on Monday, according to the civil protection directorate. "
    "Gang members stormed the town's prison and freed [[486 inmates|other;a=police]], police said. "
    "[[At least 15 people|killed;a=a local priest]] were killed, including [[two nuns|killed;a=a local priest]], a local priest said.",
)

F(
    "Feni floods: shelters overflow as the water rises",
    "[[Over 150,000 people|displaced;a=the Department of Disaster Management]] have taken refuge in [[about 1,300 shelter centres|capacity;a=the Department of Disaster Management]] in Feni, Noakhali and Cumilla, the Department of Disaster Management said on Saturday. "
    "The death toll from the floods, the worst in the region since {{1988}}, rose to [[23|killed;a=the disaster management ministry]], the disaster management ministry said, and [[about 1.2 million people|civilians;a=the disaster management ministry]] remain marooned by the water. "
    "Army and navy boats rescued [[about 2,000 people|other]] from rooftops in Parshuram upazila. "
    "In Cumilla, [[about 40,000 people|returned]] left the shelters and went home as the water receded.",
)

F(
    "İzmir wildfire: neighbourhoods evacuated as winds fan the flames",
    "Authorities evacuated [[six neighbourhoods|other;u=other;a=the governor's office]] in İzmir's Menderes district overnight as a forest fire driven by winds of {{60 km/h}} approached houses, the governor's office said. "
    "The Disaster and Emergency Management Authority (AFAD) said [[about 1,800 residents|displaced;a=The Disaster and Emergency Management Authority (AFAD)]] had been taken to student dormitories, and that [[1,250 firefighters|other;a=The Disaster and Emergency Management Authority (AFAD)]] were fighting the blaze with [[19 aircraft|other;a=The Disaster and Emergency Management Authority (AFAD)]]. "
    "The health minister said [[14 people|injured;a=The health minister]] were treated for smoke inhalation.",
)

F(
    "Evros fire: villages emptied, bodies found in the forest",
    "Residents of [[12 villages|other]] near Alexandroupolis were evacuated on Tuesday after warnings sent through the {{112}} emergency number. "
    "Firefighters found [[18 bodies|killed;a=the fire service]] in a forest near Avantas, the fire service said, believed to be those of migrants who had crossed from Turkey. "
    "[[About 1,000 residents|returned;a=the mayor]] of Dadia were allowed back on Thursday, the mayor said. "
    "The hospital of Alexandroupolis was also evacuated, and [[65 patients|displaced]] were moved to a ferry in the port.",
)

F(
    "Emilia-Romagna: evacuated families spend another night in sports halls",
    "[[Some 36,000 people|displaced;a=the regional civil protection agency]] have left their homes in Emilia-Romagna since the rivers burst their banks on {{16 May}}, the regional civil protection agency said, [[more than 13,000|displaced;a=the regional civil protection agency]] of them in Ravenna province. "
    "The agency counted [[305 landslides|other;u=other;a=The agency;alt=the regional civil protection agency]] in the hills above Forlì and Faenza, where [[23 roads|other;u=other;a=The agency;alt=the regional civil protection agency]] remain closed. "
    "In Faenza, [[about 5,000 evacuees|returned;a=the mayor]] have been allowed home, the mayor said. "
    "The death toll stands at [[14|killed]].",
)

F(
    "Chiapas families cross into Guatemala to escape cartel fighting",
    "[[About 580 Mexicans|displaced;a=Guatemala's Interior Ministry]], many of them women and children, crossed into Cuilco in Guatemala's Huehuetenango department over the weekend to escape fighting between cartels in Chiapas, Guatemala's Interior Ministry said. "
    "Residents said [[dozens of gunmen|combatants;a=Residents]] had been fighting in the hills above Amatenango de la Frontera for {{two weeks}}. "
    "Guatemalan authorities set up [[two shelters|capacity]] in Cuilco's municipal hall and a school. "
    "[[About 200 of them|returned;n=-;a=the municipal president]] went back to Amatenango on Tuesday under army escort, the municipal president said.",
)

F(
    "Evacuation orders expand as the fire jumps Highway 14",
    "Sheriff's deputies went door to door on Sunday as [[about 31,000 residents|displaced;p;a=the county sheriff's office]] north of {{Highway 14}} were ordered to leave, the county sheriff's office said. "
    "The fire has destroyed [[at least 1,400 structures|housing;a=Cal Fire]] and damaged [[about 600 more|housing;n=-;u=structure;a=Cal Fire]], according to Cal Fire. "
    "Officials lifted the orders south of the river on Monday, allowing [[about 8,000 residents|returned]] to go home. "
    "The Red Cross said [[about 900 people|displaced;a=The Red Cross]] spent Saturday night at [[five shelters|capacity;a=The Red Cross]] in Lancaster and Palmdale.",
)

F(
    "Kerr County: the search for the missing goes on along the Guadalupe",
    "[[At least 88 people|killed;a=the county sheriff]] have died in Kerr County since the Guadalupe River rose {{26 feet}} in {{45 minutes}}, the county sheriff said at a briefing on Monday. "
    "He said [[143 people|missing;a=the county sheriff]] were still unaccounted for, [[11 of them|missing;n=-;a=the county sheriff]] from a girls' summer camp upriver. "
    "The city of Kerrville said [[about 400 residents|displaced;a=The city of Kerrville]] were staying at [[three shelters|capacity;a=The city of Kerrville]], including a church gym.",
)

F(
    "Nairobi River demolitions leave thousands of families homeless",
    "Government bulldozers have pulled down [[about 2,100 structures|housing;a=the Nairobi Regional Commissioner]] built within {{30 metres}} of the Nairobi River in Mathare and Mukuru, the Nairobi Regional Commissioner said on Thursday. "
    "Residents said [[more than 6,000 families|displaced;a=Residents]] had been left homeless, many of them sleeping in churches or in the open. "
    "The government plans to relocate [[33,000 households|displaced;p;a=The government]] living on the riverbanks, and each will receive {{KSh 8,000}} to rent a house.",
)

F(
    "Lagos demolitions: Oworonshoki residents count their losses",
    "Demolition teams of the Lagos State government pulled down [[about 1,000 houses|housing;a=Justice Empowerment Initiatives]] in the Oworonshoki waterfront community over {{three days}}, according to Justice Empowerment Initiatives, a legal aid group. "
    "The community's baale said [[more than 4,700 residents|displaced;a=The community's baale]] had lost their homes and [[two people|killed;a=The community's baale]] died when a wall collapsed on them. "
    "A {{58-year-old}} fish seller said she had paid {{N450,000}} in rent for the year in advance.",
)

F(
    "Manipur violence: relief camps still hold over 50,000 as schools reopen",
    "[[Over 50,000 people|displaced;a=the state government]] uprooted by the ethnic violence are living in [[about 350 relief camps|capacity;a=the state government]] across Manipur, the state government told the assembly. "
    "Officials said [[about 250 of the camps|capacity;a=Officials]] are in schools, which must reopen by {{June 1}}. "
    "[[More than 4,500 houses|housing;a=the government]] were burned in the first weeks of the violence, the government said.",
)

F(
    "Kurram clashes: families leave Bagan for Hangu and Kohat",
    "[[More than 300 families|displaced;a=the deputy commissioner]] have left Bagan and nearby villages for Hangu and Kohat since the clashes resumed, the deputy commissioner said. "
    "The main road to Parachinar has been closed for {{73 days}}, and residents said [[at least 29 children|killed;a=residents]] had died in the district's hospital for lack of medicines. "
    "Police said [[about 1,300 personnel|combatants;p;a=Police]] of the Frontier Corps and police would be deployed along the road once [[48 bunkers|other;u=structure;p;a=Police]] held by the tribes were demolished.",
)

F(
    "Pinellas orders evacuation of zones A and B as the hurricane nears",
    "[[About 260,000 residents|civilians;a=Pinellas County officials]] live in the zones under mandatory evacuation, Pinellas County officials said, and [[17 shelters|capacity;a=Pinellas County officials]] opened on Tuesday with room for [[about 20,000 people|capacity;a=Pinellas County officials]]. "
    "By evening [[about 3,100 people|displaced;a=the county's emergency management director]] had checked into the shelters, along with [[410 pets|other;u=other;a=the county's emergency management director]], the county's emergency management director said. "
    "Forecasters expect winds of {{130 mph}} and a storm surge of {{10 to 15 feet}}.",
)

F(
    "Sinja residents flee east as the RSF enters the town",
    "[[Tens of thousands of people|displaced;a=the Gedaref state humanitarian aid commission]] have fled Sinja for Gedaref, {{270 km}} to the east, since Rapid Support Forces fighters entered the town on Saturday, the Gedaref state humanitarian aid commission said. "
    "The commission said it had opened [[nine shelter centres|capacity;a=The commission;alt=the Gedaref state humanitarian aid commission]] in schools in Gedaref city, but that [[about 4,000 families|displaced;a=The commission;alt=the Gedaref state humanitarian aid commission]] were sleeping in the open outside the town. "
    "Witnesses said [[hundreds of RSF fighters|combatants;a=Witnesses]] in [[dozens of vehicles|other;a=Witnesses]] had entered Sinja from the west.",
)
