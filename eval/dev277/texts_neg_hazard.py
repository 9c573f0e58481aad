"""dev277 negatives: floods, landslides, road and boat accidents, crime and epidemics."""

NEGATIVES = [
    (
        "Mai Mahiu flash flood: death toll rises to 52 as search continues",
        """The number of people killed when a flash flood swept through Kamuchiri village near Mai Mahiu in Nakuru County has risen to 52, Interior Cabinet Secretary Kithure Kindiki said on Tuesday. Dozens of others are still missing, and rescuers from the Kenya Defence Forces, the National Youth Service and the Kenya Red Cross are digging through mud and debris. The torrent of water burst through a blocked railway culvert in the early hours of Monday, sweeping away homes and vehicles. "We heard a loud noise and then the water came through the walls," said a survivor who lost three relatives. The Red Cross said more than 200 families had been displaced and were sheltering at a local church and a school. Across the country, floods have killed at least 170 people since March and forced more than 190,000 from their homes, the government said. President William Ruto ordered residents of areas at risk to move.""",
        "disaster",
    ),
    (
        "Bududa landslide: 41 bodies recovered as rain pounds Elgon",
        """Rescue teams have recovered 41 bodies after a landslide buried parts of Bukalasi sub-county in Bududa district, on the slopes of Mount Elgon, officials said on Friday. The landslide followed heavy rains that caused the River Tsuume to burst its banks, sweeping away homes, a trading centre and a health centre. The Uganda Red Cross said hundreds of people had been displaced and were staying at Bukalasi primary school. Soldiers from the UPDF joined the search, using hoes and spades because the roads were too muddy for machinery. "The whole trading centre is gone," a local councillor said. Minister for relief and disaster preparedness said the government would relocate families from high-risk zones to Bulambuli district. Landslides in Bududa killed more than 300 people in 2010. Meteorologists have warned of more heavy rain in eastern Uganda in the coming weeks.""",
        "disaster",
    ),
    (
        "Gofa landslide toll climbs above 250",
        """The death toll from landslides in Ethiopia's Gofa zone has risen to 257, the regional government said on Thursday, making it the deadliest such disaster in the country's recent history. The first landslide struck the Kencho Shacha Gozdi district on Monday morning after days of heavy rain. A second slide buried people who had gathered to help the victims, including the local administrator, police officers and a teacher. Rescuers, many of them using their bare hands, are still searching for survivors. The UN humanitarian office said more than 15,000 people were being evacuated because of the risk of more landslides. "We have lost almost everyone in our family," a woman told state broadcaster EBC. Prime Minister Abiy Ahmed expressed his condolences and said a federal disaster team had been sent. The Ethiopian Red Cross is distributing food and blankets to families.""",
        "disaster",
    ),
    (
        "Kalehe floods: hundreds dead in Bushushu and Nyamukubi",
        """Torrential rain caused rivers to burst their banks in Kalehe territory, South Kivu province, on Thursday night, killing at least 400 people in the villages of Bushushu and Nyamukubi, according to provincial authorities. Hundreds more are missing, and the provincial governor said entire neighbourhoods had been swept into Lake Kivu. Rescue workers and volunteers were pulling bodies from the mud on Saturday. Many of the dead were buried in mass graves because the morgue was full, a civil society leader said. The Congolese government declared a day of national mourning and sent a delegation of ministers. "We had never seen water like this, it carried rocks as big as houses," said a fisherman whose house was destroyed. Environmental groups blamed deforestation on the hills above the villages. The Red Cross said thousands of people had lost their homes and needed shelter and clean water.""",
        "disaster",
    ),
    (
        "Western Province floods: Rwanda buries 130 victims",
        """Rwanda held a mass funeral on Sunday for victims of floods and landslides that killed 130 people in the Western, Northern and Southern provinces earlier this week, the government said. The worst-hit district was Rubavu, where the Sebeya river burst its banks, followed by Ngororero, Nyabihu and Rutsiro. More than 5,000 homes were destroyed and several bridges were washed away, cutting the road between Musanze and Rubavu. The Ministry in charge of Emergency Management said displaced families had been housed in 20 temporary sites. "We woke up to water up to the roof," a resident of Nyundo said. President Paul Kagame visited Rubavu on Saturday and promised help to rebuild. Meteorologists said the region received more than twice its normal rainfall for the month. It was the deadliest natural disaster in the country in years.""",
        "disaster",
    ),
    (
        "Bentiu under water as Unity State floods displace thousands",
        """Floodwaters have surrounded Bentiu, the capital of South Sudan's Unity State, for a fourth year, with dykes built around the town and the nearby camp holding back water that is higher than the houses outside. The UN humanitarian office said floods had affected more than 1.4 million people in 43 counties across the country this season, and that around 380,000 had been displaced. In Rubkona County, families have moved to higher ground along the dykes, where they live in makeshift shelters. Health workers reported an increase in malaria and diarrhoea cases. "The water took our cattle and our fields," a woman said in a settlement near the airstrip. Engineers from the UN mission and the government are working to repair breaches in the dykes. Scientists say the floods are linked to record levels of Lake Victoria upstream, which feed the White Nile.""",
        "disaster",
    ),
    (
        "Londiani crash: 52 killed as truck ploughs into traders",
        """At least 52 people were killed on Friday evening when a truck lost control and ploughed into matatus, motorcycles and traders at Londiani junction on the Nakuru-Kericho highway, police said. The truck, which was heading towards Kericho, is believed to have suffered brake failure before hitting vehicles waiting at the junction. Many of the victims were traders and students. Rift Valley police commander Tom Odera said the death toll could rise as some people were trapped under the truck. The injured were taken to Londiani sub-county hospital and to Kericho County Referral Hospital. "I saw the lorry coming and I ran into the bush," said a boda boda rider who survived. Transport Cabinet Secretary Kipchumba Murkomen said the junction would be redesigned. The National Transport and Safety Authority says more than 4,000 people die on Kenyan roads every year.""",
        "accident",
    ),
    (
        "MV Nyerere capsizes near Ukara island, over 200 dead",
        """More than 200 people died when the MV Nyerere ferry capsized on Lake Victoria near Ukara island, Tanzanian officials said on Saturday, as divers continued to search the upturned hull. The ferry, which was licensed to carry 101 passengers, is believed to have been carrying several hundred people and cargo including sacks of maize and cement when it overturned a few metres from the jetty on Thursday afternoon. Regional commissioner John Mongella said 41 people had been rescued, including an engineer found alive inside the hull a day later. President John Magufuli ordered the arrest of everyone involved in running the ferry and declared four days of national mourning. Witnesses said passengers rushed to one side of the ferry as it approached the jetty. "We heard screaming and then it was upside down," a resident of Bwisya said. The Tanzania Electrical, Mechanical and Electronics Services Agency operated the vessel.""",
        "accident",
    ),
    (
        "Precision Air plane plunges into Lake Victoria near Bukoba",
        """Nineteen people were killed when a Precision Air flight from Dar es Salaam crashed into Lake Victoria on Sunday morning as it prepared to land at Bukoba airport in bad weather, Prime Minister Kassim Majaliwa said. The ATR 42-500 was carrying 39 passengers and four crew members. Local fishermen were among the first to reach the plane and helped pull out 24 survivors, the Kagera regional police commander said. The aircraft was later hauled to the shore using ropes and a crane. The pilot had been in contact with the control tower and reported heavy rain and poor visibility, officials said. Precision Air, which is partly owned by Kenya Airways, said it was cooperating with investigators. President Samia Suluhu Hassan sent condolences to families. A fisherman who dived into the water was rewarded with a cash prize and a job by the regional government.""",
        "accident",
    ),
    (
        "Embakasi gas explosion: toll rises to six, over 270 injured",
        """The number of people killed in a gas explosion and fire at Mradi area in Embakasi, Nairobi, has risen to six, government spokesman Isaac Mwaura said on Sunday. More than 270 people were injured, many of them with burns, when a truck loaded with liquefied petroleum gas exploded near a gas refilling business late on Thursday night. The blast sent a fireball into nearby homes, a garage and a warehouse, and flying gas cylinders set other buildings on fire. Kenyatta National Hospital said it had admitted dozens of patients, some of them in critical condition. "We thought it was a bomb, the whole house shook," said a resident of Mradi. The Energy and Petroleum Regulatory Authority said it had rejected the operator's application for a licence three times. Police have arrested the owner of the site. Residents accused authorities of failing to act on complaints about the business.""",
        "accident",
    ),
    (
        "Kigoogwa tanker fire kills 24 on Kampala-Gulu highway",
        """At least 24 people were burned to death when a fuel tanker overturned and caught fire in Kigoogwa, Wakiso district, on the Kampala-Gulu highway, police said on Wednesday. The tanker lost control near a trading centre and fell on its side, and residents rushed to siphon the leaking petrol with jerrycans before the fuel ignited. Eleven vehicles parked nearby were also burned. Police spokesman Fred Enanga said many of the victims were burnt beyond recognition and that DNA tests would be needed to identify them. The injured were taken to Mulago hospital, where doctors said several had burns covering most of their bodies. "People were warned to keep away but they did not listen," a traffic officer at the scene said. The Uganda Police said it would tighten rules on the transport of fuel through busy trading centres. Similar tanker fires have killed dozens of people in the region in recent years.""",
        "accident",
    ),
    (
        "Shakahola: 429 bodies exhumed as Mackenzie trial opens",
        """Pastor Paul Mackenzie and 94 co-accused pleaded not guilty on Tuesday to manslaughter charges over the deaths of hundreds of followers of his Good News International Church in Shakahola forest, Kilifi County. Prosecutors say the pastor ordered his followers to starve themselves to death so they could "meet Jesus". Government pathologist Johansen Oduor said 429 bodies had been exhumed from mass graves in the forest, and that most of the victims had died of starvation, although some, including children, showed signs of strangulation. The trial, in Mombasa, is expected to hear from more than 90 witnesses. Mackenzie also faces separate charges of terrorism and child cruelty. Relatives of missing followers gathered outside the court. "I still do not know whether my sister is among the dead," one woman said. A Senate inquiry found that police had ignored earlier warnings.""",
        "crime",
    ),
    (
        "Police kill three suspected robbers in Kasarani shootout",
        """Three suspected members of a gang that has been carjacking motorists in Nairobi's Kasarani and Ruiru areas were shot dead in a gunfight with police on Saturday night, police said. Officers from the Flying Squad had trailed the suspects, who were driving a Toyota Probox stolen in Githurai the previous day, and cornered them near Mwiki. Police said the suspects opened fire when ordered to stop, and that a pistol with seven rounds of ammunition was recovered from the car. One officer was slightly injured. Residents said the gang had also robbed M-Pesa shops in the area in recent weeks. "We have been living in fear for two months," a shopkeeper in Mwiki said. The Independent Policing Oversight Authority said it would investigate the shooting, as it does with all deaths involving police. Detectives are pursuing a fourth suspect who escaped.""",
        "crime",
    ),
    (
        "Isiolo police recover 180 stolen goats, three suspects held",
        """Police in Isiolo have recovered 180 goats and 12 head of cattle that were stolen from a homestead in Kinna on Sunday night, and arrested three suspects, the county police commander said. The animals were found in a thicket near Garbatulla, where the suspects had hidden them before moving them to a market in Meru. The commander said the thieves, who were not armed, had cut the fence of the boma while the owner slept. The suspects will be charged with stock theft, which carries a heavy sentence under the Penal Code. Livestock traders said they would register animals sold at markets in Isiolo to curb the sale of stolen stock. "We want every goat to have papers," said a member of the local livestock marketing council. The owner, a widow, thanked police for the quick response.""",
        "crime",
    ),
    (
        "Kidnapped Kampala businessman freed after ransom paid",
        """A Kampala businessman who was kidnapped outside his home in Kyanja last week has been freed after his family paid a ransom of Shs200 million, police said on Monday. The businessman, who owns a chain of hardware shops, was forced into a car by four men as he returned home on Wednesday evening. His kidnappers kept him blindfolded in a house in Mukono district and called his relatives from different phone numbers to demand money, police said. He was dumped near Seeta on Sunday night. Kampala Metropolitan police spokesman Patrick Onyango said two suspects had been arrested and that detectives were tracing the money. "This was a well-organised criminal gang that studies its victims," he said. The businessman was taken to hospital for a check-up and later released. Police urged residents to report suspicious vehicles near their homes.""",
        "crime",
    ),
    (
        "Court jails man for life over Kitengela murder",
        """The High Court in Kajiado has sentenced a 34-year-old man to life imprisonment for the murder of his former girlfriend, whose body was found in a rented house in Kitengela two years ago. Justice Stephen Githinji said the prosecution had proved beyond reasonable doubt that the accused stabbed the woman several times after a quarrel over money. The court heard from 12 witnesses, including a neighbour who saw the accused leave the house on the night of the killing. The judge said the sentence should serve as a warning against violence against women. Women's rights groups, who had followed the case, welcomed the ruling. "Justice has been delayed but not denied," the victim's mother said outside the court. The man's lawyer said he would appeal. Police statistics show that dozens of women are killed by partners in Kenya every year.""",
        "crime",
    ),
    (
        "Mombasa port: customs seize 3.3 tonnes of ivory bound for Asia",
        """Customs officers at the port of Mombasa have seized 3.3 tonnes of elephant ivory hidden in a container declared as sesame seeds and bound for Malaysia, the Kenya Revenue Authority said on Thursday. The tusks were wrapped in sacks and packed behind the seeds, officials said. The Kenya Wildlife Service said DNA tests would be carried out to establish where the elephants were killed. Two clearing agents have been arrested and the shipping documents are being investigated. "These are organised criminal networks with links across the region," KWS director general said. The seizure is one of the largest at the port in recent years. Kenya has burned more than 100 tonnes of ivory since 1989 to discourage trade. The suspects will be arraigned in court on Monday on charges of dealing in wildlife trophies.""",
        "crime",
    ),
    (
        "Mubende Ebola outbreak: Museveni orders 21-day lockdown",
        """President Yoweri Museveni has ordered a 21-day lockdown of Mubende and Kassanda districts, the epicentre of an Ebola outbreak that has killed at least 19 people. Travel in and out of the two districts is banned, and markets, bars and places of worship have been closed. The outbreak is caused by the Sudan strain of the virus, for which there is no approved vaccine. Health ministry officials said 58 cases had been confirmed since the outbreak was declared a month ago, including several health workers. "We are doing this to contain the virus and protect the rest of the country," Museveni said in a televised address. The World Health Organization said candidate vaccines would be tested in Uganda in a trial. Traders in Mubende town said the lockdown would hurt their businesses. Schools in the country will close two weeks early.""",
        "health",
    ),
    (
        "Rwanda begins Marburg vaccine trial as cases fall",
        """Rwanda has started vaccinating health workers against the Marburg virus with an experimental vaccine, in a trial led by the Rwanda Biomedical Centre with the Sabin Vaccine Institute. Health minister Sabin Nsanzimana said 700 doses had been received and that priority would go to doctors and nurses in hospitals where patients were treated. The outbreak, the first in the country, has killed 13 people, most of them health workers, since it was declared in September. The minister said the number of new cases had fallen sharply and that several patients had recovered. "We are fighting this virus with everything we have," he told reporters in Kigali. Contacts of patients are being monitored daily. The World Health Organization praised Rwanda's quick response. Travel advisories issued by some countries have been lifted.""",
        "health",
    ),
    (
        "Mpox cases rise in Kamituga mining town",
        """Health authorities in South Kivu have reported a sharp rise in mpox cases in Kamituga, a gold mining town where a new strain of the virus was first identified last year. The provincial health division said it had recorded 412 suspected cases since January, including 18 deaths, most of them among young adults. Health workers said the disease was spreading through sexual contact in bars and lodgings frequented by miners. The general hospital in Kamituga has set up an isolation ward but lacks beds and medicines. "We receive new patients every day," a nurse said. The World Health Organization has declared the spread of mpox in Africa a public health emergency of international concern. The Ministry of Health said vaccines donated by Japan and the United States would be sent to the province. Local radio stations are broadcasting messages on prevention.""",
        "health",
    ),
]
