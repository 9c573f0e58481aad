"""dev317 positives, part B: technology stories that report current armed conflict or political
violence (offensives and shutdowns, crackdowns on protests, sabotage and arson claimed as
political, drones on the front).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        "Aleppo loses internet as rebel offensive reaches the city",
        "Internet and phone networks went down across much of Aleppo on Friday as rebel fighters led by Hayat Tahrir al-Sham pushed into the city's western districts, residents and monitors said. The Syrian Observatory for Human Rights said the rebels had taken dozens of towns and villages in Aleppo and Idlib provinces in three days, and that more than 250 people had been killed on both sides. State-run Syrian Telecom said attacks had damaged cables on the main route into the city, but residents said service dropped as government forces withdrew. Syrian and Russian jets struck rebel-held areas in Idlib overnight, the monitor said. Thousands of families fled towards Kurdish-held areas in the north and towards Hama, clogging the roads out of the city. People trying to reach relatives abroad queued at the few cafes with working satellite links. “My mother is in Salaheddine and I have not heard her voice since Thursday,” said a Syrian software engineer in Gaziantep. Cloudflare radar showed traffic from Aleppo at a fraction of its usual level by Saturday morning.",
        "B D",
        "offensive",
    ),
    (
        "Haiti gangs torch telecom sites as Port-au-Prince fighting spreads",
        "Armed gangs set fire to a Digicel switching centre and cut fibre lines in Port-au-Prince, knocking out phone and internet service for large parts of the Haitian capital, the company said on Wednesday. The attack came during a second week of fighting between the gang coalition Viv Ansanm and police, who were trying to retake neighbourhoods around the national palace. Police said officers exchanged fire with gang members for several hours in the Champ de Mars area. Digicel said technicians could not reach the damaged sites without armoured escort, and state operator Natcom reported similar damage in Delmas. The UN said thousands of residents had been forced from their homes in the latest violence. Mobile money, which many Haitians use to receive remittances, stopped working in the affected areas. “We are fixing a cable in the morning and it is cut again in the afternoon,” a Digicel engineer said. The Kenyan-led security mission said it had deployed armoured vehicles to protect key infrastructure. Gang leaders have publicly threatened to attack any company that cooperates with the police. In a video shared on TikTok, one of them warned engineers to stay away from the neighbourhoods his men control. The Haitian Telecommunications Council said the attacks had cost operators millions of dollars since the start of the year. Residents of Solino said many families had moved in with relatives in Pétion-Ville.",
        "B D",
        "gang_fighting",
    ),
    (
        "Iran blocks Instagram and WhatsApp as protests spread and forces open fire",
        "Iran blocked Instagram and WhatsApp and cut mobile internet in parts of Tehran and Kurdistan province on Wednesday, as protests over the death of Mahsa Amini in police custody spread to dozens of cities. Security forces fired live ammunition and tear gas at demonstrators in several towns, rights groups said, and state television reported that 17 people, including police, had been killed since the unrest began. The Norway-based group Iran Human Rights put the toll higher, at 31 civilians. Protesters set fire to police vehicles and tore down images of the supreme leader in Tehran, videos shared online showed. NetBlocks said it was the most severe internet restriction in Iran since 2019, with the country's three main mobile operators largely offline in the evening. Instagram had been the last major Western platform still accessible without a VPN. Demand for VPN apps in Iran rose more than twentyfold within a day, according to one provider. The US Treasury later eased export rules on communications tools to help Iranians get around the blocks.",
        "U",
        "crackdown",
    ),
    (
        "Mozambique restricts mobile data as police kill protesters in Maputo",
        "Mobile internet was restricted across Mozambique on Thursday as police fired tear gas and live rounds at crowds protesting against the result of last month's election, rights groups and monitors said. The Centre for Democracy and Human Rights said at least 18 people had been killed in clashes since the protests began, including three in the capital on Thursday. Protesters burned tyres and blocked roads, and some looted shops in the suburbs of Maputo and Matola. Opposition candidate Venâncio Mondlane, who says the vote was rigged, had called the demonstrations from abroad in live broadcasts on Facebook. Operators Vodacom and Movitel did not explain the outage, which affected mobile data but not voice calls. South Africa closed its main border crossing with Mozambique for a day after violence near the Lebombo post. Businesses in Maputo said card payments and delivery apps stopped working. The government denied ordering a shutdown and said the disruption was caused by a technical fault.",
        "U",
        "crackdown",
    ),
    (
        "Israeli strike on Ogero exchange kills technicians in south Lebanon",
        "An Israeli air strike hit a telephone exchange run by Lebanon's state operator Ogero in Nabatieh on Wednesday, killing two technicians and cutting landline and internet service to much of the district, the company said. Ogero's director-general said the two men had gone to the building to restart generators after an earlier strike nearby knocked out power. The Israeli military said it struck Hezbollah targets in the Nabatieh area, without referring to the exchange. Lebanon's health ministry said strikes across the south and the Bekaa valley killed at least 41 people over 24 hours. Ogero said more than 60 of its sites in the south were out of service and that teams could no longer work safely south of the Litani river. Internet providers in Beirut said traffic had risen sharply as families displaced from the south moved into schools and rented flats in the capital. Mobile operators Touch and Alfa said they had placed cell-on-wheels units in shelters. The telecoms minister called the strike a deliberate attack on civilian infrastructure.",
        "E",
        "airstrike",
    ),
    (
        "Missile hits Kyiv office block housing IT firms; four dead",
        "A Russian ballistic missile struck a business centre in Kyiv's Solomianskyi district on Thursday morning, killing four people and injuring at least 19, many of them employees of software companies that rent offices in the building, city officials said. Rescue teams pulled two people alive from the rubble of the upper floors, the State Emergency Service said. The building housed the Kyiv offices of several outsourcing firms, a payments startup and a game studio, according to its owner. One developer said the air-raid alert sounded about a minute before the explosion, not enough time to reach the shelter in the basement. Mayor Vitali Klitschko said debris also fell on a nearby metro station. Ukraine's air force said Russia fired six ballistic missiles at the capital, of which four were intercepted. The IT Ukraine Association said several member companies had moved staff to remote work and were offering relocation to western regions. “We ship code on deadlines while counting the missiles,” said the chief executive of one of the firms.",
        "E",
        "missile_strike",
    ),
    (
        "Fibre-optic drones tighten Russia's grip on Ukrainian supply routes in Kursk",
        "Russian drones guided by thin fibre-optic cables, immune to jamming, have turned the last road supplying Ukrainian troops in Russia's Kursk region into a graveyard of burnt-out vehicles, soldiers and analysts say. Ukraine's General Staff said on Monday its forces had repelled 34 Russian assaults in the Kursk sector in a day, while Russia's defence ministry said it had retaken three more villages near Sudzha. Soldiers from a Ukrainian assault brigade described cars and armoured vehicles being hit by first-person-view drones that trail spools of cable up to 10 kilometres long. “Our jammers do nothing against them. You see the wire glinting in the sun, and then it hits,” one drone operator said. Ukrainian units have started stringing nets over roads and hunting the drones' operators with their own aircraft. The fibre-optic models, first used in numbers by Russian units last year, are now also being mass-produced in Ukraine. Military analysts at the Institute for the Study of War said Ukrainian forces around Sudzha were at risk of encirclement. Russia's defence ministry posted videos it said showed its drones destroying a Ukrainian armoured vehicle and a supply truck near Sudzha. The ministry said Ukrainian losses in the sector over a day amounted to hundreds of soldiers, a figure that could not be verified. Ukrainian commanders have not commented on the claims. Cable spools, bought from Chinese suppliers, cost a few hundred dollars each, according to volunteers who supply Ukrainian units.",
        "B E",
        "battle",
    ),
    (
        "Drones hit Port Sudan power station and fuel depots for a third day",
        "Drones struck a power station and fuel depots in Port Sudan for a third day on Tuesday, plunging the Red Sea city, seat of Sudan's army-aligned government, into darkness and knocking out mobile service in several districts, residents and officials said. The army blamed the Rapid Support Forces, which has not commented. A government spokesman said drones also hit the city's international airport and a hotel near the presidential residence. Port Sudan had been largely spared during two years of war and hosts UN agencies, embassies and hundreds of thousands of people who fled the fighting in Khartoum. Zain Sudan said the power cut had taken many of its sites off air, and long queues formed at the few shops offering phone charging from generators. The UN said humanitarian flights had been suspended. “We came here because it was safe. Now the drones come at dawn,” said a telecoms engineer who fled Khartoum in 2023. The port handles most of the fuel and aid entering the country.",
        "E H",
        "drone_strike",
    ),
    (
        "Drone swarms, blackouts and blocked accounts as India and Pakistan trade strikes",
        "Authorities in Indian and Pakistani border cities ordered blackouts overnight as both countries reported waves of drones crossing the Line of Control and the international border, a day after Indian missile strikes on what New Delhi called terrorist camps in Pakistan. India's army said it had intercepted drones over Jammu, Pathankot and Amritsar, and that debris fell on homes in several villages. Pakistan's military said Indian shelling had killed 31 civilians since Wednesday, and that it had shot down Indian aircraft, a claim India did not confirm. In Jammu, residents filmed air defence tracer fire lighting up the sky as sirens sounded. India's IT ministry ordered X to block more than 8,000 accounts, including those of some news organisations, the company said, adding that it disagreed with the order. Pakistan restored access to X, which it had blocked for more than a year, as officials used it to broadcast military statements. Airports across north India were closed to civilian flights. Fact-checkers on both sides said a flood of recycled videos and AI-generated images was making it hard to tell what had been hit. In Poonch, on the Indian side of the line, residents said shells hit homes and a gurdwara, and families left for relatives' houses further from the border. Pakistan's information minister accused India of spreading false claims about the damage. Both governments urged citizens not to share videos of military movements.",
        "E M",
        "cross_border_strikes",
    ),
    (
        "ELN offensive in Catatumbo takes down phone network as thousands flee",
        "Fighting between the ELN guerrilla group and FARC dissidents in Colombia's Catatumbo region has killed at least 80 people and forced more than 32,000 to flee their homes, the local ombudsman's office said on Tuesday. ELN fighters went house to house in several villages looking for people on lists of alleged dissident collaborators, residents said, and former FARC members who had signed the 2016 peace deal were among those killed. Mobile and internet service failed across much of the region after fighters damaged towers and a fibre node near Tibú, operator Claro said. Families who reached Cúcuta said they had been unable to warn relatives because phones had no signal. “We walked for two days. Nobody knew if we were alive,” said a woman who arrived at a sports stadium converted into a shelter. President Gustavo Petro suspended peace talks with the ELN and declared a state of internal commotion. The army said it was sending 5,000 troops to the area.",
        "B V D",
        "armed_clashes",
    ),
    (
        "Moscow's mobile internet cut as Ukrainian drones target the capital",
        "Mobile internet was switched off across large parts of Moscow and several surrounding regions on Wednesday as Russian air defences fought off what the mayor called one of the largest Ukrainian drone attacks on the capital. Mayor Sergei Sobyanin said 105 drones had been shot down on approach to the city over two nights. Debris damaged apartment blocks in Ramenskoye and Domodedovo, and two people were injured, regional officials said. Flights at all four of Moscow's main airports were suspended for hours, stranding tens of thousands of passengers. Residents said taxi apps, maps and online payments stopped working, and some shops put up signs asking for cash. Russian authorities say the mobile data cuts are needed because attack drones can use Russian SIM cards for navigation. The digital development ministry has begun drawing up “white lists” of services that remain available during shutdowns. Ukraine's General Staff said its drones had targeted a defence electronics plant in the Moscow region.",
        "E",
        "drone_attack",
    ),
    (
        "Army drone strike on market in northern Mali kills civilians, residents say",
        "A drone strike by Mali's army on a weekly market near the town of Aguelhok killed at least 11 civilians, including children, residents and a local rights group said on Monday. Witnesses said the drone, which they believed to be one of the Turkish-made Bayraktar TB2 aircraft bought by the junta, struck a group of traders gathered around fuel sellers and vehicles. Mali's armed forces said in a statement that they had carried out “precision strikes” on terrorist targets in the Kidal region and that several fighters had been “neutralised”. The Tuareg-led rebel alliance in the north said the dead were all civilians and accused the army of deliberately targeting the market. Images shared by residents showed burnt-out pickups and market stalls. Mali has made armed drones central to its campaign against separatist and jihadist groups since French and UN forces left. Human Rights Watch has documented several earlier strikes that killed civilians at weddings and funerals. Phone service in the area is patchy, and the toll could not be independently verified.",
        "E V M",
        "drone_strike",
    ),
    (
        "Azerbaijan launches Karabakh offensive; internet cut as residents head for Armenia",
        "Azerbaijan launched what it called “anti-terrorist measures” in Nagorno-Karabakh on Tuesday, shelling positions held by ethnic Armenian forces and towns including Stepanakert, and residents said internet and mobile service in the enclave collapsed within hours. Karabakh's human rights ombudsman said at least 27 people had been killed and more than 200 wounded on the first day. Azerbaijan's defence ministry said it had captured more than 60 military posts. Residents who reached Armenian relatives through a single satellite link said families were sheltering in basements and that thousands had gathered near the airport, where Russian peacekeepers are based. Armenia's government said it was preparing to receive tens of thousands of refugees. The Karabakh Telecom network had been running on limited power for months because of a blockade of the Lachin corridor. Within a week, more than 100,000 people, nearly the enclave's entire population, had crossed into Armenia, the government in Yerevan said.",
        "M E D",
        "offensive",
    ),
    (
        "FBI calls Tesla arson attacks domestic terrorism after fires in three states",
        "The FBI said on Tuesday it had formed a task force to investigate a series of arson and firearms attacks on Tesla showrooms, charging stations and vehicles, and its director called the attacks “domestic terrorism”. In the latest incident, five Tesla cars were set on fire and the word “Resist” was sprayed on the doors of a service centre in Las Vegas early on Tuesday, police said. Several shots were also fired into the building, and investigators recovered unexploded Molotov cocktails. Similar attacks have hit Tesla sites in Oregon, Colorado, South Carolina and Massachusetts since January, as protests against Elon Musk's role in the government spread. No one has been hurt. The Justice Department has charged at least three people with federal offences that carry sentences of up to 20 years. Musk wrote on his platform X that the attacks were “insane and deeply wrong”. Peaceful protests outside Tesla showrooms, organised under the slogan Tesla Takedown, have continued every weekend, and organisers have condemned the violence.",
        "T",
        "arson_attacks",
    ),
    (
        "Arson attack on pylon halts Tesla's German plant; far-left group claims it",
        "An arson attack on a high-voltage pylon near Berlin cut power to Tesla's factory in Grünheide on Tuesday, halting production and leaving thousands of homes in nearby villages without electricity, police and the grid operator said. A far-left group calling itself Vulkangruppe claimed the attack in a letter published online, accusing the carmaker of destroying nature and exploiting workers. Brandenburg's interior minister said the authenticity of the letter was being checked and that the police were investigating a “politically motivated” attack, while the federal prosecutor later took over the case on suspicion of anti-constitutional sabotage. Firefighters said a fire had been set at the base of the pylon in a field, which was reached on foot. About 12,500 workers were sent home, and Tesla said the stoppage would cost it hundreds of millions of euros. Elon Musk called the attackers “the dumbest eco-terrorists on Earth”. The same group claimed an arson attack on cables near the plant in 2021. Power to the villages was restored by evening.",
        "T",
        "sabotage",
    ),
    (
        "Police fire on Gen Z protesters in Kathmandu over social media ban; 19 dead",
        "Nepalese police opened fire on young protesters outside parliament in Kathmandu on Monday, killing at least 19 people and wounding more than 300, as demonstrations against a ban on social media platforms turned into running battles, officials said. Thousands of students, many in school uniform, broke through barricades and some climbed the walls of the parliament complex, police said. Officers responded with water cannon, tear gas, rubber bullets and live fire, witnesses and hospital staff said. The government imposed a curfew in central Kathmandu and later in several other cities, including Pokhara and Itahari. The protests were organised largely on TikTok and Reddit, two platforms not covered by the ban, which blocked 26 sites including Facebook, WhatsApp and YouTube. Home minister Ramesh Lekhak resigned in the evening, and the cabinet met late into the night to discuss lifting the ban. “We came for the internet and they gave us bullets,” said one 19-year-old, whose friend was shot in the leg. Amnesty International called for an independent investigation into the use of lethal force. Hospitals in the capital appealed for blood donations. The army was deployed around government buildings after nightfall.",
        "U",
        "crackdown",
    ),
]
