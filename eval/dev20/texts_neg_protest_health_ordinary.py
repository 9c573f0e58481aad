"""dev20 texts: negatives: peaceful protests; negatives: health; negatives: ordinary news, features and analysis.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: peaceful protests
    (
        "Slavija fills with silence: Belgrade's biggest protest in decades",
        "Hundreds of thousands of people filled the streets around Slavija square in Belgrade on Saturday for a student-led protest against corruption, one of the largest gatherings in Serbia's history. At 11.52 the crowd fell silent for fifteen minutes in memory of the victims of the Novi Sad canopy collapse. Students from every university in the country had walked for days to reach the capital, and farmers parked their tractors to protect the marchers. The protest ended peacefully late in the evening. Organisers thanked the police for their conduct.",
        "protest",
    ),
    (
        "From Novi Sad to Strasbourg by bicycle: Serbian students carry their demands to Europe",
        "A group of Serbian students arrived in Strasbourg on Tuesday after cycling 1,300 kilometres in two weeks to present their demands to the Council of Europe. People came out to greet them in towns in Hungary, Austria and Germany. The students want accountability for the canopy collapse at the Novi Sad station and an end to what they call the capture of institutions.",
        "protest",
    ),
    (
        "Long march reaches Mumbai: farmers walk 180 km for land rights",
        "Tens of thousands of farmers, many of them Adivasis from Nashik district, reached Azad Maidan in Mumbai on Monday after walking for six days to demand land titles and loan waivers. Residents of the city handed out water and food as the marchers passed, and the farmers walked through the night so as not to disturb students taking board exams. The chief minister met their leaders and accepted most of the demands. Many of the marchers had bandaged feet, and some walked barefoot.",
        "protest",
    ),
    (
        "Kenya's clinical officers down tools as strike enters second week",
        "Clinical officers in public hospitals across Kenya continued their strike for a second week on Monday, demanding the implementation of a collective bargaining agreement signed in 2017. Patients were turned away from outpatient departments in Nakuru and Kisumu. Union officials held a peaceful march to the health ministry in Nairobi and delivered a petition.",
        "protest",
    ),
    (
        "NLC strike grounds flights and shuts offices across Nigeria",
        "A nationwide strike called by the Nigeria Labour Congress over the minimum wage shut government offices, schools and some airports on Monday, as workers stayed home. In Lagos and Abuja, union members gathered peacefully at their secretariats.",
        "protest",
    ),
    (
        "Argentina's university march fills Buenos Aires",
        "Hundreds of thousands of students, teachers and parents marched to the Plaza de Mayo in Buenos Aires on Tuesday to defend public universities against budget cuts. Similar marches were held in Córdoba, Rosario and Mendoza. The protest ended peacefully with a reading of a document. The government said the universities had to be audited first.",
        "protest",
    ),
    (
        "Tbilisi: women form human chain across the city for Europe",
        "Thousands of women joined hands to form a human chain along Rustaveli Avenue and across the bridges of the Mtkvari river on Sunday, in a protest organised on social media in support of Georgia's European future. Many carried EU and Georgian flags. The chain, several kilometres long, dissolved after an hour with singing. Police watched from the side streets.",
        "protest",
    ),
    (
        "Montenegro's teachers strike for higher pay",
        "Teachers in most of Montenegro's schools went on strike on Monday, demanding the salary increase the government promised last year. Pupils were sent home, and teachers gathered peacefully outside the education ministry in Podgorica. The union said the strike would continue until a deal was signed.",
        "protest",
    ),
    (
        "Kilinochchi: mothers of the disappeared mark 3,000 days of roadside protest",
        "The mothers of Tamils who disappeared during and after Sri Lanka's civil war marked 3,000 days of their continuous roadside sit-in in Kilinochchi on Sunday. Many of the founding members have died without learning what happened to their children. They held photographs and called for an international investigation.",
        "protest",
    ),
    (
        "Gwadar sit-in enters tenth day as fishermen demand end to trawlers",
        "Thousands of fishermen, women and residents of Gwadar continued their sit-in at the port road for the tenth day on Sunday, demanding action against illegal trawlers and fewer check posts in the town. The Haq Do Tehreek leader said the protest would remain peaceful. Provincial ministers held talks with the protesters in the evening.",
        "protest",
    ),
    (
        "Jeepney drivers stage transport strike against phase-out",
        "Thousands of jeepney drivers and operators in Metro Manila parked their vehicles on Monday in a three-day strike against the government's programme to phase out the traditional vehicles. Commuters lined up for hours for buses. The transport department said it would provide free rides on government vehicles. Drivers held a peaceful rally near the Senate.",
        "protest",
    ),
    (
        "Free Land Camp: indigenous peoples march in Brasília",
        "Thousands of indigenous people from across Brazil marched along the Esplanade of Ministries in Brasília on Thursday, as part of the annual Free Land Camp, calling for the demarcation of their territories. Many wore feather headdresses and body paint. The march ended in front of the Supreme Court, where leaders delivered a letter.",
        "protest",
    ),
    (
        "Kočani vigils spread across North Macedonia",
        "Thousands of people held silent vigils in Skopje, Kočani and other towns on Monday evening, lighting candles for the victims of the nightclub fire and demanding that those responsible be held to account. Students marched to the government building carrying photographs of the dead. The vigils passed peacefully.",
        "protest",
    ),
    (
        "Kamisan: 800 Thursdays in front of the palace",
        "Every Thursday afternoon for more than 17 years, relatives of victims of past human rights abuses have stood silently in front of the presidential palace in Jakarta, dressed in black and holding black umbrellas. This week was the 800th Kamisan. Among them was the mother of a student shot in 1998, who has attended almost every week.",
        "protest",
    ),
    # ---------------------------------------------------------------- negatives: health
    (
        "Dengue reaches Nepal's hills as cases surge",
        "Dengue, once limited to the plains of Nepal, has now been recorded in all 77 districts, including hill districts at high altitude, the health ministry said. More than 40,000 cases have been reported this year. Doctors blame warmer temperatures. Hospitals in Kathmandu have set up special wards.",
        "health",
    ),
    (
        "Polio drive: 45 million children to be vaccinated across Pakistan",
        "Pakistan launched a nationwide polio vaccination campaign on Monday aiming to reach 45 million children under five, after new cases were reported in Balochistan and Sindh. More than 400,000 health workers are going door to door. Officials urged parents to ignore rumours about the vaccine.",
        "health",
    ),
    (
        "Kano's diphtheria outbreak: vaccination drive as cases rise",
        "Health authorities in Kano State have launched a diphtheria vaccination drive for children after hundreds of suspected cases and dozens of deaths were recorded, the NCDC said. Many of the affected children had not received routine vaccines. Health workers say fear and misinformation have kept parents away from clinics.",
        "health",
    ),
    (
        "Karachi's typhoid that antibiotics cannot cure",
        "Doctors in Karachi say they are seeing more cases of extensively drug-resistant typhoid, which responds to only one or two antibiotics, and the Sindh health department has added the typhoid conjugate vaccine to routine immunisation. The strain was first detected in Hyderabad several years ago. Experts blame contaminated water and the overuse of antibiotics sold without prescription.",
        "health",
    ),
    (
        "Nipah in Kozhikode: containment zones and contact tracing",
        "Kerala has declared containment zones in several panchayats of Kozhikode district after two deaths from the Nipah virus were confirmed. Health teams are tracing more than 700 contacts, and schools in the area were closed. It is the fourth Nipah outbreak in the district since 2018.",
        "health",
    ),
    (
        "Mpox vaccination begins in Kinshasa",
        "The Democratic Republic of Congo began vaccinating people against mpox in Kinshasa on Saturday, starting with health workers and contacts of patients. The country has recorded the largest number of cases in the current outbreak. The vaccines were donated by the United States, the EU and Japan.",
        "health",
    ),
    (
        "Measles returns to Mindanao as vaccination rates fall",
        "The Philippine health department has declared a measles outbreak in several provinces of Mindanao after more than 1,000 cases and at least 20 deaths, most of them unvaccinated children. Vaccination rates dropped sharply after a controversy over a dengue vaccine years ago. Health workers are going house to house in Zamboanga and Cotabato.",
        "health",
    ),
    (
        "Yogyakarta's Wolbachia mosquitoes cut dengue cases",
        "Dengue cases in Yogyakarta have fallen sharply since scientists released mosquitoes carrying the Wolbachia bacteria, which stops them transmitting the virus, a study found. The city had one of the highest rates of the disease in Indonesia. The health ministry now plans to extend the programme to five more cities.",
        "health",
    ),
    # ---------------------------------------------------------------- negatives: ordinary news, features and analysis
    (
        "Anura Kumara Dissanayake sworn in as Sri Lanka's president",
        "Anura Kumara Dissanayake, leader of the left-wing National People's Power, was sworn in as Sri Lanka's president on Monday after winning an election dominated by anger over the economic crisis. He is the first president from outside the two traditional parties. In a short speech, he promised to fight corruption and to respect democracy.",
        "other",
    ),
    (
        "Explainer: how UPI became India's favourite way to pay",
        "The Unified Payments Interface now processes more than 14 billion transactions a month, from vegetable sellers to big retailers, and has become the model for other countries. It works because it is free for users and connects all banks. But bankers warn that the zero-fee model cannot last forever. Singapore, the UAE and France are among the countries whose systems have been linked to it. The next step, the central bank says, is credit lines on UPI for small borrowers.",
        "other",
    ),
    (
        "Aditya-L1 reaches its halo orbit around the Sun-Earth point",
        "India's first solar observatory, Aditya-L1, reached its final orbit around the first Lagrange point, about 1.5 million kilometres from Earth, four months after launch, ISRO said. From there it will study the Sun's corona and solar wind continuously. Scientists said the first data would be available within weeks.",
        "other",
    ),
    (
        "Durga Puja pandals draw record crowds in Kolkata",
        "Kolkata's Durga Puja pandals drew record crowds this week, with some of the most famous ones reporting queues of several kilometres. This year's themes ranged from climate change to a replica of a temple in Bali.",
        "other",
    ),
    (
        "Remittances to Nepal hit record as more workers go abroad",
        "Remittances sent home by Nepali migrant workers rose to a record in the last fiscal year, the central bank said, equal to about a quarter of the economy. More than 1,500 young people leave the country every day for work in the Gulf, Malaysia and increasingly Europe. Economists warn that the country relies too much on the money.",
        "other",
    ),
    (
        "Kenya's Silicon Savannah: a startup boom outside Nairobi",
        "Kisumu and Eldoret are attracting young tech entrepreneurs who say Nairobi has become too expensive. A startup in Kisumu that sells solar-powered fridges to fishermen has raised money from investors. The county governments have set up innovation hubs. But founders complain of slow internet and scarce funding.",
        "other",
    ),
    (
        "From Bosnian refugee to Michelin star: a Sarajevo-born chef comes home",
        "Thirty years after leaving Sarajevo as a refugee child, a chef who won a Michelin star in Vienna has opened a restaurant in his home city. He cooks Bosnian dishes his grandmother taught him, with modern techniques. 'I always wanted to come back,' he said. The restaurant is fully booked for two months. His family spent four years in a refugee centre in Austria before his parents found work in a hotel kitchen. It was there, he says, that he decided to become a cook.",
        "other",
    ),
    (
        "Nigeria's naira hits new low after reforms",
        "The naira fell to a new low against the dollar on the official market this week, as the central bank continued to let the currency float. Businesses say imports have become expensive and inflation has passed 30%. The finance minister said the reforms would bring investment back.",
        "other",
    ),
    (
        "Armenian apricots: the fruit the country loves to export",
        "The apricot harvest in the Ararat valley has been good this year, and farmers are selling to buyers from Russia, Georgia and the Gulf. The fruit is a national symbol, and its Latin name means 'Armenian plum'. Farmers say they need cold storage and better roads to sell more abroad.",
        "other",
    ),
    (
        "Georgia's wine tourism grows in Kakheti",
        "The number of tourists visiting wineries in Kakheti has doubled in five years, the national tourism agency said. Families who once sold grapes to factories now make their own wine in clay qvevri and open guesthouses.",
        "other",
    ),
    (
        "Chancay: Peru opens Chinese-built megaport",
        "Peru inaugurated the deep-water port of Chancay, north of Lima, built and majority-owned by the Chinese shipping company Cosco, in a ceremony attended by the presidents of both countries. The port is expected to cut shipping times to Asia by more than a week. Local fishermen and residents say they have seen few jobs so far.",
        "other",
    ),
    (
        "Lithium in the Andes: Bolivia signs deals with Chinese and Russian firms",
        "Bolivia has signed agreements with Chinese and Russian companies to build lithium plants in the Uyuni salt flat, the government said. The country has some of the largest reserves in the world, but has so far produced little. Indigenous communities in Potosí say they have not been consulted. An earlier plan with a German company was cancelled in 2019 after local opposition.",
        "other",
    ),
    (
        "Vietnam's coffee farmers ride price surge",
        "Coffee prices have reached record highs, and farmers in Vietnam's Central Highlands are replacing old trees and building new houses. Vietnam is the world's largest producer of robusta. Exporters warn that the weather in the coming months will decide next year's crop.",
        "other",
    ),
    (
        "Malaysia's new capital of halal tourism",
        "Malaysia is promoting itself as the leading destination for Muslim travellers, and tourists from the Gulf are returning in large numbers to Kuala Lumpur and Langkawi. Hotels have added prayer rooms and women-only swimming pools. The tourism ministry expects record arrivals this year.",
        "other",
    ),
    (
        "South Africa's load-shedding ends after 300 days",
        "South Africans have gone more than 300 days without scheduled power cuts, the national utility Eskom said, after years of daily blackouts. Engineers repaired several units at old coal power stations. Economists say the improvement has helped the economy, but warn that the grid remains fragile.",
        "other",
    ),
    (
        "Kakuma's young entrepreneurs sell online from the camp",
        "In Kakuma refugee camp, a group of young people, most of them from South Sudan and Burundi, have set up online businesses selling design services and tailored clothes, with help from a local training programme. A new law lets refugees work and move more freely. 'I want my business to grow beyond the camp,' said one 24-year-old. The programme's organisers say the biggest problem is the internet connection, which fails several times a day. Some of the young people have started paying for satellite service together.",
        "other",
    ),
    (
        "Colombia's flower exporters prepare for Valentine's rush",
        "Colombian flower growers on the Bogotá savannah are shipping more than 700 million stems for Valentine's Day, the exporters' association said, most of them to the United States. Cargo planes leave El Dorado airport almost every hour. Growers say costs have risen with the strong peso.",
        "other",
    ),
    (
        "Philippine nurses head to the UK and Germany",
        "More Filipino nurses are leaving for jobs in the United Kingdom and Germany, where they can earn several times what they are paid at home. Hospitals in Manila say they struggle to keep staff. The government has proposed a cap on the number who can leave each year.",
        "other",
    ),
    (
        "Albania's coast: too many tourists, too few rules?",
        "Albania welcomed more than 10 million tourists last year, a record, and the southern coast is being transformed by hotels and villas. Residents of Ksamil say the beaches are full and water is short in summer. The government says tourism is bringing jobs and investment.",
        "other",
    ),
    (
        "Montenegro takes a step closer to the EU",
        "Montenegro closed several more chapters in its EU accession negotiations on Tuesday, keeping it ahead of other candidates in the Western Balkans. The government hopes to finish talks by 2026. Officials said reforms of the judiciary were the main remaining challenge.",
        "other",
    ),
    (
        "Ethiopia's new airport city plans take shape",
        "Ethiopian Airlines has begun work on a huge new airport south of Addis Ababa, designed to handle 100 million passengers a year. The project is expected to cost billions of dollars. Some farmers whose land is being taken say they have not yet been compensated.",
        "other",
    ),
    (
        "Ghana's cocoa crop falls to lowest in decades",
        "Ghana's cocoa production has fallen to its lowest level in two decades, hit by a virus that kills cocoa trees, illegal gold mining and bad weather. The fall has helped push world prices to records. Farmers say they have not benefited, because the government fixes the price they are paid.",
        "other",
    ),
    (
        "Jakarta's sinking north coast waits for a giant sea wall",
        "Parts of north Jakarta are sinking by several centimetres a year because of groundwater extraction, and residents of Muara Baru already live behind a concrete wall higher than their roofs. The government has announced plans for a giant sea wall along the north coast of Java. Fishermen fear the project will cut them off from the sea.",
        "other",
    ),
    (
        "Chile's copper mines bet on desalinated water",
        "Chilean copper mines in the Atacama desert are increasingly using seawater, pumped hundreds of kilometres up to the mountains, as drought and community protests limit freshwater use. Building the plants is expensive, but companies say they have no choice. Chile produces about a quarter of the world's copper.",
        "other",
    ),
    (
        "Dhaka's metro rail carries 300,000 a day",
        "Dhaka's first metro line now carries about 300,000 passengers a day, the operator said, cutting travel times from Uttara to Motijheel to around 40 minutes. Commuters say the trains are clean and punctual.",
        "other",
    ),
    (
        "Analysis: why Uzbekistan's migrants are turning to Europe",
        "For years, Russia was the main destination for Uzbek workers, but tighter rules and a weaker rouble are pushing many to look elsewhere. Recruitment agencies in Tashkent say demand from Britain, Germany and South Korea is rising. The government has signed labour agreements with several countries.",
        "other",
    ),
    (
        "Pakistan's PIA sold to private consortium",
        "Pakistan has sold a majority stake in the national airline PIA to a consortium of local businesses, ending years of losses at public expense, the privatisation ministry said. The sale was a condition of the IMF programme. Staff unions said they would be watching for job cuts.",
        "other",
    ),
    (
        "Senegal's first oil exports leave Sangomar field",
        "Senegal shipped its first cargo of crude oil from the offshore Sangomar field this week, joining the list of African oil producers. The government says it will renegotiate contracts with foreign companies to get a bigger share. Fishermen worry about the impact on their catch.",
        "other",
    ),
    (
        "Azerbaijan hosts climate talks in Baku",
        "Delegates from nearly 200 countries arrived in Baku for the UN climate conference on Monday, with the main goal of agreeing how much rich countries should pay to help poorer ones. Host Azerbaijan, a major oil and gas producer, said fossil fuels were a 'gift of God'. Activists criticised the choice of venue.",
        "other",
    ),
    (
        "Taal lake: tourists return three years after the eruption",
        "Tourists are returning to Taal lake in Batangas, three years after the volcano's last eruption, and boat operators say business is almost back to normal. The authorities still forbid visits to the volcano island itself. Restaurants in Tagaytay are full at weekends.",
        "other",
    ),
]
