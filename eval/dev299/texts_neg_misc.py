"""dev299 negatives, part three: floods, quakes and fires, the armies at peace, accidents and
legacy mines, films, health, the economy and other news.

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "Floods shift minefields as Bosnia and Serbia count the dead",
        "The worst floods in more than a century have killed at least 44 people in Bosnia and Serbia and forced tens of thousands from their homes, officials said on Sunday, while deminers warned that landslides had moved thousands of mines left over from the 1992-95 war. In the Serbian town of Obrenovac, soldiers and volunteers used boats to evacuate residents from the roofs of submerged houses, and the government said more bodies were expected to be found as the water receded. In Bosnia, the towns of Doboj, Šamac and Maglaj were cut off for days. The Bosnian Mine Action Centre said warning signs had been washed away from minefields along the rivers and that mines could have been carried into areas thought to be safe. About a quarter of Bosnia's population has been affected, according to the government. Serbia declared three days of mourning. The EU, Russia and Turkey sent rescue teams and aid.",
        "disaster",
    ),
    (
        "Landslide buries homes as floods kill at least 18 in central Bosnia",
        "At least 18 people were killed when torrential rain triggered floods and landslides in central Bosnia overnight, the authorities said on Saturday, with the village of Donja Jablanica largely buried under rock from a nearby quarry. Rescuers from the civil protection service, the armed forces and EUFOR dug through mud and debris with their hands in search of survivors. Dozens of people were missing, and hundreds had to leave their homes in Kiseljak, Fojnica and Konjic. The main road and railway line from Sarajevo to the Adriatic coast were cut. Prime Minister Nermin Nikšić said the government would declare a state of natural disaster. Neighbouring Croatia, Serbia and Montenegro sent rescue teams with helicopters. Residents said they had heard a roar like a bomb shortly before the mountainside collapsed.",
        "disaster",
    ),
    (
        "Wildfire reaches outskirts of Split as firefighters battle flames",
        "A wildfire fanned by strong winds reached the outskirts of Split on Monday night, forcing residents of several suburbs to flee and burning houses, cars and olive groves, Croatian officials said. The fire started in the village of Tugare on Monday morning and spread over 4,500 hectares within hours. Army and firefighting aircraft worked through the day, and the city opened sports halls to shelter hundreds of people who had left their homes. Firefighters said they had fought the flames house by house in the suburb of Žrnovnica. There were no reports of deaths. Power and water supplies were cut in parts of the city. Interior Minister Davor Božinović said arson could not be ruled out, and police were questioning a man seen near the place where the fire began. Smoke covered the old town, where tourists were advised to stay indoors.",
        "disaster",
    ),
    (
        "Albania earthquake death toll rises to 51 as search ends",
        "Rescuers in Albania ended their search for survivors on Saturday after the death toll from the country's strongest earthquake in decades rose to 51, Prime Minister Edi Rama said. The 6.4-magnitude quake struck before dawn on Tuesday near the port city of Durrës, toppling apartment blocks and a hotel on the coast. More than 3,000 people were injured and about 5,000 were left homeless, officials said. Teams from Italy, Greece, Kosovo, Serbia and other countries worked alongside Albanian soldiers and firefighters in the rubble. Hundreds of families were sheltered in tents and hotels. Rama said engineers had inspected more than 11,000 buildings and that many would have to be demolished. He declared a state of emergency for 30 days and appealed for help with reconstruction.",
        "disaster",
    ),
    (
        "Strong earthquake damages Petrinja, killing seven",
        "A magnitude 6.4 earthquake struck central Croatia on Tuesday, killing at least seven people and destroying much of the town of Petrinja, officials said. A 12-year-old girl was killed in the town, where the mayor said half of the buildings had collapsed or been badly damaged. Five people were killed in villages around Glina and Sisak. Soldiers and rescue teams searched through rubble as aftershocks rattled the region. Thousands of people spent the night in their cars or in army barracks, and the government sent tents and containers. The tremor was felt as far away as Belgrade and Vienna. Many residents said the destruction reminded them of the war in the 1990s, when the region was on the front line. Prime Minister Andrej Plenković visited Petrinja and promised that the state would rebuild every home.",
        "disaster",
    ),
    (
        "Serbia turns to France for its air force with Rafale order worth 2.7bn euros",
        "Serbia agreed on Thursday to buy 12 Rafale fighter jets from France's Dassault Aviation for 2.7 billion euros, in a deal signed during a visit to Belgrade by President Emmanuel Macron. The purchase marks a shift for Serbia, whose air force has until now flown mainly Russian-made MiG-29s. President Aleksandar Vučić said the jets would strengthen the country's deterrent and that Serbia wanted to preserve its military neutrality. The first aircraft are due to be delivered in 2028. Analysts said the deal signalled Belgrade's wish to move closer to the West while keeping ties with Moscow and Beijing. Neighbouring Croatia, which bought 12 used Rafales from France in 2021, said the purchase raised questions about an arms race in the region. Kosovo's government said it was concerned.",
        "military",
    ),
    (
        "Croatia brings back compulsory military service",
        "Croatia's parliament on Friday voted to reintroduce compulsory military training for young men, 17 years after conscription was suspended, as the country responds to Russia's war in Ukraine. Under the new law, men aged 19 will have to serve two months of basic training from next year, while women can volunteer. Those who object on grounds of conscience can do civilian service instead. Defence Minister Ivan Anušić said about 4,000 conscripts would be trained in the first year in barracks in Knin, Slunj and Požega. Officials said the army needed reserves and that the experience of the 1990s showed the need for a trained population. Opposition parties said the plan was rushed and that the money would be better spent on wages for professional soldiers. Polls show a majority of Croatians in favour.",
        "military",
    ),
    (
        "Kosovo security force receives first Turkish drones",
        "Kosovo's security force took delivery of its first Turkish-made Bayraktar TB2 drones on Tuesday, Prime Minister Albin Kurti said, describing the moment as a milestone in building the country's armed forces. Kurti, speaking at a ceremony at a base near Pristina, said the drones would be used for surveillance and to protect Kosovo's sovereignty. The government has also bought Javelin anti-tank missiles from the United States and is increasing the size of the force to about 5,000 active personnel. Serbia, which does not recognise Kosovo's independence, said the purchases were a threat to regional security and accused Turkey of arming Pristina. The security force was created in 2009 and is meant to become a full army by 2028. NATO's KFOR mission remains responsible for security in Kosovo.",
        "military",
    ),
    (
        "Serbia puts on its largest military display in years",
        "Serbia staged its largest military display in years at Batajnica air base outside Belgrade on Saturday, showing off Chinese-made air defence systems, Russian MiG-29 fighters and drones made by its own industry. Tens of thousands of spectators watched tanks and howitzers roll past, while paratroopers jumped from transport planes. President Aleksandar Vučić told the crowd that Serbia's army had never been stronger and that it would defend the country but threaten no one. Army chief Milan Mojsilović said more than 3,000 soldiers took part. The display came as Serbia increases its defence budget to over 2 percent of economic output. Opposition critics said the show was an expensive piece of propaganda ahead of local elections. Western diplomats did not attend.",
        "military",
    ),
    (
        "Fifteen killed as station canopy collapses in Novi Sad",
        "Fourteen people were killed and three seriously injured when a concrete canopy over the entrance of the railway station in Novi Sad collapsed on Friday, Serbian officials said. The canopy, which was part of a building renovated twice in the past three years, fell just before noon on people waiting outside and sitting on benches. Rescuers used cranes and their hands to search for survivors in the rubble, and the death toll later rose to 15. Construction Minister Goran Vesić said the canopy had not been part of the renovation, a claim that engineers quickly disputed. The government declared a day of national mourning. Prosecutors opened an investigation, and several people were questioned. In the evening, thousands of people gathered at the station to leave candles, and some demanded the resignation of those responsible.",
        "accident",
    ),
    (
        "Fire at North Macedonian nightclub kills 59",
        "At least 59 people were killed and more than 150 injured when a fire broke out during a concert at a nightclub in the eastern town of Kočani early on Sunday, North Macedonian officials said. The fire started when pyrotechnics used during the show set the ceiling alight, Interior Minister Pance Toskovski said. About 500 people, many of them teenagers, were inside the building, which had only one exit. Footage showed flames spreading across the roof within seconds. The injured were taken to hospitals in Kočani, Štip and Skopje, and several were flown to Greece, Bulgaria and Serbia. Police detained several people, among them officials who had issued the club's licence. Prime Minister Hristijan Mickoski said it was one of the darkest days in the country's history.",
        "accident",
    ),
    (
        "Croatian deminer killed by landmine near Gospić",
        "A Croatian deminer was killed and a colleague seriously injured on Wednesday when a landmine exploded during clearance work in a forest near Gospić, in the Lika region, the Croatian Mine Action Centre said. The two men, employed by a private company, were clearing an area that had been on the front line between Croatian forces and rebel Serbs in the early 1990s. The injured deminer was airlifted to hospital in Rijeka. The accident was the first fatal one in Croatia's demining sector in two years. Croatia still has about 100 square kilometres of suspected mined land, mostly in forests, and the government has set a goal of clearing it all by 2026. Since the end of the war, more than 200 civilians have been killed by mines, and dozens of deminers have died. Police and inspectors opened an investigation.",
        "accident",
    ),
    (
        "Fire destroys Lipa migrant camp in Bosnia",
        "A fire destroyed most of the Lipa migrant camp in north-western Bosnia on Wednesday, hours after the International Organization for Migration said it was pulling out because the facility was unfit for winter. Around 1,200 people had been living in the tent camp, near the town of Bihać and the border with Croatia. No one was killed, but several people were treated for smoke inhalation. Police said they suspected the fire had been started by residents angry about the closure, though the cause was being investigated. Hundreds of men spent the night in the snow by the roadside with blankets. The IOM said the authorities had failed to provide the camp with electricity and water. The EU, which funds migrant facilities in Bosnia, urged the authorities to find shelter urgently.",
        "accident",
    ),
    (
        "Quo Vadis, Aida? earns Bosnia an Oscar nomination",
        "Jasmila Žbanić's Quo Vadis, Aida?, a drama about the days before the Srebrenica genocide, was nominated for the Academy Award for best international feature on Monday, Bosnia's first nomination since No Man's Land won the Oscar 19 years ago. The film follows a UN interpreter who tries to save her husband and sons as Bosnian Serb forces take over the enclave in July 1995. Jasna Đuričić, a Serbian actor, plays the title role. Žbanić said the nomination was dedicated to the women of Srebrenica, who had trusted her with their stories. The film had a difficult release in Republika Srpska, where cinemas declined to screen it. Critics have praised its restraint. The ceremony will be held in Los Angeles next month.",
        "entertainment",
    ),
    (
        "Sarajevo Film Festival opens with drama about the siege",
        "The 30th Sarajevo Film Festival opened on Friday with the premiere of a drama set during the siege of the city, in which a group of teenagers stage a rock concert in a basement while shells fall outside. Thousands of people filled the open-air cinema for the screening. The festival was founded in 1995, while the city was still encircled by Bosnian Serb forces, and film-makers say it has become the biggest showcase for cinema from south-eastern Europe. This year's programme includes more than 200 films, among them documentaries about the war and about emigration from the region. The director of the opening film said he had grown up in the siege and wanted to show how young people fought to stay normal. Angelina Jolie, who shot a film in Bosnia in 2011, is among the guests.",
        "entertainment",
    ),
    (
        "Novel about Kosovo war family wins Balkan literary prize",
        "A Kosovo novelist has won a regional literary prize for a book that follows three generations of an Albanian family from the NATO bombing of 1999 to the emigration of their grandchildren to Germany. The jury praised the novel, written in Albanian and translated into Serbian and Croatian, for portraying the war through the eyes of a girl who hides in a cellar with her grandmother while the village empties around them. The author, who was 11 when her family fled to Macedonia, said the book was not autobiographical but drew on stories from neighbours. It is the first time the prize has gone to a writer from Kosovo. The award ceremony took place in Belgrade, where the author was applauded by a full hall. A film adaptation is planned.",
        "entertainment",
    ),
    (
        "Serbia races ahead in Europe's vaccine rollout with Chinese jabs",
        "Serbia has given a first dose of coronavirus vaccine to more than a million people, one of the fastest rates in Europe, thanks largely to deliveries of the Sinopharm vaccine from China, health officials said on Monday. The country has also received Pfizer and Sputnik V doses, and people can choose which vaccine they want at centres set up in sports halls and shopping malls. Citizens of Bosnia, North Macedonia and Montenegro have crossed the border to be vaccinated in Serbia, where the government has offered free shots to foreigners. Prime Minister Ana Brnabić said Serbia had won the battle for vaccines while richer EU countries waited. Epidemiologists warned that the speed of the rollout should not lead people to drop precautions. Infection rates remain high.",
        "health",
    ),
    (
        "Croatia joins the euro and Schengen on the same day",
        "Croatia adopted the euro and joined Europe's passport-free Schengen zone on Sunday, a decade after it became the EU's newest member. Finance Minister Marko Primorac withdrew the first euro notes from a cash machine in Zagreb shortly after midnight, and border police at crossings with Slovenia and Hungary lifted the barriers. The kuna, introduced in 1994 during the war, will remain in circulation alongside the euro for two weeks. Businesses said the change would save on exchange costs and help tourism, which accounts for about a fifth of economic output. Some consumers complained that prices in cafes and shops had been rounded up. Prime Minister Andrej Plenković said the country had won its battle to be at the heart of Europe.",
        "economy",
    ),
    (
        "Supermarket price war in Montenegro as government caps margins",
        "Montenegro's largest supermarket chains have cut prices on hundreds of basic products after the government capped profit margins on food, in what retailers described as a price war. The Voli chain announced discounts on bread, milk, oil and flour, and its rivals followed within days. The government said the measure was needed because food inflation had reached 18 percent, the highest in two decades. Economists said the caps could lead to shortages if suppliers refused to deliver at the new prices. Consumer groups welcomed the cuts but said wages had not kept pace. Tourism revenue, which accounts for about a quarter of the economy, is expected to reach a record this year as visitors return to the coast.",
        "economy",
    ),
    (
        "Croatia's Baby Lasagna finishes second at Eurovision",
        "Croatia's Baby Lasagna finished second at the Eurovision Song Contest in Malmö on Saturday, the country's best result since independence, with his song Rim Tim Tagi Dim about a young man leaving his village for the city. The singer, whose real name is Marko Purišić, topped the public vote but was beaten by Switzerland's Nemo on the juries' scores. Thousands of fans had gathered to watch on screens in Zagreb and in his home town of Umag. The song, which mocks the emigration of young Croatians and features a cat and a cow, had been a favourite with bookmakers. Purišić thanked Croatia for its support and said he had not expected to get so far. Prime Minister Andrej Plenković called him a hero, and the city of Zagreb said it would hold a welcome on the main square on Monday.",
        "other",
    ),
    (
        "Montenegro court approves extradition of Terraform founder Do Kwon",
        "A court in Podgorica on Thursday approved the extradition of the South Korean cryptocurrency entrepreneur Do Kwon, whose Terraform Labs collapsed in 2022, wiping out about $40 billion of investors' money. Kwon was arrested at Podgorica airport in March last year while trying to board a flight to Dubai with a forged Costa Rican passport. He has served a four-month sentence in Montenegro for document forgery. Both the United States and South Korea have requested his extradition on fraud charges, and the decision on which country will receive him rests with the justice minister. Kwon's lawyers said they would appeal. The case has drawn international attention to Montenegro, which has struggled to show the EU that its courts are independent.",
        "other",
    ),
]
