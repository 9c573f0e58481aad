"""Sudan's Emergency Lawyers, resistance committees and state officials, Somali district
commissioners and Nigerian state police spokesmen, 2014-2025, as the wires relay their counts."""

from _wrap import item

item(
    "Emergency Lawyers say RSF killed 85 in Gezira village raid",
    """Rapid Support Forces fighters killed [[at least 85 people|killed;a=the Emergency Lawyers]],
    including [[24 children|killed;a=the Emergency Lawyers]], in an attack on the village of
    Al-Sireha in Gezira state, the Emergency Lawyers, a group that documents abuses in Sudan's war,
    said on Saturday. The group said the fighters had also abducted
    [[about 150 men|kidnapped;a=The group;alt=the Emergency Lawyers]] and looted the market.
    [[Dozens|injured]] were wounded. The Hasaheisa resistance committee said on Facebook that
    [[more than 30 bodies|killed;a=The Hasaheisa resistance committee]] had been buried in a single
    grave and that [[3,000 to 4,000 residents|displaced;a=The Hasaheisa resistance committee]] had
    fled towards Hasaheisa and Managil. The RSF denied targeting civilians and said its forces had
    repelled an attack by army-allied militiamen.""",
)

item(
    "Shelling of Abu Shouk camp kills 14, El Fasher committees say",
    """Rapid Support Forces shelling of the Abu Shouk displacement camp on the northern edge of El
    Fasher killed [[14 people|killed;a=the El Fasher resistance committees]] and wounded
    [[27|injured;n=-;a=the El Fasher resistance committees]], the El Fasher resistance committees said
    on Tuesday. The committees said [[more than 60 shells|other;a=The committees;alt=the El Fasher resistance committees]]
    had landed in the camp in {{three hours}}. The Sudan Doctors Network said
    [[hundreds of thousands of civilians|civilians;a=The Sudan Doctors Network]] were trapped inside
    the besieged city. [[About 1,200 families|displaced;a=the camp's coordinators]] left the camp for
    Tawila over the weekend, according to the camp's coordinators.""",
)

item(
    "Sudan lawyers' group says thousands held in RSF detention sites in Khartoum",
    """The Emergency Lawyers said on Wednesday that the Rapid Support Forces were holding
    [[more than 5,000 civilians|arrested;a=The Emergency Lawyers]] in
    [[at least 44 detention sites|other;a=The Emergency Lawyers]] across the capital. The group said
    it had documented the deaths of [[117 detainees|killed;a=The group;alt=The Emergency Lawyers]]
    from torture, hunger and disease since {{April 2023}}. Resistance committees in Bahri said army
    military intelligence had detained
    [[23 volunteers|arrested;a=Resistance committees in Bahri]] from the emergency response rooms,
    accusing them of collaborating with the RSF. The committees also said RSF fighters had abducted
    [[at least 19 women|kidnapped;a=The committees;alt=Resistance committees in Bahri]] in
    Kafouri.""",
)

item(
    "RSF attacks on villages near Bara kill 211, lawyers' group says",
    """Attacks by the Rapid Support Forces on [[four villages|other;a=the Emergency Lawyers]] near
    Bara in North Kordofan killed [[211 people|killed;a=the Emergency Lawyers]], most of them women,
    children and old men, the Emergency Lawyers said on Tuesday. The group said
    [[at least 19 people|missing;a=The group;alt=the Emergency Lawyers]] were unaccounted for and
    that fighters had burned [[50-60 houses|housing;a=The group;alt=the Emergency Lawyers]]. The
    state government gave a lower toll of [[182|killed;n=-;a=The state government]].
    [[More than 3,400 people|displaced;a=the International Organization for Migration]] fled
    towards El Obeid, the International Organization for Migration said.""",
)

item(
    "Khartoum state says returnees top 400,000 as services resume",
    """[[More than 400,000 people|returned;a=the Khartoum state government]] have come back to
    Khartoum since the army retook the capital in March, the Khartoum state government said on
    Sunday. The International Organization for Migration estimated in {{July}} that
    [[about 1.3m people|returned;a=The International Organization for Migration]] had returned to
    their home areas across Sudan. [[About 1,800 families|returned;a=border officials]] arrived from
    Egypt through the Argeen crossing last week, border officials said. The national mine action
    centre said its teams had removed [[more than 6,000 unexploded devices|other;a=The national mine action centre]]
    from the city. [[Thousands of homes|housing]] in Bahri and Omdurman were looted or burned during
    the war.""",
)

item(
    "Al-Shabaab attack on Mahas base repelled, district commissioner says",
    """Somali forces and clan militiamen repelled an al-Shabaab attack on a military base in Mahas, in
    the central Hiiraan region, killing [[at least 17 militants|killed;a=Abdullahi Hassan Nur]], the
    district commissioner, Abdullahi Hassan Nur, told reporters. He said
    [[four soldiers|killed;a=Abdullahi Hassan Nur]] were killed and
    [[nine|injured;n=-;a=Abdullahi Hassan Nur]] wounded in the fighting, which began with
    [[two car bombs|other;u=other;a=Abdullahi Hassan Nur]] at the gate.
    [[Hundreds of al-Shabaab fighters|combatants;a=residents]] took part in the assault, according
    to residents. Al-Shabaab, in a statement on a website linked to the group, claimed to have killed
    [[more than 40 soldiers|killed;a=Al-Shabaab]].""",
)

item(
    "Mogadishu truck bomb toll rises to 81, officials say",
    """The death toll from Saturday's truck bombing at a busy checkpoint in Mogadishu has risen to
    [[81|killed;n=-;a=officials]], officials said on Sunday, with
    [[more than 125 people|injured;a=officials]] wounded. [[Sixteen|killed;n=-]] of the dead were
    university students travelling to exams on a minibus. Police spokesman Ibrahim Mohamed said
    investigators had detained
    [[six suspects|arrested;a=Police spokesman Ibrahim Mohamed;alt=Ibrahim Mohamed]]. Turkey's
    foreign ministry said [[16 of the wounded|injured;a=Turkey's foreign ministry]] had been flown to
    Ankara for treatment. The blast destroyed [[11 vehicles|other]] and several shops along the
    Afgoye road.""",
)

item(
    "Displaced families pour into Baidoa as fighting flares in Bay region",
    """[[More than 2,300 families|displaced;a=Abdullahi Ali Watiin]] have arrived in Baidoa over the past
    {{two weeks}}, fleeing fighting between government forces and al-Shabaab around Burhakaba and
    Dinsor, Baidoa's district commissioner, Abdullahi Ali Watiin, said on Monday. He said the
    newcomers were sheltering in [[12 new camps|capacity;a=Abdullahi Ali Watiin]] on the edge of the
    town. The World Food Programme said [[1,650 households|aid;a=The World Food Programme]] had
    received emergency rations. South West State's ministry of humanitarian affairs said
    [[800 more tents|aid;p;a=South West State's ministry of humanitarian affairs]] were needed.
    [[Seven civilians|killed;a=residents]] were killed when a mortar round hit a market in
    Burhakaba on Friday, residents said.""",
)

item(
    "Middle Shabelle commissioner says army retook 11 villages, freed abducted elders",
    """Government troops backed by clan militias have retaken
    [[11 villages|other;a=Mohamed Ali Guled]] from al-Shabaab in the Adan Yabaal district of Middle
    Shabelle, the district commissioner, Mohamed Ali Guled, said on Thursday. He said the operation,
    involving [[about 600 soldiers|combatants;a=Mohamed Ali Guled]], had freed
    [[eight clan elders|kidnapped;a=Mohamed Ali Guled]] held by the militants since {{June}}. The
    information ministry in Mogadishu put the number of militants killed at
    [[more than 70|killed;n=-;a=The information ministry in Mogadishu]].
    [[Three soldiers|killed]] died in the fighting. Residents said
    [[about 1,000 people|displaced;a=Residents]] had fled to Jowhar ahead of the offensive.""",
)

item(
    "Police confirm abduction of 42 from Zamfara village, rescue 17",
    """Gunmen abducted [[42 people|kidnapped;a=Yazid Abubakar]], most of them women and children, in
    an overnight raid on Kairu village in Zamfara state, the state police spokesman, Yazid Abubakar,
    said on Sunday. Abubakar said police and soldiers had rescued
    [[17 of the victims|kidnapped;a=Abubakar]] in a forest near the village.
    [[Two police officers|killed;a=Yazid Abubakar]] were killed in the exchange of fire, he added.
    Residents told Reuters the gunmen, who arrived on
    [[as many as 60 motorcycles|other;a=Residents]], also killed [[nine villagers|killed;a=Residents]]
    and set fire to [[a dozen houses|housing;a=Residents]]. Amnesty International says
    [[more than 1,500 people|kidnapped;a=Amnesty International]] were kidnapped in Zamfara in
    {{2023}} alone.""",
)

item(
    "Borno police: suicide bombers kill 19 at Konduga fish market",
    """[[Nineteen people|killed;a=police spokesman Nahum Daso;alt=Nahum Daso]] were killed and
    [[26|injured;n=-;a=police spokesman Nahum Daso;alt=Nahum Daso]] injured when
    [[three suicide bombers|combatants;a=police spokesman Nahum Daso;alt=Nahum Daso]] set off
    explosives at a crowded fish market in Konduga, Borno state, on Saturday evening, police
    spokesman Nahum Daso said. A local militia leader, Babakura Kolo, told AFP that
    [[at least 24 people|killed;a=Babakura Kolo]] had died. Police said
    [[200 more officers|combatants;a=Police]] had been deployed to the town. Boko Haram and its
    offshoot ISWAP have killed [[more than 35,000 people|killed;a=the UN]] and displaced
    [[about 2 million|displaced;a=the UN]] in the northeast since {{2009}}, according to the UN.""",
)

item(
    "Kaduna police arrest 37 suspects, recover rifles after Kajuru attacks",
    """Police in Kaduna state have arrested [[37 suspects|arrested;a=Mansir Hassan]] linked to attacks
    on villages in Kajuru and Kauru local government areas, the state police spokesman, Mansir
    Hassan, said in a statement on Tuesday. He said officers had recovered
    [[11 assault rifles|other;a=Mansir Hassan]] and [[1,240 rounds|other;a=Mansir Hassan]] of
    ammunition and rescued [[nine kidnap victims|kidnapped;a=Mansir Hassan]]. The attacks, in which
    [[at least 33 people|killed;a=the Southern Kaduna Peoples Union]] were killed and
    [[more than 100 homes|housing;a=the Southern Kaduna Peoples Union]] burned, drove
    [[4,000-4,500 residents|displaced;a=the Southern Kaduna Peoples Union]] into camps in Kachia,
    according to the Southern Kaduna Peoples Union.""",
)

item(
    "Plateau attacks: police put toll at 79, council chairman says 113",
    """Police in Plateau state said [[79 people|killed;a=Police in Plateau state]] were killed in
    coordinated attacks on [[17 villages|other;a=Police in Plateau state]] in Bokkos and Barkin Ladi
    over the weekend. But the chairman of the Bokkos local government council, Monday Kassah, said
    [[113 bodies|killed;a=Monday Kassah]] had been recovered and
    [[more than 300 people|injured;a=Monday Kassah]] wounded. The Plateau State Emergency Management
    Agency said [[about 10,000 people|displaced;a=The Plateau State Emergency Management Agency]] had
    fled to [[eight camps|capacity;a=The Plateau State Emergency Management Agency]] in Bokkos town.
    [[Two hundred and twenty-one houses|housing;a=the agency;alt=The Plateau State Emergency Management Agency]]
    were burned, the agency said. The army said troops had arrested
    [[eight suspects|arrested;a=The army]].""",
)

item(
    "Katsina says 344 abducted schoolboys freed",
    """Katsina state governor Aminu Bello Masari said late on Thursday that
    [[344 schoolboys|kidnapped;a=Katsina state governor Aminu Bello Masari;alt=Aminu Bello Masari]]
    abducted from a boarding school in Kankara had been freed. Masari said
    [[17 boys|missing;a=Masari]] were still unaccounted for. Police said
    [[about 800 students|civilians;a=Police]] were in the hostels when the gunmen struck. The freed
    boys were taken to Katsina city in [[four buses|other]] for medical checks. Amnesty International
    said [[at least 1,000 children|kidnapped;a=Amnesty International]] had been abducted from
    Nigerian schools since the {{2014}} Chibok kidnapping, in which
    [[276 schoolgirls|kidnapped;a=Amnesty International]] were seized.""",
)

item(
    "Sudan sets exam dates as pound slides",
    """Sudan's education ministry said on Monday that secondary school certificate exams would begin on
    {{June 29}} in army-held states and at centres in Egypt, with papers starting at {{8:30 a.m.}} The
    Sudanese pound traded at {{2,500}} to the dollar on the parallel market in Port Sudan, against
    {{570}} before the war began in {{April 2023}}. The Sudan Doctors Network said {{70%}} of hospitals
    in conflict areas were out of service. The ministry said the exams, delayed by {{two years}},
    would last {{12 days}}.""",
)

item(
    "Nigerian police set curfew hours in Jos, offer reward",
    """Plateau state police said on Sunday that a {{24-hour}} curfew imposed on Jos North on Friday
    would be relaxed to run from {{6 p.m.}} to {{6 a.m.}} from Monday. The police spokesman said the
    command was offering a reward of {{N5 million}} for information on the attackers and cited
    Section {{36}} of the {{1999}} constitution on the right to a fair hearing for those held. Markets
    would open for {{eight hours}} a day, he said, and schools would remain shut for a {{second}}
    week.""",
)
