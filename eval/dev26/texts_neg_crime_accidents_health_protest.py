"""dev26 texts: negatives: crime, trials and extraditions; negatives: accidents; negatives:
health; negatives: peaceful protests.

NEGATIVES = [(title, text, kind code), ...], in the order they were written.
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: crime, trials and extraditions
    (
        "Wanted gangster shot in leg in police encounter in Meerut",
        "A man wanted for robbery was shot in the leg in an encounter with Uttar Pradesh police in Meerut after he opened fire when stopped at a checkpoint, police said.",
        "crime",
    ),
    (
        "Three men convicted in Germany of financing Hamas",
        "A Berlin court convicted three men of collecting money for Hamas through a charity and sentenced them to prison terms of up to three years. The court said the money had reached the group's social institutions in Gaza.",
        "crime",
    ),
    (
        "Alleged Hezbollah financier extradited to US",
        "A Lebanese businessman accused of laundering money for Hezbollah was extradited from Romania to the United States, where he faces sanctions-evasion charges. His lawyer said he would plead not guilty.",
        "crime",
    ),
    (
        "'El Mayo' Zambada admits guilt in Brooklyn court",
        "The 77-year-old drug lord Ismael Zambada told a US judge he had run the Sinaloa organisation's cocaine business for decades, entering a guilty plea to racketeering. Sentencing is set for January.",
        "crime",
    ),
    (
        "Clan del Golfo's former leader Otoniel sentenced in US",
        "The former leader of Colombia's Clan del Golfo, known as Otoniel, was sentenced to 45 years in prison by a US court for drug trafficking. He had pleaded guilty to sending tonnes of cocaine to the United States.",
        "crime",
    ),
    (
        "Dacoits loot jewellery shop in Ludhiana",
        "Four armed dacoits looted a jewellery shop in Ludhiana and escaped with gold worth 50 lakh rupees, police said. CCTV footage showed the men in helmets. Police said they had identified two of the men.",
        "crime",
    ),
    (
        "Enugu police rescue doctor kidnapped for ransom",
        "Police in Enugu rescued a doctor who had been kidnapped from his clinic by a gang demanding ransom, and arrested three suspects. The gang had demanded 50 million naira from his family, police said, adding that no ransom was paid.",
        "crime",
    ),
    (
        "Ambazonian separatist fundraisers convicted in Minnesota",
        "Three men were convicted in a US federal court of raising money to buy weapons for Ambazonian separatists in Cameroon, prosecutors said. They will be sentenced in the spring.",
        "crime",
    ),
    (
        "Lagos 'one-chance' robbery gang arrested",
        "Police in Lagos arrested members of a 'one-chance' robbery gang who used a commercial bus to rob passengers, and recovered phones and cash. The suspects will be charged in court next week, a police spokesman said.",
        "crime",
    ),
    (
        "Cattle rustlers jailed in Botswana",
        "A court in Botswana jailed four cattle rustlers for stealing 40 head of cattle from a farm near Francistown. The magistrate said stock theft was ruining small farmers and handed each man a five-year sentence.",
        "crime",
    ),
    (
        "Bishnoi gang claims shooting at singer's house in Canada",
        "Gunshots were fired at the home of a Punjabi singer in Surrey, and a social media post attributed to the Bishnoi gang claimed responsibility. No one was hurt. Police are investigating the claim.",
        "crime",
    ),
    (
        "Court convicts Boko Haram suspects in mass trial",
        "A Nigerian court in Kainji convicted 125 Boko Haram suspects of terrorism financing and membership in a mass trial, the justice ministry said. The trials were held behind closed doors at a military facility.",
        "crime",
    ),
    (
        "Tren de Aragua members arrested in Chile",
        "Chilean police arrested 30 alleged members of the Tren de Aragua gang in raids in Santiago, charging them with extortion and human trafficking. Prosecutors said the group charged shopkeepers weekly fees.",
        "crime",
    ),
    (
        "Armed robbers raid bank in Ondo, two killed",
        "Armed robbers attacked a bank in Akoko, Ondo state, and two of them were killed in a shootout with police, the state police command said. The other robbers fled with an undisclosed sum, and a manhunt was launched.",
        "crime",
    ),
    (
        "Man jailed in UK for supporting proscribed group online",
        "A man was jailed for three years in London for posting messages supporting the BLA, a banned group, on social media. The judge said the posts had been shared thousands of times; the man had no links to any attack.",
        "crime",
    ),
    # ---------------------------------------------------------------- negatives: accidents
    (
        "Petrol scooping ends in fireball in Majiya",
        "More than 150 people died when an overturned fuel tanker exploded in Majiya, Jigawa state, as residents collected spilled petrol, police said. The Federal Road Safety Corps said the driver lost control while avoiding a truck.",
        "accident",
    ),
    (
        "Jade mine landslide in Hpakant leaves dozens missing",
        "A landslide at a jade mine in Hpakant, Kachin state, buried dozens of miners, a rescue group said. Heavy rain had loosened a mound of mining waste, and rescuers searched a lake at its foot by boat, the group said.",
        "accident",
    ),
    (
        "Boat capsizes on Niger River, dozens missing",
        "A boat carrying more than 200 passengers capsized on the Niger River near Gbajibo, police said, and rescuers recovered 30 bodies. Most of the passengers were traders heading to a weekly market, and the boat was overloaded, officials said.",
        "accident",
    ),
    (
        "Hazara Express derails near Nawabshah",
        "Several coaches of the Hazara Express derailed near Nawabshah in Sindh, killing 30 people, railway officials said. The railways minister said a faulty track joint was the likely cause and ordered an inquiry.",
        "accident",
    ),
    (
        "Stampede at children's funfair in Ibadan",
        "A stampede at a children's funfair in Ibadan killed 35 children, Oyo state police said. Organisers had distributed free gifts at the school grounds, and parents crowded the gates before dawn, a witness said.",
        "accident",
    ),
    (
        "Gas explosion hits Maiduguri restaurant, police rule out bomb",
        "A cooking gas cylinder exploded in a restaurant in Maiduguri, killing four people, and police said there was no indication of a bomb. The cylinder had been leaking, the fire service said.",
        "accident",
    ),
    (
        "Air force trainer jet crashes in Kaduna",
        "A Nigerian Air Force trainer jet crashed during a routine flight near Kaduna, killing both pilots, the air force said. A board of inquiry will investigate the cause of the crash, a spokesman said.",
        "accident",
    ),
    (
        "Bus plunges into gorge on Imphal-Dimapur highway",
        "A bus carrying students on an excursion plunged into a gorge on the Imphal-Dimapur highway, killing 15, Manipur officials said. Police said the driver lost control on a sharp bend in heavy rain.",
        "accident",
    ),
    (
        "Artisanal pit caves in near Kangaba, most victims women",
        "At least 40 gold panners, most of them women, died when an artisanal pit caved in near Kangaba, in south-western Mali, local officials said. Rains had weakened the walls of the pit, which the authorities had closed, a miner said.",
        "accident",
    ),
    # ---------------------------------------------------------------- negatives: health
    (
        "Polio vaccination campaign starts in Khyber Pakhtunkhwa",
        "Health workers began a week-long polio vaccination campaign in Khyber Pakhtunkhwa, aiming to reach 6 million children. Teams will go door to door in 30 districts, and religious scholars have backed the drive in Friday sermons.",
        "health",
    ),
    (
        "Meningitis outbreak in Niger's Zinder region",
        "Niger's health ministry declared a meningitis outbreak in Zinder region after 200 cases, and launched a vaccination campaign. Most cases are among children aged 5 to 14, and schools in two districts were told to report fevers.",
        "health",
    ),
    (
        "Ebola outbreak declared in Kasai's Bulape",
        "Congo's health ministry declared an Ebola outbreak in Bulape, Kasai province, after 15 deaths, and vaccination began. The World Health Organization sent a team and doses of vaccine for health workers and contacts.",
        "health",
    ),
    (
        "Mpox cases rise in Bujumbura",
        "Burundi's health ministry said mpox cases in Bujumbura rose to 600, and schools were told to reinforce hygiene measures. Vaccination began for health workers and close contacts, with doses donated by Japan.",
        "health",
    ),
    (
        "Lassa fever kills health workers in Ondo",
        "Lassa fever killed three health workers in Ondo state, Nigeria's Centre for Disease Control said. The agency said 120 cases had been confirmed in the state since January and urged hospitals to screen feverish patients.",
        "health",
    ),
    (
        "Cholera outbreak in Lusaka prompts water drive",
        "Zambia's government began delivering clean water to Lusaka neighbourhoods after a cholera outbreak killed 40 people. The national stadium was turned into a treatment centre, and the start of the school term was postponed.",
        "health",
    ),
    (
        "Cameroon rolls out malaria vaccine",
        "Cameroon became the first country to roll out a malaria vaccine in routine childhood immunisation, the WHO said. The RTS,S vaccine will be offered to children under two in 42 health districts, the health ministry said.",
        "health",
    ),
    # ---------------------------------------------------------------- negatives: peaceful protests
    (
        "Baloch Yakjehti Committee holds sit-in outside Islamabad press club",
        "Women of the Baloch Yakjehti Committee held a peaceful sit-in outside the Islamabad press club, demanding information about missing relatives. Police allowed the sit-in to continue and no arrests were reported.",
        "protest",
    ),
    (
        "Meira Paibis hold torch rally in Imphal",
        "Thousands of Meitei women of the Meira Paibi movement held a peaceful torch rally in Imphal demanding the removal of illegal drugs. The rally passed off without incident, police said.",
        "protest",
    ),
    (
        "Former FARC fighters march to Bogota",
        "Hundreds of former FARC fighters and their families marched peacefully into Bogota to demand protection and land promised in the peace deal. They were received by the interior minister, and the march ended with a concert in Bolivar Square.",
        "protest",
    ),
    (
        "Miyetti Allah herders rally in Abuja over grazing reserves",
        "Members of the Miyetti Allah Cattle Breeders Association held a peaceful rally in Abuja, demanding grazing reserves and compensation for lost cattle. The rally ended outside the National Assembly, where they handed over a letter.",
        "protest",
    ),
    (
        "PTM jirga in Khyber ends peacefully",
        "Thousands attended the Pashtun Tahafuz Movement's jirga in Khyber district, which ended peacefully with demands for an end to military operations. Its leader thanked the provincial government for allowing the gathering.",
        "protest",
    ),
    (
        "Kurdish mothers keep vigil in Diyarbakir",
        "Mothers whose children joined the PKK continued their weekly sit-in outside a party office in Diyarbakir, asking for their return. The mothers, who have gathered every week since 2019, read statements and went home.",
        "protest",
    ),
    (
        "Haitian diaspora marches in Miami",
        "Thousands of Haitians marched peacefully in Miami against US deportations and the end of temporary protected status. The march through Little Haiti ended with speeches and music at a church, police said.",
        "protest",
    ),
    (
        "Hostage families rally in Tel Aviv",
        "Tens of thousands rallied in Tel Aviv's Hostages Square, calling on the government to reach a deal with Hamas to free the remaining hostages. The rally ended peacefully, and organisers said another was planned for next Saturday.",
        "protest",
    ),
]
