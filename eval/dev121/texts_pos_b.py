"""dev121 positives (2 of 3): headlines and ledes that report current organised violence in
Pakistan, India, Bangladesh, Myanmar, Thailand, Cambodia, Afghanistan, Indonesia, Nepal, Libya,
Yemen, Haiti, Mexico and Colombia, and riots in Serbia, the US and Northern Ireland
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Four soldiers martyred in North Waziristan suicide attack: ISPR",
        "PESHAWAR: Four soldiers were martyred when a suicide bomber rammed an "
        "explosives-laden vehicle into a military convoy in North Waziristan's Mir Ali area "
        "on Saturday, the military's media wing said. The ISPR said the attack was carried "
        "out by “Fitna al Khawarij”, the term the state uses for the banned "
        "Tehreek-i-Taliban Pakistan.",
        "T E",
        "suicide bombing",
    ),
    (
        "Gunmen offload bus passengers, kill nine in Balochistan's Zhob",
        "QUETTA: Armed men blocked the national highway near Zhob on Thursday night, forced "
        "passengers off two buses, checked their identity cards and shot dead nine men from "
        "Punjab, officials said. A provincial government spokesman called it a “terrorist "
        "act” and blamed the banned Balochistan Liberation Army.",
        "T V",
        "massacre",
    ),
    (
        "Kurram runs out of medicines as road blockade enters third month",
        "PARACHINAR: Hospitals in Kurram district have run out of life-saving medicines and "
        "at least 29 children have died for want of treatment, local officials said on "
        "Monday, as the only road to Peshawar remained closed after a wave of sectarian "
        "attacks on convoys. Traders said flour and fuel were being rationed in Parachinar.",
        "H",
        "blockade",
    ),
    (
        "India strikes nine sites in Pakistan; Islamabad says civilians killed",
        "India launched missile strikes on nine sites in Pakistan and Pakistan-administered "
        "Kashmir early on Wednesday, saying it had hit “terrorist infrastructure” two weeks "
        "after a deadly attack on tourists in Kashmir. Pakistan said 26 civilians were "
        "killed, including children, and that its forces had shot down Indian jets.",
        "E M",
        "missile strikes",
    ),
    (
        "Civilians among 12 killed in Pakistani shelling in Poonch",
        "Srinagar: At least 12 civilians were killed and dozens injured as Pakistani troops "
        "targeted residential areas of Poonch town with heavy artillery overnight, officials "
        "said on Thursday. Hundreds of families left border villages for safer places in "
        "Jammu, and schools in the district were closed.",
        "E V D",
        "shelling",
    ),
    (
        "27 Maoists killed in encounter in Chhattisgarh's Narayanpur",
        "Security forces killed 27 Maoists, among them the general secretary of the banned "
        "CPI (Maoist), in an encounter in the forests of Abujhmarh in Chhattisgarh's "
        "Narayanpur district on Wednesday, police said. A District Reserve Guard jawan was "
        "also killed in the exchange of fire, which began during an anti-Naxal operation "
        "launched two days earlier.",
        "B M",
        "counter-insurgency operation",
    ),
    (
        "Four killed as clashes erupt in Gopalganj, curfew imposed",
        "At least four people were killed in Gopalganj on Wednesday as supporters of the "
        "banned Awami League clashed with police and army personnel after attacking a rally "
        "of the National Citizen Party, officials said. The district administration imposed "
        "a 22-hour curfew, and the home affairs adviser warned that those involved would "
        "face action.",
        "U",
        "political clashes",
    ),
    (
        "Junta airstrike on Rakhine hospital kills 31, Arakan Army says",
        "A Myanmar military airstrike hit the general hospital in Mrauk-U township in "
        "western Rakhine state late on Wednesday, killing at least 31 people, including "
        "patients and staff, the Arakan Army and aid workers said. The hospital was one of "
        "the last functioning in the area, which the ethnic armed group has controlled since "
        "early last year.",
        "E V H",
        "airstrike",
    ),
    (
        "Rohingya flee across Naf river as fighting rages in Myanmar's Rakhine",
        "Hundreds of Rohingya crossed the Naf river into Bangladesh this week, fleeing "
        "fighting between the Arakan Army and Rohingya armed groups around Maungdaw, "
        "Bangladeshi officials said Friday, adding that border guards had pushed back "
        "several boats.",
        "B D",
        "flight from fighting",
    ),
    (
        "Thai, Cambodian troops exchange fire along border; over 100,000 evacuated",
        "BANGKOK, July 24 (Bernama) -- Thai and Cambodian troops clashed at several points "
        "along their disputed border on Thursday, with Cambodian rockets hitting a petrol "
        "station in Thailand's Sisaket province and Thai F-16 jets striking military targets "
        "inside Cambodia. More than 100,000 residents of Thai border districts have been "
        "moved to temporary shelters, the Thai Interior Ministry said.",
        "B E D",
        "border clashes",
    ),
    (
        "Pakistan, Afghan forces clash on border after Taliban accuses Islamabad of strikes",
        "Afghan Taliban forces and Pakistani troops exchanged heavy fire at several points "
        "along their border overnight, both sides said on Sunday, after Kabul accused "
        "Islamabad of carrying out airstrikes on its capital. Pakistan's military said 23 of "
        "its soldiers were killed and claimed that more than 200 Taliban and allied fighters "
        "had died.",
        "B E",
        "border clashes",
    ),
    (
        "Two rangers killed in roadside bomb attack in Narathiwat",
        "NARATHIWAT, March 12 (Bernama) -- Two paramilitary rangers were killed and three "
        "injured when a roadside bomb exploded as their patrol passed through Rueso district "
        "this morning, Thai police said.",
        "E",
        "roadside bomb",
    ),
    (
        "Papua rebels say they killed 11 gold miners they accuse of spying",
        "JAKARTA — Separatist rebels in Indonesia's Papua region have admitted killing 11 "
        "gold miners in Yahukimo regency, accusing the men of being soldiers in disguise, "
        "police said on Tuesday. The West Papua National Liberation Army said its fighters "
        "had attacked the miners' camp, which police said had no links to the security "
        "forces.",
        "V",
        "killing of civilians",
    ),
    (
        "Protesters set fire to regional parliament in Indonesia, 3 killed",
        "MAKASSAR, Indonesia (AP) — Protesters set fire to a regional parliament building in "
        "eastern Indonesia, killing three people trapped inside, as anger over lawmakers' "
        "perks and the death of a delivery driver run over by a police vehicle spread across "
        "the country. Police fired tear gas at crowds in Jakarta and several other cities "
        "overnight. President Prabowo Subianto cancelled a planned trip to China.",
        "U",
        "riot",
    ),
    (
        "Nepal police fire on protesters outside parliament, 19 killed",
        "At least 19 people were killed in Kathmandu on Monday when police opened fire on "
        "young protesters who broke through barricades outside parliament during "
        "demonstrations against a social media ban and corruption, officials said.",
        "U",
        "crackdown",
    ),
    (
        "Gunfire rocks Tripoli after killing of militia leader",
        "Heavy gunfire and explosions shook the Libyan capital Tripoli overnight as armed "
        "groups clashed after the killing of a prominent militia commander, residents said, "
        "prompting the UN mission to call for an immediate halt to the fighting. The health "
        "ministry said six people had been killed, and several universities suspended "
        "classes.",
        "B",
        "militia clashes",
    ),
    (
        "UN says Houthis detained 11 more of its staff in Sanaa raids",
        "The United Nations said on Monday that Yemen's Houthi rebels had detained 11 more "
        "of its personnel in raids on their homes and offices in Sanaa and Hodeidah, bringing "
        "the number of UN staff held by the group to 59. Secretary-General Antonio Guterres "
        "demanded their immediate release and said humanitarian operations in the north had "
        "been paralysed.",
        "V H",
        "detention of aid workers",
    ),
    (
        "Gangs seize Haitian town of Mirebalais and free hundreds of inmates",
        "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked the central Haitian town of Mirebalais, "
        "freeing more than 500 inmates from the local prison and forcing thousands of "
        "residents to flee, authorities said Tuesday. Police said officers fought for hours "
        "but were outnumbered by the gunmen, part of the Viv Ansanm gang coalition.",
        "B D",
        "gang offensive",
    ),
    (
        "Drone strikes by Haiti task force kill gang members in Cité Soleil",
        "Explosive drones operated by a government task force struck gang positions in Port-"
        "au-Prince's Cité Soleil overnight, killing at least 12 suspected gang members and a "
        "child, a local rights group said on Thursday. The prime minister's office said the "
        "strikes were part of an operation to retake neighbourhoods held by the gangs.",
        "E M",
        "drone strikes",
    ),
    (
        "Culiacán violence: 11 killed in a day as Sinaloa Cartel infighting enters 10th month",
        "Eleven people were killed in Culiacán on Sunday, including two men whose bodies "
        "were found hanging from a bridge, as the war between factions of the Sinaloa Cartel "
        "entered its 10th month, the Sinaloa Attorney General's Office said. Gunmen in "
        "armored vehicles exchanged fire with army troops on the city's southern outskirts, "
        "leaving one soldier wounded.",
        "B",
        "cartel war",
    ),
    (
        "Colombia's Catatumbo crisis: more than 50,000 displaced by ELN offensive",
        "Bogotá (EFE).- More than 50,000 people have been displaced in Colombia's Catatumbo "
        "region since the National Liberation Army (ELN) guerrilla launched an offensive "
        "against dissidents of the former FARC, the Ombudsman's Office said Monday. At least "
        "80 people, including social leaders and former combatants who had signed the peace "
        "agreement, have been killed. The Defence Ministry has sent 5,000 troops to the "
        "region to retake control.",
        "B D V M",
        "guerrilla offensive",
    ),
    (
        "Petro to seek terrorist designation for FARC dissidents after Cali truck bomb",
        "BOGOTA, Colombia (AP) — President Gustavo Petro said Friday he would ask for FARC "
        "dissident groups to be designated terrorist organizations, a day after a truck "
        "bomb near a military aviation school in Cali killed six civilians and injured more "
        "than 60.",
        "E T",
        "bombing",
    ),
    (
        "Serbian police fire tear gas as protesters clash with ruling party supporters",
        "Police in Serbia fired tear gas and stun grenades late on Wednesday to separate "
        "anti-government demonstrators from supporters of the ruling Serbian Progressive "
        "Party in Novi Sad, where both sides hurled stones and flares, broadcaster N1 "
        "reported.",
        "U",
        "clashes",
    ),
    (
        "National Guard deploys in Los Angeles as immigration raid protests turn violent",
        "LOS ANGELES (AP) — Police fired flash-bang grenades and tear gas at crowds in "
        "downtown Los Angeles on Sunday as protests against immigration raids entered a "
        "third day, and demonstrators set several self-driving cars on fire. About 300 "
        "National Guard troops ordered in by President Donald Trump were deployed to guard "
        "federal buildings.",
        "U",
        "riot",
    ),
    (
        "Families flee as homes attacked in second night of Ballymena disorder",
        "Police in Northern Ireland say a second night of “racially motivated” disorder in "
        "Ballymena saw homes attacked and set alight, with families forced to flee, and 15 "
        "officers injured by petrol bombs and bricks. The violence followed the court "
        "appearance of two teenagers charged with attempted rape in the town.",
        "U V D",
        "riot",
    ),
]
