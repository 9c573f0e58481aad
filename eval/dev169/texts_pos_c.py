"""dev169 positives (3 of 3): current organised violence or its direct consequences as Palestinian,
Armenian, Rohingya, Karen, Haitian, Lebanese, Yemeni and Amhara communities abroad hear it, and
mob violence against asylum seekers, migrants and Kurds in Europe's cities (eval/README.md,
section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Sydney man's cousin shot as settlers torch homes in West Bank village",
        "A Sydney man says his cousin was shot in the leg and his family's olive store burned "
        "when dozens of Israeli settlers attacked their village in the occupied West Bank on "
        "Friday. Mahmoud Hamed, a builder from Bankstown, said he watched on a video call as "
        'smoke rose over Sinjil, north of Ramallah, where his parents still live. "My mother '
        'was screaming at me to hang up and pray," he told ABC Radio Sydney. The Palestinian '
        "Health Ministry said one man was killed and at least 12 people were wounded, some by "
        "live fire, after settlers set fire to homes and cars and threw stones at residents. "
        "Israeli soldiers arrived and fired tear gas, residents said, and some villagers "
        "accused them of protecting the settlers. The Israeli military said it was "
        'investigating the incident and that "violent confrontations" had broken out between '
        "Israelis and Palestinians in the area. The United Nations has recorded a sharp rise "
        "in settler attacks on Palestinian communities this year. Mr Hamed, who came to "
        'Australia in 2008, said his parents had refused to leave the village. "They say, if '
        'we leave, they take the land the next day," he said. Palestinian Australians have '
        "written to the Foreign Minister asking the government to impose sanctions on violent "
        "settlers, as the United Kingdom and Canada have done.",
        "V",
        "settler attack",
    ),
    (
        "Glendale Armenians scramble for news as Azerbaijan's offensive sends Karabakh "
        "families fleeing",
        "GLENDALE – At an Armenian community centre on Broadway, volunteers spent Wednesday "
        "answering phones, updating a whiteboard of names and trying to work out which of "
        "their relatives in Nagorno-Karabakh were alive. Azerbaijan launched what it called "
        '"anti-terrorist measures" against the ethnic Armenian enclave on Tuesday, shelling '
        "Stepanakert and the villages around it, and by Wednesday the local Armenian "
        "authorities had agreed to a ceasefire that requires their forces to disarm. Karabakh "
        "officials said at least 200 people had been killed, including civilians, and more "
        "than 400 wounded. Thousands of residents fled to the Russian peacekeepers' base near "
        "Stepanakert airport, and a long queue of cars began to form on the only road to "
        'Armenia. "My grandfather is 84. They took him in a car to the airport with nothing," '
        "said Ani Petrosyan, a Glendale dental assistant whose family comes from Martuni. The "
        "Armenian National Committee of America called the offensive an act of ethnic "
        "cleansing and urged the Biden administration to halt aid to Azerbaijan. Azerbaijan "
        "says it wants to reintegrate the region's residents as equal citizens. Glendale's "
        "mayor spoke at an evening vigil on the steps of city hall attended by several "
        "thousand people. Local churches said they were collecting money for families "
        "expected to arrive in Goris, across the border in Armenia, in the coming days.",
        "M B E D",
        "offensive",
    ),
    (
        "Chicago Rohingya say relatives killed in drone attack on families waiting to flee "
        "Maungdaw",
        "CHICAGO – At the Rohingya Culture Center on West Devon Avenue, Mohammed Harun has "
        "been collecting the names of relatives killed since Monday, when drones and "
        "artillery hit crowds of Rohingya families waiting on the banks of the Naf river near "
        "Maungdaw to cross into Bangladesh. Survivors told relatives by phone that bombs were "
        "dropped from drones on people sitting with their bags and children, and that bodies "
        "lay in the mud along the shore. Harun said his aunt, her husband and their two "
        'daughters were among those killed. "They wanted only a boat. They had paid the '
        'boatmen and were waiting for the night," he said. Rohingya activists have blamed the '
        "Arakan Army, the ethnic armed group that has been fighting Myanmar's military for "
        "control of Rakhine state, which has denied responsibility and blamed the junta. "
        "Médecins Sans Frontières said its teams in Cox's Bazar treated dozens of people with "
        "blast and gunshot wounds who had crossed the border in the following days. Chicago "
        "is home to one of the largest Rohingya communities in the United States, about 2,000 "
        "people, many of them resettled from camps in Bangladesh and Malaysia. The center "
        "held a prayer meeting on Friday and is asking members to contact the State "
        "Department about the violence. Harun said his mother, who is still in Buthidaung "
        "township, has not been reachable since the weekend.",
        "E V D",
        "drone strike",
    ),
    (
        "St Paul Karen church raises money after airstrike destroys village school back home",
        "ST. PAUL – Members of a Karen Baptist church on the East Side gave more than $18,000 "
        "on Sunday to rebuild a school in a village in southeastern Myanmar that was "
        "destroyed by a military airstrike last week, church leaders said. A jet from "
        "Myanmar's military dropped two bombs on the village in Karen state on the morning of "
        "Jan. 15, killing a teacher and four students and wounding 11 others, according to "
        "the Karen National Union and local relief workers. Church elder Saw Eh Moo said his "
        'niece, who teaches at the school, survived because she had gone to fetch water. "The '
        'children were in the classroom. The plane came two times," he said, repeating what '
        "she told him on a video call. Villagers have since fled into the forest and to camps "
        "near the Thai border, where they sleep under tarpaulins to avoid being seen from the "
        "air, relief workers said. Myanmar's military, which seized power in a 2021 coup, has "
        "carried out hundreds of airstrikes on villages across the country, saying it targets "
        '"terrorist" resistance forces. Minnesota has the largest Karen community in the '
        "United States, estimated at about 17,000 people, most of them resettled from Thai "
        "refugee camps since 2004. The church plans to send the money through a relief group "
        'that crosses the border. "We were refugees too. We know how it is to run," Saw Eh '
        "Moo said.",
        "E V D",
        "airstrike",
    ),
    (
        "Haitians in Mattapan mourn after gang massacre in Pont-Sondé",
        "Haitian Americans in Mattapan and Dorchester packed a church hall on Sunday for a "
        "Mass for the victims of a gang attack on the town of Pont-Sondé in Haiti's "
        "Artibonite region, where armed men killed at least 115 people last week, according "
        "to the United Nations. Members of the Gran Grif gang entered the town before dawn on "
        "Thursday, fired on residents in their homes and in the street, and set houses and "
        "cars on fire, survivors told Haitian radio. The UN said more than 6,000 people fled "
        "to nearby towns, including Saint-Marc, where many are sleeping in schools and "
        "churches. Jean-Robert Pierre, a taxi driver in Mattapan, said his uncle was killed "
        "in the attack and his cousin was shot in the arm while running toward the river. "
        '"They came to kill. They did not come to steal," Pierre said. The gang\'s leader said '
        "in a video that the attack was punishment for residents who supported a self-defence "
        "group and allowed the police to set up checkpoints on the national road. Haiti's "
        "transitional presidential council declared three days of national mourning. "
        "Massachusetts has one of the largest Haitian communities in the country, and local "
        "leaders said they would send money to Saint-Marc through churches and a diaspora "
        "relief fund. Many in the crowd said they also worried about federal plans to end "
        "temporary protected status for Haitians.",
        "V D",
        "massacre",
    ),
    (
        "Adelaide Lebanese families say relatives fled south Lebanon overnight as Israeli "
        "strikes intensify",
        "Lebanese Australians in Adelaide say relatives in southern Lebanon spent the night "
        "on the roads north to Beirut after Israel launched its most intense wave of strikes "
        "on the country in nearly a year of cross-border fighting. Lebanon's health ministry "
        "said more than 490 people, including 35 children, had been killed on Monday and more "
        "than 1,600 wounded, as Israeli warplanes struck hundreds of targets in the south and "
        "the Bekaa valley. The Israeli military said it was hitting Hezbollah weapons stores "
        "and launch sites, and told residents of villages in the south to leave their homes. "
        "Hezbollah fired rockets at northern Israel, and Israeli officials said several "
        "people were hurt. Sam Haidar, who runs a bakery in Prospect, said his parents and "
        "sisters left their village near Nabatieh in the afternoon and took 12 hours to reach "
        'Sidon on a road that usually takes one. "My father said the planes were over them '
        'the whole way," he told ABC Radio Adelaide. A cousin who stayed behind to look after '
        "the family's orchards was killed when a strike hit a neighbouring house, he said. "
        "Schools in Beirut and Sidon have been opened as shelters for tens of thousands of "
        "displaced people. Adelaide's Lebanese community, one of the oldest migrant "
        "communities in the city, said it would hold a fundraiser at a church hall on the "
        "weekend. The Australian government has urged its citizens in Lebanon to leave on "
        "commercial flights while they can.",
        "E M D",
        "air campaign",
    ),
    (
        "Asylum seekers moved to Manchester after Rotherham hotel riot describe hiding as mob "
        "set fires",
        "Asylum seekers who were inside a hotel in Rotherham when it was attacked by rioters "
        "on Sunday have described hiding in a staff room as the building filled with smoke, "
        "after some of them were moved to accommodation in Greater Manchester. A crowd of "
        "several hundred people broke windows at the hotel in Manvers, threw bricks, fire "
        "extinguishers and wooden planks at police lines and set a large bin alight against "
        "the building, South Yorkshire Police said. Ten officers were injured. About 240 "
        "people, among them families from Syria, Afghanistan and Eritrea, were staying at the "
        "hotel. \"We heard them shouting 'get them out'. A man from my room said this is like "
        'home, like the war," said a 26-year-old Syrian from Deir ez-Zor, who asked that his '
        "name not be used. He said staff led them through the kitchen to a back corridor "
        "while the crowd tried to force the fire doors. The Home Office confirmed that some "
        "residents had been moved to other accommodation, including in the North West. The "
        "violence was one of a series of riots across England after the fatal stabbing of "
        "three girls in Southport, which was followed by false claims online about the "
        "suspect's identity. Manchester's mayor said the city would not tolerate similar "
        "attacks, and mosques and refugee charities in the city said they had increased "
        "security. Greater Manchester Police have charged 14 people over disorder in the city "
        "centre on Saturday.",
        "U V",
        "riot",
    ),
    (
        "Roma families flee homes in Ballymena after third night of racially motivated disorder",
        "Families from the Roma community and other migrant households have fled their homes "
        "in Ballymena after a third night of violence in which houses were set on fire and "
        "police came under attack, community workers said. Masked groups went from street to "
        "street in the Clonavon Road area on Tuesday night, smashing windows and setting fire "
        "to cars and homes they believed were occupied by foreign nationals. The Police "
        "Service of Northern Ireland said officers were attacked with petrol bombs, bricks "
        "and fireworks, and that 17 officers were injured, bringing the number hurt since "
        'Monday to more than 40. Police described the disorder as "racist thuggery" and used '
        "water cannon and baton rounds to disperse the crowds. Some residents put signs in "
        "their windows saying which nationality lived there, in an attempt to be spared. A "
        "Romanian mother of three said she and her children hid in the attic while a crowd "
        'outside tried to set fire to her door. "We left in the night with the clothes we '
        'had. I will not go back," she said. Several families were taken to a leisure centre '
        "in Larne, which was later itself attacked and set on fire. The violence began after "
        "a protest over an alleged sexual assault in the town, in which two teenagers have "
        "been charged. Church leaders and migrant support groups appealed for calm and said "
        "more than a dozen families had asked to be rehoused.",
        "U V D",
        "riot",
    ),
    (
        "Clashes erupt in Paris as Kurds gather after deadly shooting at cultural centre",
        "PARIS (Kurdistan24) – A gathering of the Kurdish community in Paris turned violent "
        "on Saturday, a day after a gunman killed three Kurds at a cultural centre in the "
        "city's 10th arrondissement. Several hundred people had gathered peacefully at Place "
        "de la République in memory of the victims, but clashes broke out when some "
        "protesters threw objects at police, overturned cars and set fires in nearby streets. "
        "Police responded with tear gas, and the interior ministry said 31 officers and one "
        'protester were injured and 11 people were detained. "We are not safe even in Paris. '
        'People are angry because they feel no one protects them," said Berfin, a 24-year-old '
        "student from Marseille who did not give her family name. The suspect in Friday's "
        "shooting, a 69-year-old Frenchman, told investigators that he hated foreigners, "
        "according to the Paris prosecutor, and the anti-terrorism prosecutor's office has "
        "not taken up the case. Kurdish organisations reject that conclusion and say the "
        "attack was political, recalling the unsolved murder of three Kurdish activists in "
        "Paris in January 2013. Among the victims was a prominent figure of the Kurdish "
        "women's movement in France. The French interior minister met Kurdish community "
        "representatives on Saturday evening and promised more protection for Kurdish "
        "associations. Kurdish organisations called for a larger march on Monday.",
        "U",
        "riot",
    ),
    (
        "Sheffield's Yemeni community mourns port workers killed in US strikes on Ras Isa",
        "Yemenis in Sheffield, one of the oldest Yemeni communities in Britain, gathered at a "
        "mosque in Burngreave on Friday to pray for relatives killed when US airstrikes hit "
        "the Ras Isa fuel port on Yemen's Red Sea coast. The Houthi-run health ministry said "
        "at least 74 people were killed and 171 wounded in the strikes on Thursday night, "
        "most of them port workers and lorry drivers waiting to load fuel. The US military "
        "said it struck the port to cut off a source of fuel and revenue for the Houthis, who "
        "have attacked shipping in the Red Sea and fired missiles at Israel, and said the "
        "operation was not directed at the Yemeni people. The strikes were part of a US air "
        "campaign against the Houthis that began in March. Abdulkarim Saleh, a former "
        "steelworker whose family comes from the Hodeidah governorate, said two of his "
        'nephews had driven tankers to the port. "One is in hospital with burns, one we '
        'buried on Friday," he said. He said the family could not confirm many details '
        "because phone lines were cut for hours after the strikes. Residents of Hodeidah told "
        "relatives that fires burned at the port through the night. The Yemeni Community "
        "Association in Sheffield said it would hold a collection for the families of the "
        "victims. Sheffield's Yemeni community dates back to sailors and steelworkers who "
        "came from Aden in the 1950s.",
        "E M",
        "airstrike",
    ),
    (
        "Ethiopians in Washington region say drone strike on Amhara market killed relatives",
        "Ethiopian families from the Amhara region living in the Washington area say "
        "relatives were among the dozens of people killed when a drone strike hit a busy "
        "weekly market in a town in Amhara on Saturday. Residents told relatives abroad that "
        "the strike came at midday, when the market was crowded with farmers who had come to "
        "sell grain and livestock. Local health workers said at least 30 people were killed, "
        "though the toll could not be verified because of the communications blackout that "
        "has covered much of the region since fighting between the federal army and Fano "
        "militias began last year. The Ethiopian government did not comment on the strike, "
        'but has said its operations target "extremist" armed groups, not civilians. Mesfin '
        "Alemu, who runs an Ethiopian restaurant in Silver Spring, said his brother-in-law "
        "was killed and his sister wounded. \"She called from a neighbour's phone. She said "
        'the ground was full of blood and grain," he said. Human rights groups have '
        "documented a series of drone strikes in Amhara since the conflict began, including "
        "on a bus and on a school. Amharic-language radio stations in the Washington region "
        "have been reading out the names of victims sent in by listeners. A vigil is planned "
        "at an Ethiopian Orthodox church in Washington on Sunday.",
        "E V",
        "drone strike",
    ),
]
