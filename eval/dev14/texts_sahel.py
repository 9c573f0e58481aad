"""dev14 texts: the Sahel: Mali, Burkina Faso, Niger.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Sahel: Mali, Burkina Faso, Niger
    (
        "Mali: villagers walk to Gao after raid on Ouatagouna hamlets",
        "Gunmen on motorbikes attacked [[three hamlets|other;a=local officials]] near Ouatagouna on the night of {{August 8}}, {{2021}}, and residents began fleeing toward the regional capital, local officials said. "
        "[[At least 51 villagers|killed;a=the officials;alt=local officials]] were shot, most of them men working in the fields, the officials said. "
        "By Friday [[4,300|displaced]] had reached Gao, a journey of more than {{150 km}} along the {{N17}} road. "
        "[[Some 800|displaced]] are sheltering in [[two schools|capacity]] near the river port, and the rest are staying with relatives. "
        "The regional health director said [[17 wounded|injured;n=wounded;a=The regional health director]] had been brought to Gao hospital by army convoy, [[two of them|killed;n=-;a=The regional health director]] children who later died.",
    ),
    (
        "Burkina Faso: Djibo blockade leaves town short of food",
        "For more than {{two years}} jihadists of JNIM have encircled Djibo, cutting the roads and blowing up bridges. "
        "[[About 300,000 people|civilians;a=the humanitarian coordinator]] live in the town, most of them displaced from surrounding villages, according to the humanitarian coordinator. "
        "A convoy of [[150 trucks|aid]] escorted by the army reached the town in {{May 2023}}, the first in {{five months}}. "
        "On the way back, militants ambushed the escort and killed [[17 soldiers|killed;a=the army]] and [[36 volunteers|killed;a=the army]] of the VDP civil defence force, the army said. "
        "Residents interviewed by telephone said a sack of millet now costs {{40,000 CFA francs}}, {{four times}} its price before the siege.",
    ),
    (
        "Burkina Faso: army recruits 50,000 civil defence volunteers",
        "The transitional government in Ouagadougou launched a drive in {{October 2022}} to recruit [[50,000 volunteers|combatants;p;a=The transitional government in Ouagadougou]] for the Volunteers for the Defence of the Homeland, it said. "
        "Recruits receive {{14 days}} of training and a monthly allowance of {{60,000 CFA francs}}. "
        "By the end of the year [[more than 90,000|combatants;a=the defence ministry]] had signed up, the defence ministry said, nearly twice the target. "
        "Rights groups say the volunteers have been involved in reprisals: Human Rights Watch documented the killing of [[at least 156 civilians|killed;a=Human Rights Watch]] by soldiers and volunteers in the village of Karma in {{April 2023}}. "
        "The army denies involvement.",
    ),
    (
        "Niger: soldiers killed near Tillaberi as new junta faces first test",
        "Militants ambushed an army column near Koutougou in the Tillaberi region on Tuesday, the defence ministry said in a statement read on state television. "
        "[[Seventeen soldiers|killed;a=the defence ministry]] were killed and [[20 others|injured;a=the defence ministry]] wounded, [[six of them|injured;n=-;a=the defence ministry]] seriously, it said. "
        "The ministry said troops had 'neutralised' [[more than 100 terrorists|killed;a=The ministry]] as they pulled back toward the Malian border. "
        "The wounded were flown to Niamey, about {{110 km}} away. "
        "It was the deadliest attack since the coup of {{July 26}}.",
    ),
    (
        "Mali: relatives search for men taken during Moura operation",
        "{{Five days}} after Malian troops and foreign fighters sealed off the market town of Moura in {{March 2022}}, families are still looking for their sons. "
        "A UN human rights report later found that [[at least 500 people|killed;a=A UN human rights report]] were executed over the {{five-day}} operation, most of them after they had been rounded up. "
        "[[Some 58 women and girls|other;n=women and girls;a=the report;alt=A UN human rights report]] were subjected to sexual violence, the report said. "
        "Residents said [[about 20 men|missing;a=Residents]] who were taken away by helicopter have not been seen since. "
        "The army said it had killed [[203 militants|killed;a=The army]] and arrested [[51|arrested;a=The army]].",
    ),
    (
        "Niger: Diffa camps swell after Boko Haram raids on islands",
        "Boko Haram fighters in canoes raided fishing islands on Lake Chad in early {{June}}, burning [[at least 40 huts|housing;u=structure]] and seizing boats. "
        "[[Nearly 11,000 people|displaced;a=the UN refugee agency]] have since arrived in Diffa region, the UN refugee agency said, adding to the [[240,000|displaced;a=the UN refugee agency]] it already counted there. "
        "Most of the newcomers are women and children; [[some 2,600|displaced]] are staying at the Kidjendi site, which was built for [[1,500|capacity]]. "
        "The agency has flown in [[1,800 tents|aid;a=The agency;alt=the UN refugee agency]] and plans to open [[two more sites|capacity;p;a=The agency;alt=the UN refugee agency]] by the end of the month, it said.",
    ),
    (
        "Burkina Faso: survivors describe Barsalogho trench attack",
        "Villagers had been ordered by soldiers to dig a defensive trench around Barsalogho when JNIM fighters arrived on a Saturday morning in {{August 2024}}. "
        "The government has not given a toll, but a security assessment seen by the newspaper put the number of dead at [[about 400|killed;a=a security assessment]]. "
        "JNIM itself claimed to have killed [[300 'militiamen'|killed;a=JNIM;n=militiamen]], a claim residents reject. "
        "At the Kaya hospital, [[more than 140 patients|injured;a=a nurse]] were treated for gunshot wounds over {{two nights}}, a nurse said. "
        "Many families have since left for Kaya, {{45 km}} to the south, and [[about 1,000 households|displaced;a=the local authorities]] had registered there by Wednesday, according to the local authorities.",
    ),
    (
        "Mali: Timbuktu residents return after blockade eases",
        "The blockade that JNIM imposed on Timbuktu in {{August 2023}} cut the city off from food supplies and sent [[thousands|displaced]] fleeing to Mauritania. "
        "With boats running again on the river, [[about 6,000|returned;a=the regional directorate of social development]] of those who fled have come back, according to the regional directorate of social development. "
        "[[At least 80,000 Malians|displaced;a=UNHCR]] remain in the Mbera camp across the border, UNHCR says, a camp designed for [[about 50,000|capacity;a=UNHCR]]. "
        "Traders said the price of a {{50-kg}} bag of rice had fallen from {{35,000}} to {{22,000 CFA francs}} since the ferries resumed. "
        "The governor told local radio that [[12,000 residents|returned;p;a=The governor]] were expected back before the rains.",
    ),
    (
        "Niger: gunmen abduct worshippers near Tera",
        "Gunmen surrounded a mosque in a village near Tera during Friday prayers and took [[at least 23 worshippers|kidnapped;a=a local councillor]], a local councillor said on Saturday. "
        "The attackers, believed to be from the Islamic State Sahel Province, also burned [[a dozen shops|housing;u=structure]] and drove off [[about 300 cattle|other]]. "
        "Soldiers sent from Tera found the bodies of [[four men|killed]] on the road out of the village. "
        "[[Nine|kidnapped;a=the councillor;alt=a local councillor]] of the hostages escaped during the night and walked back, the councillor said; the others are still being held. "
        "The region has been under a state of emergency since {{2017}}.",
    ),
    (
        "Burkina Faso: landmine blasts kill travellers on Fada road",
        "Improvised mines planted on the road between Fada N'Gourma and Kantchari have killed [[at least 35 civilians|killed;a=a security source]] since January, a security source told AFP. "
        "The latest blast, on Monday, hit a bus carrying wedding guests: [[14 passengers|killed;a=the source;alt=a security source]] died and [[22|injured;a=the source;alt=a security source]] were hurt, the source said. "
        "Mine clearance teams have removed [[more than 70 devices|other;a=the army]] from the {{N4}} highway this year, according to the army. "
        "Transporters have raised fares on the route by {{40%}}.",
    ),
    (
        "Nigeria: Kuriga pupils freed two weeks after school raid",
        "Gunmen on motorcycles stormed the LEA primary and secondary school in Kuriga, Kaduna State, on {{March 7, 2024}}, shortly after the morning assembly. "
        "The school said [[287 pupils|kidnapped;a=The school]] were missing that day, but the state government later put the number of abducted pupils at [[137|kidnapped;a=the state government]]. "
        "Governor Uba Sani announced on Sunday that [[all 137|kidnapped;a=Governor Uba Sani]] had been freed. "
        "[[One teacher|killed;a=the governor;alt=Governor Uba Sani]] had died in captivity, the governor said. "
        "The kidnappers had demanded {{1 billion naira}}; officials said no ransom was paid.",
    ),
    (
        "Nigeria: bandits kill farmers in Zamfara as harvest begins",
        "Armed bandits attacked farmers in Maradun local government area on Tuesday, residents said, the latest in a string of raids timed to the harvest. "
        "[[Twenty-one farmers|killed;a=a community leader]] were killed and [[more than 40 others|kidnapped;a=a community leader]] taken to the forest, a community leader told the Daily Trust. "
        "Police confirmed [[13 deaths|killed;a=Police]] and said [[eight of the abducted|kidnapped;n=abducted;a=Police]] had been rescued by a joint team of police and vigilantes. "
        "The bandits had demanded a levy of {{5 million naira}} from the community in August, residents said. "
        "[[Hundreds of families|displaced]] have since moved into Maradun town.",
    ),
    (
        "Nigeria: Kuje prison attack frees hundreds of inmates",
        "Islamic State West Africa Province fighters attacked the medium-security prison at Kuje, near Abuja, with explosives late on {{July 5, 2022}}. "
        "[[879 inmates|other;a=the Nigerian Correctional Service]] escaped, the Nigerian Correctional Service said, among them [[64|other;a=the Nigerian Correctional Service]] held on terrorism charges. "
        "[[One guard|killed]] was killed and [[four inmates|killed]] died in the attack. "
        "By Thursday [[443 of the escapees|arrested;a=the service;alt=the Nigerian Correctional Service]] had been recaptured, the service said, while the rest remain at large. "
        "The prison held [[994 inmates|arrested;a=officials]] on the night of the raid, officials said, though it was built for [[560|capacity;a=officials]].",
    ),
    (
        "Nigeria: security forces fire on #EndBadGovernance protesters",
        "Protests against the cost of living turned violent in several northern cities in {{August 2024}}, with looting of warehouses and clashes with police. "
        "Amnesty International said [[at least 21 protesters|killed;a=Amnesty International]] had been shot dead by security forces, a toll the police rejected. "
        "The Inspector-General of Police said [[more than 1,000 people|arrested;a=The Inspector-General of Police]] had been arrested nationwide and [[seven|killed;a=The Inspector-General of Police]] had died, [[six police officers|injured;a=The Inspector-General of Police]] were wounded. "
        "In Kano, the state government imposed a {{24-hour}} curfew. "
        "[[Seventy-six|arrested;a=the federal prosecutor]] of those detained were later charged with treason, the federal prosecutor said, including [[32 minors|arrested;a=the federal prosecutor]].",
    ),
    (
        "Nigeria: Borno farmers killed near Zabarmari",
        "Jihadists tied up and executed rice farmers working in fields near Zabarmari, {{20 km}} from Maiduguri, on a Saturday in {{November 2020}}. "
        "The bodies of [[43 farmers|killed;a=the Borno State government]] were buried on Sunday, the Borno State government said, but a UN official put the toll at [[at least 110|killed;a=a UN official]]. "
        "[[Six|injured]] of the survivors were being treated in Maiduguri, and [[eight|missing;a=the farmers' association]] were still missing on Monday, the farmers' association said. "
        "Many of the labourers had come from Sokoto State, more than {{1,000 km}} away, to work for {{5,000 naira}} a day.",
    ),
    (
        "Cameroon: separatists burn homes in North-West village",
        "Armed separatists raided the village of Mbengwi in Cameroon's North-West region overnight, residents told the Guardian Post. "
        "They set fire to [[at least 36 houses|housing;a=residents]] and the village health centre, residents said. "
        "[[Five people|killed]], including a {{70-year-old}} traditional leader, were killed. "
        "The fighters accused the village of disobeying their lockdown, which bans movement every Monday since {{2017}}. "
        "According to the Norwegian Refugee Council, [[more than 600,000 people|displaced;a=the Norwegian Refugee Council]] have been forced from their homes in the English-speaking North-West and South-West regions since the crisis began.",
    ),
    (
        "Cameroon: Boko Haram suicide attack on Mozogo displacement site",
        "A suicide bomber blew herself up at night among displaced families sleeping in the open at Mozogo, in Cameroon's Far North. "
        "[[At least 18 people|killed;a=a local official]] were killed and [[11|injured;a=a local official]] wounded, a local official said. "
        "The site houses [[about 1,500 displaced people|displaced;a=the UN]] who fled earlier Boko Haram attacks on villages near the Nigerian border, according to the UN. "
        "The army has deployed [[200 extra soldiers|combatants;a=The army]] to the area, it said. "
        "Boko Haram has been active in the Far North since {{2014}}.",
    ),
    (
        "Nigeria: vigilantes and soldiers free kidnapped travellers in Kogi",
        "Gunmen who blocked the Lokoja-Abuja highway on Wednesday evening took [[at least 30 travellers|kidnapped;a=police]] from their vehicles, police said. "
        "On Saturday a joint team of soldiers and local hunters raided the camp in the forest and rescued [[19 of them|kidnapped;n=-]]. "
        "[[Two suspected kidnappers|killed;a=the police spokesman]] were killed in the gun battle and [[three others|arrested;a=the police spokesman]] arrested, the police spokesman said; [[one soldier|injured;a=the police spokesman]] was hurt. "
        "The kidnappers had asked families for {{2 million naira}} per person. "
        "[[The remaining 11|kidnapped]] are believed to have been moved deeper into the forest.",
    ),
    (
        "Niger: Nigerian refugees flee Sokoto bandits into Maradi",
        "Refugees have been crossing from Nigeria's Sokoto State into Niger's Maradi region since bandits stepped up raids in early {{2021}}. "
        "UNHCR said [[about 11,500 refugees|displaced;a=UNHCR]] had arrived in {{May}} alone. "
        "The agency is moving them away from the border to villages of opportunity, where [[1,200 shelters|capacity;a=The agency;alt=UNHCR]] have been built for them, it said. "
        "Local host families have taken in [[thousands|displaced]] more. "
        "Niger already hosts [[more than 250,000 refugees|displaced;a=the government]] from Nigeria and Mali, the government says.",
    ),
    (
        "Nigeria: court remands 67 Shiite protesters in Abuja",
        "A Federal High Court in Abuja ordered that [[67 members|arrested;a=prosecutors]] of the Islamic Movement in Nigeria be held at Kuje prison for {{30 days}}, prosecutors said. "
        "They were arrested after a procession to demand the release of their leader turned violent on {{July 22}}. "
        "Police said [[one deputy commissioner|killed;a=Police]] and [[one journalist|killed;a=Police]] were killed in the clashes; the movement says [[six members|killed;a=the movement]] died. "
        "The group was banned under {{Section 2}} of the Terrorism Prevention Act. "
        "The judge adjourned the case, {{FHC/ABJ/CR/146/2019}}, to {{August 22}}.",
    ),
    (
        "Nigeria: army says 10,000 Boko Haram members have surrendered",
        "Nigeria's military says [[more than 10,000 Boko Haram and ISWAP members|combatants;n=members;a=Nigeria's military]] have surrendered in the northeast since the death of Abubakar Shekau in {{2021}}. "
        "[[About 2,100|combatants;a=officials]] of them are fighters and the rest are wives and children, officials said at a briefing in Maiduguri. "
        "They are held at the Hajj camp, which has room for [[3,000|capacity]]. "
        "The Borno governor has said the process will take {{two years}}. "
        "Victims' groups have protested against plans to resettle [[400 of the former fighters|returned;p]] in their old communities.",
    ),
    (
        "Burkina Faso: aid drops reach Arbinda by helicopter",
        "With the roads mined and convoys attacked, the World Food Programme has been flying food into besieged towns in northern Burkina Faso. "
        "Its helicopters carried [[about 340 tonnes|aid;a=the World Food Programme]] of cereals to Arbinda, Djibo and Sebba in {{March}}, it said. "
        "[[Nearly 1 million people|civilians;a=the agency;alt=the World Food Programme]] live in areas under blockade, the agency estimated. "
        "In Arbinda, [[some 60,000|civilians]] share [[four working wells|other]]. "
        "The flights cost about {{$12,000}} an hour.",
    ),
    (
        "Mali: Wagner and troops accused of killings near Niono",
        "Herders in the Niono circle say soldiers and Russian fighters arrived at the weekly market of Diafarabe on a Tuesday and took away [[about 30 men|missing;a=Herders in the Niono circle;alt=Herders]]. "
        "[[Twenty of them|killed;a=a local rights group;n=-]] were later found dead in a pit near the river, a local rights group said. "
        "The army said it had carried out an operation against terrorists and arrested [[eight suspects|arrested;a=The army]]. "
        "Human Rights Watch has counted [[at least 300 civilians|killed;a=Human Rights Watch]] killed by the army and its allies in central Mali since {{December 2023}}. "
        "The United Nations mission left Mali on {{December 31}}, 2023, after {{10 years}}.",
        ["2023"],
    ),
]
