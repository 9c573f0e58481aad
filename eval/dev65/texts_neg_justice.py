"""Negatives of eval/dev65: trials, sentences, extraditions, prison transfers, drug seizures, mass
arrests under a state of exception (README.md)."""

NEGATIVES = [
    (
        "Mexico hands 29 jailed drug lords to US authorities in single transfer",
        (
            "Mexico sent 29 jailed members of drug cartels to the United States on Thursday, "
            "including a veteran trafficker wanted for the 1985 killing of a US drug agent, the "
            "attorney general's office said. The prisoners were flown from several Mexican prisons "
            "to US cities on military planes. The transfer came as Washington threatened tariffs "
            "on Mexican goods over drug trafficking."
        ),
        "crime",
    ),
    (
        "Colombia extradites Gulf Clan leader to the United States",
        (
            "Colombia extradited the former leader of the Gulf Clan to the United States on "
            "Wednesday, six months after he was captured in the jungle of Antioquia. The "
            "50-year-old, known by his alias, was flown to New York to face drug trafficking "
            "charges. Police escorted him in handcuffs to the plane at a military airport in "
            "Bogotá. He had led the group for more than a decade while it became the country's "
            "largest cocaine exporter. His lawyers had asked the courts to let him stay in "
            "Colombia to testify before the transitional justice system."
        ),
        "crime",
    ),
    (
        "Sinaloa cartel co-founder pleads guilty in New York court",
        (
            "A co-founder of the Sinaloa cartel pleaded guilty on Monday to drug trafficking and "
            "racketeering charges in a federal court in Brooklyn, admitting that he had paid off "
            "politicians and police for decades. The 77-year-old, who was arrested last year after "
            "landing in Texas, faces life in prison. His lawyers said he wanted to spare his "
            "family a trial."
        ),
        "crime",
    ),
    (
        "Former Mexican security minister sentenced to 38 years in US",
        (
            "A former Mexican public security minister was sentenced to 38 years in prison in New "
            "York on Wednesday for taking millions of dollars in bribes from the Sinaloa cartel "
            "while he led the fight against drug trafficking. The judge said he had betrayed his "
            "country. He had been convicted by a jury last year. Prosecutors said he had protected "
            "the cartel's shipments while he was in charge of the federal police. He did not speak "
            "at the hearing, and his lawyers said he would appeal."
        ),
        "crime",
    ),
    (
        "Former Honduran president sentenced to 45 years for drug trafficking",
        (
            "A US judge sentenced a former president of Honduras to 45 years in prison on "
            "Wednesday for helping traffickers move tonnes of cocaine to the United States in "
            "exchange for bribes. Prosecutors said he had turned the country into a "
            '"narco-state". He had denied the charges. He was arrested at his home in '
            "Tegucigalpa weeks after leaving office. Jurors heard from former traffickers who said "
            "they had paid him millions of dollars."
        ),
        "crime",
    ),
    (
        "Two former police officers sentenced for murder of Rio councillor",
        (
            "A jury in Rio de Janeiro sentenced two former military police officers to 78 and 59 "
            "years in prison on Thursday for the 2018 murder of a city councillor and her driver. "
            "Both had confessed to the shooting under plea agreements. Three men accused of "
            "ordering the killing are awaiting trial in the Supreme Court."
        ),
        "crime",
    ),
    (
        "Five convicted of killing Ecuadorian presidential candidate",
        (
            "An Ecuadorian court sentenced five men to prison terms of up to 34 years on Wednesday "
            "for the murder of a presidential candidate shot dead after a rally in Quito last "
            "year. The judges said the men had provided logistics for the attack. Prosecutors said "
            "they were still investigating who had ordered it."
        ),
        "crime",
    ),
    (
        "Ecuador's most wanted gang leader extradited to the United States",
        (
            "Ecuador extradited the leader of the Los Choneros gang to the United States on "
            "Sunday, weeks after he was recaptured in a hideout under a house in Manta. He had "
            "escaped from a Guayaquil prison early last year. He faces charges of cocaine and "
            "weapons trafficking in New York. His escape had set off riots in several prisons and "
            "the storming of a television station. The government said the extradition showed that "
            "no gang leader was beyond the reach of the law."
        ),
        "crime",
    ),
    (
        "Ecuador moves gang leaders to maximum-security prison without incident",
        (
            "Ecuador's prison service transferred 18 gang leaders to the La Roca maximum-security "
            "prison in Guayaquil early on Tuesday in an operation involving 700 soldiers and "
            "police, officials said. The transfer was carried out without incident. The government "
            "said the prisoners had been running extortion from their cells by phone."
        ),
        "crime",
    ),
    (
        "El Salvador arrests 140 in Soyapango sweep as soldiers cordon off city",
        (
            "About 10,000 heavily armed soldiers and police surrounded the city of Soyapango, near "
            "San Salvador, on Saturday and began searching houses for gang members, the president "
            "said. By Monday, 140 people had been arrested under the state of exception, and no "
            "shots had been reported. Residents were allowed to leave and enter only through "
            "checkpoints."
        ),
        "crime",
    ),
    (
        "Colombian navy seizes semi-submersible carrying 3 tonnes of cocaine",
        (
            "The Colombian navy intercepted a semi-submersible vessel carrying three tonnes of "
            "cocaine in the Pacific off the coast of Nariño and arrested its three crew members, "
            "the navy said on Friday. It was the 14th such vessel seized this year. Officials said "
            "the boat was headed for Central America. Navy officials said such vessels can carry "
            "up to eight tonnes and are built in mangrove swamps. The crew were handed over to "
            "prosecutors in Tumaco."
        ),
        "crime",
    ),
    (
        "Record cocaine haul found in banana containers at Guayaquil port",
        (
            "Ecuadorian police found 22 tonnes of cocaine hidden in boxes of bananas bound for "
            "Belgium at a warehouse near the port of Guayaquil, the country's largest seizure, the "
            "interior minister said on Monday. Two people were arrested. Ecuador has become a main "
            "exit point for cocaine from Colombia and Peru."
        ),
        "crime",
    ),
    (
        "Mexican troops find fentanyl lab in Sinaloa hills",
        (
            "Soldiers found and dismantled a fentanyl laboratory in the mountains of Cosalá, "
            "Sinaloa, seizing 30 kilograms of the drug and hundreds of litres of chemicals, the "
            "defence ministry said on Tuesday. No one was at the site. It was the fifth laboratory "
            "found in the state this month. The ministry said the chemicals were enough to produce "
            "hundreds of thousands of doses. Troops destroyed the equipment on site."
        ),
        "crime",
    ),
    (
        "Honduras arrests alleged leaders of extortion network in prisons",
        (
            "Honduran police arrested 22 people in dawn raids in Tegucigalpa and San Pedro Sula on "
            "Thursday, accused of running an extortion network ordered by gang leaders from "
            "prison. The suspects collected money from bus and taxi companies, police said. "
            "Officers seized cash, phones and a car."
        ),
        "crime",
    ),
    (
        "Peru's former president sentenced to 20 years over bribery case",
        (
            "A Peruvian court sentenced a former president to 20 years and six months in prison on "
            "Monday for taking bribes from the Brazilian construction company Odebrecht in "
            "exchange for highway contracts. He had been extradited from the United States last "
            "year. His lawyer said he would appeal. Prosecutors had sought 35 years. He is one of "
            "several former Peruvian presidents to be jailed or tried in recent years."
        ),
        "crime",
    ),
    (
        "Guatemala court convicts former officers in dirty-war rape case",
        (
            "A Guatemalan court convicted five former paramilitary members of raping Achí "
            "Indigenous women during the civil war in the early 1980s and sentenced them to 30 "
            "years in prison on Monday. The women testified for years to bring the case to court. "
            "Rights groups called the ruling historic."
        ),
        "crime",
    ),
    (
        "Mexican judge frees suspects in Ayotzinapa case, angering parents",
        (
            "A federal judge in Mexico ordered the release of eight soldiers held over the 2014 "
            "disappearance of 43 students from the Ayotzinapa teacher training college, saying "
            "they could face trial outside prison. Parents of the students said the decision set "
            "back the search for the truth. The attorney general's office said it would appeal."
        ),
        "crime",
    ),
    (
        "Salvadoran court sentences gang members in mass trial",
        (
            "A court in El Salvador sentenced 492 members of the MS-13 gang to prison terms of up "
            "to 1,300 years on Wednesday in a mass trial for murders, extortion and other crimes "
            "committed over a decade, the attorney general's office said. Defendants attended by "
            "video from prison. Rights groups said mass trials denied the accused a proper "
            "defence."
        ),
        "crime",
    ),
    (
        "Venezuelan deportees sent to Salvadoran mega-prison",
        (
            "More than 200 Venezuelan men deported from the United States were flown to El "
            "Salvador's Terrorism Confinement Centre on Sunday under a deal between the two "
            "governments, officials said. The US government said they were members of the Tren de "
            "Aragua gang. Relatives in Venezuela said some of the men had no criminal record. A "
            "federal judge had ordered the flights halted while they were in the air. El "
            "Salvador's president posted a video of the men having their heads shaved and being "
            "led into cells."
        ),
        "politics",
    ),
    (
        "Colombian former army chief charged over extrajudicial killings",
        (
            "Colombian prosecutors charged a former army commander on Tuesday over the killing of "
            "civilians by soldiers who presented them as guerrillas killed in combat in the 2000s, "
            'a practice known as "false positives". He denies the charges. The transitional '
            "justice court has estimated that 6,402 people were killed in such cases between 2002 "
            "and 2008."
        ),
        "crime",
    ),
    (
        "Brazilian court jails former Rio police chief over militia ties",
        (
            "A Rio de Janeiro court sentenced a former head of the state civil police to 21 years "
            "in prison on Friday for protecting militia groups and illegal gambling bosses in "
            "exchange for money. Prosecutors said he had passed on information about "
            "investigations. He was arrested at his home in Barra da Tijuca last year."
        ),
        "crime",
    ),
]
