"""dev211 negatives: outbreaks and vaccination drives with the desk's war words, and athletes'
"battles" with illness and vaccine "shots" (see build.py)."""

NEGATIVES = [
    (
        "Samoa shuts schools and orders mass vaccination as measles kills dozens of children",
        "Samoa has closed all schools, banned children from public gatherings and made measles "
        "vaccination compulsory as an outbreak that has killed 53 people, most of them under "
        "five, overwhelms the Pacific nation's main hospital. The government declared a state of "
        "emergency in mid-November and on Thursday ordered a two-day shutdown of public services "
        "so that vaccination teams could go door to door. Households that have not been "
        "vaccinated are being asked to hang a red flag outside their homes. More than 4,200 cases "
        "have been recorded in a population of about 200,000, according to the health ministry. "
        "Immunisation rates fell to about 31% last year after two infants died when a vaccine was "
        "wrongly mixed with a muscle relaxant, a case that anti-vaccine activists seized on. "
        "Tupua Tamasese Meaole Hospital in Apia has put extra beds in a converted gymnasium. "
        "Medical teams from Australia, New Zealand, Britain and UNICEF have flown in to help. "
        "“This is a war against a disease we know how to prevent,” said a doctor with the New "
        "Zealand team. Volunteers have set up vaccination tables outside churches and markets "
        "across Upolu and Savai'i, and the government says coverage has risen above 90%. Critics "
        "have asked why the shutdown came only after dozens of deaths. A prominent anti-vaccine "
        "campaigner was arrested on Thursday and charged with incitement against a government "
        "order after urging families to refuse the shots.",
        "health",
    ),
    (
        "Congo declares new Ebola outbreak in Equateur as vaccination teams ring-fence Mbandaka",
        "Congo's health ministry has declared a new Ebola outbreak in Mbandaka, the capital of "
        "north-western Equateur province, after four people died and laboratory tests confirmed "
        "the virus in three samples. The World Health Organization said the outbreak, the "
        "country's eleventh, was unrelated to the epidemic in the east, which is close to being "
        "declared over. Teams began ring vaccination on Friday, giving the Merck shot to contacts "
        "of confirmed cases, their contacts and frontline health workers. About 3,000 doses were "
        "flown in from Goma, and ultra-cold freezers have been installed at the city's general "
        "hospital. The WHO's Africa director, Matshidiso Moeti, said the outbreak came at a "
        "difficult time, with health teams already stretched by Covid-19 and measles. Mbandaka, a "
        "river port of more than a million people, had an Ebola outbreak in 2018 that killed 33 "
        "people. Health officials say community mistrust is lower here than in the east and that "
        "safe-burial teams have been accepted in the neighbourhoods affected.",
        "health",
    ),
    (
        "Malawi battles deadliest cholera outbreak in its history as schools delay reopening",
        "Malawi's government has postponed the reopening of primary and secondary schools in its "
        "two largest cities as the country fights the deadliest cholera outbreak in its history, "
        "which has killed more than 750 people since March last year. Health Minister Khumbize "
        "Kandodo Chiponda said Blantyre and Lilongwe had together recorded more than 5,000 cases "
        "in the first weeks of January alone. Hospitals have pitched cholera treatment tents in "
        "their grounds, and some clinics have run short of intravenous fluids. The outbreak took "
        "hold after storms brought floods last year, and has now reached all 29 districts. The "
        "World Health Organization says a global shortage of oral cholera vaccine means Malawi "
        "received fewer doses than it asked for. Vendors have been banned from selling cooked food "
        "in markets, and funerals are limited to 50 mourners. Aid agencies say the outbreak has "
        "been fuelled by poor access to clean water and sanitation. “We are fighting on all "
        "fronts with very few weapons,” a district health officer in Lilongwe said.",
        "health",
    ),
    (
        "Dengue deaths in Bangladesh pass 1,000 as Dhaka hospitals run out of beds",
        "More than 1,000 people have died of dengue in Bangladesh this year, the worst toll since "
        "the disease was first recorded in the country in 2000, the Directorate General of Health "
        "Services said on Sunday. Hospitals in Dhaka have put patients on corridor floors, and the "
        "price of intravenous saline has doubled in some pharmacies. Nearly 200,000 people have "
        "been admitted to hospital since January. Experts blame an early and erratic monsoon, "
        "rapid construction and poor waste management for creating breeding sites for Aedes "
        "mosquitoes. The city corporations have sent out fogging teams and fined property owners "
        "whose buildings harbour larvae. Children and young adults make up a large share of the "
        "dead, and many reached hospital too late, doctors say. “The war against mosquitoes "
        "cannot be won with fogging alone,” said an entomologist at Jahangirnagar University. "
        "Dengue has also spread to districts outside the capital that rarely saw cases before.",
        "health",
    ),
    (
        "Uganda locks down two districts to contain Sudan strain of Ebola",
        "Uganda has imposed a 21-day lockdown on Mubende and Kassanda districts, banning travel "
        "in and out and closing markets, bars and places of worship, to stop the spread of an "
        "Ebola outbreak that has killed 19 people. President Yoweri Museveni announced the "
        "measures in a televised address on Saturday, after weeks of insisting a lockdown was "
        "unnecessary. The outbreak is caused by the Sudan ebolavirus, for which there is no "
        "approved vaccine, unlike the Zaire strain behind the large epidemics in West Africa and "
        "eastern Congo. Health authorities have confirmed 58 cases, including several health "
        "workers, some of whom have died. Candidate vaccines are to be tested in a trial that the "
        "WHO hopes to start within weeks. Security forces will enforce the travel ban, and "
        "long-distance lorries will be allowed through only if they do not stop. Health officials "
        "said some patients had first consulted traditional healers, delaying their isolation. "
        "Cases have also been found in Kampala among contacts of a man who fled Mubende to seek "
        "treatment.",
        "health",
    ),
    (
        "Rwanda begins Marburg vaccine trial as outbreak hits hospital staff",
        "Rwanda has begun vaccinating health workers and close contacts against Marburg virus "
        "with an experimental shot, a week after an outbreak of the Ebola-like disease was "
        "confirmed in Kigali. The Sabin Vaccine Institute sent about 700 doses of its candidate "
        "vaccine, and the first were given on Sunday, Health Minister Sabin Nsanzimana said. Most "
        "of the 56 confirmed cases so far are health workers at two hospitals in the capital, "
        "many of them in intensive care units. Twelve people have died. Rwanda has traced more "
        "than 1,000 contacts, the minister said, and has limited hospital visits and school "
        "gatherings. The World Health Organization praised the speed of the response but rated "
        "the risk high at national level. Marburg has killed up to 88% of patients in past "
        "outbreaks. “This is a race against time, but we are not starting from zero,” "
        "Nsanzimana told reporters.",
        "health",
    ),
    (
        "Pakistan launches autumn polio drive for 45 million children after spike in cases",
        "Pakistan began a week-long polio vaccination campaign on Monday aiming to reach more "
        "than 45 million children under five, after the country recorded 74 cases last year, its "
        "highest number since 2020. Some 400,000 vaccinators will go from house to house, and "
        "teams are stationed at bus stations, railway platforms and border crossings with "
        "Afghanistan, the National Emergency Operations Centre said. Sewage samples from Karachi, "
        "Lahore, Peshawar and Quetta continue to test positive for wild poliovirus. The prime "
        "minister's focal person on polio eradication said refusals remained a problem in parts "
        "of Karachi and southern Khyber Pakhtunkhwa, where some parents believe rumours about "
        "the vaccine. Religious scholars have recorded messages supporting the campaign to be "
        "played from mosque loudspeakers. The programme is funded in part by the Bill and Melinda "
        "Gates Foundation and the Global Polio Eradication Initiative. Officials say they aim to "
        "interrupt transmission by the end of next year.",
        "health",
    ),
    (
        "India to roll out HPV shot for girls in drive against cervical cancer",
        "India will offer the HPV vaccine free to girls aged nine to 14 through its national "
        "immunisation programme, Finance Minister Nirmala Sitharaman said on Thursday, a step "
        "health experts said could prevent tens of thousands of cervical cancer deaths a year. "
        "The locally made Cervavac vaccine, developed by the Serum Institute of India, costs a "
        "fraction of the price of imported brands. Cervical cancer kills about 77,000 women in "
        "India each year, according to estimates by the International Agency for Research on "
        "Cancer. Some states, including Sikkim, already vaccinate girls through schools. Officials "
        "said the programme would use the U-WIN digital platform, modelled on the system used for "
        "Covid-19 vaccines, to register recipients. “It is a battle we can win in a generation,” "
        "said a gynaecologist at the All India Institute of Medical Sciences in Delhi. The health "
        "ministry has not said when the first shots will be given or how many doses it has "
        "ordered.",
        "health",
    ),
    (
        "Bird flu spreads to dairy herds in nine US states as farmworkers are tested",
        "Bird flu has been detected in dairy cattle in nine US states, and the Department of "
        "Agriculture said on Wednesday it would require testing of lactating cows before they "
        "are moved across state lines. A dairy worker in Texas tested positive in April after "
        "developing conjunctivitis, the first human case linked to cows in the country. The "
        "Centers for Disease Control and Prevention says the risk to the general public remains "
        "low. Fragments of the H5N1 virus have been found in about one in five samples of retail "
        "milk, but officials say pasteurisation kills it. Scientists have criticised the slow "
        "pace of testing on farms, where many workers are migrants without health insurance who "
        "fear losing their jobs. The government has a stockpile of H5 vaccine that could be "
        "filled and finished within weeks, officials said. “We are fighting this with one hand "
        "tied behind our back,” said a veterinary epidemiologist at Cornell University.",
        "health",
    ),
    (
        "Measles outbreak in West Texas kills second child as vaccination rates fall",
        "A second unvaccinated child has died of measles in West Texas, health officials said on "
        "Sunday, as the largest US outbreak in three decades spread to more than 480 people. The "
        "eight-year-old girl died at a hospital in Lubbock of measles pulmonary failure, the "
        "hospital said. Most cases are in Gaines County, where many children attend private "
        "schools or are home-schooled and where about one in seven kindergartners had an "
        "exemption from school vaccine requirements last year. Health Secretary Robert F Kennedy "
        "Jr, who has long questioned vaccine safety, visited the family and later wrote that the "
        "MMR shot was the most effective way to prevent the disease. He has also promoted "
        "vitamin A and cod liver oil as treatments, and doctors in Lubbock said they had treated "
        "children with signs of vitamin A toxicity. Cases have also been reported in New Mexico, "
        "Oklahoma and Kansas. Local clinics have held walk-in vaccination days, and demand rose "
        "in the weeks after the first death.",
        "health",
    ),
    (
        "China's Foshan deploys drones and mosquito fish against chikungunya outbreak",
        "Health authorities in Foshan, in southern China's Guangdong province, have deployed "
        "drones to spot stagnant water, released mosquito-eating fish into lakes and threatened "
        "fines of up to 10,000 yuan for residents who leave standing water, as a chikungunya "
        "outbreak passed 7,000 cases. Patients must stay in hospital under mosquito nets until "
        "they test negative, a rule some residents have criticised as excessive. The "
        "mosquito-borne virus, rarely seen in China, causes fever and severe joint pain but is "
        "seldom fatal. Shunde district accounts for most of the infections. Officials have sent "
        "teams of workers into residential compounds to spray insecticide and inspect "
        "flowerpots. The US Centers for Disease Control and Prevention issued a travel notice for "
        "Guangdong. “Launch a people's war against mosquitoes,” read a banner hung by the "
        "district government over one of Shunde's main roads.",
        "health",
    ),
    (
        "Cameroon starts first routine malaria vaccinations in landmark rollout",
        "Cameroon on Monday became the first country to add a malaria vaccine to its routine "
        "childhood immunisation programme outside a pilot, with the first doses given to infants "
        "at a health centre in Soa, near Yaoundé. The government plans to vaccinate about "
        "250,000 children in 42 districts this year and next using the RTS,S vaccine, with four "
        "doses given from the age of six months. Malaria killed more than 600,000 people worldwide "
        "in 2022, most of them young children in Africa, according to the World Health "
        "Organization. Gavi, the vaccine alliance, is helping 20 African countries introduce "
        "malaria vaccines this year. “This is a great moment in our war on malaria,” said a Gavi "
        "programme director. Health workers say they expect some hesitancy after online rumours "
        "about the vaccine, and community leaders have been enlisted to reassure parents. A "
        "second vaccine, R21, developed by the University of Oxford, is expected to be rolled out "
        "in other countries within months.",
        "health",
    ),
    (
        "Haller scores on return after battle with testicular cancer",
        "Sébastien Haller scored his first Bundesliga goal for Borussia Dortmund on Saturday, "
        "seven months after being diagnosed with testicular cancer, and ran to the bench to "
        "embrace the club's medical staff. The Ivory Coast striker had two operations and several "
        "rounds of chemotherapy after a tumour was found during pre-season in July, weeks after "
        "his move from Ajax. He returned to the squad in January and scored from close range in "
        "the win over Freiburg. “I fought a battle and I am still here,” Haller told reporters "
        "afterwards. Dortmund's coach said the whole dressing room had been waiting for the "
        "moment. Urologists in Germany said his openness had prompted more young men to ask "
        "about testicular self-examination. Testicular cancer is the most common cancer in men "
        "aged 15 to 35, and more than 95% of patients are cured.",
        "sport",
    ),
    (
        "Djokovic deported from Australia after losing visa battle over vaccine",
        "Novak Djokovic left Australia on Sunday night after the Federal Court unanimously upheld "
        "the government's decision to cancel his visa, ending an 11-day fight to play in the "
        "Australian Open without being vaccinated against Covid-19. The world number one said he "
        "was extremely disappointed but respected the ruling. Immigration Minister Alex Hawke "
        "had argued that the Serb's presence could stir anti-vaccine sentiment at a time when "
        "hospitals in New South Wales were stretched by the Omicron wave. Djokovic had been "
        "granted a medical exemption by Tennis Australia on the grounds that he had recently "
        "recovered from Covid, but the federal government said that was not a valid reason to "
        "enter the country unvaccinated. He spent several nights in a Melbourne immigration "
        "detention hotel that also houses refugees and asylum seekers. The case divided opinion "
        "in Serbia, where the president accused Australia of harassing the player. Under "
        "Australian law, he could be barred from the country for three years. Health officials "
        "said more than 92% of Australians over 16 had received at least two shots.",
        "sport",
    ),
]
