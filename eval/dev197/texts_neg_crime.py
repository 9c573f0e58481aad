"""dev197 negatives: crime against utilities (ransomware, theft, arson) and a sewage-borne
epidemic; split from texts_neg_grid.py, in the same order.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Colonial Pipeline pays $4.4m ransom as panic buying empties East Coast pumps",
        "Colonial Pipeline paid hackers a ransom of $4.4 million in bitcoin to regain access to "
        "its systems after a cyberattack shut down the largest fuel pipeline in the United "
        "States, its chief executive said on Wednesday. "
        "Joseph Blount said he authorised the payment because the company did not know how "
        "badly its systems were compromised or how long it would take to restore them. "
        "The FBI said the attack was the work of DarkSide, a criminal ransomware group "
        "believed to operate from Russia or eastern Europe, which said it was only interested "
        "in money. "
        "The 8,850-kilometre line carries about 45% of the fuel consumed on the East Coast, "
        "and its six-day shutdown led to panic buying that left more than half of the petrol "
        "stations in some states dry. "
        "Average prices rose above $3 a gallon for the first time since 2014. "
        "The Justice Department later said it had recovered most of the ransom. "
        "Lawmakers called for mandatory cybersecurity rules for pipeline operators. "
        "Blount told senators that the hackers got in through an old virtual private network "
        "account that was not protected by multi-factor authentication. "
        "The Transportation Security Administration has since issued a directive requiring "
        "pipeline companies to report cyber incidents within 12 hours. "
        "DarkSide said shortly after the attack that it had lost access to its servers and "
        "would shut down.",
        "crime",
    ),
    (
        "Ransomware gang hits South Staffs Water but supply not affected, company says",
        "South Staffordshire Water said on Monday it had been the target of a criminal "
        "cyberattack but that it was still supplying safe water to its 1.6 million customers. "
        "The company, which also owns Cambridge Water, said its corporate IT network had been "
        "disrupted but that its ability to treat and pump water had not been affected. "
        "The ransomware group Clop claimed the attack on its leak site, posting what it said "
        "were screenshots of the utility's control systems. "
        "The gang at first named Thames Water as its victim, which Thames denied. "
        "The National Cyber Security Centre said it was working with the company. "
        "Experts said the claims showed how exposed water utilities were, as many of them run "
        "old control systems linked to office networks. "
        "“There is no sign that anyone could have tampered with the water,” the company's "
        "chief executive said. "
        "The Drinking Water Inspectorate said it was satisfied with the steps taken.",
        "crime",
    ),
    (
        "Masts set on fire in Birmingham and Liverpool over false 5G coronavirus claims",
        "Mobile phone masts in Birmingham, Liverpool and Melling in Merseyside were set on fire "
        "over the weekend, and engineers were abused in the street, after false claims linking "
        "5G to the spread of the coronavirus spread on social media. "
        "Mobile UK, the industry body, said at least 20 masts had been attacked in a week, "
        "several of which did not carry 5G equipment at all. "
        "“These masts provide vital connectivity to the emergency services and to people "
        "working from home,” the group said. "
        "Police in Merseyside said they were treating the fires as arson and had arrested a "
        "man in his twenties. "
        "NHS England's medical director called the conspiracy theory the worst kind of fake "
        "news. "
        "YouTube said it would remove videos that linked the virus to 5G. "
        "BT said its engineers had been spat at and threatened in 30 separate incidents. "
        "The government said the theory had no scientific basis.",
        "crime",
    ),
    (
        "Eskom's outgoing chief says he was poisoned with cyanide-laced coffee",
        "Eskom chief executive André de Ruyter, who resigned this month, was poisoned with "
        "cyanide in a cup of coffee at the utility's headquarters, police said on Wednesday, "
        "confirming a report by News24. "
        "De Ruyter fell ill shortly after drinking the coffee at his office in Megawatt Park and "
        "was treated in hospital, the newspaper said. "
        "Police spokesperson Athlenda Mathe said a case of attempted murder had been opened and "
        "that detectives were investigating. "
        "De Ruyter had pushed to root out corruption and the theft of coal and diesel at Eskom "
        "power stations, which he said was costing the company about 1 billion rand a month. "
        "He has also spoken of sabotage at the power stations by criminal syndicates. "
        "South Africans have endured record power cuts this year, with rolling blackouts of up "
        "to ten hours a day. "
        "Public enterprises minister Pravin Gordhan said the poisoning showed the forces that "
        "were fighting the clean-up of Eskom.",
        "crime",
    ),
    (
        "Cable thieves plunge Soweto and Johannesburg south into darkness again",
        "Parts of Soweto and Johannesburg's southern suburbs were without electricity for a "
        "fourth day on Thursday after thieves stole copper cables from a substation, the city's "
        "power utility said. "
        "City Power said criminal syndicates were targeting its infrastructure almost daily "
        "and that cable theft and vandalism had cost it about 100 million rand this year. "
        "Police said three men had been arrested near the Eldorado Park substation with "
        "bags of cut cable and that they would appear in court next week. "
        "Residents said their food had spoiled and children could not do homework. "
        "City Power said it had installed cameras and was working with private security "
        "companies to guard substations. "
        "Scrap metal dealers who buy stolen copper were the real problem, a spokesman said, "
        "calling for tougher laws. "
        "Eskom's scheduled load-shedding came on top of the outages.",
        "crime",
    ),
    (
        "Fuel theft returns to Hidalgo as Pemex finds more than 2,000 illegal taps",
        "Illegal taps on Pemex pipelines in the state of Hidalgo have risen to their highest "
        "since 2018, with more than 2,000 found in the first half of the year, according to "
        "data obtained through a transparency request. "
        "The state oil company said fuel thieves known as huachicoleros were now tapping the "
        "line at night and moving fuel in pickup trucks with false bottoms. "
        "The attorney general's office said 58 people had been arrested and 312,000 litres of "
        "stolen fuel seized in Hidalgo and neighbouring Puebla this year. "
        "Residents in the Tula valley said leaks from improvised taps had contaminated wells. "
        "Pemex said it had installed new pressure sensors that detect a drop in the line within "
        "minutes. "
        "Security analysts said the theft had moved from petrol to liquefied petroleum gas, "
        "whose distribution is harder to control. "
        "A federal judge sentenced two former Pemex employees to 12 years in prison for leaking "
        "pipeline pressure data to thieves.",
        "crime",
    ),
    (
        "Hammanskraal cholera deaths rise to 23 as Rooiwal sewage works is blamed",
        "The number of people who have died in a cholera outbreak in Hammanskraal, north of "
        "Pretoria, rose to 23 on Sunday, the Gauteng health department said. "
        "More than 150 people have been treated at the Jubilee District Hospital for "
        "diarrhoea and vomiting since the start of the outbreak, the department said. "
        "Residents have complained for years that their tap water is brown and smells, and the "
        "South African Human Rights Commission found in a report this year that the nearby Rooiwal wastewater "
        "treatment works was discharging raw sewage into the Apies River. "
        "The city of Tshwane said tests of its tap water had not found the bacteria and "
        "that it was delivering water to residents in tankers. "
        "Health minister Joe Phaahla urged people to boil water and wash their hands. "
        "President Cyril Ramaphosa said the government would fix the Rooiwal plant, whose "
        "refurbishment was halted years ago amid corruption claims. "
        "Residents said they would not trust the taps again.",
        "health",
    ),
]
