"""dev163 hard negatives: company results and launches, a shipping advisory, a central
bank and an airline (economy), and police statements on crime."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Nordwerk Defence reports record order backlog and raises 2026 sales guidance",
        "DÜSSELDORF, 12 March 2026 – Nordwerk Defence AG today reported record results "
        "for the 2025 financial year, with sales up 38 percent to 11.2 billion euros "
        "and operating profit up 51 percent to 1.6 billion euros. The order backlog "
        "reached a new high of 71 billion euros at the end of December, driven by "
        "large framework contracts for artillery ammunition, air defence systems and "
        "armoured vehicles from European and NATO customers. European governments "
        "continued to increase defence spending in response to the changed security "
        "situation since Russia's invasion of Ukraine, the company said. Nordwerk "
        "opened two new ammunition plants in Lower Saxony and Lithuania during the "
        "year and plans to double its capacity for 155mm shells by 2027. The Executive "
        "Board will propose a dividend of 8.10 euros per share, up from 5.70 euros. "
        "For 2026, the company expects sales growth of 25 to 30 percent and an "
        'operating margin of around 16 percent. "We are in the middle of a long-term '
        "campaign to rebuild Europe's defence industrial base,\" the Chief Executive "
        "Officer said.",
        "economy",
    ),
    (
        "Sensora unveils Atlas AI assistant and new flagship phones at Seoul launch event",
        "SEOUL – Sensora Electronics today unveiled its new flagship smartphones, the "
        "Sensora X7 and X7 Ultra, together with Atlas, an artificial intelligence "
        "assistant that runs directly on the device without sending personal data to "
        "the cloud. The company said Atlas can translate phone calls in real time in "
        "20 languages, summarise documents and edit photos using voice commands. The "
        "X7 Ultra features a titanium frame, a 200-megapixel camera and a battery that "
        "the company says lasts two days on a single charge. Pre-orders open today in "
        "South Korea, the United States and Europe, with prices starting at 1,199 "
        "dollars for the Ultra model. Analysts said the launch was Sensora's most "
        "important move yet in the AI arms race with its American and Chinese rivals, "
        "whose own assistants have drawn criticism over privacy. The company will back "
        "the launch with a global marketing campaign featuring K-pop stars and "
        "targeted offers for customers trading in older devices. Sensora said it aims "
        "to ship 30 million units of the X7 series in its first year.",
        "economy",
    ),
    (
        "Customer advisory: Network services to continue to route via the Cape of Good Hope",
        "As previously communicated, we continue to closely monitor the security "
        "situation in the Red Sea and the Gulf of Aden. Based on our latest "
        "assessment, and with the safety of our seafarers, vessels and customers' "
        "cargo as our first priority, all vessels on our Asia-Europe and "
        "Asia-Mediterranean services will continue to sail around the Cape of Good "
        "Hope for the foreseeable future. We recognise that the longer routing adds "
        "between 10 and 14 days to transit times and has an impact on our customers' "
        "supply chains. To maintain weekly departures, we have deployed additional "
        "vessels and equipment on the affected services. The emergency contingency "
        "surcharge announced in January will remain in place until further notice. A "
        "return to the Suez Canal routing will only be considered when we have "
        "sufficient confidence that safe passage can be sustained over time. We will "
        "inform customers with at least two weeks' notice of any change to our "
        "network. We thank our customers for their continued understanding and "
        "partnership.",
        "economy",
    ),
    (
        "Monetary Policy Committee raises policy rate by 50 basis points to 27.25 percent",
        "The Monetary Policy Committee of the Central Bank held its 302nd meeting on "
        "Tuesday and decided to raise the Monetary Policy Rate by 50 basis points to "
        "27.25 percent, while retaining all other parameters. Headline inflation rose "
        "to 34.2 percent year on year in April, driven by food prices, energy costs "
        "and the pass-through from the depreciation of the naira in the foreign "
        "exchange market. The Committee noted that the tightening cycle had begun to "
        "slow the rate of increase in prices but that inflationary pressures remained "
        "elevated. The Committee noted that real GDP grew by 2.98 percent in the first "
        "quarter, driven by the services sector, while agriculture remained weak. "
        "Members also welcomed the stability of the banking system, with the ratio of "
        "non-performing loans at 4.3 percent, within the prudential limit. Members "
        "agreed that the fight against inflation must remain the Bank's top priority, "
        "and that it would use every tool in its arsenal to anchor inflation "
        "expectations. The Committee welcomed the recent improvement in foreign "
        "exchange inflows and the rise in external reserves to 34 billion dollars. It "
        "also urged the fiscal authorities to provide targeted support to vulnerable "
        "households and to address insecurity in food-producing areas, which continues "
        "to push up food prices. The next meeting of the Committee is scheduled for 22 "
        "and 23 July.",
        "economy",
    ),
    (
        "Airline extends suspension of flights to Tel Aviv and Beirut until 30 September",
        "Due to the current situation in the Middle East, the airline group has "
        "decided to extend the suspension of its flights to and from Tel Aviv until 30 "
        "September, and to and from Beirut until 31 October. Flights to and from Amman "
        "and Erbil will resume on 1 September following a new assessment of the "
        "situation. The airspace over Iran and Iraq will continue to be avoided by all "
        "aircraft of the group until further notice. Passengers booked on affected "
        "flights will be informed by email and can rebook free of charge to a later "
        "date or receive a full refund of the ticket price. The decision was taken on "
        "the basis of a continuous evaluation of the security situation by the group's "
        "corporate security department, in close cooperation with the authorities. The "
        "group regrets the inconvenience to its customers and asks for their "
        "understanding. The safety of passengers and crew members has the highest "
        "priority at all times.",
        "economy",
    ),
    (
        "AFP seizes 1.4 tonnes of cocaine hidden in shipment of excavators at Port Botany",
        "The Australian Federal Police (AFP) has charged three men after about 1.4 "
        "tonnes of cocaine was allegedly found concealed in a shipment of excavators "
        "that arrived at Port Botany in Sydney from Ecuador. Australian Border Force "
        "officers identified anomalies in the machinery during an X-ray examination on "
        "4 June and found more than 1,200 blocks of a white substance hidden inside "
        "the excavators' hydraulic arms. The AFP replaced the drugs with an inert "
        "substance and monitored the shipment as it was collected and taken to a "
        "warehouse in Wetherill Park, where the three men were arrested on Tuesday. "
        "The men, aged 29, 34 and 41, were charged with importing and attempting to "
        "possess a commercial quantity of a border-controlled drug, which carries a "
        "maximum penalty of life imprisonment. The drugs have an estimated street "
        'value of 470 million dollars. "This is a significant blow to the '
        "transnational criminal syndicates that target Australia,\" said the AFP's "
        "Commander for organised crime. The AFP will continue to work with its "
        "partners in the fight against organised crime. Investigations are continuing, "
        "and further arrests have not been ruled out.",
        "crime",
    ),
    (
        "SAPS: Five suspects shot dead in shootout with police after cash-in-transit heist",
        "The South African Police Service (SAPS) can confirm that five suspected "
        "cash-in-transit robbers were fatally wounded in a shootout with police in "
        "Vosloorus, Ekurhuleni, on Wednesday morning. The suspects were allegedly part "
        "of a gang that bombed a cash van on the R21 near Kempton Park on Monday and "
        "escaped with an undisclosed amount of money. Acting on intelligence, members "
        "of the Tactical Response Team and the Gauteng Organised Crime Unit tracked "
        "the suspects to a house in Vosloorus, where they opened fire on the police "
        "when they were ordered to surrender. Police returned fire, and five suspects "
        "were certified dead at the scene, while two others were arrested as they "
        "tried to flee. A getaway vehicle, a white Toyota Fortuner with false number "
        "plates, was found in the yard of the house. Preliminary investigations "
        "indicate that some of the suspects are linked to at least six other "
        "cash-in-transit robberies in Gauteng, Mpumalanga and Limpopo since January. "
        "No police officer was injured during the incident. Police recovered four "
        "rifles, three pistols, a large quantity of ammunition, explosives and cash. "
        "The Provincial Commissioner has commended the team for the swift response and "
        "said the SAPS would continue to hunt down criminals involved in "
        "cash-in-transit robberies. The Independent Police Investigative Directorate "
        "has been notified, as is standard procedure.",
        "crime",
    ),
    (
        "PNP-AKG rescues kidnapped businessman in Parañaque, arrests four suspects",
        "The Philippine National Police Anti-Kidnapping Group (PNP-AKG) rescued a "
        "46-year-old foreign businessman who had been held captive for five days by a "
        "kidnap-for-ransom group in Parañaque City on Saturday. The victim was "
        "abducted outside a hotel in Pasay City on Monday by men posing as police "
        "officers, who later demanded 20 million pesos from his family in exchange for "
        "his release. AKG operatives, in coordination with the Southern Police "
        "District, located the safehouse through technical surveillance and rescued "
        "the victim in a pre-dawn operation without a shot being fired. Four suspects, "
        "including a former security guard, were arrested inside the house, where "
        "police recovered three firearms and mobile phones used in the ransom "
        "negotiations. The victim was found handcuffed but in good physical condition "
        "and has been reunited with his family. The AKG Director said the group would "
        "file charges of kidnapping for ransom and illegal possession of firearms "
        "against the suspects. The PNP reminds the public to report suspicious persons "
        "claiming to be police officers to the nearest station.",
        "crime",
    ),
    (
        "Sheriff's Office update on the shooting at Ridgeview High School",
        "The Hawthorne County Sheriff's Office can confirm that a 15-year-old student "
        "has been taken into custody following a shooting at Ridgeview High School "
        "this morning. At approximately 09:20, deputies received multiple calls "
        "reporting shots fired inside the school's east wing. The school resource "
        "officer and deputies arrived within minutes and detained the suspect in a "
        "hallway without further shots being fired. Two students were killed and five "
        "other people, including a teacher, were injured and transported to area "
        "hospitals, where two remain in critical condition. Investigators believe the "
        "suspect acted alone and used a handgun belonging to a family member. There is "
        "no information at this time on a motive, and investigators have found no "
        "indication of a wider threat to the community. Students were reunited with "
        "their parents at the county fairgrounds, and all district schools will remain "
        "closed for the rest of the week. The Sheriff asked the community to avoid "
        "spreading rumours on social media and to direct any information to the tip "
        "line.",
        "crime",
    ),
    (
        "INTERPOL operation targets online scam centres: 3,950 arrests across 61 countries",
        "LYON, France – A global operation coordinated by INTERPOL against online "
        "fraud and the organised crime groups behind it has led to 3,950 arrests and "
        "the identification of 14,600 suspects in 61 countries. Operation Red Lantern, "
        "which ran from March to May, targeted phishing, investment fraud, fake online "
        "shopping sites and romance scams, as well as the scam compounds where "
        "trafficked workers are forced to defraud victims. Police seized assets worth "
        "more than 257 million dollars and froze 6,745 bank accounts, while more than "
        "1,200 people, many of them victims of human trafficking, were rescued from "
        "scam centres. INTERPOL said criminal networks were increasingly using "
        "artificial intelligence and deepfakes to make their scams more convincing. "
        '"The fight against online fraud can only be won if law enforcement agencies '
        "work together across borders,\" said the Director of INTERPOL's Financial "
        "Crime and Anti-Corruption Centre. INTERPOL also issued a Purple Notice "
        "warning member countries about a new type of investment scam using "
        "cryptocurrency. Investigations are continuing in several countries.",
        "crime",
    ),
]
