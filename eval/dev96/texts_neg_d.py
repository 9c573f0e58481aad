"""dev96 negatives, part d: courts, elections and politics, budgets, mining and gas deals."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Kainji trials: court convicts 125 Boko Haram suspects, frees others for lack of evidence",
        "A Federal High Court sitting at the Wawa military cantonment in Kainji, Niger State, has "
        "convicted 125 suspected members of Boko Haram and the Islamic State West Africa Province "
        "in the latest phase of the mass trials of terrorism suspects, the Federal Ministry of "
        "Justice said on Tuesday. The convicts received sentences ranging from 10 to 20 years, "
        "while dozens of others were discharged for lack of evidence and handed over to the "
        "Borno State government for rehabilitation. The trials, held behind closed doors before "
        "four judges, dealt with cases of people detained during military operations in the "
        "North-East, some of whom had been held for more than a decade without charge. Rights "
        "groups have criticised the process for its speed and secrecy, and for limits on access "
        "to lawyers. The ministry said the suspects were defended by counsel from the Legal Aid "
        "Council and that the trials complied with the law. Another phase is expected to begin "
        "in the coming months, covering more than 300 detainees.",
        "crime",
    ),
    (
        "Ecuador extradites Los Choneros leader 'Fito' to the United States",
        "Ecuador extradited Adolfo Macias, alias Fito, the leader of the Los Choneros gang, to "
        "the United States on Sunday, a month after his recapture in Manta ended more than a year "
        "on the run, President Daniel Noboa said. Macias, who escaped from a prison in Guayaquil "
        "in January last year, faces charges in a federal court in New York of drug trafficking "
        "and arms smuggling, and could be sentenced to life in prison. He was flown out of the "
        "country on a US Drug Enforcement Administration aircraft after signing his consent to the "
        "extradition, the government said. Noboa, who has declared the gangs terrorist "
        "organisations and ordered the army into the prisons, called the extradition a message "
        "to criminal groups. Macias had been found hiding in a bunker under a house in Manta, "
        "his home town, after a police operation. The Los Choneros gang is accused of running "
        "cocaine shipments to the United States and Europe through Ecuador's Pacific ports, "
        "working with Mexican cartels.",
        "crime",
    ),
    (
        "Miami court sentences plotters in Moise assassination as families demand answers",
        "A federal judge in Miami sentenced two more defendants to life in prison on Wednesday "
        "for their roles in the plot to kill Haitian President Jovenel Moise in 2021, bringing to "
        "five the number of people convicted in the United States over the killing. One of them, "
        "a former Colombian soldier, had pleaded guilty to conspiring to kill a foreign leader "
        "and to providing material support, and apologised to Moise's family in court. "
        "Prosecutors said the plotters initially sought to arrest the president and replace him "
        "with a Haitian-American pastor, before the plan turned into an assassination. In Port-au-"
        "Prince, the Haitian investigation has stalled, with judges replaced several times and "
        "dozens of suspects held without trial. Martine Moise, the president's widow, who was "
        "wounded in the attack, said in a statement that the sentences brought some justice but "
        "that those who financed the plot remained free. The Haitian Times was unable to reach "
        "the investigating judge for comment.",
        "crime",
    ),
    (
        "NIA court sentences Yasin Malik to life imprisonment in terror funding case",
        "A special National Investigation Agency court in New Delhi on Wednesday sentenced "
        "Jammu Kashmir Liberation Front chief Yasin Malik to life imprisonment in a terror funding "
        "case, after he pleaded guilty to the charges earlier this month. The court also imposed "
        "a fine of Rs 10 lakh on Malik, who had told the court he would not contest the charges "
        "under the Unlawful Activities (Prevention) Act. The NIA had sought the death penalty, "
        "arguing that Malik was responsible for funding militant activities and stone pelting "
        "in the Valley. In Srinagar, shops in parts of the old city remained closed on "
        "Wednesday, and the police increased deployment around Malik's residence in Maisuma. "
        "Pakistan's Foreign Office condemned the verdict. Malik, who had given up armed struggle "
        "in 1994 and campaigned for a negotiated settlement, was arrested in 2019 after the "
        "government banned his organisation. His lawyer said the family would decide on an appeal "
        "after studying the judgment.",
        "crime",
    ),
    (
        "Tribunal upholds Dauda Lawal's election as Zamfara governor",
        "The Governorship Election Petitions Tribunal sitting in Sokoto on Wednesday upheld the "
        "election of Dauda Lawal of the Peoples Democratic Party (PDP) as governor of Zamfara "
        "State, dismissing the petition filed by former governor Bello Matawalle's All "
        "Progressives Congress (APC). The three-member panel ruled that the petitioners had failed "
        "to prove allegations of over-voting and non-compliance with the Electoral Act in the "
        "local government areas they challenged. Lawal's supporters celebrated in Gusau, the "
        "state capital, while the APC said it would appeal. The governor, who promised during "
        "his campaign to make tackling banditry his priority, has set up a community protection "
        "guard and says the state is now paying more attention to agriculture and schools. "
        "Matawalle, now a federal minister, had been the first governor in Zamfara's history to "
        "lose a re-election bid. Lawyers said the Court of Appeal would hear the case within "
        "sixty days.",
        "politics",
    ),
    (
        "Parliament approves three new provinces in Papua despite local objections",
        "The House of Representatives on Thursday passed three laws creating new provinces in "
        "Papua, splitting Indonesia's easternmost region into South Papua, Central Papua and "
        "Highland Papua, in a move the government says will bring development closer to the "
        "people. Home Affairs Minister Tito Karnavian said the new provinces would speed up "
        "public services, especially in remote highland districts that are days away from the "
        "provincial capital Jayapura. The Papuan People's Assembly (MRP) and some church groups "
        "rejected the plan, saying indigenous Papuans had not been consulted and that the new "
        "administrations would bring more migrants and soldiers. Several peaceful rallies against "
        "the plan were held in Jayapura and Wamena in recent months. The government will appoint "
        "acting governors until elections are held in 2024. Analysts told The Jakarta Post that "
        "the expansion would also bring more funds under the special autonomy law, which was "
        "amended last year.",
        "politics",
    ),
    (
        "Hassan Sheikh Mohamud elected Somalia's president for second time",
        "Somalia's lawmakers elected Hassan Sheikh Mohamud as president on Sunday, returning him "
        "to the office he held from 2012 to 2017 after a marathon vote in a hangar at "
        "Mogadishu's airport. He defeated the incumbent, Mohamed Abdullahi Farmaajo, with 214 "
        "votes to 110 in the third round, after 36 candidates took part in the first round. "
        "Celebratory crowds took to the streets of Mogadishu after the result, and Farmaajo "
        "quickly conceded defeat. The election, delayed by more than a year by disputes between "
        "the federal government and regional states, was held inside the heavily guarded airport "
        "zone, and a curfew was imposed in the capital for the day. In his first speech, "
        "Mohamud promised to reconcile Somalia's politicians and to improve relations with "
        "neighbouring countries. International partners, who had pressed for the vote to be "
        "completed, welcomed the peaceful handover.",
        "politics",
    ),
    (
        "President's Rule imposed in Manipur days after Biren Singh resigns",
        "President's Rule was imposed in Manipur on Thursday, four days after Chief Minister "
        "Biren Singh resigned, the Union Home Ministry said in a notification, placing the state "
        "under the direct control of the Centre through Governor Ajay Kumar Bhalla. The assembly, "
        "whose term runs until 2027, has been placed in suspended animation. The BJP, which holds "
        "a majority in the assembly, had failed to agree on a successor to Singh, who stepped "
        "down amid pressure from his own legislators and a threatened no-confidence motion by "
        "the Congress. Manipur has been riven by ethnic violence between the Meitei and Kuki-Zo "
        "communities since May 2023, which has left more than 250 people dead and about 60,000 "
        "displaced. Opposition leaders said President's Rule should have come much earlier, "
        "while Kuki-Zo groups renewed their demand for a separate administration. The Governor "
        "is expected to meet civil society organisations in Imphal next week.",
        "politics",
    ),
    (
        "Eni takes final investment decision on Coral Norte floating LNG off Mozambique",
        "Eni and its partners in Area 4 of the Rovuma basin have taken the final investment "
        "decision on Coral Norte, a second floating liquefied natural gas facility off the coast "
        "of Cabo Delgado, the Italian company said on Thursday. The $7.2 billion project will "
        "double the capacity of the existing Coral Sul unit to about 7 million tonnes a year "
        "and is expected to start production in 2028. President Daniel Chapo, who attended the "
        "signing in Maputo, said the project would bring revenue and jobs to Mozambicans, "
        "including in the northern provinces. The offshore facility does not depend on onshore "
        "infrastructure, which analysts say has allowed Eni to move ahead while onshore projects "
        "in the province were delayed by the insurgency. Civil society groups said the "
        "government needed to ensure that gas revenues reach communities in Cabo Delgado. The "
        "partners include ExxonMobil, China's CNPC, Portugal's Galp, Korea's KOGAS and the "
        "national company ENH.",
        "economy",
    ),
    (
        "Kinshasa and Washington sign minerals partnership as investors eye eastern Congo",
        "The Democratic Republic of Congo and the United States signed a strategic minerals "
        "partnership on Friday, giving American companies preferential access to cobalt, copper, "
        "lithium and coltan in exchange for investment in infrastructure and security "
        "cooperation, officials said. The agreement was signed in Washington alongside a "
        "framework deal between Congo and Rwanda, which Washington hopes will end years of "
        "hostility between the neighbours and open the mineral-rich east to investment. Analysts "
        "told The EastAfrican that many details remained unclear, including how mines in areas "
        "held by the M23 rebels would be treated. Congo's mines minister said existing contracts "
        "with Chinese companies would be respected. Shares in several US-listed mining firms rose "
        "after the announcement. Congo produces about 70 percent of the world's cobalt, most of "
        "it in the southern provinces of Lualaba and Haut-Katanga, far from the fighting in the "
        "east.",
        "economy",
    ),
    (
        "Kaduna Assembly passes N458bn 2024 budget with focus on education, security",
        "The Kaduna State House of Assembly on Thursday passed the 2024 appropriation bill of "
        "N458.2 billion, slightly higher than the N415.5 billion proposed by Governor Uba Sani "
        "in November. The Speaker said capital expenditure accounted for about 65 per cent of "
        "the budget, with education, health and infrastructure taking the largest shares. The "
        "budget includes funds for the Kaduna Vigilance Service and for the rehabilitation of "
        "rural roads in the southern and northern parts of the state, where insecurity has "
        "hindered farming. The governor, who has described the budget as one of 'consolidation', "
        "said his administration would pay counterpart funds for World Bank projects and clear "
        "the state's domestic debt. Opposition lawmakers said the state was relying too heavily "
        "on loans. Civil society groups asked the assembly to publish details of the security "
        "allocation, which they said had grown every year without clear results. The budget "
        "will be signed into law before the end of December.",
        "economy",
    ),
    (
        "Balochistan signs Reko Diq deal with Barrick as provincial assembly backs agreement",
        "The federal government, the Balochistan government and Barrick Gold signed definitive "
        "agreements on Thursday to revive the Reko Diq copper and gold project in Chagai "
        "district, ending a long legal dispute that had led to a multibillion-dollar "
        "international arbitration award against Pakistan. Under the deal, Barrick will hold 50 "
        "percent of the project, and the remaining shares will be split between federal "
        "state-owned companies and Balochistan, which will get 25 percent without paying its "
        "share of the investment. The provincial assembly had passed a resolution in support of "
        "the agreement earlier in the week, though some Baloch nationalist parties said the "
        "province's rights were not protected. Barrick's chief executive, Mark Bristow, said "
        "construction would start in 2024 and production in 2028, and that the mine would employ "
        "thousands of local workers. Officials said the company would also invest in schools, "
        "clinics and water supply in Chagai, one of the country's poorest districts.",
        "economy",
    ),
    (
        "Niger resumes crude exports through Benin pipeline after border row eases",
        "Niger has resumed exports of crude oil through the 2,000-kilometre pipeline to Benin's "
        "port of Seme, after a months-long dispute between the two neighbours that followed the "
        "closure of their border, officials said on Wednesday. A tanker loaded with about one "
        "million barrels of Nigerien crude left the Seme terminal at the weekend, according to "
        "shipping data, the first cargo since a diplomatic spat in May held up the loadings. "
        "The pipeline, built and operated by a subsidiary of China National Petroleum "
        "Corporation, is expected to raise Niger's output from the Agadem field to about 110,000 "
        "barrels a day. Niger's military government, which has been short of revenue since "
        "regional sanctions after last year's coup, is counting on oil sales to fund its budget. "
        "Benin's president said he wanted good relations with Niamey, while Niger's prime "
        "minister said the border with Benin would remain closed for security reasons.",
        "economy",
    ),
]
