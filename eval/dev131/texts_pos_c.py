"""dev131 positives (3 of 3): Uganda, Rwanda, Thailand, Bangladesh, India's north-east, Ecuador, Peru.

Whole articles that report current organised violence or its direct consequences (eval/README.md,
section 1), wherever it happens, as the national press of the countries next to the wars writes it.
"""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Museveni confirms 54 UPDF soldiers killed in al-Shabaab attack on Somalia base",
        "President Museveni has confirmed that 54 Ugandan soldiers, among them a battalion "
        "commander, were killed when al-Shabaab militants overran an African Union base at Buulo "
        "Mareer in Somalia's Lower Shabelle region last Friday. In a statement posted on Saturday, "
        "the President said the attackers had used vehicle-borne explosives to breach the base "
        "before hundreds of fighters stormed the positions, and that two commanders who ordered "
        "their men to withdraw would face the court martial. 'Our soldiers did not behave as "
        "expected and panicked, causing confusion,' he wrote, adding that the UPDF had since "
        "regrouped with other forces and recaptured the base. Al-Shabaab had claimed to have killed "
        "more than 130 soldiers and posted pictures of seized weapons and burnt vehicles, figures "
        "the army dismissed as propaganda. Families of the soldiers gathered at the Bombo "
        "barracks on Sunday, where army officers read out names and offered counselling. 'My son "
        "called me on Thursday evening to say they were fine, and on Monday they told me he was no "
        "more,' said a woman from Masindi who travelled overnight to Bombo. Uganda has more troops "
        "in Somalia than any other contributor to the mission, which is due to hand over security "
        "to the Somali army.",
        "B E T",
        "attack on army base",
    ),
    (
        "Five killed in Rubavu as shells fired from DR Congo land in residential areas",
        "Five people were killed and 35 others injured in Rubavu District on Monday after shells and "
        "bullets fired from the Democratic Republic of Congo landed in residential areas of "
        "Gisenyi town and nearby sectors, the Rwanda Defence Force said. RDF spokesperson Brig Gen "
        "Ronald Rwivanga said the fire came from positions held by the Congolese army and the "
        "FDLR militia in and around Goma, where fighting with the M23 rebels has raged since the "
        "weekend. A shell hit a house in Rubavu sector, killing a mother and her child, while "
        "another fell in the compound of a health centre, Rubavu mayor Prosper Mulindwa told The "
        "New Times. Schools in Gisenyi were closed and businesses along the border kept their "
        "shutters down as heavy gunfire and explosions continued to echo from across Lake Kivu. "
        "Thousands of people, among them Congolese citizens and foreigners, crossed into Rubavu "
        "through the Grande and Petite Barrière border posts and were received at a transit "
        "centre, officials said. Among them were staff of UN agencies and aid organisations "
        "evacuated from Goma with their families, and nearly 300 foreign military contractors who "
        "had worked for the Congolese army and were escorted to Kigali for repatriation, the RDF "
        "said. 'We were running with the children while bombs were falling, and we did not stop "
        "until we reached the Rwandan side,' said a woman from Goma's Himbi neighbourhood. Traders "
        "who cross every day to sell vegetables and fish in Goma said the border markets had been "
        "empty since Sunday, when the rebels entered the city. The Rwanda Red Cross said it had set "
        "up first-aid points near the border posts and was tracing families separated during the "
        "crossing. The RDF said it had reinforced its defensive posture along the border, and the "
        "Ministry of Health said the injured were being treated at Gisenyi Hospital and in Kigali.",
        "E D B",
        "cross-border shelling",
    ),
    (
        "Civilians killed as Cambodian rockets hit Si Sa Ket petrol station amid border clashes",
        "At least 12 people, most of them civilians, were killed on Thursday as fighting between "
        "Thai and Cambodian troops erupted at several points along the border in Surin, Si Sa Ket "
        "and Ubon Ratchathani, the Second Army Region said. A BM-21 rocket hit a petrol station "
        "and a convenience store in Ban Phue in Kantharalak district of Si Sa Ket, killing six "
        "people who were filling up their cars or shopping, and setting the station ablaze. "
        "'Cambodia is firing heavy weapons into communities, shops and a hospital, and these are "
        "not military targets,' army spokesman Maj Gen Winthai Suvaree said, accusing Phnom Penh "
        "of deliberately targeting civilians. The clashes began in the morning near the Ta Muen "
        "Thom temple, where the army said Cambodian soldiers had flown a drone over Thai positions "
        "before opening fire. Thailand later sent F-16 fighter jets to strike two Cambodian "
        "military targets, and Cambodia accused the Thai side of attacking first. More than 40,000 "
        "villagers from 86 border villages were moved to temporary shelters in schools, temples "
        "and district offices, officials said. 'We heard the rockets whistle over the rice "
        "fields and ran to the bunker behind the school with the children,' a teacher in Ban "
        "Dan said. The government closed all border checkpoints with Cambodia.",
        "B E V M D",
        "border clash",
    ),
    (
        "Two rangers killed, four hurt as roadside bomb hits patrol in Narathiwat",
        "Two paramilitary rangers were killed and four others injured when a bomb exploded beside "
        "the road as their patrol pickup passed in Rueso district of Narathiwat on Wednesday "
        "morning, police said. The rangers were on their way to provide security for teachers at "
        "a village school when the device, hidden in a cooking gas cylinder buried at the "
        "roadside, was detonated by mobile phone, according to bomb disposal officers. Later in "
        "the day, gunmen fired on a defence volunteer post in Nong Chik district of Pattani, and "
        "the volunteers returned fire before the attackers escaped on motorcycles, leaving no "
        "casualties. Internal Security Operations Command Region 4 said security forces had set "
        "up checkpoints across the district and were hunting the insurgents responsible, who it "
        "said belonged to a Barisan Revolusi Nasional cell active in the area. 'It was as if the "
        "whole road lifted up, and then there was smoke and shouting everywhere,' said a rubber "
        "tapper who was working in a plantation nearby. The attacks came a week before the Thai "
        "government and the BRN were due to resume peace dialogue in Kuala Lumpur. More than "
        "7,000 people have been killed since the insurgency flared in January 2004, according to "
        "the independent monitor Deep South Watch.",
        "E B",
        "roadside bomb",
    ),
    (
        "Two killed as mortar shell from Myanmar hits house in Ghumdhum",
        "A Bangladeshi woman and a Rohingya man were killed when a mortar shell fired from across "
        "the border hit a house in Jalpaitoli village of Ghumdhum union in Bandarban's "
        "Naikhongchhari upazila yesterday afternoon, as fighting between Myanmar's junta forces "
        "and the Arakan Army raged on the other side of the frontier. The shell landed in the "
        "kitchen where the woman, the wife of a local farmer, was cooking, and splinters struck "
        "the man, who worked on her family's land, local Union Parishad member Anwar Hossain told "
        "The Daily Star. More than 100 members of Myanmar's Border Guard Police have fled into "
        "Bangladesh with their weapons since Sunday as the Arakan Army overran their posts, and "
        "were disarmed and sheltered by the Border Guard Bangladesh at a school in Ghumdhum, the "
        "home ministry said. Hundreds of residents of Tumbru, Ghumdhum and Betbunia have left their "
        "homes for relatives' houses further inside the country, and five schools near the border "
        "have been closed. 'Bullets are falling in the courtyard and the walls shake all night, so "
        "how can we stay?' asked a day labourer loading his cattle onto a pickup. Home "
        "Minister Asaduzzaman Khan said the BGB had been asked to show patience "
        "but was ready to respond to any attack on Bangladeshi soil. The foreign ministry "
        "summoned the Myanmar ambassador to lodge a strong protest.",
        "E D B",
        "cross-border shelling",
    ),
    (
        "Deaths mount as police, BCL men clash with quota protesters across the country",
        "At least 19 people were killed and hundreds injured across the country yesterday as "
        "police fired rubber bullets, tear gas and live ammunition at students enforcing a "
        "'complete shutdown' to demand reform of the quota system in government jobs. In Dhaka, "
        "the fiercest clashes were in Rampura, Badda, Uttara and Mohammadpur, where protesters "
        "blocked roads with burning tyres and police and Chhatra League activists charged them "
        "with sticks and firearms, witnesses said. Protesters set fire to the state broadcaster "
        "BTV's building in Rampura and to several police boxes and vehicles, forcing staff to "
        "flee over the back wall, the fire service said. Doctors at Dhaka Medical College "
        "Hospital said most of the dead had gunshot wounds to the head, chest or abdomen. 'We were "
        "standing in front of our campus with flags, and they shot from the flyover,' said a "
        "private university student whose friend was hit in the neck. Mobile internet was cut "
        "across the country in the evening, and the government said all educational institutions "
        "would remain closed until further notice. Law Minister Anisul Huq said the government was "
        "ready to sit with the protesters, but coordinators of the movement said there could be "
        "no talks 'over the bodies of our brothers'.",
        "U",
        "protest crackdown",
    ),
    (
        "Ten militants killed in gunfight with CRPF in Jiribam; six of a family missing",
        "Ten suspected militants were killed in a fierce gunfight with the CRPF in Manipur's "
        "Jiribam district on Monday afternoon after armed men in combat fatigues attacked the "
        "Borobekra police station and an adjoining CRPF camp, police said. Before the attack the "
        "militants set fire to several houses and shops in the nearby Jakuradhor market, where two "
        "elderly men were later found burnt to death, officials said. Six people, three women and "
        "three children from a family sheltering at a relief camp next to the police station, have "
        "been missing since the attack and are feared to have been abducted by the fleeing gunmen, "
        "a senior police officer told The Assam Tribune. Security forces recovered assault rifles, "
        "a rocket-propelled grenade launcher and a large quantity of ammunition from the bodies, "
        "the police said. Two CRPF personnel were injured and have been airlifted to Silchar for "
        "treatment. Residents of several villages around Borobekra fled across the Barak river to "
        "Assam's Cachar district during the night, and authorities in Lakhipur said at least 600 "
        "people had taken shelter in schools. 'The firing went on for more than an hour and we ran "
        "towards the river without taking anything,' said a woman at a school in Lakhipur. The "
        "district administration imposed prohibitory orders across Jiribam.",
        "B V D",
        "gunfight",
    ),
    (
        "Over 3,000 flee into Mizoram as Myanmar jets bomb Chin villages near the border",
        "More than 3,000 people from Myanmar's Chin State have crossed into Mizoram's Champhai "
        "district since Monday after fighting broke out between the Myanmar army and Chin "
        "resistance groups at two military camps near the border town of Rihkhawdar, and the "
        "junta's jets bombed villages nearby, officials said. The refugees, most of them women, "
        "children and old people, waded across the Tiau river or crossed the bridge at Zokhawthar "
        "and are being sheltered in community halls, schools and churches, a Champhai district "
        "official said. Forty-three Myanmar soldiers who fled the fighting also crossed into "
        "Mizoram and surrendered to the Assam Rifles, who handed them over to the Myanmar "
        "authorities through Manipur on Wednesday. 'The planes came three times in the morning, "
        "and the second bomb fell near the church where we were hiding,' said a farmer from a "
        "village a few kilometres from the border, who arrived with his wife and five children. "
        "Seriously injured people were brought to the Champhai district hospital, where doctors "
        "said they had treated 17 for shrapnel and gunshot wounds. The Young Mizo Association and "
        "church groups have been collecting rice, blankets and clothes for the new arrivals. "
        "Mizoram already hosts more than 31,000 refugees from Myanmar who fled after the 2021 coup.",
        "D E B",
        "cross-border flight",
    ),
    (
        "Noboa declares 'internal armed conflict' after gunmen storm TC Televisión studio on air",
        "Hooded gunmen armed with rifles, pistols and explosives burst into the studios of the "
        "public broadcaster TC Televisión in Guayaquil on Tuesday afternoon and held journalists and "
        "technicians at gunpoint during a live news programme, forcing some of them to lie on the "
        "floor as shots were heard off camera. Police special units stormed the building less than "
        "an hour later, freed the hostages and arrested 13 attackers, two of whom had been hit, "
        "the National Police said. Within hours President Daniel Noboa signed a decree recognising "
        "'the existence of an internal armed conflict' and ordering the armed forces to neutralise "
        "22 criminal groups, including Los Choneros and Los Lobos, which he designated as terrorist "
        "organisations. The attack came amid a wave of violence that followed the escape from "
        "prison of the Los Choneros leader, with car bombs in several cities, the kidnapping of "
        "police officers and looting in Guayaquil, where at least eight people were killed. "
        "In several prisons, inmates took guards hostage and posted videos threatening to kill "
        "them, and an explosive device was found near a bridge in Quito. The government said "
        "it would build two maximum-security prisons and that the army would take control of "
        "the country's jails, where more than 400 inmates have been killed in massacres since "
        "2021. Noboa, who took office in November promising to restore security, said in a "
        "radio interview that 'we are at war and we cannot give in to these terrorist groups'. "
        "'They "
        "put a stick of dynamite in my pocket and told me to tell the country not to mess with the "
        "mafias,' one of the presenters said after being freed. Schools across the country were "
        "ordered to move classes online and many shops in Quito and Guayaquil closed early as "
        "soldiers patrolled the streets. Colombia and Peru reinforced their borders with Ecuador.",
        "V T M E",
        "attack on broadcaster",
    ),
    (
        "Four soldiers killed in ambush by Shining Path remnants in the VRAEM",
        "Four soldiers of the Peruvian Army were killed and two others wounded on Saturday "
        "when members of the Militarised Communist Party of Peru, the remnant of Shining Path, "
        "ambushed a patrol near the town of Llochegua in the VRAEM, the Joint Command of the "
        "Armed Forces said. The patrol came under fire from high ground, and the exchange of "
        "fire lasted more than an hour before the attackers withdrew into the forest. The "
        "wounded were evacuated by helicopter to the base at Pichari. Special forces have been "
        "sent to pursue the attackers, whom the Joint Command described as terrorists at the "
        "service of drug trafficking. 'Our soldiers fell defending the peace of the valley,' "
        "the defence minister said as the coffins arrived in Lima. The VRAEM is the world's "
        "largest coca-growing area.",
        "B T M",
        "ambush",
    ),
]
