"""dev191 positives (2 of 3): army, police and government press conferences on rebel,
jihadist, insurgent, gang and cartel violence and on crackdowns: Colombia, the Philippines,
Kashmir, southern Thailand, Mozambique, Somalia, Burkina Faso, Haiti, Mexico, Bangladesh and
Kenya (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Colombian army says ELN truck bomb and gunfire at Puerto Jordán base killed two soldiers",
        "BOGOTÁ (Reuters) - Two soldiers were killed and at least 27 wounded when "
        "fighters of the National Liberation Army (ELN) rammed a truck loaded with "
        "explosives into a military base in Puerto Jordán, in the eastern province "
        "of Arauca, and then opened fire with rifles, Colombia's army commander "
        "said on Tuesday. Speaking to reporters at a military airport in Bogotá, "
        "the commander said the attack began shortly after 2am and that troops "
        "returned fire for more than an hour. Several houses around the base were "
        "damaged by the blast, and residents were evacuated to a school, local "
        'officials said. Defence Minister Iván Velásquez called the attack "an '
        'assault on the peace process" and said talks with the group could not '
        "continue as if nothing had happened. When asked whether the government "
        "would suspend the dialogue, he said that was a decision for President "
        "Gustavo Petro. The ELN has not commented. The group, Colombia's largest "
        "remaining rebel force, has fought the state since 1964.",
        "E B D",
        "car bomb on base",
    ),
    (
        "Army says five NPA rebels killed in Negros clash, denies farmer among the dead",
        "BACOLOD CITY — Five suspected members of the New People's Army were "
        "killed in a clash with government troops in the mountains of Himamaylan "
        "City, Negros Occidental, early Saturday, the Philippine Army's 3rd "
        "Infantry Division said. At a press briefing at the division headquarters, "
        "its spokesperson said soldiers on patrol were fired upon by about 20 "
        "rebels and that the firefight lasted nearly 40 minutes. Two soldiers were "
        "wounded and brought to a hospital in Bacolod. Troops recovered four "
        'high-powered firearms, an improvised explosive device and "subversive '
        'documents", she said. Residents of two upland villages left their homes '
        "during the fighting and were staying in a gymnasium in the town proper, "
        "the city disaster office said. Asked whether the clash would affect the "
        "planned resumption of peace talks, the spokesperson said the army "
        '"follows the lead of the national government" and would not comment on '
        "policy. The Communist Party of the Philippines said in a statement that "
        "the dead included a civilian farmer, a claim the army denied.",
        "B D",
        "clash",
    ),
    (
        "Two militants killed in Kulgam encounter, operation still on, says IGP Kashmir",
        "SRINAGAR: Two militants were killed in an encounter with security forces "
        "in south Kashmir's Kulgam district on Friday, the Inspector General of "
        "Police, Kashmir Zone, told reporters. The gunfight broke out after a "
        "joint team of the army's Rashtriya Rifles, the CRPF and the police's "
        "Special Operations Group cordoned off the village of Redwani Payeen on "
        "specific input about the presence of terrorists, he said. One soldier was "
        "injured and has been shifted to the army's hospital at Badami Bagh, where "
        "his condition is stable. The IGP said the slain militants were local "
        "recruits of the Hizbul Mujahideen and that an AK-47 rifle and a pistol "
        'were recovered from the site. "The operation is still going on and the '
        'area remains cordoned off," he said, urging people not to approach the '
        "encounter site. Mobile internet was suspended in the district as a "
        "precaution. Questioned about reports that a residential house had been "
        "damaged during the operation, he said the matter would be looked into.",
        "B M",
        "encounter",
    ),
    (
        "Pattani police say motorcycle bomb at morning market was planted by insurgent cell",
        "PATTANI — A bomb hidden in a motorcycle exploded at a crowded morning "
        "market in Pattani's Nong Chik district on Tuesday, killing two vendors "
        "and wounding 18 people, including four children, police said. At a news "
        "conference at the provincial police headquarters, the deputy commander "
        "said the device had been parked beside stalls selling vegetables and was "
        "set off by mobile phone at 6.40am, when the market was at its busiest. He "
        "said investigators believed the attack was carried out by a cell of the "
        "Barisan Revolusi Nasional, the main insurgent group in Thailand's "
        "Malay-Muslim south, and that closed-circuit footage showed two men "
        'leaving the motorcycle. "They wanted to hurt ordinary people and create '
        'fear," he said. The regional army commander ordered extra checkpoints on '
        "roads into the district. Questioned on whether the attack was linked to "
        "the suspension of peace talks in Kuala Lumpur, the deputy commander said "
        "it was too early to say. More than 7,000 people have been killed in the "
        "southern insurgency since 2004, according to the monitoring group Deep "
        "South Watch. He said a second, smaller device was found in a rubbish bin "
        "50 metres away and was defused by the army's bomb squad. Local officials "
        "said classes at two nearby schools were cancelled for the day. The market "
        "is expected to reopen on Thursday under army guard.",
        "E V",
        "market bombing",
    ),
    (
        "Mozambique's defence minister says insurgents have left Macomia after "
        "three days of fighting",
        "MAPUTO (Reuters) - Islamic State-linked insurgents who overran parts of "
        "the town of Macomia in Mozambique's Cabo Delgado province have withdrawn "
        "after three days of fighting with government and Rwandan troops, the "
        "defence minister told a news conference in Maputo on Thursday. The "
        "minister said about 100 fighters entered the town on Friday, looting food "
        "warehouses and a health centre and clashing with troops near the district "
        "administration. Ten soldiers and an unknown number of insurgents were "
        "killed, he said, adding that the attackers had used civilians as shields "
        "as they retreated toward the coast. The UN humanitarian office said "
        "earlier this week that more than 8,000 people had fled Macomia, many of "
        "them to Pemba and to villages on the road to Mucojo. Asked whether "
        "Rwandan forces would take over security of the town, the minister said "
        'the arrangement "is being refined" and that he would not go into '
        "operational details. The Islamic State group's news agency said its "
        'fighters had killed "dozens" of Mozambican soldiers, a claim that could '
        "not be verified. He said 40 insurgents had been captured and were being "
        "questioned, among them foreign nationals. Aid groups said their staff had "
        "been taken from Macomia to Pemba by boat and would go back only when the "
        "road was secure. Residents reached by telephone said some families were "
        "already returning to check on their homes.",
        "B T V D",
        "insurgent raid on town",
    ),
    (
        "Somali police spokesman says 21 killed in al-Shabaab siege of Mogadishu "
        "hotel, 106 rescued",
        "MOGADISHU (AP) — Somali security forces ended a 30-hour siege of a "
        "popular hotel in the capital by al-Shabaab gunmen late Saturday, and the "
        "death toll has risen to 21, the national police spokesman said at a news "
        "conference on Sunday. The spokesman said the attack on the Hayat Hotel "
        "began with two car bombs at the gate, after which gunmen stormed the "
        "building and fought their way to the upper floors. Security forces "
        "rescued 106 people, among them women and children, and all the attackers "
        "were killed, he said. At least 117 people were wounded, health officials "
        "said. Part of the hotel collapsed during the fighting. Asked why it took "
        "more than a day to retake the building, the spokesman said the gunmen had "
        "mined the stairways and were holding guests as hostages. The "
        "al-Qaeda-linked group claimed responsibility on its Andalus radio. The "
        "assault was the first major attack in the capital since the new president "
        'took office in May and promised "total war" on the militants. Pressed '
        "on whether the government would review security at hotels used by "
        'officials, he said a committee had been formed. "The enemy will not '
        'succeed in making Mogadishu a city of fear," he said. Dozens of '
        "relatives waited outside Madina hospital for news of the missing.",
        "T B V E",
        "hotel siege",
    ),
    (
        "Burkina government spokesman says 11 soldiers killed, 50 civilians "
        "missing after Djibo convoy attack",
        "OUAGADOUGOU — Eleven soldiers were killed and 50 civilians are missing "
        "after jihadists attacked a supply convoy heading to the besieged town of "
        "Djibo on Monday, the government spokesman said. Speaking on national "
        "television after a cabinet meeting, he said the convoy of more than 150 "
        "vehicles had been ambushed near Gaskindé, in Soum province, and that 28 "
        "people had been wounded. Several trucks carrying food and medicine were "
        'burned, he said. "The terrorist hordes will not break the resolve of our '
        'people," he said. He did not say which group carried out the attack, but '
        "the al-Qaeda-linked JNIM later claimed it in a message relayed by the "
        "SITE monitoring group. When asked whether the army would now use "
        "helicopters to supply Djibo, where tens of thousands of people live under "
        'a blockade, the spokesman said the general staff was studying "all '
        'options". Humanitarian organisations have said food stocks in the town '
        "are nearly exhausted.",
        "T V H",
        "convoy ambush",
    ),
    (
        "Haiti's police chief says Gran Grif gang killed at least 70 in "
        "Pont-Sondé, vows to retake the area",
        "PORT-AU-PRINCE (AP) — Members of the Gran Grif gang killed at least 70 "
        "people, including women and babies, in a dawn attack on the town of "
        "Pont-Sondé in Haiti's Artibonite region, the acting head of the national "
        "police said at a news conference on Friday. Gunmen armed with "
        "high-powered rifles went from house to house and set fire to at least 45 "
        "homes and 34 vehicles, he said. Two police officers were wounded in an "
        "exchange of fire as they tried to push the gang back. More than 6,000 "
        "people have fled to the nearby town of Saint-Marc, where they are "
        "sleeping in churches and schools, according to the International "
        "Organization for Migration. Pressed on why police had not acted on "
        "warnings from residents, the police chief said the unit in the area had "
        "only a handful of armoured vehicles and that reinforcements had been "
        "requested from the Kenyan-led mission. The UN human rights office called "
        'the massacre "horrific" and urged the authorities to hold those '
        "responsible to account. He said a special unit would be sent to the area "
        'on Saturday. "We will not abandon the Artibonite," he said. The gang\'s '
        "leader said in a video posted on social media that the attack was revenge "
        "against residents who supported a self-defence group.",
        "V B D",
        "massacre",
    ),
    (
        "Sinaloa security spokesman says schools stay shut as cartel factions "
        "clash for fifth day in Culiacán",
        "CULIACÁN, Mexico — Gunmen from rival factions of the Sinaloa Cartel "
        "clashed again in several neighbourhoods of Culiacán on Monday, leaving at "
        "least six dead, the state's security spokesman told a news conference. "
        'The fighting between groups loyal to the sons of Joaquín "El Chapo" '
        'Guzmán and to Ismael "El Mayo" Zambada began last week and has already '
        "killed more than 30 people, he said. Soldiers exchanged fire with a "
        "convoy of armed men on the highway north of the city, and two burned-out "
        "trucks were left blocking the road. The spokesman said classes in the "
        "state capital would stay suspended on Tuesday and urged residents to "
        "avoid going out after dark. Restaurants and shops in the city centre "
        "closed early, and delivery apps suspended service. Asked whether the "
        "authorities had lost control of the city, he said more than 1,100 "
        'soldiers and National Guard members had been deployed and that "the '
        'situation is being contained". At his own morning press conference in '
        'Mexico City, the president said the army would not "act irresponsibly" '
        "in the streets.",
        "B M",
        "cartel war",
    ),
    (
        "Home minister says curfew will stay as death toll in Bangladesh quota clashes rises",
        "DHAKA — Bangladesh's home minister told reporters on Sunday that a "
        'nationwide curfew would remain in force "until the situation '
        'normalises", after three days of clashes between police and students '
        "protesting against job quotas left scores dead. Speaking at the "
        "secretariat, the minister said protesters had set fire to the state "
        "broadcaster's headquarters, a metro rail station and several police "
        "boxes, and that more than 200 police officers had been injured. Hospital "
        "staff in Dhaka told reporters that most of the dead they had received had "
        "gunshot wounds. Questioned on whether police had fired live rounds at "
        'students, the minister said officers had acted "in self-defence" and '
        "that an inquiry committee would investigate every death. Army troops "
        "patrolled the capital's main roads, and mobile internet remained cut for "
        "a fourth day. Several students told AFP that police had fired tear gas "
        "and rubber bullets into the Dhaka University campus at night. The "
        'minister declined to give a death toll, saying figures were "still being '
        'compiled".',
        "U",
        "crackdown on protests",
    ),
    (
        "Kenya police chief says officers were 'forced to protect' parliament; "
        "rights body counts 22 dead",
        "NAIROBI — Kenya's acting inspector general of police told a press "
        "conference on Wednesday that demonstrators who stormed parliament a day "
        "earlier had set part of the building on fire and that officers had been "
        '"forced to protect" the house. Thousands of young people marched '
        "against proposed tax increases in Nairobi and other towns on Tuesday, and "
        "when some breached the parliament grounds, police opened fire. The Kenya "
        "National Commission on Human Rights said at least 22 people had been "
        "killed across the country and more than 300 injured, and that it had "
        "documented dozens of abductions of protest organisers. Asked whether "
        "officers had been ordered to use live ammunition, the inspector general "
        "said each incident would be investigated by the Independent Policing "
        'Oversight Authority. "I will not get ahead of those investigations," he '
        "said. The president, who had called the storming of parliament "
        '"treasonous", withdrew the finance bill on Wednesday afternoon. Army '
        "troops remained deployed to support the police in Nairobi.",
        "U V",
        "crackdown on protests",
    ),
]
