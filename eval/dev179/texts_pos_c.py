"""dev179 positives (3 of 3): gangs, insurgents, rebels and bombers against telecoms, pipelines,
ships and broadcasters (Haiti, Pakistan, Mozambique, Colombia, the Red Sea, Iran and Israel,
Syria, Ukraine, Congo, Sri Lanka) (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Haiti gang attack torches Digicel antenna as residents flee Port-au-Prince suburb",
        (
            "PORT-AU-PRINCE, Haiti (AP) — Gang members set fire to homes and to a "
            "telecommunications site in the Port-au-Prince suburb of Kenscoff on Monday, forcing "
            "hundreds of residents to flee on foot toward the mountains, local officials said. "
            "Digicel, one of Haiti's two mobile operators, said a relay antenna serving Kenscoff "
            "and parts of Pétion-Ville had been destroyed and that another site nearby had been "
            "vandalised, leaving thousands of subscribers without service. The attack was the "
            "latest by the Viv Ansanm gang coalition, which controls most of the capital and has "
            "pushed into the hills above it since the start of the year. Witnesses said gunmen "
            "went from house to house and shot at people who tried to run. The International "
            "Organization for Migration said more than 3,000 people had been displaced from the "
            "area in a week. A police spokesman said officers had been sent to reinforce the "
            "area but did not say whether they had clashed with the gang. Digicel and its rival "
            "Natcom have lost dozens of sites to looting and fuel theft, and technicians now "
            "need police escorts to reach many of them."
        ),
        "V D",
        "gang attack",
    ),
    (
        "Suicide bomber kills five Chinese engineers working on Pakistan dam",
        (
            "ISLAMABAD (Reuters) - A suicide bomber rammed an explosives-laden car into a convoy "
            "carrying Chinese engineers in north-western Pakistan on Tuesday, killing five "
            "Chinese nationals and their Pakistani driver, police said. The engineers were "
            "travelling from Islamabad to the Dasu hydropower project in Khyber Pakhtunkhwa, "
            "where a Chinese state company is building one of the country's largest dams. Their "
            "vehicle plunged into a ravine near Besham after the blast and caught fire, a "
            "regional police chief said. No group immediately claimed the attack, and the "
            "Pakistani Taliban denied involvement. Pakistan's interior minister called it a "
            "terrorist attack aimed at sabotaging the country's ties with Beijing. China's "
            "foreign ministry demanded a thorough investigation and said Pakistan must protect "
            "Chinese personnel, projects and institutions. Three Chinese companies working on "
            "power projects suspended work, a company official said. It was the second attack on "
            "Chinese workers at Dasu; in 2021 a bombing killed nine Chinese engineers on the "
            "same road."
        ),
        "T E V",
        "suicide bombing",
    ),
    (
        (
            "Insurgents attack Mozambique's Palma, cutting phones as gas project workers shelter "
            "in hotel"
        ),
        (
            "Islamist insurgents attacked the town of Palma in northern Mozambique from three "
            "sides on Wednesday, and fighting with security forces was continuing on Saturday, "
            "the government said, as contractors working on a nearby multibillion-dollar gas "
            "project remained trapped in a hotel. Communications with the town were cut on the "
            "first day of the attack when the insurgents destroyed the mobile phone masts and "
            "the Vodacom and Movitel networks went down, leaving relatives abroad to rely on "
            "satellite phone calls relayed by security contractors. A convoy of 17 vehicles that "
            "tried to break out of the Amarula hotel on Friday was ambushed, and several people "
            "were killed, according to a private security firm. Witnesses said bodies lay in the "
            "streets, some of them beheaded. Thousands of residents fled into the bush or toward "
            "the Afungi peninsula, where Total's project is based, and boats carried hundreds "
            "more to Pemba. The militants, known locally as al-Shabab but linked to Islamic "
            "State, have waged an insurgency in Cabo Delgado province since 2017. Total said it "
            "had withdrawn all staff from the site. South African security contractors flew "
            "helicopters over the town to pick up survivors from beaches and rooftops. Aid "
            "agencies said they were preparing to receive thousands of displaced people in Pemba "
            "and Mueda, which already host hundreds of thousands who fled earlier attacks. The "
            "World Food Programme said it had suspended food distributions in parts of the "
            "district. Mozambique's government has refused offers of foreign troops, saying its "
            "own forces are able to deal with the insurgents."
        ),
        "T B V D H",
        "town assault",
    ),
    (
        "ELN rebels bomb Colombia's Caño Limón pipeline, spilling crude into river",
        (
            "BOGOTA (Reuters) - Rebels of the National Liberation Army (ELN) bombed the Caño "
            "Limón-Coveñas oil pipeline in Colombia's north-eastern Arauca province early on "
            "Sunday, forcing state oil company Ecopetrol to halt pumping and spilling crude into "
            "a tributary of the Arauca river, the army said. It was the ninth attack on the "
            "pipeline this year, according to Ecopetrol, which said pumping from the Caño Limón "
            "field had been suspended. Soldiers guarding the line found the remains of two "
            "explosive charges near a hamlet east of Saravena, the army said in a statement. The "
            "ELN, which has fought the state since 1964, did not claim the attack but has "
            "previously described the pipeline as a symbol of foreign plunder of Colombian "
            "resources. Environmental officials said water supply to two villages had been cut "
            "while crews set up containment barriers. The attack came two days after the group "
            "called off a unilateral ceasefire declared for the election period. Ecopetrol said "
            "repairs could take up to a week because of security risks in the area."
        ),
        "E",
        "pipeline bombing",
    ),
    (
        (
            "Houthi missile kills three crew on bulk carrier in Gulf of Aden, first deaths of "
            "Red Sea campaign"
        ),
        (
            "A missile fired by Yemen's Houthi movement struck the Barbados-flagged bulk carrier "
            "True Confidence in the Gulf of Aden on Wednesday, killing three crew members and "
            "injuring four others, the US military said, the first deaths since the group began "
            "attacking merchant ships in November. The crew abandoned the burning ship, and an "
            "Indian navy warship rescued 21 people, including the injured, using its helicopter "
            "and boats. Houthi military spokesman Yahya Saree said the group had targeted the "
            "vessel with naval missiles and described it as American, although its owner is "
            "registered in Liberia and its operator in Greece. Shipping security firms said "
            "vessels in the area had reported persistent GPS interference and spoofed AIS "
            "positions in the hours before the strike, making it harder for crews to verify "
            "their location. Britain's Maritime Trade Operations centre said the vessel was "
            "about 50 nautical miles south-west of Aden when it was hit. The Houthis say their "
            "attacks are in support of Palestinians in Gaza. Insurers said war-risk premiums for "
            "the route were likely to rise again."
        ),
        "E",
        "missile strike",
    ),
    (
        (
            "Israel-linked hackers hit Iran's Bank Sepah and burn $90 million in crypto as "
            "strikes continue"
        ),
        (
            "A hacking group widely linked to Israel said on Wednesday it had drained and "
            "destroyed about $90 million in cryptocurrency from Nobitex, Iran's largest crypto "
            "exchange, a day after it claimed a cyberattack that disrupted services at "
            "state-owned Bank Sepah. The group, known as Predatory Sparrow or Gonjeshke Darande, "
            "sent the funds to addresses that nobody controls, effectively burning them, "
            "blockchain analysts said. The attacks came on the sixth day of Israel's air "
            "campaign against Iran, which the Israeli military says has hit hundreds of nuclear "
            "and military targets. Israeli jets struck a police headquarters and a building of "
            "the state broadcaster IRIB in Tehran on Monday, and Iranian missiles hit "
            "residential buildings in Tel Aviv and Haifa overnight, killing at least four "
            "people, Israeli emergency services said. Iran's communications ministry restricted "
            "international internet access, saying the enemy was using the network for military "
            "purposes, and monitoring groups recorded traffic falling by about 97%. Nobitex said "
            "its hot wallets had been compromised and that customers' funds in cold storage were "
            "safe. Iranian officials have not commented on the group's claims."
        ),
        "E M",
        "air war",
    ),
    (
        "Rebels' drone unit spearheads lightning push into Aleppo",
        (
            "Syrian rebels led by Hayat Tahrir al-Sham entered Aleppo on Friday, two days after "
            "launching their biggest offensive in years, with fighters posting videos of "
            "themselves in the city's western districts as government troops withdrew. Military "
            "analysts said the advance had been paved by a drone unit the group calls the "
            "Shaheen Brigades, which has used small explosive-laden drones to hit tanks, "
            "artillery and officers' cars behind government lines. A Syrian army statement "
            'acknowledged "a large-scale attack" and said dozens of soldiers had been killed, '
            "while Russian jets struck rebel positions in Idlib province. The Syrian Observatory "
            "for Human Rights, a UK-based monitor, said more than 250 people had been killed "
            "since Wednesday, most of them combatants. Thousands of civilians fled Aleppo's "
            "western neighbourhoods toward the Kurdish-held north of the city, residents said. "
            "The rebels' drones are assembled from commercial parts in workshops in Idlib, "
            "according to a fighter quoted on the group's Telegram channel, and some use cameras "
            "and circuit boards bought from online marketplaces. The Syrian government cut "
            "mobile internet in parts of Aleppo on Saturday."
        ),
        "B E D",
        "offensive",
    ),
    (
        "Russian strike on Kyiv TV tower kills five and takes Ukrainian channels off air",
        (
            "KYIV, Ukraine (AP) — Russian missiles hit Kyiv's main television tower on Tuesday, "
            "killing five people and knocking several Ukrainian channels off the air, officials "
            "said, as Russia warned residents near what it called information and psychological "
            "operations centres to leave their homes. The strike hit the base of the 385-metre "
            "tower and a control room, and a second missile landed nearby, close to the Babyn "
            "Yar memorial to the Holocaust victims of 1941. Video posted by Ukrainian officials "
            "showed a fireball at the foot of the structure and cars burning on a nearby road. "
            "Ukraine's state communications service said broadcasting of national channels had "
            "been switched to backup transmitters within hours. Russia's defence ministry said "
            'it was targeting facilities used by the Ukrainian security service for "information '
            'attacks". President Volodymyr Zelensky said the world could not stay silent when '
            "missiles fell on Babyn Yar."
        ),
        "E",
        "missile strike",
    ),
    (
        ("Drone downs Colombian police helicopter, killing 13, as truck bomb hits Cali air base"),
        (
            "Thirteen police officers were killed in north-western Colombia on Thursday when "
            "their Black Hawk helicopter was brought down by a drone while it was flying them to "
            "a coca eradication operation in Amalfi, Antioquia, the government said. Hours "
            "later, a truck packed with explosives blew up outside an air force school in Cali, "
            "killing six civilians and wounding more than 60, the city's mayor said. President "
            "Gustavo Petro blamed the Amalfi attack on the Gulf Clan and the Cali bombing on a "
            "faction of FARC dissidents that rejected the 2016 peace deal, called both attacks "
            "terrorism and ordered both groups to be treated as terrorist organisations. Police "
            "said the helicopter was hit as it prepared to land near the coca fields. Armed "
            "groups in Colombia have carried out hundreds of drone attacks on soldiers and "
            "police since 2024, using cheap commercial models fitted with explosives, according "
            "to the defence ministry. The army is now buying jamming systems and training "
            "soldiers to shoot drones down, but commanders say they cannot protect every base "
            "and patrol. Petro announced the deaths on X."
        ),
        "E T",
        "drone attack",
    ),
    (
        "Internet and power cut in Goma as M23 rebels fight their way into city",
        (
            "GOMA, Democratic Republic of Congo (Reuters) - Fighting raged in the streets of "
            "Goma on Monday as M23 rebels, backed by Rwandan troops, pushed into the eastern "
            "Congolese city, and internet and electricity went down across much of it, residents "
            "said. Gunfire and explosions were heard near the airport and the central market, "
            "and bodies lay in several streets, a Reuters witness said. Mobile operators Vodacom "
            "and Airtel said their networks in Goma were largely offline because of power cuts "
            "and damage to equipment, and NetBlocks reported a near-total loss of connectivity. "
            "Hospitals run by the International Committee of the Red Cross and Doctors Without "
            "Borders said they were overwhelmed with wounded, and the UN said fighting had "
            "forced it to halt humanitarian operations in the city. Hundreds of thousands of "
            "people who had already fled earlier fighting were living in camps on the city's "
            "edge, and many fled again toward the Rwandan border or onto boats on Lake Kivu. "
            "Congo's government called the advance a declaration of war by Rwanda. Residents "
            "used the few working Starlink terminals in hotels to send messages to relatives. "
            "Mobile money services that most Goma residents use to buy food and pay rent were "
            "also down, traders said. The UN peacekeeping mission said its bases were sheltering "
            "civilians and that several of its troops had been killed in the fighting in recent "
            "days. Congolese soldiers were seen surrendering their weapons to UN peacekeepers "
            "near the Rwandan border, according to witnesses."
        ),
        "B D H",
        "battle",
    ),
    (
        "Sri Lanka blocks Facebook and WhatsApp after Easter bombings kill more than 200",
        (
            "Sri Lanka's government blocked Facebook, WhatsApp, Instagram, YouTube and Viber on "
            "Sunday, hours after a series of bomb blasts at churches and luxury hotels killed "
            "more than 200 people, saying it wanted to stop false information from spreading. "
            "Explosions tore through St Anthony's Shrine in Colombo and churches in Negombo and "
            "Batticaloa during Easter services, and three hotels in the capital were hit at "
            "breakfast time. Police said seven suicide bombers had carried out the attacks and "
            "that 13 people had been arrested. The defence minister called the bombings a "
            "terrorist attack by religious extremists. The presidential secretariat said the "
            "social media ban was a temporary measure until investigations were complete. The "
            "country had blocked the same platforms for about a week last year after anti-Muslim "
            "riots in Kandy that officials said were stoked by posts on Facebook. Some "
            "researchers welcomed the move, but others warned that the block would also stop "
            "people from checking that relatives were safe. NetBlocks said users were already "
            "turning to VPN services to get around it."
        ),
        "T E V",
        "suicide bombing",
    ),
]
