"""dev55 positives: Africa (Sudan, South Sudan, Ethiopia, Somalia, Mali, Burkina Faso, Niger,
Nigeria, DR Congo, Mozambique, Cameroon, Libya, Kenya), in the register of analysis, explainers,
columns and long-form reports that carry a current event of armed conflict or political violence,
or its direct human consequences.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Analysis: El Fasher's siege enters its second year with no way out",
        "The Rapid Support Forces have encircled El Fasher, the last army-held city in Darfur, since last spring, and the earth berm they have built around it now closes almost every road. This week RSF artillery and drones hit the Abu Shouk camp on the city's edge, killing at least 40 displaced people, local volunteers said, while army units and allied fighters repelled another assault on the southern defences. Residents say families are eating animal fodder, and a communal kitchen that fed 5,000 people a day closed on Sunday for lack of grain. The UN says some 260,000 civilians remain in the city, half of them children. Requests for a humanitarian pause have gone unanswered.",
        "B E V D H",
        "siege",
    ),
    (
        "Why Kordofan has become Sudan's new front",
        "With Khartoum back in army hands, both sides have shifted men and drones to the plains of North Kordofan, which guard the road west to Darfur. Over the weekend RSF fighters stormed villages around Bara, killing about 300 people, including women and children, according to a group of Sudanese lawyers that documents abuses. Survivors who reached El Obeid said gunmen went from house to house and set homes on fire. The UN migration agency said some 3,000 people had fled the area by Monday.",
        "V D",
        "massacre",
    ),
    (
        "South Sudan's fragile peace deal is coming apart in the Upper Nile",
        "The arrest of the first vice-president in Juba has removed the last pretence that the 2018 power-sharing deal is working. This week government aircraft bombed villages in Ulang county, where the army has been fighting the White Army militia, killing at least 20 people, local officials said. Thousands of people have crossed into Ethiopia's Gambella region since the bombing began, the UN refugee agency said.",
        "E M D",
        "airstrike",
    ),
    (
        "Ethiopia's other war: drones over the Amhara highlands",
        "Two years after the Fano militias rose against the federal government, the conflict in Amhara has settled into a pattern of ambushes in the countryside and drone strikes on towns. On Sunday a drone hit the weekly market in Debre Elias as it was at its busiest, killing about 30 people, residents and a health worker said. The military did not respond to requests for comment. Internet access in the region has been cut for most of the past year, making such reports slow to emerge. The government says it is fighting extremists who want to overthrow it.",
        "E V",
        "drone_strike",
    ),
    (
        "Explainer: Why no aid has reached Tigray since July",
        "No UN convoy has entered Tigray for seven weeks, and the World Food Programme says its partners in the region have run out of food to distribute. The federal government blames the Tigrayan forces for blocking roads; aid agencies say federal checkpoints and a ban on fuel deliveries are the main obstacle. The UN estimates that 400,000 people are living in famine-like conditions, many of them in crowded sites for the displaced in Mekelle and Shire.",
        "H D",
        "blockade",
    ),
    (
        "Analysis: al-Shabaab is taking back the towns it lost",
        "The government's offensive of 2022 was meant to break al-Shabaab in central Somalia; instead the jihadist group has spent this year reversing it. On Monday its fighters retook Moqokori, a town in Hiraan region that the army had held for two years, after troops withdrew following a night of fighting, residents said. The group also seized several villages along the Shabelle river last month. Diplomats say the African Union mission lacks the money to plug the gaps. In Mogadishu, officials insist the setbacks are temporary. Residents of Moqokori who fled to Beledweyne say they do not expect to return soon.",
        "B T D",
        "offensive",
    ),
    (
        "What we know about the twin car bombs in Mogadishu",
        "Two car bombs exploded minutes apart on Saturday at the busy Zobe junction outside the education ministry in Mogadishu, killing at least 100 people, the president said. The second blast hit as ambulances and onlookers gathered at the scene of the first. Al-Shabaab said it carried out the attack, which it said targeted the ministry.",
        "E T V",
        "car_bomb",
    ),
    (
        "Mali's fuel blockade: how JNIM is strangling Bamako",
        "The al-Qaeda-linked JNIM has announced a blockade of fuel imports to Mali, and for the past month it has enforced it on the roads from Senegal and Ivory Coast. On Tuesday its fighters ambushed a convoy of fuel tankers escorted by soldiers near Kati, burning about 40 trucks, a transport union official said; the army said several soldiers were killed. Queues at Bamako's petrol stations now stretch for kilometres, schools have closed for lack of transport, and power cuts have spread. The army says it is escorting convoys and has killed dozens of militants.",
        "B T H",
        "ambush",
    ),
    (
        "What we know about the massacre in Barsalogho",
        "Jihadist fighters attacked residents of Barsalogho, in Burkina Faso's Centre-Nord region, on Saturday as they dug defensive trenches around the town on the army's orders, shooting men, women and children. JNIM, the al-Qaeda affiliate, said it had attacked militia members. Local officials and aid workers estimated that at least 200 people were killed, and videos showed bodies along the trenches. The junta has not released a toll. Survivors said soldiers had forced the men to dig despite warnings that the fighters were close.",
        "V T",
        "massacre",
    ),
    (
        "Niger's junta marks two years in power as the war it promised to win goes on",
        "When the generals seized power in Niamey two years ago, they justified the coup by the worsening of security, and on Saturday they marked the anniversary with a parade, a new national anthem and speeches about sovereignty regained. Their partners have changed: French troops and American drones have gone, Russian instructors and Turkish drones have arrived, and the junta has joined Mali and Burkina Faso in a confederation of their own. The record on the ground is poorer. Last Friday suspected Islamic State fighters on motorbikes attacked an army position near Banibangou, close to the border with Mali, killing 34 soldiers, the defence ministry said, the latest in a string of deadly raids in the Tillaberi region. Researchers who track the violence say more soldiers have been killed in Niger in the past year than in any year since the insurgency crossed the border. The junta's leader says the army will take back the initiative by the end of the year.",
        "B T",
        "base_attack",
    ),
    (
        "Explainer: The killings in Yelwata and Nigeria's Middle Belt",
        "Gunmen attacked the village of Yelwata in Benue state late on Friday, killing about 100 people, many of them families sheltering in a market building after being displaced by earlier raids, local officials and Amnesty International said. Survivors said the attackers set houses on fire and shot people who ran out. Police blamed armed herders; the state governor said more than 3,000 people had fled to Makurdi.",
        "V D",
        "massacre",
    ),
    (
        "ISWAP's armed drones are a new worry for Nigeria's army",
        "For years, the Islamic State affiliate in north-east Nigeria relied on speed and numbers. On Monday its fighters used armed drones to drop explosives on a military base at Marte, in Borno state, before storming it, killing five soldiers, military sources said. The army said it repelled the attack and killed dozens of militants.",
        "B E T",
        "base_attack",
    ),
    (
        "What we know about M23's capture of Goma",
        "Fighters of the M23 rebel group, which UN experts say is backed by Rwanda, entered Goma on Monday and by Tuesday held the airport and most of the city after days of fighting with Congolese troops. Bodies lay in the streets, and the main hospital said it had received hundreds of wounded and was short of surgical supplies. The UN says about 400,000 people have been displaced in North Kivu since the start of the year, many of them from camps around Goma that have emptied. Congolese soldiers who surrendered were taken to a stadium by the rebels.",
        "B D H",
        "offensive",
    ),
    (
        "Ituri militia attack on a displacement camp kills dozens",
        "CODECO fighters armed with machetes and guns attacked a camp for displaced people at Plaine Savo in Congo's Ituri province overnight, killing at least 40 people, local officials said. Survivors told aid workers that the attackers went from shelter to shelter before setting fire to dozens of them. The camp housed more than 20,000 people who had fled earlier violence. The UN peacekeeping mission said it had sent a patrol to the site. Aid groups say Djugu territory holds some of the largest concentrations of displaced people in Congo. The militia claims to defend the Lendu community.",
        "V D",
        "camp_attack",
    ),
    (
        "TotalEnergies' Mozambique LNG restart faces old questions",
        "The French energy group says security in Cabo Delgado has improved enough to lift the force majeure it declared in 2021, when insurgents overran the town of Palma and the company pulled its staff out of the Afungi site. Lenders, including export credit agencies in the United States and Britain, have approved the financing, and the company says the first cargo of liquefied gas could leave in 2029. Rwandan troops, paid in part by the European Union, now guard the peninsula around the plant. Events elsewhere in the province complicate the company's story. Insurgents linked to Islamic State beheaded at least six people in Ancuabe district last week, and about 50,000 people fled their homes in a fortnight, the UN's humanitarian office said. The company says the project will bring jobs to a province that badly needs them, and that it has spent millions on local clinics and schools.",
        "V T D",
        "armed_attack",
    ),
    (
        "Letter from Bamenda: when the separatists come for the schools",
        "Parents in Cameroon's North-West region have learned to read the calendar for danger: the first weeks of term. On Monday armed separatists set fire to a secondary school in Kumbo and abducted the principal and six pupils, the regional governor said. The fighters, who want an English-speaking state called Ambazonia, have ordered schools to stay closed.",
        "V",
        "abduction",
    ),
    (
        "Analysis: The killing of a militia chief redraws Tripoli's map",
        "For years Tripoli's peace rested on a balance between a handful of armed groups that had carved the capital into fiefs. That balance broke on Monday night, when the head of the Stability Support Apparatus was killed at a military base, and brigades loyal to the government moved against his men. Heavy fighting with machine guns and rockets spread through the Abu Salim district overnight, the health ministry said six people were killed, and flights at Mitiga airport were suspended. Residents said the city was calm by Wednesday.",
        "B",
        "clashes",
    ),
    (
        "How Kenya's Gen Z protesters stormed parliament",
        "Nothing in the weeks of street marches against the finance bill prepared Nairobi for Tuesday afternoon. Thousands of young protesters broke through police lines and into the parliament compound, setting part of the building on fire, and police fired tear gas and then live rounds. Rights groups said at least 23 people were killed across the country. The president called the protests treasonous and deployed the army. On Wednesday the president withdrew the bill.",
        "U",
        "riot",
    ),
    (
        "Mozambique's election dispute turns deadly",
        "Two weeks after the ruling party was declared winner of the presidential vote, the opposition's calls for a national shutdown have brought Maputo to a standstill. On Thursday police fired tear gas and live ammunition at protesters who blocked roads with burning tyres, and a rights group said at least 30 people had been killed since the protests began. Shops were looted in the suburbs of Matola.",
        "U",
        "crackdown",
    ),
    (
        "Letter from Omdurman: the market where the shells fall",
        "Sabreen market is where Omdurman buys its vegetables, and since the army retook the old city it had started to feel normal again. On Saturday morning RSF shells landed in the vegetable section when it was packed with shoppers, killing at least 56 people, the health ministry said. Volunteers carried the wounded to al-Nao hospital on donkey carts. The RSF denied firing at civilians. Doctors at the hospital said they ran out of bandages within an hour.",
        "E V H",
        "shelling",
    ),
]
