"""dev297 positives, part B: New Caledonia, West Papua and the border."""

POSITIVES = [
    (
        "Night of rioting in Nouméa as voting reform passes in Paris",
        "Rioters set fire to businesses, cars and a school in Nouméa and its suburbs overnight, as "
        "protests against a change to New Caledonia's voting rules turned violent. The French "
        "high commissioner said dozens of police and gendarmes had been injured, some by shotgun "
        "pellets, and that more than 80 people had been arrested. Shops were looted in Magenta, "
        "Ducos and Païta, and residents reported gunfire through the night. In Paris, the "
        "National Assembly voted to open the electoral roll to people who have lived in the "
        "territory for ten years, a move that pro-independence Kanak groups say will dilute their "
        "vote. A curfew was declared and the international airport at La Tontouta was closed. "
        "Local radio said the fire at the Ducos industrial zone was still burning in the morning. "
        "Schools will stay shut.",
        "U",
        "riot",
    ),
    (
        "Gendarme dies of gunshot wound as France sends reinforcements to New Caledonia",
        "A gendarme has died after being shot in the head during unrest near Plum, south of "
        "Nouméa, bringing the number of people killed in three days of rioting to four, French "
        "authorities said. Three of the dead are young Kanaks killed by gunfire, at least one of "
        "them shot by a resident defending his property. Paris declared a state of emergency, "
        "banned TikTok in the territory and said 1000 extra police and gendarmes would be flown "
        "in. Interior Minister Gérald Darmanin accused a pro-independence coordination group of "
        "organising the violence. Armed residents have set up their own checkpoints in several "
        "districts. The high commissioner said some 200 businesses had been burned or looted, and "
        "that 130 people had been detained. Pharmacies and supermarkets were running short."
        " Queues formed at the few shops still open in the capital's southern suburbs.",
        "U M",
        "riot",
    ),
    (
        "Two men shot dead in Saint-Louis during gendarmerie operation",
        "Two men were killed by gendarmes during an operation in the Saint-Louis tribal area "
        "outside Nouméa on Thursday, the public prosecutor said. The GIGN special unit had gone "
        "in to arrest people wanted over shootings at security forces, and the prosecutor said "
        "officers came under fire before responding. One of the dead was among 13 people sought "
        "under arrest warrants. Saint-Louis has been the scene of repeated gunfire since the "
        "riots broke out in May, and the road past it to the south of the territory has been "
        "closed for weeks at a time. Pro-independence groups disputed the official account and "
        "called for calm. The deaths take the number of people killed in the unrest to 13, "
        "including two gendarmes. Armoured vehicles remained at the entrance to the tribe on "
        "Friday.",
        "M B",
        "security_operation",
    ),
    (
        "Dialysis patients stranded as barricades cut Nouméa suburbs",
        "Patients needing dialysis and cancer treatment are unable to reach hospital in Nouméa "
        "because of barricades and burning vehicles on the main roads, health authorities in New "
        "Caledonia said. The Médipôle hospital is operating with reduced staff after employees "
        "were blocked by roadblocks set up by rioters. Supermarkets in several suburbs were burned "
        "and residents are queuing for hours for bread and water. A helicopter was used to move "
        "medical teams, and the French army began an operation to reopen the road to the airport "
        "on Sunday, with more than 60 barricades cleared. Gunfire was heard overnight in Rivière-Salée "
        "and Kaméré. The French high commission said about 3200 people were on a waiting list to "
        "leave the territory. Australia and New Zealand sent aircraft to evacuate stranded tourists.",
        "U H M D",
        "riot",
    ),
    (
        "Papua rebels kill construction workers on Trans-Papua road in Nduga",
        "Separatist gunmen killed at least 16 construction workers building a bridge on the "
        "Trans-Papua highway in Nduga regency, Indonesian police said on Tuesday, in one of the "
        "deadliest attacks in the province in years. The workers, employed by the state company "
        "Istaka Karya, were taken from their camp near Kali Yigi and shot, according to a survivor "
        "who escaped. A soldier was killed when troops came under fire while trying to reach the "
        "area. The West Papua National Liberation Army, armed wing of the Free Papua Movement, "
        "claimed responsibility and said the workers were soldiers in disguise. Indonesian "
        "military chief Hadi Tjahjanto said troops would hunt down those responsible. Access for "
        "journalists to the highlands is restricted and the toll could not be independently "
        "verified.",
        "V B",
        "massacre",
    ),
    (
        "Thousands flee Nduga as army sweeps highland villages",
        "Thousands of people from Nduga regency have fled to Wamena and the surrounding districts "
        "since the Indonesian military began operations to pursue rebels after the killing of road "
        "workers in December, church groups and a volunteer team said. The team reported that "
        "dozens of displaced people had died from illness and hunger in makeshift shelters, "
        "including children and elderly people. Villagers described houses burned and gardens "
        "abandoned in Mapenduma and Mugi districts. The military denies targeting civilians and "
        "says its troops are protecting the road project. Local schools in Wamena have taken in "
        "hundreds of displaced children, who are taught in emergency classrooms. The Nduga regent "
        "has asked Jakarta to withdraw the additional troops, saying residents are too afraid to "
        "return. The national human rights commission said it would send a team.",
        "M D H",
        "displacement",
    ),
    (
        "Wamena riot leaves at least 32 dead as migrants shelter at army base",
        "At least 32 people were killed when riots broke out in Wamena in Indonesia's Papua "
        "province on Monday, with most of the victims migrants from other parts of Indonesia who "
        "were trapped in burning shops and homes, police said. Crowds set fire to the regent's "
        "office, a power company building and hundreds of houses and stalls after a rumour that "
        "a teacher had used a racial slur against a student. Some victims were attacked with "
        "machetes and arrows. More than 5000 residents sought shelter at the military district "
        "command and police headquarters, and military aircraft began flying people out to "
        "Jayapura. Security minister Wiranto said the rioting was provoked by separatists. Human "
        "rights groups urged the government to restore internet access, which had been cut in "
        "parts of Papua for weeks.",
        "U V D",
        "riot",
    ),
    (
        "Regional parliament set alight in Manokwari as anger over racist slurs spreads",
        "Protesters set fire to the regional parliament building in Manokwari, the capital of West "
        "Papua province, on Monday, after videos spread online of Papuan students being called "
        "monkeys by a crowd in Surabaya. Thousands of people marched through the town, blocking "
        "roads with burning tyres and felled trees, and several vehicles and shops were torched. "
        "In Sorong, a crowd damaged the airport and inmates escaped from the prison during the "
        "disturbance. Police said several officers were injured by stones. President Joko Widodo "
        "called for forgiveness, and the government slowed internet access in the region. "
        "Papuan community leaders said the demonstrations were about decades of discrimination. "
        "Security forces sent more than 1000 additional personnel to the two towns."
        " Shops in the centre of Manokwari remained closed on Tuesday and the town's main market was empty. Police said dozens of people had been detained.",
        "U",
        "riot",
    ),
    (
        "Jakarta labels Papuan rebels terrorists after intelligence chief killed",
        "Indonesia's government has formally designated the West Papua National Liberation Army "
        "as a terrorist organisation, days after the head of the state intelligence agency in "
        "Papua, Brigadier General I Gusti Putu Danny Karya Nugraha, was shot dead in an ambush in "
        "Puncak regency. Security minister Mahfud MD said the killings of teachers, students and "
        "officials amounted to terrorism. Extra troops from the army's special forces have been "
        "sent to the highlands, and a police officer was killed in a further exchange of fire on "
        "Tuesday. Residents of villages near Beoga have fled to the district capital and to "
        "church compounds, according to a local pastor. Rights groups warned the label could "
        "lead to more abuses against civilians. The rebels said they would fight on."
        " The general's body was flown to Jakarta for a military funeral on Monday.",
        "B T M D",
        "ambush",
    ),
    (
        "Health workers attacked, nurse killed as gunmen burn Kiwirok clinic",
        "A nurse was killed and several health workers injured when gunmen attacked the community "
        "health centre in Kiwirok, in Papua's Pegunungan Bintang regency, burning the clinic, a "
        "school and staff houses, Indonesian authorities said. Four nurses fled into a ravine to "
        "escape, and the body of 22-year-old Gabriella Meilani was recovered days later by "
        "soldiers. The military blamed the West Papua National Liberation Army, which said it had "
        "attacked a military post and accused the health workers of spying. Survivors were "
        "evacuated by helicopter to Jayapura. Health officials said immunisation and maternal "
        "care for the district had stopped. Churches in the area reported that many villagers "
        "had fled across the border into Papua New Guinea.",
        "V H D",
        "attack",
    ),
    (
        "New Zealand pilot taken hostage after rebels torch plane in Paro",
        "Separatist fighters in Papua have taken a New Zealand pilot hostage after setting fire to "
        "his small Susi Air passenger plane when it landed at the remote airstrip of Paro in "
        "Nduga regency, Indonesian police said. The five Papuan passengers were released. Egianus "
        "Kogoya's faction of the West Papua National Liberation Army said it would free Philip "
        "Mehrtens only if Indonesia recognised Papuan independence. Fifteen construction workers "
        "building a health centre in the village were evacuated by security forces. The New "
        "Zealand government said it was working with Indonesian authorities to secure his "
        "release. Police and soldiers have been sent to the area, but the rebels warned that any "
        "operation would endanger the hostage. Paro's residents have left for neighbouring "
        "districts.",
        "V D",
        "abduction",
    ),
    (
        "Soldiers killed in rebel attack during search for hostage pilot",
        "At least six Indonesian soldiers were killed and others are missing after rebels attacked "
        "a unit searching for the kidnapped New Zealand pilot Philip Mehrtens in Nduga, the "
        "military said. The troops came under fire in the Mugi area on Saturday, in heavy rain "
        "and fog, and some fell into a ravine during the fighting. The West Papua National "
        "Liberation Army claimed to have killed more than 12 soldiers, a figure the military "
        "disputed. Indonesia raised its alert status in the area to combat readiness. A military "
        "spokesman said the search for the pilot would go on and that the army would increase "
        "its operations in the highlands. The pilot has now been held for more than two months."
        " Relatives of the dead soldiers gathered at the military hospital in Timika, where the bodies were taken by helicopter on Monday. Residents of nearby villages told church workers they had fled into the forest when the shooting began.",
        "B M D",
        "battle",
    ),
    (
        "Gold panners shot dead in Yahukimo, police blame separatist group",
        "Eleven gold miners were killed at an illegal panning site in Yahukimo regency over the "
        "weekend, police in Papua said, blaming the West Papua National Liberation Army. The "
        "miners, migrants from Sulawesi and Java, were attacked with guns and machetes at their "
        "camp along the Kali Silet river, and their bodies were flown to Dekai. Regional police "
        "chief Mathius Fakhiri called it an act of terror against civilians and said a joint team "
        "would pursue the attackers. Dozens of surviving miners were evacuated by helicopter. The "
        "rebels said the miners were working with the security forces, a claim police rejected. "
        "The government classified the group as terrorist in 2021. Yahukimo has seen a series of "
        "attacks on workers and traders this year."
        " Relatives in Makassar said they had lost contact with the men weeks ago.",
        "V T",
        "attack",
    ),
    (
        "Villagers pour across PNG border fleeing Indonesian military sweep",
        "Hundreds of people from villages on the Indonesian side of the border have crossed into "
        "Papua New Guinea's Western Province in recent weeks, fleeing military operations against "
        "West Papuan rebels, church workers at Kiunga said. The new arrivals, many of them "
        "women and children, walked for days through the forest and are sheltering near the "
        "East Awin settlement, which already houses refugees from the 1980s. Catholic diocese "
        "staff said they had registered 420 people and that several children were being treated "
        "for malaria and malnutrition. The PNG foreign affairs department said it was aware of "
        "the arrivals and had asked the UN refugee agency for help. Those interviewed described "
        "soldiers burning houses and shooting at villagers after a rebel attack on an army post."
        " Some families said they had left relatives behind who were too old or sick to walk. Provincial officials in Kiunga said the province had no budget to feed the newcomers for long.",
        "D H",
        "displacement",
    ),
    (
        "Soldiers killed at Maybrat post as villagers flee into forest",
        "Four Indonesian soldiers were killed when a group of about 50 people armed with machetes, "
        "bows and guns attacked an army post in Kisor, in West Papua's Maybrat regency, before "
        "dawn on Thursday, the military said. A fifth soldier was wounded and evacuated by "
        "helicopter to Sorong. The army said it had launched a pursuit operation and sent "
        "reinforcements into the area. Church workers said hundreds of residents of nearby "
        "villages had since fled into the forest or to the town of Teminabuan, fearing "
        "reprisals. A local pastor said some were sleeping in the open without food. The West "
        "Papua National Liberation Army later claimed the attack. Students at a school in Aifat "
        "were sent home as troops moved through the district."
        " The regent of Maybrat appealed to the army to protect residents and not to burn homes in the search.",
        "B M D",
        "attack",
    ),
    (
        "Army says 18 rebels killed in Intan Jaya offensive; residents dispute toll",
        "The Indonesian military says it killed 18 members of the West Papua National Liberation "
        "Army in an operation in Intan Jaya regency, in Central Papua, in what would be one of "
        "the largest single tolls claimed in the conflict. The army said troops raided rebel "
        "positions in Soanggama village after attacks on security forces and seized weapons. "
        "Church leaders and the rebels disputed the account, saying some of the dead were "
        "civilians, including an elderly man. Hundreds of villagers have fled to the district "
        "centre of Sugapa and are sheltering in churches and a school. Journalists cannot "
        "reach the area, and the figures could not be verified. Human rights groups called for "
        "an independent investigation of the killings.",
        "M B D",
        "security_operation",
    ),
]
