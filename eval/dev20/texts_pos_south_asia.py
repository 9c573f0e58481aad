"""dev20 texts: positives, South Asia.

POSITIVES = [(title, text, tag codes, kind), ...]
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives, South Asia
    (
        "In Manipur's foothill villages, volunteers keep watch from sandbagged bunkers",
        "Two years after ethnic violence broke out in Manipur, the paddy fields below the hills of Bishnupur district remain a front line. Last Tuesday gunmen firing from the hills killed two farmers and injured a third who were ploughing near Moirang, police said. Villagers say drones carrying small bombs have also been dropped on houses in recent weeks. Many families have moved to relief camps in the valley and do not plan to return before the harvest, if at all.",
        "V E D",
        "communal_violence",
    ),
    (
        "Bijapur IED blast: eight DRG jawans, driver killed as Maoists target vehicle",
        "Eight personnel of the District Reserve Guard and their civilian driver were killed on Monday when Maoists blew up their vehicle with an improvised explosive device on the Kutru-Bedre road in Chhattisgarh's Bijapur district. The jawans were returning from a joint anti-Naxal operation in the Abujhmarh area, the Bastar range Inspector General informed. The blast left a crater of several feet on the road. Senior officers reached the spot and a search operation has been launched in the surrounding forests.",
        "E",
        "ied_attack",
    ),
    (
        "Analysis: the offensive in Abujhmarh and what it costs",
        "The announcement that 31 Maoists were killed in a single encounter in the forests of Bijapur this week was presented by the Centre as proof that the insurgency is on its last legs. Two security personnel also died in the gunfight, which lasted most of the day. Security forces have set up more than a dozen new camps inside former guerrilla strongholds since last year and push deeper every month. Adivasi activists say villagers caught between the two sides are paying the price, with several killed in crossfire and others detained as suspected sympathisers. The government has set a deadline to end the insurgency by next March, and officials privately admit that the pace of operations is driven by that date.",
        "B M",
        "offensive",
    ),
    (
        "Bannu cantonment attack: suicide bombers ram vehicles into wall",
        "Two suicide bombers rammed explosives-laden vehicles into the boundary wall of the Bannu cantonment at the time of iftar on Tuesday, and militants then tried to enter the compound, the military said. Five soldiers and 13 civilians, including women and children living nearby, were killed. Sixteen attackers were killed in the gunfight that followed. A faction linked to the Hafiz Gul Bahadur group claimed the attack, which officials described as terrorism.",
        "E B T",
        "attack_on_base",
    ),
    (
        "Why Balochistan's insurgents have turned to the highways",
        "For years the Baloch insurgency was fought in remote valleys, far from the national media. That has changed: in recent months separatist fighters have repeatedly set up roadblocks on the main highways, stopped buses and killed passengers identified as coming from other provinces. Last week six labourers were taken off a coach near Kalat and shot, the latest of several such attacks, which the government describes as terrorism. Analysts in Quetta say the tactic is designed to make the province feel ungovernable and to scare away workers on Chinese-funded projects. Bus companies have stopped night services on several routes, and drivers now travel in convoys escorted by the Frontier Corps.",
        "V T",
        "massacre",
    ),
    (
        "Lakki Marwat: four policemen martyred as militants storm checkpost",
        "Four policemen were martyred and two injured when militants attacked a police checkpost in Lakki Marwat district late on Saturday night, police said. The attackers used heavy weapons and hand grenades, and the exchange of fire continued for almost two hours before reinforcements arrived. Police said the attack was claimed by the Tehreek-e-Taliban Pakistan. It was the third attack on police in the district this month.",
        "B E T",
        "attack_on_police",
    ),
    (
        "Chaman border: families flee as Pakistani and Afghan forces trade fire",
        "Heavy firing broke out between Pakistani and Afghan Taliban forces at the Chaman border crossing on Sunday afternoon, and mortar shells landed in residential areas on both sides. At least six civilians were killed on the Pakistani side, hospital officials said, while Afghan officials reported casualties in Spin Boldak. Hundreds of families loaded their belongings onto tractors and left the border villages.",
        "B E D",
        "border_clash",
    ),
    (
        "Poonch after the shelling: 'We sat in the bunker and counted the explosions'",
        "Shabnam Akhtar and her three children spent two nights in the concrete bunker behind their house in Poonch as Pakistani shells fell on the town. When they came out, the house of her neighbour was gone and two people from the lane had been killed. District officials say at least 12 civilians died in the town in the cross-border shelling, the heaviest in two decades. Thousands of residents have left for Jammu and other safer places, and schools remain closed.",
        "E D",
        "shelling",
    ),
    (
        "Kishtwar encounter: soldier killed, militants holed up in forest",
        "A soldier was killed and two others injured in an encounter with militants in the Chatroo belt of Kishtwar district on Friday, the Army said. The gunfight started after security forces launched a cordon and search operation on specific intelligence about the presence of a group of three to four militants.",
        "B M",
        "encounter",
    ),
    (
        "Jatrabari's mothers wait outside the morgue",
        "Outside Dhaka Medical College, women sit on the pavement with photographs of their sons. Police and members of the ruling party's student wing opened fire on students blocking the highway at Jatrabari on Saturday, and at least 50 people were killed across the capital over the weekend, according to a tally of hospital records. The government has imposed a curfew and shut down the mobile internet. 'He only went to join his friends,' said one mother, whose 17-year-old son was shot in the chest.",
        "U",
        "crackdown",
    ),
    (
        "Khagrachhari violence: three killed, shops burned as Hill Tracts tension boils over",
        "Three people were killed and dozens of shops and houses set on fire in Khagrachhari and Dighinala after a mob beat to death a Bengali settler accused of theft, and clashes spread between Pahari and Bengali groups. Witnesses said gunfire was heard after the army was deployed. The interim government has formed a probe committee and Section 144 was imposed in the district town. Several Pahari families said they fled to the forest and have not returned.",
        "U V D",
        "communal_violence",
    ),
    (
        "Tinkune: two killed as pro-monarchy protest turns violent",
        "Two people, including a television cameraman, were killed in Kathmandu on Friday when a rally calling for the restoration of the monarchy turned violent, police said. Protesters broke through barricades at Tinkune, set fire to houses, vehicles and a party office, and threw stones at police, who used tear gas and fired in the air. The cameraman died when protesters set fire to the building where he was filming.",
        "U",
        "riot",
    ),
    (
        "Galle Face attacked: government supporters storm protest camp, curfew imposed",
        "Supporters of the ruling party, bused in from outside Colombo, attacked the peaceful protest camp at Galle Face on Monday, tearing down tents and beating protesters, while police watched. In the retaliation that followed across the island, the houses of several ruling-party politicians were set on fire and a lawmaker was killed in Nittambuwa. At least eight people have died and more than 200 were injured, police said.",
        "U",
        "riot",
    ),
    (
        "Mazar-i-Sharif: bombs on minibuses kill Hazara commuters",
        "Bombs exploded on two minibuses carrying commuters in Mazar-i-Sharif on Thursday evening, killing at least nine people and wounding more than a dozen, Taliban officials said. Both buses were travelling through a neighbourhood where many Shia Hazara live. The Islamic State group said it had targeted Shia passengers. It was the third attack on the Hazara community in a week.",
        "E V T",
        "bombing",
    ),
    (
        "Kurram convoy attack: 42 passengers killed, dozens still missing",
        "Gunmen opened fire on a convoy of passenger vans travelling from Parachinar to Peshawar under police escort near Bagan in Kurram district on Thursday, killing at least 42 people including women and children. The convoy was carrying mostly Shia passengers. Officials said the attackers fired from both sides of the road for several minutes.",
        "V",
        "massacre",
    ),
    (
        "Parachinar under blockade: hospitals run out of medicine as road stays closed",
        "The main road linking Parachinar to the rest of the country has been closed for more than two months following sectarian fighting in Kurram, and residents say shelves are empty and petrol is sold in bottles at ten times the price. Doctors at the district headquarters hospital say dozens of patients, including children, have died for want of medicines. The government airlifted some supplies by helicopter, but traders say this is nothing compared to the need. Tribal clashes around Bagan and Balishkhel have killed more than 130 people since November, according to officials.",
        "B H",
        "blockade",
    ),
    (
        "Bajaur: policeman escorting polio team shot dead",
        "A policeman deployed for the security of a polio vaccination team was shot dead by unidentified motorcyclists in Bajaur district on Tuesday, police said. The team of two female health workers escaped unhurt. The anti-polio campaign in the area has been suspended for two days. Militants have attacked polio teams and their escorts repeatedly in Khyber Pakhtunkhwa, accusing them of spying.",
        "V H",
        "attack_on_aid",
    ),
    (
        "Reasi: pilgrims' bus falls into gorge after militants open fire",
        "Nine pilgrims were killed and 33 injured when militants fired on a bus carrying devotees from the Shiv Khori shrine in Reasi district on Sunday evening, causing the driver to lose control and the bus to fall into a deep gorge. Police said the militants had been lying in wait on the forested road. Most of the victims were from Uttar Pradesh and Rajasthan, and they included a two-year-old child.",
        "V T",
        "attack_on_pilgrims",
    ),
    (
        "Churachandpur's relief camps, two years on",
        "In a hostel hall in Churachandpur, 34 families separate their sleeping spaces with saris and plastic sheets. They fled their villages in Imphal valley when Meitei mobs burned Kuki-Zo houses, and they have not been able to go back since. The government gives rice and a small allowance, but the children's schooling has been interrupted twice, and last month's firing in the buffer zone near Kangvai, in which a village volunteer was killed, has made people afraid again.",
        "D H",
        "displacement",
    ),
    (
        "Pakistani airstrikes in Paktika kill dozens, Taliban say",
        "Pakistani military jets bombed several locations in Barmal district of Afghanistan's Paktika province overnight, killing at least 46 people, most of them women and children, the Taliban government's spokesman said. Pakistani security sources said the strikes targeted hideouts of the Pakistani Taliban who had carried out attacks across the border. The Taliban's defence ministry promised retaliation.",
        "E M",
        "airstrike",
    ),
    (
        "Sambhal: four killed as survey of mosque sparks clashes",
        "Four people were killed and over 20 policemen injured when clashes broke out in Sambhal on Sunday morning as a team arrived to survey the Shahi Jama Masjid on court orders. A large crowd gathered near the mosque and pelted stones at the police, who used tear gas and lathi-charge, officials said. The families of the dead alleged they were killed by police firing, which the administration denied.",
        "U",
        "riot",
    ),
    (
        "Buthidaung burned: new arrivals in Kutupalong describe the night their town fell",
        "Rohingya who reached the Kutupalong camps this week say Buthidaung, once home to tens of thousands of their community, was set on fire after the Arakan Army took the town from the military. One man said fighters ordered residents to leave and then burned the houses, and that several people who stayed behind were shot. The Arakan Army denied targeting Rohingya and blamed air strikes. Bangladeshi officials say several thousand Rohingya have crossed the border in recent weeks.",
        "V D",
        "displacement",
    ),
    (
        "Moreh: commandos and militants exchange fire, shops set ablaze",
        "Heavy exchange of fire took place between state police commandos and suspected Kuki militants in the border town of Moreh on Wednesday, in which one commando was killed and two others injured, officials informed. Militants allegedly fired from the hills on the commando post, and later several shops in the market were set on fire.",
        "B",
        "battle",
    ),
    (
        "Dera Ismail Khan: soldiers killed in attack on army post",
        "Seven soldiers were martyred when terrorists attacked a security forces' post in the Daraban area of Dera Ismail Khan, the military's media wing said on Wednesday. According to ISPR, the terrorists rammed an explosives-laden vehicle into the post, followed by an assault by several militants who were killed in the exchange of fire. A newly formed group affiliated with the Pakistani Taliban claimed the attack.",
        "B E T",
        "attack_on_base",
    ),
    (
        "Kunar villagers flee as cross-border rockets hit their district",
        "Rockets fired from across the Durand Line landed in several villages of Afghanistan's Kunar province over the weekend, wounding at least five civilians and damaging houses, local officials said. Residents of Dangam district said they moved their families to relatives further from the border. The Taliban administration accused Pakistani forces of the shelling, while Pakistan said it had responded to fire from Afghan territory.",
        "E D",
        "shelling",
    ),
]
