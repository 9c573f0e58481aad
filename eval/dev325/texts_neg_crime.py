"""Negatives of dev325: poaching and wildlife crime, environmental crime and trials, and the
climate and land protests that stayed peaceful."""

NEGATIVES = [
    (
        "Two rangers shot dead by poachers in Kruger's Crocodile Bridge section",
        "Two field rangers were shot dead by a gang of suspected rhino poachers in the Crocodile "
        "Bridge section of Kruger National Park late on Tuesday, South African National Parks "
        "said. The rangers had followed tracks of three men carrying a hunting rifle with a "
        "silencer and an axe when shots were fired from thick bush, SANParks spokesman Isaac "
        "Phaahla said. A third ranger returned fire and one suspect was wounded and arrested; "
        "the other two escaped toward the Mozambique border. Police have opened two cases of "
        "murder and one of illegal possession of a firearm. The park has lost more than 5,000 "
        "rhinos to poaching in the past decade, and syndicates pay shooters from nearby "
        "communities for each horn. 'These men gave their lives for our natural heritage,' "
        "Environment Minister Barbara Creecy said. A memorial service will be held at Skukuza on "
        "Friday.",
        "crime",
    ),
    (
        "Tanzania court jails 'Ivory Queen' for 15 years",
        "A court in Dar es Salaam on Tuesday sentenced Yang Fenglan, a Chinese businesswoman "
        "known as the 'Ivory Queen', to 15 years in prison for smuggling the tusks of more than "
        "350 elephants out of Tanzania. Two Tanzanian co-defendants received the same sentence. "
        "Prosecutors said the network had moved about 860 pieces of ivory worth some 13 billion "
        "shillings between 2000 and 2014, when Tanzania lost around 60% of its elephants. Yang, "
        "who ran a Chinese restaurant in the city and had lived in East Africa since the 1970s, "
        "denied the charges and her lawyers said they would appeal. The court also ordered the "
        "seizure of her assets. Conservation groups welcomed the verdict as a rare conviction of "
        "a trafficking kingpin rather than of the poachers who shoot the animals. She was "
        "arrested in 2015 after a long investigation by a Tanzanian task force. The country's "
        "elephant population fell from about 110,000 to some 43,000 in five years, according to "
        "a census.",
        "crime",
    ),
    (
        "Hong Kong customs seize record haul of pangolin scales",
        "Hong Kong customs officers found about 8.3 tonnes of pangolin scales and 2.1 tonnes of "
        "elephant tusks hidden in a shipping container declared as frozen meat, the largest "
        "seizure of its kind in the city in five years, officials said on Friday. The cargo, "
        "estimated to be worth about 62 million Hong Kong dollars, had come from Nigeria and was "
        "bound for Vietnam, they said. The scales came from some 14,000 pangolins, according to "
        "conservationists, who say the animal is the most trafficked mammal in the world. Three "
        "men were arrested. Under a law passed in 2021, wildlife smuggling can be prosecuted as "
        "organised crime, with a maximum sentence of 15 years. The customs department said it "
        "had stepped up X-ray checks on containers from West Africa. All eight species of "
        "pangolin are protected under international trade rules, and the trade in their scales "
        "has been banned since 2017. Demand comes from traditional medicine, although the scales "
        "are made of keratin, like human fingernails.",
        "crime",
    ),
    (
        "Forest guards kill suspected rhino poachers in Kaziranga gunfight",
        "Forest guards in Assam's Kaziranga National Park shot dead two suspected poachers in an "
        "exchange of fire near the Bagori range early on Sunday, park officials said. A .303 "
        "rifle, ammunition and a silencer were recovered from the site, divisional forest "
        "officer Ramesh Gogoi said. The men had entered the park by crossing the Brahmaputra in "
        "a boat with three others, who escaped. Kaziranga, home to about two-thirds of the "
        "world's greater one-horned rhinos, gives its guards wide powers to use firearms against "
        "poachers, a policy that rights groups have criticised. Families of the dead men, from a "
        "village in Karbi Anglong, said they were farmers and demanded a judicial inquiry. "
        "Police registered a case and sent the bodies for post-mortem examination. Only one "
        "rhino was poached in the park last year, officials say. The park director said the "
        "operation had been carried out according to the law.",
        "crime",
    ),
    (
        "Murder trial opens over killings of Dom Phillips and Bruno Pereira",
        "Three men went on trial in the Amazon city of Tabatinga on Monday for the murders of "
        "British journalist Dom Phillips and Brazilian indigenous expert Bruno Pereira, who were "
        "shot on a river in the Javari valley in June 2022. Prosecutors say the fisherman "
        "Amarildo da Costa Oliveira, known as Pelado, fired the shots after Pereira photographed "
        "his boat, and that the killings were linked to a network of illegal fishing and hunting "
        "inside indigenous territory. The defence argues Pelado acted in self-defence. Police "
        "have also charged a Colombian-Peruvian fish trader, Rubén Villar, with ordering the "
        "murders; he will be tried separately. Phillips was working on a book about saving the "
        "Amazon. Indigenous organisations gathered outside the court holding pictures of the two "
        "men. The trial is expected to last several days, and the men face up to 30 years in "
        "prison. The killings drew attention to the rise of illegal fishing, logging and mining "
        "in Brazil's remote indigenous lands.",
        "crime",
    ),
    (
        "Seven convicted over 2016 murder of Honduran activist Berta Cáceres",
        "A Honduran court on Thursday convicted seven men of the murder of Berta Cáceres, the "
        "indigenous environmental activist shot dead at her home in La Esperanza in March 2016. "
        "Among those found guilty were a former army officer and the environmental manager of "
        "Desarrollos Energéticos (DESA), the company building the Agua Zarca dam that Cáceres "
        "had campaigned against. The judges said the killing had been ordered by company "
        "executives because of delays and losses caused by her opposition. Cáceres won the "
        "Goldman Environmental Prize in 2015. Her family said justice was not complete until the "
        "masterminds were tried, and a former DESA executive was convicted separately in 2021. "
        "Sentencing will take place in January. The Agua Zarca project on the Gualcarque river, "
        "sacred to the Lenca people, was abandoned after her death. Rights groups say Honduras "
        "is one of the world's most dangerous countries for land and environmental activists. "
        "Dozens of supporters cheered outside the court in Tegucigalpa as the verdict was read.",
        "crime",
    ),
    (
        "Illegal refinery raid: navy destroys 40 sites in Rivers creeks",
        "The Nigerian Navy said on Wednesday it had destroyed 40 illegal refining sites and "
        "arrested 23 suspects in a week-long operation in the creeks of Rivers state, where oil "
        "thieves tap pipelines and cook stolen crude in open pits. Sailors seized boats, storage "
        "tanks and about 500,000 litres of stolen crude and refined products, the navy's eastern "
        "command said. Residents of Port Harcourt have complained for years of black soot that "
        "stains washing and clogs lungs, which environmental researchers link to the illegal "
        "refineries. Oil companies say theft costs Nigeria hundreds of thousands of barrels a "
        "day. The suspects will be handed to police for prosecution. Environmental groups said "
        "burning the seized crude on site added to the pollution. The navy says such raids will "
        "continue until the creeks are cleared.",
        "crime",
    ),
    (
        "Sundarbans tiger poaching gang leader killed in 'crossfire'",
        "The alleged leader of a gang that poached tigers and deer in Bangladesh's Sundarbans "
        "mangrove forest was killed in what the Rapid Action Battalion described as a shootout "
        "in Satkhira district early on Monday. A RAB spokesman said officers came under fire "
        "when they went to arrest the man, and a tiger skin, bones and two shotguns were found "
        "at the scene. Human rights groups say many such 'crossfire' deaths are extrajudicial "
        "killings. The number of tigers in the Bangladeshi Sundarbans rose to 125 in the last "
        "camera-trap survey, from 106 in 2015, which officials credit partly to a crackdown on "
        "bandit gangs who also kidnap fishermen for ransom. Some 300 forest bandits have "
        "surrendered in recent years under an amnesty. Forest officials said the gang had killed "
        "at least four tigers in the past two years, selling skins and bones to traders who "
        "smuggled them to China. The dead man's family said he had been picked up from his home "
        "two days earlier. A case was filed under the Arms Act.",
        "crime",
    ),
    (
        "Loggers charged over death of forest officer in Cambodia's Prey Lang",
        "Cambodian police have charged three men with murder over the death of a forest ranger "
        "who was shot while trying to stop a truck carrying rosewood out of Prey Lang wildlife "
        "sanctuary, local officials said. The ranger, 38, was hit in the chest when one of the "
        "men fired a homemade rifle during a confrontation on a logging track in Kampong Thom "
        "province. Two other rangers escaped unhurt. Police said the suspects worked for a local "
        "timber dealer and were arrested at a sawmill two days later. Community patrols have "
        "reported continued logging in Prey Lang despite a ban, and satellite data show the "
        "forest lost tens of thousands of hectares in the past decade. The environment ministry "
        "promised to give the ranger's family a house and a pension. Rosewood fetches high "
        "prices in China and Vietnam, where it is used for luxury furniture.",
        "crime",
    ),
    (
        "Company fined £90m for years of illegal sewage dumping",
        "A water company was fined a record 90 million pounds on Friday after pleading guilty to "
        "51 charges of illegally dumping billions of litres of raw sewage into rivers and "
        "coastal waters in Kent, Hampshire and Sussex between 2010 and 2015. The judge at "
        "Canterbury Crown Court said the company had shown 'a shocking and wholesale disregard "
        "for the environment' and had misled regulators about its performance. The Environment "
        "Agency said the dumping had harmed oyster beds and protected conservation areas. The "
        "company apologised and said it had since invested heavily in its treatment works. "
        "Campaigners, who call it a 'war on our rivers', said fines alone would not stop the "
        "spills and called for criminal charges against executives. The court heard that some of "
        "the spills lasted for days. Shellfish harvesting in parts of the Swale and the Medway "
        "estuary had to be suspended. The Environment Agency said its investigation was the "
        "largest criminal inquiry in its history.",
        "crime",
    ),
    (
        "Thai police hold wildlife smuggling suspects at Suvarnabhumi airport",
        "Thai police arrested two Indian nationals at Bangkok's Suvarnabhumi airport after "
        "finding 87 live animals, including two baby leopards, a binturong, lizards and snakes, "
        "in their checked suitcases, officials said on Sunday. The pair were about to board a "
        "flight to Chennai, according to the Department of National Parks. Some of the animals "
        "had been drugged, and at least one had died. Officers said the suspects told them they "
        "had been paid to carry the bags by a man in a Bangkok market. They face charges under "
        "wildlife and customs laws, carrying up to ten years in prison. Thailand is a hub of the "
        "trade in exotic pets, with animals sourced from across Southeast Asia and Africa. The "
        "surviving animals were taken to a wildlife rescue centre in Ratchaburi province. "
        "Investigators said they would check whether the pair had made similar trips before. "
        "Conservation groups said airport smuggling of live animals had risen sharply since "
        "borders reopened after the pandemic.",
        "crime",
    ),
    (
        "Just Stop Oil activists throw soup at Van Gogh's Sunflowers",
        "Two climate activists threw tomato soup over Vincent van Gogh's Sunflowers at the "
        "National Gallery in London on Friday, then glued their hands to the wall beneath it. "
        "The painting, which is covered by glass, was not damaged, the gallery said, though the "
        "frame was slightly harmed. 'What is worth more, art or life?' one of the women, members "
        "of the group Just Stop Oil, shouted. Police arrested the two on suspicion of criminal "
        "damage and aggravated trespass. The group has blocked roads and bridges in London for "
        "two weeks to demand that the government halt new oil and gas licences. Critics said the "
        "stunt would turn the public against the cause, while supporters said it had drawn far "
        "more attention than a march. The painting was back on display within hours.",
        "protest",
    ),
    (
        "Tens of thousands march in Belgrade against Rio Tinto lithium mine",
        "Tens of thousands of people marched through central Belgrade on Saturday in protest "
        "against a lithium mine planned by Rio Tinto in the Jadar valley, one of the largest "
        "demonstrations in Serbia in years. Protesters blew whistles and carried banners reading "
        "'Rio Tinto get out' and 'We won't give up Jadar'. Organisers said they would block rail "
        "lines at two stations later in the evening. President Aleksandar Vučić has said the "
        "mine, which would supply lithium for European car batteries, is safe and would bring "
        "billions of euros in investment. Farmers in the valley fear it will pollute water and "
        "farmland. Police reported no incidents, and the march ended peacefully with a concert. "
        "Rio Tinto says the mine would meet the highest environmental standards. The government "
        "had revoked the company's permits in 2022 after earlier protests, but revived the "
        "project this year after a court ruling. Opposition parties joined the march, though "
        "organisers said it was not a political protest.",
        "protest",
    ),
    (
        "Greta Thunberg carried away by police at Norway wind farm protest",
        "Police in Oslo carried Greta Thunberg and about a dozen other activists away from the "
        "entrance to the energy ministry on Wednesday, where they had sat for days to protest "
        "against wind turbines built on Sámi reindeer grazing land in Fosen. Officers lifted the "
        "activists one by one and placed them a short distance away; no one was arrested, police "
        "said. The Supreme Court ruled in 2021 that the turbines violated the Sámi herders' "
        "rights, but they are still spinning. 'Climate justice cannot be built on the backs of "
        "indigenous people,' Thunberg told reporters. Energy Minister Terje Aasland apologised "
        "to the Sámi and said the government would find a solution. Protesters also blocked the "
        "doors of several other ministries. Reindeer herding is central to Sámi culture and "
        "livelihoods.",
        "protest",
    ),
    (
        "Kayaktivists paddle into Newcastle coal shipping lane",
        "Hundreds of protesters in kayaks paddled into the shipping channel of Newcastle, the "
        "world's largest coal export port, on Saturday, delaying several bulk carriers, "
        "organisers said. The annual protest by the group Rising Tide had a police permit for a "
        "30-hour blockade. Police said 14 people were charged after staying in the water past "
        "the deadline, including a 97-year-old retired minister. The group wants the federal "
        "government to stop approving new coal projects. The port authority said shipping "
        "resumed on Monday. Protesters played music and held a barbecue on the beach between "
        "waves of paddlers. Newcastle ships more than 150 million tonnes of coal a year, mostly "
        "to Japan, China, South Korea and Taiwan. The protest has been held every November since "
        "2016. Those charged will face court in the new year, and police said the event had been "
        "peaceful and good-natured. A spokesperson for the coal industry said the protest would "
        "not change global demand.",
        "protest",
    ),
    (
        "Ugandan students arrested for marching against EACOP pipeline",
        "Police in Kampala arrested seven university students on Monday as they tried to march "
        "to parliament to deliver a petition against the East African Crude Oil Pipeline, "
        "activists said. The students carried placards and banners reading 'Stop EACOP' and were "
        "taken to Central Police Station, where they were charged with common nuisance. A police "
        "spokesman said the march had not been authorised. The 1,443-kilometre heated pipeline "
        "will carry crude from oilfields near Lake Albert to the port of Tanga in Tanzania. "
        "Campaigners say it threatens wetlands, wildlife and the climate, while the governments "
        "of both countries say it will bring jobs and revenue. Lawyers said the students were "
        "released on bail in the evening. Similar small protests by students have led to dozens "
        "of arrests over the past two years.",
        "protest",
    ),
    (
        "Indigenous hunger strike against Amazon dam enters third week",
        "Eleven Munduruku leaders are in the third week of a hunger strike outside a federal "
        "courthouse in Santarém to demand the suspension of licences for a hydroelectric dam on "
        "the Tapajós river. The strikers, who are drinking only water and herbal tea, said the "
        "project would flood sacred sites and fishing grounds. A doctor from the indigenous "
        "health service said two of them had been admitted to hospital for dehydration and later "
        "returned to the vigil. Supporters have held daily prayers and songs beside the tent. "
        "The energy ministry said the dam was needed for the grid and that consultations would "
        "be held. A judge is expected to rule on the licences next month. The Munduruku have "
        "long opposed dams on the Tapajós, and in 2016 the environmental agency Ibama shelved "
        "plans for the huge São Luiz do Tapajós project. Federal prosecutors have backed the "
        "leaders' demand for consultation. The strikers say they will not eat until a judge "
        "hears them, and a dozen church groups have sent food for their families.",
        "protest",
    ),
]
