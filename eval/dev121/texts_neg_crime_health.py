"""dev121 hard negatives (1 of 6): crime and policing (shootings, stabbings, raids, a prison riot,
kidnapping for ransom, trials and verdicts for past attacks) and health (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Three shot dead at hair salon in central Uppsala",
        "Three people were shot dead at a hair salon in central Uppsala on Tuesday "
        "afternoon, and the gunman fled on an electric scooter, Swedish police said. Police "
        "said it was too early to say whether the killings were linked to the criminal "
        "networks behind a wave of shootings in the country. Prime Minister Ulf Kristersson "
        "called the attack “deeply disturbing”.",
        "crime",
    ),
    (
        "Gunmen kill eight at Gqeberha tavern as police launch manhunt",
        "Police have launched a manhunt for gunmen who opened fire on patrons at a tavern in "
        "Gqeberha's northern areas on Saturday night, killing eight people, the SAPS said. "
        "Police said the motive was not yet known, but taverns in the area had recently been "
        "targeted by extortion gangs.",
        "crime",
    ),
    (
        "Gunman kills 2, wounds 6 near university student union; motive unknown",
        "TALLAHASSEE, Fla. (AP) — A 20-year-old student opened fire near the student union at "
        "Florida State University on Thursday, killing two people and wounding six before "
        "officers shot and wounded him, police said. Investigators said they had found no "
        "evidence so far of a political or ideological motive.",
        "crime",
    ),
    (
        "Woman injures 18 in knife attack at Hamburg station; police see no political motive",
        "A 39-year-old woman stabbed 18 people on a crowded platform at Hamburg's central "
        "station on Friday evening before being overpowered by passers-by and arrested, "
        "police said. Four of the injured were in a life-threatening condition. Police said "
        "there were no indications of a political motive and that the suspect appeared to "
        "be in a mental health crisis.",
        "crime",
    ),
    (
        "Ten in hospital after stabbing on train; police say not a terrorist incident",
        "Ten people were taken to hospital, nine with life-threatening injuries, after a "
        "mass stabbing on a London-bound train near Huntingdon on Saturday evening, British "
        "Transport Police said. Counter-terrorism officers supporting the investigation said "
        "there was nothing to suggest it was a terrorist incident, and a 32-year-old man "
        "has been charged with attempted murder.",
        "crime",
    ),
    (
        "Two inmates dead, dozens escape after riot at overcrowded Aceh prison",
        "Two inmates were killed and a guard was held hostage for several hours during a "
        "riot at the overcrowded Kutacane prison in Aceh province, where prisoners had "
        "protested over a shortage of water, officials said on Thursday. More than 50 "
        "inmates escaped during the disturbance and about half have been recaptured, police "
        "said.",
        "crime",
    ),
    (
        "Soldiers dismantle narco-lab in Sinaloa mountains, seize 1.5 tonnes of meth",
        "Soldiers and federal agents dismantled a clandestine methamphetamine laboratory in "
        "the mountains of Cosalá, Sinaloa, seizing about 1.5 tonnes of the drug along with "
        "precursor chemicals, the Security Ministry said Wednesday. No arrests were made, "
        "and officials said the site had been abandoned shortly before troops arrived.",
        "crime",
    ),
    (
        "Europol-backed raids in eight countries net 30 suspected people smugglers",
        "THE HAGUE — Police in eight European countries arrested 30 suspects in coordinated "
        "dawn raids on Tuesday against a network accused of smuggling thousands of migrants "
        "across the Balkans in lorries, Europol said. Officers seized cash, firearms and "
        "forged documents.",
        "crime",
    ),
    (
        "Police rescue Chinese student kidnapped for ransom in Taguig",
        "MANILA — Police rescued a 14-year-old Chinese student who had been abducted outside "
        "his school in Taguig and held for ransom for six days, the Philippine National "
        "Police said Thursday. Three suspects were arrested, and police said the kidnappers "
        "had demanded 20 million dollars from the boy's family.",
        "crime",
    ),
    (
        "Solingen attacker sentenced to life for festival stabbing",
        "A German court sentenced a Syrian man to life in prison on Wednesday for the knife "
        "attack at a city festival in Solingen in 2024 that killed three people, convicting "
        "him of murder and membership of the Islamic State group. The judges found that his "
        "guilt was particularly grave, which rules out release after 15 years.",
        "crime",
    ),
    (
        "ICC confirms war crimes charges against Joseph Kony in his absence",
        "Judges at the International Criminal Court on Thursday confirmed 39 counts of war "
        "crimes and crimes against humanity against Joseph Kony, the fugitive leader of "
        "Uganda's Lord's Resistance Army, clearing the way for a trial if he is ever "
        "arrested. The charges relate to attacks on camps for displaced people in northern "
        "Uganda in 2003 and 2004.",
        "crime",
    ),
    (
        "Bangladesh tribunal sentences Hasina to death in absentia over 2024 crackdown",
        "Bangladesh's International Crimes Tribunal on Monday sentenced ousted prime "
        "minister Sheikh Hasina to death in absentia after finding her guilty of crimes "
        "against humanity over last year's deadly crackdown on student-led protests. "
        "Hasina, who fled to India in August 2024, called the verdict politically motivated.",
        "crime",
    ),
    (
        "Police arrest 22 suspected cultists in Ikorodu raids",
        "The Lagos State Police Command said on Sunday it had arrested 22 suspected members "
        "of rival confraternities in raids across Ikorodu, recovering locally made pistols "
        "and cartridges. Police spokesperson Benjamin Hundeyin said the suspects were linked "
        "to a series of robberies and killings in the area.",
        "crime",
    ),
    (
        "Record cocaine haul found hidden in banana containers at Antwerp port",
        "Belgian customs officers seized more than 8 tonnes of cocaine hidden in containers "
        "of bananas from Ecuador at the port of Antwerp, prosecutors said on Friday, the "
        "largest single haul in the port's history.",
        "crime",
    ),
    (
        "3 killed, 14 wounded in drive-by shooting at Chicago party",
        "CHICAGO (AP) — Three people were killed and 14 wounded when gunmen in a passing car "
        "opened fire on a crowd outside a birthday party on the city's South Side early "
        "Sunday, police said. No arrests had been made, and police said they were "
        "investigating whether the shooting was gang-related.",
        "crime",
    ),
    (
        "Police kill three suspected robbers in Kasarani shoot-out",
        "Three suspected robbers were shot dead in an exchange of fire with police in "
        "Kasarani, Nairobi, on Tuesday night after they allegedly attacked a mobile money "
        "shop, police said. Officers recovered two pistols and 15 rounds of ammunition. "
        "Residents said the gang had terrorised the estate for months.",
        "crime",
    ),
    (
        "Paris appeals court upholds convictions over murder of teacher Samuel Paty",
        "PARIS — A Paris appeals court on Friday upheld the convictions of two men who helped "
        "the killer of history teacher Samuel Paty in 2020, increasing one sentence to 16 "
        "years. Paty was beheaded outside his school near Paris after showing caricatures of "
        "the Prophet Mohammed in a class on free speech.",
        "crime",
    ),
    (
        "Angola's cholera outbreak passes 20,000 cases",
        "LUANDA — Angola has recorded more than 20,000 cholera cases and 600 deaths since "
        "the outbreak began in January, the health ministry said, as the disease spreads to "
        "17 of the country's 21 provinces. The WHO said overcrowded neighbourhoods of Luanda "
        "with poor sanitation were the worst affected.",
        "health",
    ),
    (
        "West Texas measles outbreak grows to 481 cases",
        "The measles outbreak centred in West Texas has grown to 481 cases, state health "
        "officials said Tuesday, with 56 people hospitalised since it began in late January. "
        "Most of the cases are in children who were not vaccinated.",
        "health",
    ),
    (
        "Pakistan launches polio drive targeting 45 million children",
        "ISLAMABAD: A nationwide polio vaccination campaign began on Monday with the aim of "
        "reaching more than 45 million children under the age of five, the National "
        "Emergency Operations Centre said. Some 400,000 health workers will go door to door "
        "over the week. Pakistan and Afghanistan are the last two countries where wild "
        "polio is still endemic.",
        "health",
    ),
    (
        "First mpox vaccines for children arrive in Kinshasa",
        "KINSHASA — A shipment of 50,000 mpox vaccine doses for children landed in Kinshasa "
        "on Wednesday, the health ministry said. They are the first approved for use in "
        "under-18s in Congo, which has the largest share of the world's cases.",
        "health",
    ),
    (
        "Foshan battles chikungunya outbreak with mosquito-eating fish and drones",
        "GUANGZHOU, Aug 5 (Xinhua) -- The southern Chinese city of Foshan has reported more "
        "than 7,000 chikungunya cases since July, health authorities said. Workers have "
        "released mosquito-eating fish into ponds, and drones are spraying insecticide over "
        "residential neighbourhoods.",
        "health",
    ),
]
