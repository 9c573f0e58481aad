"""dev217 positives, part B: Africa, Asia, Latin America and the Caribbean, Northern Ireland.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes of eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "RSF fighters loot Sudan's national museum as battle for Khartoum drags on",
        "Fighters of the paramilitary Rapid Support Forces have looted Sudan's National Museum in Khartoum, carrying off gold jewellery, statues and other artefacts from the kingdoms of Kush, the culture ministry said on Tuesday. Satellite images and videos shared online showed lorries parked outside the building, which the RSF has held since the first weeks of the war. The ministry said pieces had been driven south-west towards Darfur and the border with South Sudan, and asked UNESCO and Interpol to watch for them on the market. Heavy fighting went on around the museum's district, al-Mogran, where the army shelled RSF positions on Monday, residents said. Sudan's war, now in its second year, has killed tens of thousands of people and driven more than 10 million from their homes, according to the United Nations. The museum holds the reconstructed temples saved from the waters of Lake Nubia in the 1960s, too heavy to move. 'These are the archives of our country and of humanity,' said the director of antiquities, who fled the capital in May last year.",
        "B D",
        "looting",
    ),
    (
        "Gunmen attack mourners at massacre memorial in northern Burkina Faso",
        "Gunmen killed at least 11 people on Sunday at a ceremony held in memory of the victims of last year's massacre in Seytenga, in northern Burkina Faso, local sources and a security official said. About 200 villagers had gathered at the cemetery on the edge of the town for prayers when attackers on motorbikes surrounded them and opened fire, a resident told AFP by telephone. 'They waited until the imam finished and then they started shooting,' he said, asking not to be named. The security official blamed fighters of the Islamic State in the Sahel, which claimed the killing of 86 people in Seytenga in June last year. Wounded survivors were taken to Dori, 45km away, where the regional hospital said it had received 19 patients. Hundreds of residents began leaving for Dori on foot and on carts on Monday, the town's mayor said. Burkina Faso's military government said troops had been sent to the area and that 'a vigorous response' was under way.",
        "V T D",
        "attack",
    ),
    (
        "Suicide bomber strikes as Maiduguri marks Armed Forces Remembrance Day",
        "A suicide bomber blew herself up at a checkpoint on the edge of Maiduguri on Tuesday as the city marked Armed Forces Remembrance Day, killing three people besides herself, the Borno state police command said. The young woman detonated her explosives when members of the Civilian Joint Task Force stopped her near the Muna garage, about four kilometres from the cenotaph where the state governor was laying a wreath. Two vigilantes and a trader were killed and nine people were wounded, according to the State Emergency Management Agency. Police blamed Boko Haram, which has used women and girls in hundreds of suicide attacks in the north-east. The remembrance ceremony went ahead under heavy guard, with the governor paying tribute to the soldiers 'who have paid the supreme price fighting terrorists in Borno'. Emblem sales for the families of fallen soldiers were held across the country during the week. In a separate incident on Monday, militants attacked a military base at Buni Gari in neighbouring Yobe state, the army said, and troops repelled them after a gunfight lasting several hours.",
        "T E B",
        "suicide_bombing",
    ),
    (
        "Mortars hit Kabul ceremony for slain Hazara leader, killing 11",
        "Mortar rounds struck a ceremony in western Kabul on Thursday marking the anniversary of the death of the Hazara leader Abdul Ali Mazari, killing at least 11 people and wounding more than 90, the interior ministry said. Afghanistan's chief executive Abdullah Abdullah and several senior politicians were in the crowd but escaped unhurt. At least three mortars landed near the gathering in the Shia-majority Dasht-e-Barchi district, a spokesman said, and security forces later surrounded an unfinished building from which they had been fired. The Islamic State group said it carried out the attack, calling the participants 'polytheists'. A year ago a suicide bomber killed at least 25 people at a cultural centre in the same district. Mazari was killed in 1995 while in the custody of the Taliban, and his memorial draws thousands of Hazaras every March. The Taliban denied any role in Thursday's attack. 'They are killing us because of who we are,' said a wounded man at the Istiqlal hospital.",
        "T E V",
        "mortar_attack",
    ),
    (
        "Bojayá marks 20 years since church massacre as clashes force new flight",
        "Residents of Bojayá, in Colombia's Chocó department, marked 20 years on Monday since a gas-cylinder bomb fired by FARC guerrillas into the church where they were sheltering killed 79 people. The anniversary came as fighting between the ELN guerrilla and the Gulf Clan along the Bojayá river forced about 400 people from three Indigenous communities to flee to the municipal seat last week, the ombudsman's office said. 'We are remembering the dead while we are still being displaced,' said Leyner Palacios, a survivor who lost 32 relatives in 2002. The church has been rebuilt, and the remains of the victims were identified and returned to their families in 2019. The army said it had sent troops to the area and that two of its soldiers were wounded in a clash with the Gulf Clan on Saturday. The UN humanitarian office said more than 1,500 people in the municipality could not leave their villages because of mines and armed patrols, and that food was running short in at least two of them. Aid boats sent up the river by the Red Cross on Friday were turned back at a guerrilla checkpoint, the organisation said. At the ceremony, the names of the dead were read out one by one, and the Christ of Bojayá, the mutilated crucifix that survived the blast, was carried in procession.",
        "B D H",
        "battle",
    ),
    (
        "Myanmar's deadliest day as army celebrates Armed Forces Day",
        "Myanmar's security forces killed at least 114 people on Saturday as the military celebrated Armed Forces Day with a parade in the capital, according to local media and monitors. Soldiers and police shot at protesters in more than 40 towns, including Yangon and Mandalay, where a five-year-old boy was among the dead, the Myanmar Now news site reported. Senior General Min Aung Hlaing told the parade in Naypyitaw that the army wanted to 'join hands with the entire nation to safeguard democracy'. Delegations from eight countries, including Russia and China, attended. In Mandalay, residents said soldiers fired into houses at night and set fire to motorcycles left in the street. 'They are shooting like it is a war zone, and we are in our homes,' a man in the Aungmyethazan township told Reuters by phone. Hospitals run by striking doctors treated dozens of wounded in monasteries and private houses, fearing raids on state facilities. Later that day military aircraft bombed a village controlled by the Karen National Union in Papun district, and about 3,000 villagers fled across the Salween river into Thailand, activist groups said. The US ambassador said the security forces were 'murdering unarmed civilians', and the defence chiefs of 12 countries issued a rare joint statement condemning the killings. Armed Forces Day marks the start of the resistance to the Japanese occupation in 1945.",
        "U V E D",
        "crackdown",
    ),
    (
        "Protester shot dead on anniversary of Khartoum sit-in massacre",
        "Sudanese security forces shot dead a protester in Omdurman on Friday as thousands marched to mark three years since the dispersal of the sit-in outside army headquarters, a doctors' group said. The Central Committee of Sudanese Doctors said the man, 25, was hit in the chest by live ammunition, and dozens more were injured by tear gas canisters and rubber bullets. Police fired tear gas at crowds heading for the presidential palace in Khartoum, witnesses said, and several bridges over the Nile were closed with shipping containers. At least 98 people have been killed in protests since the military took power in October, the group says. Marchers carried photographs of those killed on June 3, 2019, when security forces cleared the sit-in and more than 120 people died. The police said in a statement that some protesters had thrown stones and that 'officers used the minimum force necessary'.",
        "U",
        "crackdown",
    ),
    (
        "Tear gas at Adwa celebrations in Addis Ababa leaves one dead",
        "Ethiopian police fired tear gas at crowds celebrating the anniversary of the battle of Adwa in Addis Ababa on Thursday, and at least one person died, the Ethiopian Human Rights Commission said. The clashes broke out near St George's Cathedral, close to the statue of Emperor Menelik II, where thousands had gathered in traditional dress to mark the 1896 victory over Italian troops. Witnesses said police moved in after some in the crowd chanted against the government and the new Adwa Victory Memorial, which opened last week. Several people were injured in the stampede that followed, and police said they arrested dozens. The commission said it was investigating the death, and called on the security forces to respect the right to assembly. The federal police accused 'anti-peace elements' of trying to turn the holiday into a riot. Adwa, where Ethiopian forces defeated an Italian army, is celebrated across Africa as a symbol of resistance to colonial rule.",
        "U",
        "crackdown",
    ),
    (
        "Three days of mourning in Niger for 71 soldiers killed at Inates",
        "Niger began three days of national mourning on Friday after 71 soldiers were killed in an attack on a military camp at Inates, near the border with Mali, the deadliest on its army in years. Hundreds of fighters attacked the camp on Tuesday evening with mortars and shells and at least two vehicles packed with explosives, and fighting went on for three hours, the defence ministry said. Twelve soldiers were wounded and an unknown number are missing. The Islamic State in West Africa said it was behind the attack. President Mahamadou Issoufou cut short a trip to Egypt and held a meeting of the national security council in Niamey. French aircraft flew over the area after the attack, but the army said 'many terrorists' were killed as they withdrew. The funerals of the soldiers, whose bodies were brought to the capital on Thursday, were attended by ministers and ambassadors.",
        "B T",
        "attack",
    ),
    (
        "Mali declares national mourning after jihadist attack on Bamako",
        "Mali's military government declared three days of national mourning on Thursday after an attack on a gendarmerie training school and the military side of Bamako's airport killed dozens of people. The al-Qaeda-linked JNIM said its fighters killed 'hundreds' of soldiers in the pre-dawn assault on Tuesday, which lasted several hours. A security source told Reuters more than 70 people had been killed, many of them trainee gendarmes, while the authorities gave no toll. Videos showed fighters setting fire to the presidential plane on the tarmac. It was the first major attack on the capital in nearly a decade. The army chief of staff said the situation was under control and that 'the terrorists' had been neutralised or captured. Funerals were held on Wednesday at the school, where families waited outside the gates for news. The government said it had arrested about 20 suspects. Residents of the Faladié district, where the school stands, said they heard gunfire and explosions from around 5 a.m. and that the shooting went on until late morning. Schools across Bamako stayed closed on Tuesday and flights were suspended at the airport for the day.",
        "T B",
        "attack",
    ),
    (
        "Somalia mourns after twin car bombs kill 120 in Mogadishu",
        "Somalia began three days of national mourning on Monday after two car bombs exploded outside the education ministry in Mogadishu, killing at least 120 people and wounding more than 300. The first blast hit the ministry's gate at the busy Zobe junction on Saturday afternoon, and the second went off minutes later as crowds and ambulances arrived, the police said. President Hassan Sheikh Mohamud blamed al-Shabaab, which said it targeted the ministry because it was 'an enemy base'. The explosions came at the same junction where a truck bomb killed more than 500 people in October 2017, the deadliest attack in the country's history. Hospitals in the capital appealed for blood, and Turkey flew out dozens of the wounded for treatment. Among the dead was a journalist with the independent Risaala media group. 'We will not stop the war against al-Shabaab,' the president said at the scene. The attack came as the army and clan militias were pressing an offensive against the group in the Hiraan and Middle Shabelle regions, which officials say has retaken dozens of villages since August. Shops around the junction stayed shuttered on Sunday, and the twisted wrecks of minibuses and tuk-tuks were still being cleared. The health ministry said some of the bodies were burned beyond recognition, and asked families to come to Madina hospital to help identify them. Flags flew at half-mast in Mogadishu, Baidoa and Garowe.",
        "T E M",
        "bombing",
    ),
    (
        "Journalist Lyra McKee shot dead during rioting in Derry",
        "A journalist was shot dead on Thursday night during rioting in the Creggan area of Derry, and police said they were treating her killing as a terrorist incident. Lyra McKee, 29, was standing near a police Land Rover when a masked gunman fired several shots towards officers, the Police Service of Northern Ireland said. More than 50 petrol bombs were thrown and two cars set alight after police began searching houses for weapons and explosives ahead of the Easter weekend. Detectives said the New IRA, a dissident republican group, was probably behind the shooting. McKee had written about the legacy of the Troubles and the suicide rate among young people who grew up after the 1998 peace agreement. Political leaders from all sides gathered in Derry on Friday to condemn the killing. 'Lyra's death must not be in vain,' her partner Sara Canning told a vigil at the scene. Dissident republicans usually parade in Creggan on Easter Monday to commemorate the 1916 Rising.",
        "U T",
        "riot",
    ),
    (
        "Petrol bombs thrown at police during Easter Rising parade in Derry",
        "Petrol bombs were thrown at a police vehicle in Derry on Monday during an unnotified dissident republican parade to commemorate the 1916 Easter Rising, the Police Service of Northern Ireland said. Masked youths attacked the armoured Land Rover in the Creggan estate as the parade passed, setting it briefly on fire, and officers withdrew from the area. Nobody was injured. The parade was organised by a group linked to the political wing of the New IRA, and several people in paramilitary-style uniforms took part, police said. 'This was orchestrated, it was not spontaneous,' Superintendent Gillian Kearney told reporters. The disorder came days before US President Joe Biden's visit to mark 25 years of the Good Friday Agreement, and police had raised the terrorism threat level in March. Sinn Féin and the SDLP condemned the attack.",
        "U",
        "riot",
    ),
    (
        "Congo marks 'Genocost' day as M23 fighting drives thousands from Masisi",
        "Congolese marked 'Genocost' day on Saturday, the annual commemoration of the millions killed in the wars in the east since the 1990s, as fresh fighting between the M23 rebels and pro-government militias drove thousands from their homes in North Kivu. In Kinshasa, President Félix Tshisekedi lit a flame at a monument and called for justice for what he called 'an ignored genocide'. In Masisi territory, clashes between the Rwandan-backed M23 and Wazalendo fighters around the village of Nyabiondo killed at least 14 people over three days, local civil society leaders said. About 6,000 people fled towards Pinga and Walikale, the UN humanitarian office said. The M23, which took Goma in January and Bukavu in February, accused the militias of attacking its positions despite a peace deal signed in Washington in June. The UN human rights office said it had received reports of summary executions of civilians in the area.",
        "B D V",
        "battle",
    ),
    (
        "Haiti marks independence behind closed doors as gangs attack Kenscoff",
        "Haiti marked 221 years of independence on Wednesday with a scaled-back ceremony behind closed doors, as gangs of the Viv Ansanm coalition attacked Kenscoff, in the hills above the capital. Gunmen burned houses and shot at residents in the Belot and Godet neighbourhoods overnight, killing at least eight people, the mayor said. Police and Kenyan officers of the UN-backed multinational mission were sent to the area and exchanged fire with the gangs for several hours, the national police said. The traditional soup joumou, made to celebrate the slaves' victory over France in 1804, was served to displaced families in a school in Pétion-Ville. More than 1,000 people fled Kenscoff towards Pétion-Ville during the week, according to the IOM, which says over 700,000 Haitians are displaced by gang violence. The transitional president laid a wreath at the Museum of the Haitian Pantheon, a ceremony usually held in Gonaïves. Aid groups said the displaced families in Pétion-Ville were sleeping on classroom floors, and the World Food Programme began handing out hot meals on Thursday. Doctors Without Borders said its clinic in Turgeau received six people with gunshot wounds overnight. 'We celebrate freedom, but we cannot go home,' said Marie-Ange, 54, who fled Belot with her grandchildren. The gangs, which control most of Port-au-Prince, had threatened on social media to 'ruin the holidays' of the capital's elites.",
        "B V D H",
        "gang_attack",
    ),
    (
        "Bomb hits Bamenda as Cameroon marks National Day",
        "An improvised explosive device went off near the main grandstand in Bamenda on Friday as Cameroon celebrated its National Day, killing a police officer and wounding four people, the regional governor said. The blast came shortly before the parade began, and officials went ahead with a shortened march past in the capital of the North-West region. The governor blamed 'Ambazonian terrorists', the armed separatists who have fought for an independent English-speaking state since 2017 and who called for a boycott of the holiday. Separatist fighters also clashed with soldiers in the town of Ndop, where residents said they heard gunfire for most of the morning. The May 20 holiday marks the 1972 referendum that abolished the federation between French- and English-speaking Cameroon, which the separatists reject. The UN says more than 6,000 people have been killed and about 600,000 displaced in the Anglophone regions since the conflict began.",
        "E T B",
        "bombing",
    ),
    (
        "Crowds tear down Sheikh Mujib's house museum in Dhaka",
        "Crowds with excavators and hammers tore down the house of Bangladesh's founding leader Sheikh Mujibur Rahman in Dhaka overnight, hours after a speech by his exiled daughter Sheikh Hasina was streamed online. Protesters set fire to the building on Road 32 in Dhanmondi on Wednesday evening, and by Thursday morning most of its walls had been pulled down, witnesses said. The house, where Mujib was assassinated with most of his family in 1975, had been a museum since 1994. Homes and offices belonging to Awami League leaders were set alight in at least six districts, according to police, and a mob beat two men in Gazipur, leaving them critically injured. The interim government said the attacks were 'unwanted and undesirable' but blamed Hasina's 'provocative' remarks. The army said it had deployed soldiers to protect property, and police said 40 people had been arrested. Hasina, who fled to India in August, called the demolition an attempt to erase history.",
        "U",
        "riot",
    ),
]
