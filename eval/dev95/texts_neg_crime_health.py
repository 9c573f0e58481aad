"""dev95 hard negatives: crime (shootings, stabbings, kidnapping for ransom, drug seizures, trials)
with no political motive reported, and health (epidemics, vaccination)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Four killed in shooting at Georgia high school; 14-year-old student in custody",
        "WINDER, Ga. (AP) — A 14-year-old student opened fire at Apalachee High School on "
        "Wednesday, killing two students and two teachers and wounding nine others before "
        "surrendering to school resource officers, authorities said. Investigators have not "
        "given a motive.",
        "crime",
    ),
    (
        "Police rescue businessman held for ransom in Gqeberha",
        "Police rescued a businessman who had been held for five days by kidnappers demanding "
        "a R10 million ransom, in a pre-dawn raid on a house in Motherwell, Gqeberha, and "
        "arrested three suspects after an exchange of gunfire, the Hawks said on Thursday.",
        "crime",
    ),
    (
        "Spanish police seize 13 tonnes of cocaine hidden in banana shipment at Algeciras",
        "Spanish police have seized 13 tonnes of cocaine hidden among crates of bananas from "
        "Ecuador at the port of Algeciras, the largest single haul ever made in Spain, the "
        "interior ministry said on Wednesday.",
        "crime",
    ),
    (
        "Man guilty of murdering delivery driver in Leeds 'hit-and-run revenge' attack",
        "A 23-year-old man has been found guilty of murdering a food delivery driver whom he "
        "deliberately rammed with his car and then stabbed after a row over a parking space "
        "in Leeds, a jury at Leeds crown court decided on Tuesday. He will be sentenced next "
        "month.",
        "crime",
    ),
    (
        "Brazilian police arrest dozens in raids on PCC gang's fuel-sector money laundering",
        "Brazilian police arrested dozens of people and raided more than 300 addresses in "
        "eight states on Thursday in an operation targeting a money-laundering scheme that "
        "investigators say allowed the First Capital Command gang to launder drug profits "
        "through petrol stations and investment funds.",
        "crime",
    ),
    (
        "Teenage gunman kills two at Bangkok's Siam Paragon mall",
        "BANGKOK (Reuters) — A 14-year-old boy opened fire with a modified handgun inside the "
        "Siam Paragon shopping mall on Tuesday afternoon, killing two people and wounding "
        "five, before police took him into custody. Police said he had been under psychiatric "
        "treatment.",
        "crime",
    ),
    (
        "Children stabbed in Annecy playground; prosecutors rule out terrorism",
        "A man armed with a knife attacked toddlers and adults in a lakeside playground in "
        "Annecy on Thursday morning, wounding six people, four of them young children, before "
        "police detained him. The Paris anti-terrorism prosecutor's office said it would not "
        "take over the case, as there was no apparent terrorist motive.",
        "crime",
    ),
    (
        "Thieves steal crown jewels from the Louvre in seven-minute raid",
        "Thieves using a furniture lift broke into the Louvre's Apollo Gallery on Sunday "
        "morning, smashed two display cases and escaped on scooters with eight pieces of "
        "Napoleonic-era jewellery, French officials said. The museum was evacuated and closed "
        "for the day.",
        "crime",
    ),
    (
        "Europol-led operation takes down one of world's largest ransomware gangs",
        "Police from ten countries have seized servers and frozen cryptocurrency wallets "
        "belonging to the LockBit ransomware gang, Europol said on Tuesday, in an operation "
        'that British investigators said had "hacked the hackers". Two suspects were arrested '
        "in Poland and Ukraine.",
        "crime",
    ),
    (
        "Officer charged with manslaughter over fatal shooting of teen at traffic stop",
        "A police officer in Ohio has been charged with voluntary manslaughter over the fatal "
        "shooting of a 17-year-old during a traffic stop in June, prosecutors said on Friday, "
        "after body camera footage showed the teen with his hands on the steering wheel.",
        "crime",
    ),
    (
        "Shakahola: Mackenzie and 29 others charged over deaths of 191 children",
        "Self-proclaimed pastor Paul Mackenzie and 29 co-accused were on Tuesday charged at a "
        "Mombasa court with the murder of 191 children whose bodies were exhumed from shallow "
        "graves in the Shakahola forest. They denied the charges.",
        "crime",
    ),
    (
        "Belgrade school shooting: boy, 13, kills eight pupils and a guard",
        "A 13-year-old boy opened fire with his father's guns at a primary school in central "
        "Belgrade on Wednesday morning, killing eight pupils and a security guard, Serbian "
        "police said. He then called police himself and was arrested in the schoolyard.",
        "crime",
    ),
    (
        "Rapper shot dead outside Durban restaurant",
        "A well-known South African rapper and his friend were shot dead by two gunmen "
        "outside a restaurant on Durban's Florida Road late on Friday, police said. The "
        "motive for the killing is not yet known and no arrests have been made.",
        "crime",
    ),
    (
        "RG Kar case: CBI files charge sheet naming civic volunteer as sole accused",
        "KOLKATA: The Central Bureau of Investigation on Monday filed its charge sheet in the "
        "rape and murder of a trainee doctor at R.G. Kar Medical College and Hospital, naming "
        "a civic volunteer as the only accused ...",
        "crime",
    ),
    (
        "Gunman kills five in Plymouth shooting before turning weapon on himself",
        "A 22-year-old man shot dead five people, including a three-year-old girl, in the "
        "Keyham area of Plymouth on Thursday evening before killing himself, Devon and "
        "Cornwall Police said, adding that the shooting was not terror-related.",
        "crime",
    ),
    (
        "Do Kwon extradited to the US to face fraud charges over TerraUSD collapse",
        "Terraform Labs co-founder Do Kwon has been extradited from Montenegro to the United "
        "States, where he faces charges of securities fraud and wire fraud over the 2022 "
        "collapse of the TerraUSD and Luna cryptocurrencies, prosecutors said.",
        "crime",
    ),
    (
        "WHO declares mpox a global public health emergency for second time",
        "The World Health Organization declared mpox a public health emergency of "
        "international concern on Wednesday, after a new strain spread from Congo to "
        "neighbouring countries including Burundi, Kenya, Rwanda and Uganda.",
        "health",
    ),
    (
        "Zambia turns national stadium into cholera treatment centre as cases pass 10,000",
        "LUSAKA — Zambia has converted the 60,000-seat Heroes Stadium into a cholera "
        "treatment centre and delayed the reopening of schools, as cases of the disease "
        "passed 10,000 and deaths rose above 400, the health ministry said. Vaccination began "
        "in the worst-hit compounds of Lusaka on Monday. Schools will now reopen on February "
        "12.",
        "health",
    ),
    (
        "Bangladesh records deadliest dengue year as hospitals run out of beds",
        "Dengue has killed more than 1,000 people in Bangladesh so far this year, the "
        "Directorate General of Health Services said on Sunday, the highest toll since the "
        "country began keeping records in 2000.",
        "health",
    ),
    (
        "India's hospitals run out of oxygen as COVID-19 cases hit record",
        "NEW DELHI (Reuters) — Hospitals in New Delhi pleaded for oxygen supplies on Saturday "
        "as India reported a world record of more than 340,000 new COVID-19 infections, with "
        "patients dying in ambulances outside overwhelmed emergency wards. Crematoriums ran "
        "out of space and families built pyres in car parks. The government asked the air "
        "force to fly empty oxygen tankers to filling plants in the east.",
        "health",
    ),
    (
        "Nipah virus: containment zones declared in Kozhikode after two deaths",
        "The Kerala government on Wednesday declared containment zones in seven panchayats of "
        "Kozhikode district after two deaths were confirmed to have been caused by the Nipah "
        "virus, and began tracing about 700 contacts.",
        "health",
    ),
    (
        "Rwanda begins Marburg vaccine trial as outbreak cases reach 58",
        "Rwanda has started vaccinating health workers and close contacts against Marburg "
        "virus with a trial vaccine, the health minister said on Sunday, as the number of "
        "confirmed cases rose to 58 with 13 deaths.",
        "health",
    ),
    (
        "Texas measles outbreak grows to 159 cases as officials battle vaccine hesitancy",
        "The measles outbreak in West Texas has grown to 159 cases, state health officials "
        "said on Tuesday, most of them in unvaccinated children, as county health workers "
        'fight what one called "a battle for trust" in the Mennonite community.',
        "health",
    ),
    (
        "Cameroon starts routine malaria jabs for infants, a world first",
        "YAOUNDÉ (AFP) — Cameroon on Monday began giving the RTS,S malaria vaccine to infants "
        "in routine immunisation programmes, the first country to do so, with health "
        "officials hoping to protect 250,000 children in 42 districts this year and next.",
        "health",
    ),
    (
        "H5N1 bird flu detected in dairy cattle in a ninth US state",
        "Bird flu has been found in dairy herds in Colorado, making it the ninth US state to "
        "report H5N1 infections in cattle, the Agriculture Department said, as federal "
        "officials urged farm workers to wear protective gear during milking.",
        "health",
    ),
]
