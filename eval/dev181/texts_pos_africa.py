"""dev181 positives (1 of 2): land, water, farming and wildlife conflicts in Africa where organised
violence is happening now or its direct consequences are reported: herders' militias, cattle raids,
bandits, jihadists, the RSF, poachers' gangs and rangers, security forces against protesters and
residents (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Gunmen suspected to be herders kill 43 in overnight raid on Benue farming community",
        "At least 43 people were killed when gunmen suspected to be armed herders stormed "
        "Ugondo-Mbaakon, a farming settlement in Guma Local Government Area of Benue State, "
        "late on Friday, residents and local officials said. Survivors told Daily Trust the "
        "attackers arrived in groups shortly before midnight, shooting at anyone who ran out "
        "of the houses and setting fire to thatched huts and yam barns. Many of the dead "
        "were women and children who had been sleeping in a market square after fleeing "
        "earlier attacks on neighbouring villages. The chairman of the local council, Mr "
        "Terkaa Iorpuu, said more than 3,000 residents had fled to Daudu and Makurdi by "
        "Saturday afternoon. At the general hospital in Makurdi, doctors said they had "
        "received 36 wounded, several with machete cuts and gunshot wounds to the legs. One "
        "survivor, a 19-year-old student, said she hid in a maize field with her younger "
        'brothers until dawn. "We heard them calling to each other in the dark," she said. '
        "The state police command confirmed the attack but gave a lower toll of 27, saying a "
        "tactical team had been deployed to the area. Police and soldiers were tracking the "
        "attackers, who were believed to have fled toward the border with Nasarawa State, "
        "the command said. A group representing herders condemned the killings and said its "
        "members had also lost cattle to rustlers in the area. Burials began on Sunday in a "
        "mass grave behind the village church. Benue has seen repeated raids on farming "
        "communities since grazing routes across the Middle Belt collapsed, and local "
        "leaders accuse the federal government of failing to disarm the militias. The "
        'governor, who visited the scene on Sunday, described the killings as "a deliberate '
        'attempt to push our people off their ancestral land".',
        "V D",
        "village raid",
    ),
    (
        "Plateau: displaced farmers in Bokkos camps miss second planting season as attacks "
        "continue",
        "More than 14,000 people driven from farming villages in Bokkos and Mangu local "
        "government areas are still sheltering in schools and church compounds, five months "
        "after coordinated attacks by armed men killed scores across the two districts. At a "
        "camp in Mushere, women told Premium Times they had not been able to return to their "
        "fields since gunmen struck again last week, killing four farmers who had gone back "
        'to clear land for maize. "If you go to the farm, you don\'t come back," said Ladi '
        "Dashe, 41, who lost her husband in the December raids. Camp officials said food "
        "supplied by the state emergency agency ran out in March and that at least two "
        "children had died of illnesses linked to malnutrition. A local vigilante leader "
        "said the attackers now occupy some of the abandoned villages and graze cattle on "
        "the crops left standing. The military task force in the state said it had increased "
        "patrols and arrested 11 suspects in the past fortnight. Agricultural officials warn "
        "that the loss of two planting seasons in one of the state's main potato and maize "
        "belts will push food prices up across the region.",
        "D H V",
        "displacement",
    ),
    (
        "Dozens killed as armed youth raid cattle camps in South Sudan's Jonglei",
        "At least 32 people were killed and thousands of cattle driven off when armed youth "
        "from the Greater Pibor Administrative Area attacked cattle camps in Duk county in "
        "South Sudan's Jonglei state, a local official told AFP on Tuesday. The raiders, "
        "armed with assault rifles, struck at dawn on Sunday and fought for several hours "
        "with cattle keepers before withdrawing south with the herds, the county "
        "commissioner said. Women and children were among the dead, and at least eight "
        "children were abducted, he added. The UN mission in South Sudan said it had sent a "
        'patrol to the area and was "deeply concerned" about a new cycle of revenge attacks. '
        "Cattle are a store of wealth and a bride price across the region, and raids between "
        "Dinka, Nuer and Murle communities have killed hundreds in recent years as guns left "
        "over from the civil war circulate freely. Humanitarian workers said more than 5,000 "
        "people had fled the camps toward Poktap since the attack. Local officials said the "
        "attackers also burned a health post and a primary school in Padiet. The county "
        "commissioner appealed for helicopters to evacuate the wounded to Bor, saying the "
        "nearest hospital was a two-day walk away. Some of the stolen cattle were later "
        "tracked to the Lekuangole area, where young men from Duk have vowed to recover "
        "them, and church leaders in Bor urged them not to retaliate. A government-brokered "
        "peace conference between the communities last year has failed to stop the violence.",
        "B V D",
        "cattle raid",
    ),
    (
        "Security team kills three bandits in Kerio Valley as operation enters second week",
        "Three suspected bandits were shot dead and two police reservists wounded in a "
        "gunfight in Tot, Elgeyo-Marakwet County, on Monday as the multi-agency security "
        "operation in the North Rift entered its second week. The regional police commander "
        "said officers came under fire as they tracked a gang that had driven off more than "
        "200 goats and cattle from homesteads in Kerio Valley overnight. The officers "
        "recovered two AK-47 rifles, 140 rounds of ammunition and most of the stolen "
        "animals, he said. The Interior ministry has deployed the Kenya Defence Forces "
        'alongside police in six counties declared "disturbed" under a gazette notice, and a '
        "dusk-to-dawn curfew is in force. Residents said schools in parts of the valley have "
        'been empty for weeks as families moved to higher ground in fear of raids. "We want '
        'the guns out of this valley, then we can talk about pasture," said a Marakwet elder '
        "at a baraza in Chesongoch. Human rights groups have urged the government to ensure "
        "the operation does not punish pastoralist communities collectively.",
        "M B D",
        "security operation",
    ),
    (
        "Twelve Virunga rangers among 17 killed in ambush in eastern Congo",
        "Twelve rangers of Virunga National Park were among at least 17 people killed on "
        "Friday when armed men ambushed a convoy on the road near the park's headquarters at "
        "Rumangabo, in the Democratic Republic of Congo's North Kivu province, park "
        "officials said. The attackers first targeted a civilian vehicle, and the rangers "
        "who came to its aid were caught in a prolonged gunfight, the park said in a "
        "statement. The park's management said the assailants were believed to be fighters "
        "of the Democratic Forces for the Liberation of Rwanda (FDLR), a Hutu militia that "
        "finances itself partly through illegal charcoal and fishing in the park. Four "
        "civilians and a driver were also killed, and several others were wounded. It is the "
        "deadliest attack in the park's recent history; more than 200 rangers have now been "
        "killed protecting Virunga, Africa's oldest national park and home to about a third "
        "of the world's mountain gorillas. The park said it was suspending some tourism "
        "operations while the army searched the area. Conservation groups called for more "
        "support for rangers working in areas controlled by armed groups.",
        "B V",
        "ambush",
    ),
    (
        "Rangers in gunfight with heavily armed poachers in northern Cameroon park",
        "Two rangers and at least four suspected poachers were killed in a gun battle in "
        "Bouba Ndjida National Park in Cameroon's North region, the forestry ministry said "
        "on Wednesday. A patrol of rangers and soldiers of the Rapid Intervention Battalion "
        "(BIR) came across a camp of about 20 armed men near the border with Chad on Monday "
        "and was fired on with automatic weapons, the ministry said. The fighting lasted "
        "several hours before the poachers fled, leaving behind horses, ammunition and "
        "elephant tusks. The park lost hundreds of elephants in 2012 to raiders on horseback "
        "who crossed from Sudan and Chad, and officials say well-organised groups, some of "
        "them former rebels, still roam the area. The ministry said reinforcements had been "
        "sent by helicopter and that the search for the remaining poachers was continuing. "
        "Conservationists said the rangers, many of whom earn less than $150 a month, needed "
        "better equipment and insurance for their families.",
        "B",
        "gun battle",
    ),
    (
        "Chad: clashes between herders and farmers over a well leave 19 dead in Mandoul",
        "Nineteen people were killed and about 20 wounded in clashes between nomadic herders "
        "and farmers in the southern Chadian province of Mandoul, the government said on "
        "Friday. The fighting broke out on Wednesday in the village of Sandana after a "
        "dispute over access to a well, and escalated when armed men on horseback returned "
        "in larger numbers and attacked the village, according to a local official. Dozens "
        "of houses were burned and residents fled to the bush and to the provincial capital, "
        "Koumra. The government said troops had been deployed to the area and several people "
        "had been arrested, and it announced a commission of inquiry. Clashes between "
        "herders, who are mostly Muslim and from the north, and farmers in the mostly "
        "Christian south happen regularly in Chad, particularly as herds move south in the "
        "dry season and the grazing corridors are blocked by fields. Opposition politicians "
        "accused the transitional military authorities of favouring herders who have links "
        "with senior officers.",
        "B V D",
        "communal clashes",
    ),
    (
        "Farmers in eastern Burkina Faso abandon fields as jihadists burn granaries and ban "
        "planting",
        "Jihadist fighters linked to al-Qaeda burned granaries and killed at least nine "
        "farmers in villages around Fada N'Gourma in eastern Burkina Faso last week, local "
        "sources and a regional aid group said, in what residents describe as a campaign to "
        "stop people farming outside the town. The fighters of Jama'at Nusrat al-Islam "
        "wal-Muslimin (JNIM) arrived on motorbikes in the villages of Tamboaré and Kikidéni, "
        "gathered residents and told them they would be killed if they went back to their "
        "fields, survivors said. Those who ignored the order were shot, one farmer said by "
        "telephone. Hundreds of families from the two villages have since walked into Fada "
        "N'Gourma, where they are staying with relatives or in a school. The town is under a "
        "blockade by the group, and food prices have tripled since the main road to "
        "Ouagadougou was cut. The World Food Programme said it had resumed deliveries by "
        "helicopter but could reach only a fraction of the 180,000 people in need in the "
        "area. Burkina Faso has more than two million internally displaced people, and the "
        "military government has armed civilian volunteers to fight the insurgents. A "
        "spokesman for the army did not respond to questions.",
        "T V H D",
        "jihadist attack",
    ),
    (
        "RSF fighters storm farming villages in Sudan's Gezira breadbasket, killing dozens, "
        "activists say",
        "Fighters of Sudan's paramilitary Rapid Support Forces killed at least 124 people in "
        "an attack on the village of Al-Sireha in Gezira state, the agricultural heartland "
        "south of Khartoum, a local resistance committee said on Saturday. The group said "
        "RSF fighters surrounded the village after a local commander defected to the army, "
        "opened fire on men who had gathered at the mosque, and looted grain stores and "
        "livestock. Survivors told Reuters that fighters went from house to house taking "
        "mobile phones and money, and that women were assaulted. A doctor at a clinic in the "
        "nearby town of Tamboul said it had received dozens of wounded, many with gunshot "
        "wounds, and had run out of blood and surgical supplies. Videos shared by activists, "
        "which Reuters could not immediately verify, showed rows of bodies wrapped in sheets "
        "in a courtyard. Farmers said the fighters had also taken tractors and irrigation "
        "pumps from the scheme's offices. Thousands of people have fled villages in the east "
        "of the state over the past week, walking for days toward Al-Qadarif and Kassala, "
        "the International Organization for Migration said. The RSF did not immediately "
        "respond to a request for comment; it has previously said it targets army supporters "
        "and not civilians. The army said in a statement that it would avenge the villagers. "
        "Aid agencies said they had been unable to reach the area since the fighting spread "
        "to Gezira last December. Gezira, home to one of Africa's largest irrigation "
        "schemes, used to grow much of Sudan's wheat, and farmers say the fighting has kept "
        "them from planting for a second season. The United Nations warns that famine has "
        "taken hold in several parts of the country.",
        "V D H",
        "massacre",
    ),
    (
        "Ethiopia: tens of thousands flee clashes along Oromia-Somali regional border",
        "Tens of thousands of people have fled fighting along the boundary between "
        "Ethiopia's Oromia and Somali regions in the past two weeks, aid workers and local "
        "officials said on Thursday, in a dispute over grazing land and wells that has "
        "turned increasingly deadly. Officials in Oromia accused the Somali region's Liyu "
        "police, a paramilitary force, of crossing into the lowlands of East Hararghe and "
        "Bale and attacking villages, while the Somali regional government said Oromo "
        "militias had killed dozens of ethnic Somalis. Neither account could be "
        "independently verified. A humanitarian worker in Harar said displaced families were "
        "sleeping in schools and churches without food, and that more were arriving daily. "
        "The federal government said it had deployed the army to create a buffer zone and "
        "would investigate the killings. The boundary between the two regions was defined in "
        "a 2004 referendum, but large stretches remain contested, with herders from both "
        "sides moving across it during the dry season. Drought in the southeast has made "
        "access to water and pasture even more precarious.",
        "B V D H",
        "communal clashes",
    ),
    (
        "Thousands cross into Chad after clashes over fishing ponds in Cameroon's Far North",
        "More than 10,000 Cameroonians have fled into neighbouring Chad since Sunday after "
        "clashes between herders and fishermen over dwindling water in the Logone-Birni area "
        "of Cameroon's Far North region, the UN refugee agency said on Thursday. At least 22 "
        "people were killed and more than 30 wounded, local officials said, as members of "
        "the Arab Choa and Musgum communities fought with guns, bows and machetes, and at "
        "least ten villages were burned. The violence began over the digging of trenches "
        "that fishermen use to trap fish as the Logone river recedes, which herders say "
        "leave their cattle stuck in the mud. Most of the refugees crossed the river into "
        "N'Djamena, the Chadian capital, which faces the Cameroonian town of Kousseri, and "
        'are sheltering in the open or with relatives, UNHCR said. "They arrived with '
        "nothing,\" a UNHCR official in N'Djamena said, adding that water and shelter were "
        "urgent needs. Some of the refugees had walked for a day with bullet or arrow "
        "wounds, a doctor with Médecins Sans Frontières said. Chadian authorities said they "
        "had set up a site at the edge of the city and appealed for help to feed the new "
        "arrivals. Cameroon's government said the army had been deployed to restore order "
        "and that the governor had met leaders of both communities. Lake Chad has lost about "
        "90% of its surface area since the 1960s, and competition over what remains has "
        "sharpened tensions between farmers, fishermen and herders.",
        "B V D H",
        "communal clashes",
    ),
    (
        "Bandits abduct 30 farmers in Zamfara, demand levy before harvest",
        "Armed bandits abducted at least 30 farmers from their fields in Maru Local "
        "Government Area of Zamfara State on Tuesday, residents told Premium Times, days "
        "after the gang leader who controls the area ordered villagers to pay a levy of N2 "
        "million before they could harvest their crops. The gunmen, who arrived on "
        "motorcycles, herded the farmers into the forest near Dansadau and later called "
        "their families to demand ransom, a resident said. A farmer who escaped said the "
        "captives were marched through the night and beaten when they slowed down. Families "
        "said they had begun selling cattle and grain to raise the money. Villagers said the "
        "same group had killed five people in Ruwan Doruwa in August when residents refused "
        "to pay. The state police command confirmed the abduction and said a joint team of "
        'police and vigilantes was "on the trail of the criminals". Thousands of farmers in '
        "Zamfara, Katsina and Sokoto have abandoned their fields because of banditry, and "
        "farmers' associations warn that the levies imposed by armed groups are driving up "
        "grain prices across the northwest. The military has carried out air strikes on "
        "bandit camps in the Dansadau forest, but residents say the gangs simply move deeper "
        "into the bush and come back.",
        "V",
        "mass abduction",
    ),
    (
        "Officer killed and Maasai protesters shot as Tanzania marks out Loliondo game reserve",
        "A police officer was killed by an arrow and at least 18 Maasai herders were wounded "
        "by gunfire on Friday when security forces clashed with residents protesting the "
        "demarcation of a 1,500 square kilometre game reserve in Loliondo, northern "
        "Tanzania, community representatives said. The government says the land is needed to "
        "protect wildlife migration corridors and water sources next to the Serengeti; the "
        "Maasai say it is their best dry-season grazing, and that the reserve will be leased "
        "to a hunting company from the United Arab Emirates. Witnesses said police and field "
        "force units fired live rounds and tear gas at hundreds of people who had gathered "
        "to pull up the beacons. Some of the wounded crossed into Kenya for treatment, "
        "fearing arrest at Tanzanian hospitals, and doctors in Narok said they had treated "
        "several with bullet wounds. The government told parliament the officer had been "
        "killed by people who wanted to sabotage conservation and said the exercise would "
        "continue. The police chief said officers had acted in self-defence after they were "
        "attacked with arrows and machetes. The government also says the Maasai will be able "
        "to graze their cattle on the remaining land and that no one is being evicted; local "
        "leaders say about 70,000 people depend on the area. In a statement, a group of UN "
        "human rights experts said they were alarmed by reports of excessive force and "
        "called for the demarcation to be suspended. Human rights groups said at least 10 "
        "community leaders had been arrested and charged with murder. Journalists were "
        "barred from the area, and mobile phone signals were weak or cut in several "
        "villages. Thousands of herders have since moved their families and cattle across "
        "the border, according to local leaders.",
        "U D",
        "crackdown",
    ),
    (
        "Jihadists kill dozens of fishermen on Lake Chad shores in Borno",
        "Jihadists killed at least 40 fishermen and farmers near the town of Dumba in Borno "
        "State, northeast Nigeria, on Sunday, a local militia leader and residents said. The "
        "victims were attacked while they were fishing and farming in an area close to the "
        "shores of Lake Chad, which the military has declared off-limits because of the "
        "presence of the Islamic State West Africa Province (ISWAP). Bukar Gana, a leader of "
        "the Civilian Joint Task Force militia that fights the jihadists alongside the army, "
        "told AFP that the fighters rounded up the men and shot them, and that some had "
        'their throats cut. "It is the work of ISWAP," he said, adding that the group '
        "accuses fishermen of spying for the military. The state governor condemned the "
        "killings and urged residents to stay within secured areas. The jihadists regularly "
        "levy taxes on fishermen and farmers who work in areas they control, and attack "
        "those who do not pay. The insurgency, which began in 2009, has killed more than "
        "40,000 people and displaced around two million in northeast Nigeria, according to "
        "the United Nations.",
        "T V",
        "massacre",
    ),
    (
        "Police fire live rounds as Lagos waterfront community is demolished",
        "Police in Lagos fired tear gas and live ammunition on Sunday as bulldozers and men "
        "armed with machetes demolished homes in Otodo-Gbame, a fishing community on the "
        "Lagos lagoon, residents and rights groups said. At least one man was shot dead and "
        "another is missing after jumping into the water, according to a federation of "
        "informal settlements that has represented the residents in court. Residents said a "
        "task force arrived at dawn, set fire to wooden houses, and fired into the air and "
        "at people who tried to rescue their belongings. Thousands of people fled in canoes "
        "to neighbouring waterfront settlements, where many were sleeping in boats on "
        "Monday. The demolition went ahead despite a high court order barring the state "
        "government from evicting residents while a case they brought was heard. The state "
        "government said the settlement was a security risk and an environmental hazard, and "
        "denied that police had used live fire. Otodo-Gbame sits on prime land near the "
        "Lekki peninsula, one of the most expensive areas of the city, and residents say "
        "developers want the waterfront.",
        "V D",
        "violent eviction",
    ),
]
