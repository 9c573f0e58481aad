"""dev133 hard negatives: crime (kidnapping for ransom, jail breaks, shootings, raids, cyber
attacks) and health (outbreaks, vaccination) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Police rescue kidnapped businessman in Soweto shootout",
        "South African police rescued a 41-year-old businessman who had been held for ransom "
        "for nine days in a house in Soweto, killing two suspected kidnappers in a shootout on "
        "Tuesday, the national police spokesperson said. The gang had demanded 20 million rand "
        "from his family. Kidnappings for ransom have risen sharply in Gauteng.",
        "crime",
    ),
    (
        "New Orleans jailbreak: ten inmates slip out behind a cell toilet",
        "Ten inmates broke out of the Orleans Justice Center in New Orleans early on Friday by "
        "pulling a toilet away from a cell wall and climbing through the hole, the sheriff's "
        "office said. Two were recaptured within hours; the others, some of them charged with "
        "murder, remained at large. The sheriff said a maintenance worker was suspected of "
        "helping.",
        "crime",
    ),
    (
        "Ransomware attack halts online orders at Marks & Spencer",
        "Marks & Spencer suspended online orders for a third week after a cyber attack that a "
        "group of young English-speaking hackers known as Scattered Spider is suspected of "
        "carrying out, the retailer said. The company expects the attack to cut its operating "
        "profit by about £300 million this year.",
        "crime",
    ),
    (
        "Former pupil kills ten at Graz school",
        "A 21-year-old former pupil opened fire at a secondary school in Graz on Tuesday, "
        "killing ten people before shooting himself in a toilet, Austrian police said. "
        "Investigators found no political or religious motive; the man had legally owned the "
        "two guns he used, and police found a farewell letter at his home.",
        "crime",
    ),
    (
        "Europol: 120 arrested in raids on cocaine network",
        "Police in nine countries arrested 120 people in coordinated raids against a cocaine "
        "trafficking network that shipped drugs through Antwerp and Rotterdam, Europol said on "
        "Wednesday. Officers seized 4.2 tonnes of cocaine, 5 million euros in cash and a dozen "
        "firearms. The network's alleged leaders were detained in Dubai.",
        "crime",
    ),
    (
        "Police seize 1.6 tonnes of cocaine from trawler off Queensland",
        "Australian police seized 1.6 tonnes of cocaine from a fishing trawler off the "
        "Queensland coast, the largest single seizure in the state's history, the Australian "
        "Federal Police said on Monday. Two men, aged 42 and 57, were charged with importing a "
        "commercial quantity of a border-controlled drug.",
        "crime",
    ),
    (
        "Louvre jewel heist: thieves escape on scooters with Napoleonic pieces",
        "Thieves used a truck-mounted ladder to reach a first-floor window of the Louvre on "
        "Sunday morning, cut into display cases with angle grinders and escaped on scooters "
        "with eight pieces of Napoleonic-era jewellery, France's culture minister said. The "
        "museum was closed for the day. Prosecutors said the jewels were worth 88 million "
        "euros. Two suspects were arrested a week later at Charles de Gaulle airport.",
        "crime",
    ),
    (
        "Cash-in-transit robbers blow up armoured van on N1",
        "Heavily armed robbers used explosives to blow open a cash-in-transit van on the N1 "
        "near Polokwane on Monday and escaped with an undisclosed sum after a shootout with "
        "security guards, police in Limpopo said. One guard was wounded. Police recovered two "
        "rifles and a getaway car abandoned in a nearby village.",
        "crime",
    ),
    (
        "Gunmen kill nine in tavern shooting near Pietermaritzburg",
        "Gunmen opened fire on patrons at a tavern in Imbali township near Pietermaritzburg "
        "late on Saturday, killing nine people, KwaZulu-Natal police said. Investigators "
        "believe the attack was linked to a feud between rival taxi associations. No arrests "
        "had been made by Sunday evening.",
        "crime",
    ),
    (
        "Cambodian police raid Poipet scam compounds, free 300 workers",
        "Cambodian police raided two online scam compounds in Poipet this week and freed about "
        "300 foreign workers, mostly from Indonesia and Thailand, who said they had been "
        "trafficked and forced to defraud people online, officials said. Thailand has cut "
        "electricity and fuel supplies to border towns where such centres operate.",
        "crime",
    ),
    (
        "Car drives into crowd at Liverpool title parade, 79 hurt",
        "A car drove into fans celebrating Liverpool's Premier League title on Water Street on "
        "Monday evening, injuring 79 people, including four children, Merseyside Police said. A "
        "53-year-old British man from the area was arrested. Police said the incident was not "
        "being treated as terrorism.",
        "crime",
    ),
    (
        "Ten injured in stabbing on train near Huntingdon",
        "Ten people were taken to hospital after a man with a knife attacked passengers on a "
        "London-bound train on Saturday evening, British Transport Police said. Armed officers "
        "stopped the train at Huntingdon station and arrested a 32-year-old man. "
        "Counter-terrorism police said there was nothing to suggest a terrorist incident.",
        "crime",
    ),
    (
        "Dutch court jails gunman for life over murder of crime reporter",
        "A court in Amsterdam sentenced a 24-year-old man to life in prison on Friday for "
        "shooting dead the crime reporter Joost Verhaar on a city street in 2023, and jailed "
        "his driver for 28 years. Judges said the killing had been ordered by a drug gang that "
        "Verhaar was investigating.",
        "crime",
    ),
    (
        "Police arrest gang over kidnapping of Port Harcourt doctor",
        "Rivers State police said on Sunday they had arrested five members of a gang that "
        "abducted a paediatrician from her clinic in Port Harcourt and held her for 11 days "
        "until her family paid a ransom of 15 million naira. The suspects, who had posed as the "
        "parents of a sick child, led officers to a hideout where two pistols were found.",
        "crime",
    ),
    (
        "Rangers kill two suspected rhino poachers in Kruger gunfight",
        "Rangers in South Africa's Kruger National Park shot dead two suspected rhino poachers "
        "in an exchange of fire near the Crocodile Bridge gate on Thursday, SANParks said. A "
        "third man escaped into Mozambique. A hunting rifle with a silencer and an axe were "
        "recovered.",
        "crime",
    ),
    (
        "WHO declares mpox emergency as new strain spreads beyond Congo",
        "The World Health Organization declared mpox a global public health emergency on "
        "Wednesday for the second time in two years, after a new strain, clade Ib, spread from "
        "Congo to Burundi, Kenya, Rwanda and Uganda. More than 15,600 cases and 537 deaths have "
        "been reported in Congo this year.",
        "health",
    ),
    (
        "Angola cholera outbreak passes 500 deaths",
        "Angola's health ministry said the cholera outbreak that began in January had killed "
        "more than 500 people, with most cases in the Luanda suburbs of Cacuaco and Cazenga. "
        "The government has begun an oral vaccination campaign and set up treatment tents next "
        "to overflowing health centres.",
        "health",
    ),
    (
        "West Texas measles outbreak tops 500 cases",
        "The measles outbreak in West Texas has grown to 505 cases, state health officials said "
        "on Tuesday, most of them in unvaccinated children in Gaines county's Mennonite "
        "community. Two unvaccinated children have died, the first US measles deaths in a "
        "decade.",
        "health",
    ),
    (
        "Rwanda discharges last Marburg patients, starts 42-day countdown",
        "Rwanda's health ministry said the last two patients being treated for Marburg virus "
        "had been discharged on Friday, beginning a 42-day countdown before the outbreak can be "
        "declared over. The virus infected 66 people, most of them health workers, and killed "
        "15.",
        "health",
    ),
    (
        "Congo declares new Ebola outbreak in Bulape, Kasai",
        "Congo's health ministry declared an Ebola outbreak in Bulape health zone, in Kasai "
        "province, on Thursday after 28 suspected cases and 15 deaths, including four health "
        "workers. The WHO said it was sending 2,000 doses of vaccine and an emergency team by "
        "helicopter, as the nearest paved road is several days' drive away.",
        "health",
    ),
    (
        "Pakistan begins polio drive for 45 million children under police escort",
        "ISLAMABAD: Pakistan began a week-long vaccination campaign on Monday aiming to give "
        "polio drops to 45 million children under five, with thousands of police officers "
        "guarding vaccinators in Khyber Pakhtunkhwa and Balochistan, the national emergency "
        "operations centre said. The country has reported 22 polio cases this year.",
        "health",
    ),
    (
        "Bangladesh records highest single-day dengue deaths of the year",
        "Twelve people died of dengue in Bangladesh in the 24 hours to Sunday morning, the "
        "Directorate General of Health Services said, the highest daily toll this year, and "
        "1,100 more patients were admitted to hospital. Dhaka's hospitals have set up extra "
        "wards as the monsoon-season outbreak spreads beyond the capital.",
        "health",
    ),
    (
        "Foshan battles chikungunya outbreak with drones and fines",
        "Health authorities in the southern Chinese city of Foshan have reported more than "
        "7,000 chikungunya cases since July and are using drones to spot standing water, fining "
        "residents who leave uncovered containers on balconies. Patients must stay in hospital "
        "under mosquito nets until they test negative.",
        "health",
    ),
    (
        "Kerala on alert after Nipah death in Malappuram",
        "Kerala's health minister Veena George said on Sunday that a 24-year-old man who died "
        "in Malappuram had been infected with the Nipah virus, and that 151 of his contacts had "
        "been traced and isolated. Containment zones were declared in two panchayat wards, and "
        "schools there were closed.",
        "health",
    ),
]
