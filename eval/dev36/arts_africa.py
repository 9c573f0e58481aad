"""dev36 excerpts: Africa."""

from figset import F

F(
    "Darfur arrivals in Chad surge",
    "[[More than 12,000 people|displaced;a=the UN refugee agency]] crossed from Darfur into eastern Chad in the past week, the UN refugee agency said on Tuesday, most of them women and children fleeing renewed attacks around El Geneina. "
    "The agency said its teams at the Adré border crossing were registering [[about 1,500 new arrivals a day|displaced;a=The agency;alt=the UN refugee agency]], on top of the [[600,000|displaced;a=The agency;alt=the UN refugee agency]] who have crossed since the war began. "
    "It expects [[up to 250,000 more refugees|displaced;p;a=the UN refugee agency]] by the end of the year, and its camps at Farchana and Metche already hold {{three times}} their planned population.",
)

F(
    "Shell hits maternity wing in El Fasher",
    "An artillery shell hit the maternity wing of the Saudi hospital in El Fasher on Friday, killing [[nine patients|killed;a=the World Health Organization]] and wounding [[14 others|injured;a=the World Health Organization]], the World Health Organization said. "
    "It was the {{fourth attack}} on the hospital this month.",
)

F(
    "Gunmen seize villagers in Zamfara raid",
    "GUSAU, Nigeria - Gunmen abducted [[at least 50 villagers|kidnapped;a=residents]], among them [[12 women|kidnapped;a=residents]], in a night raid on Kadawa in Zamfara state, residents said on Sunday. "
    "Police spokesman Yazid Abubakar confirmed the attack but said [[31 people|kidnapped;a=Police spokesman Yazid Abubakar;alt=Yazid Abubakar]] had been taken.",
)

F(
    "Police rescue kidnapped worshippers in Kaduna",
    "Kaduna state police said on Wednesday they had rescued [[23|kidnapped;a=Kaduna state police]] of the [[41 worshippers|kidnapped;a=Kaduna state police]] kidnapped from a church in Kajuru last month. "
    "[[The remaining 18|kidnapped;a=a church official]] are still being held, a church official said.",
)

F(
    "Jihadists overrun Malian army post",
    "BAMAKO (AFP) - Suspected jihadists killed [[31 soldiers|killed;a=two security sources]] and seized weapons in an attack on an army post near Boulkessi, two security sources told AFP. "
    "The army said in a statement that [[11 soldiers|killed;a=The army]] had died and that “[[dozens of terrorists|killed;a=The army]]” had been neutralised. "
    "[[About 1,000 Russian mercenaries|combatants;a=the US]] are operating in Mali, the US says, and their number could rise to [[1,500|combatants;p;a=the US]] by the end of the year.",
)

F(
    "Burkina has not updated displacement count",
    "Burkina Faso's government last said that [[about 2.06 million people|displaced;a=Burkina Faso's government]] had been displaced by the violence, but it has not published an update since {{March 2023}}, and aid groups say the true number is higher. "
    "Jihadist violence has also closed [[5,300 schools|other;a=the Norwegian Refugee Council]], leaving [[more than 1 million children|civilians;a=the Norwegian Refugee Council]] out of class, according to the Norwegian Refugee Council.",
)

F(
    "Food flown into blockaded Djibo",
    "Djibo, a town of [[about 300,000 people|civilians]] in northern Burkina Faso, has been under blockade by jihadists for {{more than two years}}. "
    "The World Food Programme said it had flown in [[60 tonnes|aid;a=The World Food Programme]] of food by helicopter in January, enough to feed [[20,000 people|aid;a=The World Food Programme]] for a month.",
)

F(
    "Drought displacement in Somalia",
    "[[Nearly 1.1 million Somalis|displaced;a=the UN refugee agency and the Norwegian Refugee Council]] have been displaced by drought since {{January 2022}}, according to the UN refugee agency and the Norwegian Refugee Council, which jointly track movements. "
    "[[About 180,000|displaced]] of them arrived in Baidoa. "
    "The World Food Programme gave food rations to [[1.2 million people|aid;a=the agency;alt=The World Food Programme]] in Somalia in March, down from [[2.4 million|aid;a=the agency;alt=The World Food Programme]] in January, because of funding cuts, the agency said.",
)

F(
    "Mogadishu hotel siege ends",
    "MOGADISHU - [[At least 21 people|killed;a=police]] were killed when al-Shabaab gunmen stormed a hotel in Mogadishu and held it for {{about 30 hours}}, police said on Sunday. "
    "Security forces rescued [[106 people|other;a=police spokesman Abdifatah Aden Hassan;alt=Abdifatah Aden Hassan]], including women and children, from the building, police spokesman Abdifatah Aden Hassan told reporters.",
)

F(
    "Organised returns begin in Tigray",
    "[[About 8,000 displaced people|returned;a=the interim administration]] left Shire on Thursday aboard buses and trucks to return to their villages in western Tigray, the interim administration said, the {{first organised returns}} since the war ended. "
    "Officials plan to move [[50,000 more|returned;p;a=Officials;n=-]] by the end of the month.",
)

F(
    "Drone strike on Amhara market",
    "A drone strike on a busy market in the town of Finote Selam killed [[at least 30 civilians|killed;a=a doctor at the local hospital and two residents]] and wounded [[55|injured;a=a doctor at the local hospital and two residents]], a doctor at the local hospital and two residents said. "
    "The doctor, who asked not to be named, said [[12|injured;a=The doctor;alt=a doctor at the local hospital]] of the wounded were in critical condition.",
)

F(
    "Crossings into South Sudan pass 800,000",
    "[[More than 800,000 people|displaced;a=the International Organization for Migration]] have crossed into South Sudan from Sudan since the war began in {{April 2023}}, most of them South Sudanese returnees, according to the International Organization for Migration. "
    "At the Joda border point, [[as many as 2,000 people|displaced]] arrive on a busy day.",
)

F(
    "Floods affect 735,000 in South Sudan",
    "Floods have affected [[about 735,000 people|civilians;a=the UN humanitarian office]] in [[41 counties|other;a=the UN humanitarian office]] of South Sudan this year, the UN humanitarian office said, and [[226,000|displaced;a=the UN humanitarian office]] have been forced from their homes. "
    "In Jonglei state alone, [[95 schools|housing]] are under water.",
)

F(
    "Goma airport falls as prisoners escape",
    "GOMA, Congo (Reuters) - {{M23}} rebels and Rwandan troops seized Goma airport on Monday as fighting in the city left [[at least 17 people|killed;a=the health ministry]] dead and [[367|injured;a=the health ministry]] wounded, the health ministry said. "
    "[[Some 2,000 inmates|other;a=a UN official]] escaped from Munzenze prison during the chaos, a UN official said.",
)

F(
    "Cholera spreads in Goma camps",
    "Health workers have recorded [[1,340 cholera cases|other;a=Médecins Sans Frontières]] and [[23 deaths|killed;a=Médecins Sans Frontières]] in the displacement camps around Goma since the start of the year, Médecins Sans Frontières said, warning that the camps have {{one latrine for every 300 people}}.",
)

F(
    "Macomia attack sends thousands fleeing",
    "PEMBA, Mozambique - Insurgents linked to Islamic State attacked the town of Macomia on Friday, sending [[about 14,000 people|displaced;a=the International Organization for Migration]] fleeing into the bush and toward Pemba, according to the International Organization for Migration. "
    "The agency said [[650 families|displaced;a=The agency;alt=the International Organization for Migration]] had reached transit sites in Ancuabe by Sunday.",
)

F(
    "Cyclone Chido toll in northern Mozambique",
    "Cyclone Chido destroyed or damaged [[more than 110,000 houses|housing;a=the national disaster institute INGD]] in Cabo Delgado and Nampula provinces and killed [[at least 120 people|killed;a=the national disaster institute INGD]], the national disaster institute INGD said in an updated report. "
    "[[More than 860 people|injured]] were injured.",
)

F(
    "Malawi short of tents after floods",
    "Malawi's Department of Disaster Management Affairs said [[183,000 people|displaced;a=Malawi's Department of Disaster Management Affairs]] were sheltering in [[534 camps|capacity;a=Malawi's Department of Disaster Management Affairs]] after the floods, and that it needed [[2,000 tents|aid;p;a=Malawi's Department of Disaster Management Affairs]] and [[15,000 blankets|aid;p;a=Malawi's Department of Disaster Management Affairs]] that it did not have.",
)

F(
    "Kenya flood deaths reach 210",
    "NAIROBI - The Kenyan government said on Thursday that [[210 people|killed;a=The Kenyan government]] had died in floods since March and that [[90|missing;a=The Kenyan government]] remained missing. "
    "[[Nearly 165,000 people|displaced;a=Interior Minister Kithure Kindiki;alt=Kithure Kindiki]] have left their homes, Interior Minister Kithure Kindiki told parliament.",
)

F(
    "Kenyan police shoot protesters",
    "Police shot dead [[at least 19 protesters|killed;a=the Kenya National Commission on Human Rights]] in Nairobi and other towns on Tuesday, the Kenya National Commission on Human Rights said, and [[531 people|injured;a=the Kenya National Commission on Human Rights]] were injured. "
    "The commission said it had recorded [[313 arrests|arrested;a=The commission;alt=the Kenya National Commission on Human Rights]] across the country.",
)

F(
    "Separatists burn homes near Bamenda",
    "Separatist fighters burned [[40 homes|housing;a=the regional governor]] and killed [[five villagers|killed;a=the regional governor]] in Bamenda's Mankon area overnight, the regional governor said in a statement. "
    "[[About 600 residents|displaced;a=the regional governor]] fled to the city centre, he said.",
)

F(
    "Niger army reports clash near Tillabéri",
    "Niger's army said it had killed [[35 terrorists|killed;a=Niger's army]] and lost [[seven soldiers|killed;a=Niger's army]] in fighting near Tillabéri on Wednesday. "
    "[[Twenty other soldiers|injured;a=Niger's army]] were wounded, it said in a statement read on state television.",
)

F(
    "Derna toll rises",
    "The death toll from the floods in Derna has risen to [[4,352|killed;a=the World Health Organization]], the World Health Organization said, while [[more than 8,000 people|missing;a=the World Health Organization]] remain missing. "
    "The International Organization for Migration said [[at least 43,000 people|displaced;a=The International Organization for Migration]] had been displaced across north-eastern Libya.",
)

F(
    "Libyan coast guard intercepts migrants",
    "The Libyan coast guard intercepted [[1,148 migrants|other;a=the International Organization for Migration]] at sea last week and returned them to Libya, the International Organization for Migration said, bringing the total this year to [[17,190|other;a=the International Organization for Migration]]. "
    "[[At least 62 people|missing]] drowned or went missing off western Libya in the same period.",
)

F(
    "3R fighters attack villages near Bocaranga",
    "BANGUI - Fighters of the {{3R}} armed group killed [[at least 22 people|killed;a=the UN mission MINUSCA]] in attacks on [[two villages|other;a=the UN mission MINUSCA]] near Bocaranga, the UN mission MINUSCA said, and [[about 3,500 residents|displaced;a=the UN mission MINUSCA]] fled to the town, where they are sheltering in a church and a school.",
)

F(
    "Burundian refugees go home from Nduta",
    "Tanzania and Burundi have repatriated [[4,200 Burundian refugees|returned;a=UNHCR]] from the Nduta camp since August, UNHCR said, and plan to bring home [[another 10,000|returned;p;a=UNHCR]] before the rainy season. "
    "Nduta still hosts [[more than 60,000 refugees|displaced]].",
)

F(
    "Uganda transit centre overwhelmed",
    "KISORO, Uganda - Uganda received [[more than 3,000 Congolese refugees|displaced;a=officials]] in {{two days}} this week through the Nyakabande transit centre, which was built for [[1,500 people|capacity;a=officials]], officials said. "
    "[[About 1,800|displaced]] were moved on to the Nakivale settlement by bus on Thursday.",
)

F(
    "First aid convoy in ten weeks reaches Darfur",
    "A convoy of [[28 trucks|aid;a=the World Food Programme]] carrying food for [[about 45,000 people|aid;a=the World Food Programme]] crossed into Darfur from Chad through the Adré crossing on Sunday, the World Food Programme said. "
    "It was the {{first convoy}} to reach the area in {{10 weeks}}.",
)

F(
    "A million return to Khartoum and Gezira",
    "Since the army retook Khartoum in March, [[more than 1 million Sudanese|returned;a=the IOM]] have returned to their homes in the capital and in Gezira state, the IOM said on Friday. "
    "Many found their houses looted and without water or power, and [[about 1.8 million people|displaced]] from Khartoum remain displaced elsewhere in Sudan or abroad.",
)

F(
    "South Africa unrest toll rises",
    "JOHANNESBURG - The death toll from a week of riots and looting in KwaZulu-Natal and Gauteng has risen to [[215|killed;a=acting minister Khumbudzo Ntshavheni;alt=Khumbudzo Ntshavheni]], acting minister Khumbudzo Ntshavheni said on Friday. "
    "Police have arrested [[2,610 people|arrested]], and [[25,000 soldiers|combatants]] have been deployed.",
)

F(
    "Migrant boat capsizes off Mbour",
    "DAKAR - A wooden boat carrying [[about 200 migrants|displaced;a=the interior ministry]] capsized off the coast of Mbour on Sunday, and rescuers had recovered [[39 bodies|killed;a=the interior ministry]] by Tuesday, the interior ministry said. "
    "[[Sixty-eight people|other]] were rescued.",
)

F(
    "AU summit approves budget",
    "The African Union's summit in Addis Ababa on {{17 February}} approved a budget of {{$605 million}} for {{2025}}, up {{4%}} from the year before, and agreed to hold the next summit in Malabo in {{2026}}.",
)

F(
    "Gunmen kill dozens in Benue",
    "MAKURDI, Nigeria - Gunmen killed [[at least 45 people|killed;a=a local council chairman]] in overnight attacks on [[two farming communities|other;u=other;a=a local council chairman]] in Benue state's Guma area, a local council chairman said. "
    "[[About 3,000 survivors|displaced]] have taken refuge in a primary school in Daudu.",
)

F(
    "Mbera camp swells",
    "[[More than 55,000 Malians|displaced;a=the UN refugee agency]] have arrived in Mauritania's Mbera camp since January, the UN refugee agency said, swelling its population to [[about 150,000|displaced;a=the UN refugee agency]]. "
    "The camp was designed for [[60,000 people|capacity]].",
)

F(
    "Attack on Dikwa camp",
    "MAIDUGURI, Nigeria - Boko Haram fighters killed [[37 people|killed;a=a camp official and a local militia member]], including [[10 children|killed;a=a camp official and a local militia member]], at a camp for displaced people in Dikwa on Saturday, a camp official and a local militia member said. "
    "They burned [[35 tents|housing]] before leaving.",
)

F(
    "Cyclone Gamane hits northern Madagascar",
    "ANTANANARIVO - Cyclone Gamane killed [[18 people|killed;a=the national disaster office BNGRC]] and forced [[20,737|displaced;a=the national disaster office BNGRC]] from their homes in northern Madagascar, the national disaster office BNGRC said. "
    "Winds of {{up to 150 km/h}} tore roofs off [[some 4,000 houses|housing]].",
)

F(
    "Zambia drought appeal",
    "[[About 6 million people|civilians;a=the World Food Programme]] in Zambia need food aid after the worst drought in decades, the World Food Programme said, and the agency plans to reach [[1.1 million|aid;p;a=the agency;alt=the World Food Programme]] of them with cash transfers by March.",
)

F(
    "Massacre reported in Gezira village",
    "WAD MADANI, Sudan - RSF fighters killed [[between 100 and 150 people|killed;a=local activists]] in an attack on the village of Wad al-Nourah in Gezira state, local activists said, among them [[35 children|killed;a=local activists]]. "
    "The village had a population of [[about 12,000|civilians]].",
)

F(
    "Burundi troops in South Kivu",
    "Burundi has deployed [[about 10,000 soldiers|combatants;a=a UN experts' report]] in South Kivu to fight alongside the Congolese army, according to a UN experts' report, and sent [[1,000 more|combatants;n=-;a=a UN experts' report]] in January.",
)

F(
    "Amnesty reports mass detentions in Amhara",
    "Ethiopian security forces detained [[at least 1,000 Amhara civilians|arrested;a=a report by Amnesty International]] in Addis Ababa and other cities under the state of emergency, a report by Amnesty International said on Thursday. "
    "[[Some 300|arrested]] were held in a military camp for {{more than three months}}.",
)
