"""dev301 negatives: earthquakes and mudflows, crime, peaceful protest, accidents, ordinary news."""

NEGATIVES = [
    (
        "Earthquake in Almaty region: residents spend night in the streets",
        "Thousands of people in Almaty spent the night outside in freezing temperatures after a "
        "magnitude 7.0 earthquake struck on the border between Kyrgyzstan and China's Xinjiang "
        "late on Monday, shaking buildings across the city. Kazakhstan's emergencies ministry "
        "said there were no deaths, but that cracks had appeared in several schools and "
        "hospitals, and 80 people had sought medical help, mostly for panic attacks and falls on "
        "the stairs. Residents poured out of apartment blocks in pyjamas, and traffic jams formed "
        "on the roads out of the city as families drove to the steppe. The ministry was "
        "criticised for sending its text alert only after the shaking had stopped. Tokayev "
        "ordered an inspection of all buildings in the city. Seismologists warned that "
        "aftershocks could continue for weeks.",
        "disaster",
    ),
    (
        "Mudflow sweeps through Kyrgyz village, burying homes",
        "A mudflow triggered by heavy rain swept through the village of Kara-Tash in Kyrgyzstan's "
        "Jalal-Abad region early on Saturday, killing three people and burying at least 40 "
        "houses, the emergencies ministry said. Rescuers and soldiers were deployed with "
        "bulldozers to search for two people reported missing, among them a child. About 200 "
        "residents were evacuated to a school on higher ground, where the Red Crescent handed out "
        "blankets and hot meals. The road to Kazarman was cut in several places. Villagers said "
        "the riverbed had not been cleared in years. Forecasters warned of more storms in the "
        "south of the country through the week. The emergencies minister said the government "
        "would find land for families whose houses could not be saved. Mudflows kill people in "
        "Kyrgyzstan almost every spring and summer.",
        "disaster",
    ),
    (
        "Tajik quake leaves hundreds homeless in Rasht valley",
        "A magnitude 5.9 earthquake struck the Rasht valley in central Tajikistan on Tuesday "
        "afternoon, destroying more than 300 homes and killing at least four people, the "
        "emergencies committee said. The worst damage was in the villages around Gharm, where "
        "mud-brick houses collapsed and families now sleep in tents in their orchards. The Aga "
        "Khan Agency for Habitat sent teams with tents, stoves and hygiene kits, and the "
        "government said it would rebuild the houses before winter. Schools in the area were "
        "closed for inspection. Rescuers pulled a boy alive from the rubble after six hours, "
        "state television said. The region is one of the most seismically active in Central Asia. "
        "Aftershocks continued through the night, and many people refused to go back into houses "
        "that were still standing.",
        "disaster",
    ),
    (
        "Floods force 100,000 from homes in northern Kazakhstan",
        "More than 100,000 people have been evacuated from their homes in northern and western "
        "Kazakhstan as rivers swollen by melting snow burst their banks, the emergencies ministry "
        "said on Monday, in the worst floods in decades. Whole streets of Petropavlovsk and "
        "villages in the Aktobe and Kostanay regions are under water, and soldiers and volunteers "
        "have been filling sandbags day and night. President Tokayev called the disaster the "
        "largest in 80 years and criticised officials for poor preparation. Evacuees are being "
        "housed in schools, sports halls and sanatoriums, and volunteers have collected tonnes of "
        "food and clothing. The floods also hit Russia's Orenburg region across the border, where "
        "a dam gave way. Farmers say many cattle have drowned. In Kulsary, in the Atyrau region, "
        "residents built an earth dam around the town by hand and watched the water rise against "
        "it for days. The government has promised compensation of up to 2 million tenge for "
        "families whose houses were destroyed. Insurance is rare in rural areas, and many "
        "families said they had lost everything. Meteorologists said the thaw had come unusually "
        "fast after a winter of heavy snow.",
        "disaster",
    ),
    (
        "Heatwave and water shortage hit Tashkent as Amu Darya runs low",
        "Temperatures above 45C and a record low flow in the Amu Darya have left farmers in "
        "Uzbekistan's Khorezm and Karakalpakstan regions without water for their cotton and rice, "
        "officials said, while Tashkent's power grid struggled under the demand for air "
        "conditioning. Rolling blackouts lasted up to six hours in some districts of the capital "
        "this week, and the health ministry told people to stay indoors at midday. Officials "
        "blamed the drought in part on Afghanistan's Qosh Tepa canal, which will take water from "
        "the river when it is finished. Farmers in Khorezm said they had fought their neighbours "
        "over the little water left in the ditches. Ecologists warn that the Aral Sea disaster "
        "could repeat itself on a wider scale. The government has ordered farmers to switch part "
        "of their rice fields to less thirsty crops. Uzbekistan and Turkmenistan have asked the "
        "Taliban authorities for talks on sharing the river.",
        "disaster",
    ),
    (
        "Avalanche on Georgian ski resort road traps dozens of cars",
        "Rescuers dug out dozens of cars trapped by an avalanche on the road between Gudauri and "
        "Kobi on Georgia's Military Highway on Sunday, the emergencies service said, and more "
        "than 700 lorries were stranded on the route to the Russian border at Verkhni Lars. No "
        "one was killed, though several drivers were treated for hypothermia. Tourists in Gudauri "
        "said they had been unable to leave for two days, and the resort's hotels offered "
        "stranded guests free rooms. The road was reopened on Monday afternoon after snowploughs "
        "cleared it. Georgia's infrastructure ministry said a tunnel being built under the pass "
        "would make the route safer once completed. Lorry drivers at the border, many from "
        "Armenia, said they had run out of food and were sleeping in their cabs. Forecasters "
        "warned of more heavy snow in the Kazbegi municipality.",
        "disaster",
    ),
    (
        "Gunman kills three in shooting at Tbilisi bank branch",
        "A man opened fire inside a bank branch in Tbilisi's Saburtalo district on Friday "
        "morning, killing a security guard and two customers before he was arrested, the Georgian "
        "interior ministry said. Police said the 38-year-old suspect had a dispute with the bank "
        "over a loan and had threatened staff in the past. Witnesses said customers hid under "
        "desks as the man fired a hunting rifle. The ministry said there was no political motive "
        "and opened a murder case. Georgia's banking association said it would review security at "
        "branches. The suspect faces life in prison if convicted. Special forces surrounded the "
        "building and persuaded him to surrender after about an hour. Two other customers were "
        "wounded and taken to the Republican hospital, where doctors said they were out of "
        "danger. Shootings are rare in the Georgian capital.",
        "crime",
    ),
    (
        "Kyrgyz police arrest crime boss Kolbaev's men in raids across Bishkek",
        "Kyrgyz security services detained 19 people in raids across Bishkek and the Chui region "
        "on Wednesday, saying they were members of the organised crime group once led by Kamchy "
        "Kolbaev, who was killed in a special operation last year. Officers seized pistols, cash "
        "and luxury cars, and froze property worth millions of dollars, the State Committee for "
        "National Security said. Its head, Kamchybek Tashiev, has vowed a war on organised crime "
        "and says the country's most powerful gangs have now been broken. Critics say the "
        "campaign has also been used against businessmen and journalists. The suspects face "
        "charges of extortion and money laundering. The United States had once put a reward on "
        "Kolbaev's head and described his group as part of a 'Brothers' Circle' of Eurasian crime "
        "networks. Several of those detained had recently returned from Dubai, the committee "
        "said.",
        "crime",
    ),
    (
        "Tajik border guards seize 600 kilograms of heroin on Afghan frontier",
        "Tajikistan's border troops seized 600 kilograms of heroin and hashish after a shootout "
        "with smugglers who had crossed the Panj river from Afghanistan near Shamsiddin Shohin, "
        "the state committee for national security said on Thursday. One smuggler was killed and "
        "two were detained, while the others escaped back across the river. The drugs were hidden "
        "in sacks of flour on donkeys, the committee said. Tajikistan lies on one of the main "
        "routes for Afghan opium and heroin heading to Russia and Europe, and seizures have risen "
        "since the Taliban returned to power. The drugs will be burned at a public ceremony in "
        "Dushanbe. Officials said it was the largest single seizure in three years. The two "
        "detained men, both Afghan citizens, face up to 20 years in prison.",
        "crime",
    ),
    (
        "Azerbaijani court jails gang over Baku casino robbery",
        "A Baku court on Monday jailed six men for between eight and fifteen years for an armed "
        "robbery of an underground gambling den in the Nasimi district, in which a guard was shot "
        "in the leg. Prosecutors said the gang, led by a former police officer, stole 400,000 "
        "manats and gold jewellery after storming the premises in masks. The defendants denied "
        "the charges and said their confessions had been obtained under pressure. The court also "
        "ordered the confiscation of two apartments bought with the proceeds, according to the "
        "Trend news agency. Gambling is illegal in Azerbaijan. The guard who was shot has "
        "recovered and testified at the trial. The court ordered the defendants to pay him "
        "compensation, and two of them said they would appeal. The owners of the gambling den "
        "were fined in a separate case.",
        "crime",
    ),
    (
        "Thousands march peacefully in Tbilisi for Europe ahead of EU decision",
        "Tens of thousands of people marched through central Tbilisi on Sunday evening, waving "
        "Georgian and EU flags, in a rally organised by civil society groups ahead of a European "
        "Commission decision on the country's membership bid. The march, from Republic Square to "
        "Europe Square, was peaceful, and police kept their distance. Speakers called on the "
        "government to carry out the reforms Brussels has demanded and to drop a bill on 'foreign "
        "influence'. Singers performed the Ode to Joy on a stage outside parliament. Organisers "
        "put the crowd at more than 100,000, which could not be independently confirmed. The "
        "interior ministry said there had been no incidents. The crowd dispersed at about "
        "midnight, and volunteers collected litter from the avenue.",
        "protest",
    ),
    (
        "Armenian farmers block Yerevan-Gyumri road over apricot prices",
        "Farmers from the Aragatsotn and Armavir provinces blocked a section of the "
        "Yerevan-Gyumri highway with tractors for several hours on Tuesday, demanding that the "
        "government help them sell this year's apricot harvest after Russia restricted imports. "
        "Traffic was diverted through villages, and lorries queued for kilometres. Police "
        "negotiated with the protesters, and the agriculture minister agreed to meet their "
        "representatives on Wednesday. 'We will not leave the road until they hear us,' said one "
        "farmer from Talin. Apricots account for a large part of Armenia's agricultural exports. "
        "The farmers cleared the road peacefully by evening. Agriculture officials said they were "
        "looking at new markets in the Gulf and the European Union, where Armenian apricots are "
        "little known.",
        "protest",
    ),
    (
        "Zhanaozen oil workers strike over pay, sit in on square",
        "Several hundred oil workers in the western Kazakh town of Zhanaozen have been on strike "
        "for a week, sitting in on the square outside the town administration to demand higher "
        "wages and permanent contracts. The workers, employed by contractors of the state-owned "
        "KazMunayGas, say their pay has not kept up with prices. The regional governor met them "
        "on Monday and promised a commission, but the workers said they would stay until the "
        "company signed a new agreement. The strike has been calm, and local police have not "
        "intervened. Zhanaozen is remembered for 2011, when police opened fire on striking "
        "workers and killed at least 14 people, and memories of those days hang over the square. "
        "Activists in Aktau held a small solidarity picket.",
        "protest",
    ),
    (
        "Kazakh mothers stage hunger strike in Astana for benefits",
        "A group of mothers of large families began a hunger strike in a flat in Astana on "
        "Friday, demanding higher child allowances and social housing, the activists said on "
        "social media. The women said they had spent years on waiting lists for apartments and "
        "that their allowances did not cover rent. Three of the women were briefly detained on "
        "Thursday after unfurling a banner outside the government building, and were released "
        "after being fined for holding an unsanctioned protest. The ministry of labour said it "
        "would review their cases individually. Kazakhstan's rules on public gatherings require "
        "permission from local authorities. Similar protests by mothers in Astana and Almaty in "
        "2019 led the government to raise benefits for low-income families. The women said they "
        "would drink only water until they received a written answer from the government.",
        "protest",
    ),
    (
        "Bek Air plane crashes after take-off in Almaty, killing 12",
        "A Bek Air Fokker 100 with 98 people on board crashed into a two-storey building shortly "
        "after taking off from Almaty airport on Friday morning, killing 12 people, Kazakh "
        "officials said. The plane, bound for Nur-Sultan, lost altitude and broke through a "
        "concrete fence before hitting the house, which was empty at the time. Dozens of "
        "passengers were taken to hospital, some in serious condition. Survivors described fog "
        "and ice on the runway. The government grounded all Fokker 100 aircraft in the country "
        "and suspended Bek Air's licence pending an investigation. Residents of the nearby "
        "village of Almerek brought tea and blankets to survivors in the freezing morning. The "
        "pilot was among those killed, the airline said.",
        "accident",
    ),
    (
        "Explosion at Karaganda coal mine kills five miners",
        "A methane explosion at a coal mine operated by ArcelorMittal Temirtau in the Karaganda "
        "region killed five miners on Saturday, Kazakhstan's emergencies ministry said, the "
        "latest in a series of deadly accidents at the company's pits. Rescuers brought up the "
        "bodies after eight hours, and three injured miners were in hospital. The government said "
        "it would review the company's investment agreement, and prosecutors opened a criminal "
        "case for violations of safety rules. Relatives gathered at the pit head waiting for "
        "news. Miners' unions have long complained of old equipment and pressure to meet "
        "production targets. In 2023 a fire at another of the company's mines killed 46 people, "
        "and the government then pushed ArcelorMittal to sell its Kazakh business. The mine has "
        "been closed while investigators examine the ventilation system.",
        "accident",
    ),
    (
        "Bus plunges into ravine on Pamir highway, killing 16",
        "Sixteen people were killed and at least 20 injured when a bus carrying passengers from "
        "Khorog to Dushanbe went off the road and fell into a ravine in Tajikistan's Darvaz "
        "district late on Tuesday, the interior ministry said. The bus, an old Soviet-era model, "
        "lost its brakes on a steep descent, according to surviving passengers. Villagers climbed "
        "down the slope with torches to pull out the wounded before rescuers arrived from "
        "Kalaikhum. The road, one of the highest in the world, is notorious for accidents and "
        "rockfalls. The transport ministry said it would inspect all buses on the route. Most of "
        "the passengers were women and children travelling to the capital for the holidays, "
        "officials said. The injured were flown to Dushanbe by helicopter on Wednesday morning.",
        "accident",
    ),
    (
        "Uzbekistan abolishes exit visas, opens borders to tourists",
        "Uzbekistan has abolished the exit visa requirement for its citizens and extended "
        "visa-free travel to visitors from 86 countries, part of a drive by President Shavkat "
        "Mirziyoyev to open the country after decades of isolation under his predecessor. Tour "
        "operators in Samarkand and Bukhara say bookings from Europe and Asia have doubled, and "
        "new hotels are rising along the Silk Road. The government wants to attract 7 million "
        "foreign tourists a year by 2030. Border crossings with Kyrgyzstan and Tajikistan that "
        "were closed for years have reopened, and buses now run between Tashkent and Dushanbe. "
        "Human rights groups welcomed the reforms but said freedom of speech remained limited. "
        "Airlines from Turkey, Russia, Korea and the Gulf have added new routes to Tashkent and "
        "Samarkand. Officials also plan to build a new international airport near Bukhara.",
        "other",
    ),
    (
        "Former refugee from Karabakh opens bakery in Yerevan's Kond district",
        "When Lusine Hayrapetyan arrived in Armenia with her two children and a bag of clothes, "
        "she did not think she would ever work again. Two years later, the bakery she opened in "
        "an old stone house in Yerevan's Kond district sells out of its herb-filled flatbread by "
        "noon. She learned the recipes from her grandmother in the village of Chartar, and now "
        "employs four women who also came from Karabakh. A small grant from a diaspora foundation "
        "paid for the oven. Customers queue on the narrow lane, and food bloggers have made the "
        "bakery a stop on their walking tours. 'People come for the bread and stay for the "
        "stories,' she said. She plans to open a second shop next year. Her son, now 12, helps at "
        "weekends.",
        "other",
    ),
    (
        "Kazakhstan to hold referendum on building first nuclear power plant",
        "Kazakhstan will hold a nationwide referendum on October 6 on whether to build the "
        "country's first nuclear power plant, President Kassym-Jomart Tokayev announced on "
        "Monday. The government says the plant, on the shore of Lake Balkhash near the village of "
        "Ulken, is needed to replace ageing coal-fired stations and meet rising demand for "
        "electricity. Companies from Russia, China, France and South Korea are competing for the "
        "contract. Environmental activists say the country still suffers from the legacy of "
        "Soviet nuclear tests at Semipalatinsk and should invest in wind and solar power instead. "
        "Polls suggest a majority of voters support the plan. The referendum will be the first "
        "since 2022. Tokayev said the people should have the final word.",
        "other",
    ),
    (
        "Georgia's wine exports hit record on demand from China and Poland",
        "Georgia exported a record 116 million bottles of wine last year, the national wine "
        "agency said on Tuesday, as growing sales to China, Poland and the Baltic states made up "
        "for a slowdown in Russia, still the biggest market. Qvevri wines, fermented in clay jars "
        "buried in the ground, have become fashionable in European restaurants, and tourism to "
        "the Kakheti region has boomed. Winemakers say prices for Saperavi and Rkatsiteli grapes "
        "paid to farmers have risen. The agency wants to reduce dependence on Russia, which has "
        "banned Georgian wine before, most recently in 2006. Exports brought in $300 million, it "
        "said. Ukraine and Kazakhstan were the third and fourth largest markets. The agency plans "
        "tastings in Japan and the United States next year, and a wine festival in Tbilisi in "
        "October.",
        "other",
    ),
]
