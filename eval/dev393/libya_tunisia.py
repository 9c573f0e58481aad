"""Libya and Tunisia: interceptions and returns by their coastguards, detention centres,
kidnapping for ransom, the raids on migrant neighbourhoods, Tunisia's expulsions to the
desert and the camps in the olive groves near Sfax (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "IOM: over 21,000 intercepted and returned to Libya this year",
    """[[More than 21,700 migrants|returned;a=the International Organization for Migration]]
    have been intercepted at sea and returned to Libya so far this year, the International
    Organization for Migration said on Tuesday, among them [[1,142 children|returned;
    a=the International Organization for Migration]]. In the past week alone the Libyan
    coastguard brought back [[874 people|returned;a=IOM]], according to IOM's weekly update.
    The agency recorded [[462 deaths|killed;a=The agency;alt=IOM]] and
    [[707 people|missing;a=The agency;alt=IOM]] missing on the route this year. Most of those
    returned were taken to detention centres, where IOM estimates
    [[about 4,500 people|arrested;a=IOM]] are now held. The agency has repeatedly said Libya is
    not a safe place for disembarkation. [[Up to 1,000 people|arrested;a=IOM]] are held in the Ain Zara centre alone, IOM said.""",
)

item(
    "Airstrike hits Tajoura detention centre, killing dozens of migrants",
    """An airstrike on the Tajoura detention centre east of Tripoli killed
    [[at least 53 migrants|killed;a=the UN]] and wounded [[130|injured;a=the UN]] late on
    Tuesday, the UN said, in one of the deadliest attacks on civilians since forces loyal to
    Khalifa Haftar began their offensive on the capital in April. The strike destroyed
    [[two hangars|housing;u=structure;a=survivors]] holding [[about 120 men|arrested;
    a=survivors]], mostly from Sudan, Eritrea and Somalia, survivors said. The centre held
    [[some 600 people|arrested;a=UNHCR]] in all, according to UNHCR, which had asked for it to
    be closed. [[Several hundred detainees|displaced]] fled into the streets after the strike.
    Guards shot at some of those trying to escape, survivors told AP.""",
)

item(
    "Libyan forces free 107 migrants from traffickers' prison in Bani Walid",
    """Libyan security forces freed [[107 migrants|kidnapped;a=the interior ministry]] held by
    traffickers in a secret prison in Bani Walid, the interior ministry of the Tripoli
    government said on Sunday. Many had been held for ransom for months and tortured, it said.
    [[Seventeen of them|injured;n=-]] were taken to hospital with burns and broken bones.
    Officers arrested [[four Libyan men|arrested;a=the ministry;alt=the interior ministry]] and
    [[two Sudanese|arrested;a=the ministry;alt=the interior ministry]], the ministry said.
    Doctors Without Borders said it had treated [[more than 60 escapees|kidnapped;
    a=Doctors Without Borders]] from the town's prisons in the past {{six months}}. Families
    are asked to pay up to {{$10,000}} for each captive, the group said. The captives said [[at least 10 others|killed;a=The captives;n=-]] had died in the prison over the winter.""",
)

item(
    "Mass graves found in Kufra desert hold 28 migrants",
    """Authorities in southeastern Libya exhumed [[28 bodies|killed;a=the Kufra security
    directorate]] from a mass grave near Kufra, the Kufra security directorate said, days after
    freeing [[76 people|kidnapped;a=the Kufra security directorate]] from a
    trafficking gang's farm. Some of the dead had gunshot wounds. IOM said
    [[another 19 bodies|killed;a=IOM]] were found at a second site near Jikharra. The freed
    captives, mostly Sudanese, Eritrean and Somali, had been held for up to {{two years}},
    officials said. [[Three suspects|arrested;a=officials]] were detained, they said. The town's hospital treated [[around 30 of the freed migrants|injured;n=migrants]] for malnutrition and wounds. Local aid groups gave [[40 families|aid]] of the captives food and shelter.""",
)

item(
    "Tunisia expels hundreds of migrants to Libyan border desert",
    """Tunisian security forces have expelled [[at least 1,200 black African migrants|returned;
    a=Human Rights Watch]] from Sfax to the desert near the borders with Libya and Algeria since
    early July, Human Rights Watch said on Wednesday. [[About 350 people|civilians;
    a=aid workers]], including [[65 children|civilians;a=aid workers]], were still trapped in
    a buffer zone near Ras Jedir without water or shade, aid workers said. Libyan border guards
    found the bodies of [[27 people|killed;a=Libya's interior ministry]] in the desert
    near Al-Assah, Libya's interior ministry said. The Libyan Red Crescent said it had brought
    [[some 3,000 jerrycans|aid;a=The Libyan Red Crescent]] of water and
    [[500 food parcels|aid;a=The Libyan Red Crescent]] to the area. Tunisia's interior
    ministry denied any expulsions. Among those expelled were [[about 30 families|returned;a=the group;alt=Human Rights Watch]] with young children, the group said.""",
)

item(
    "Violence in Sfax after Tunisian man's killing drives migrants from homes",
    """Mobs attacked migrants in several neighbourhoods of Sfax overnight, setting fire to
    [[at least 15 homes|housing;a=residents]] rented by sub-Saharan Africans, residents said.
    [[Dozens of migrants|injured;a=a local rights group]] were hurt, according to a local rights
    group, and [[hundreds|displaced;a=a local rights group]] fled to the railway station and
    the olive groves outside the city. Police arrested [[34 people|arrested;a=the National
    Guard]], both Tunisians and migrants, the National Guard said. Landlords evicted
    [[about 80 families|displaced]] in the following days. The unrest followed the stabbing of a
    Tunisian man, {{41}}, in a fight with migrants on {{July 3}}. Authorities bused [[some 600 migrants|displaced;a=the Tunisian Red Crescent]] to shelters in Medenine and Tataouine, the Tunisian Red Crescent said, and [[hundreds of shops|housing;u=structure;a=the Tunisian Red Crescent]] owned by migrants were looted or burned, it said.""",
)

item(
    "Tunisia's National Guard clears migrant camps in El Amra olive groves",
    """Tunisian security forces on Friday began dismantling the makeshift camps in the olive
    groves of El Amra and Jebeniana, north of Sfax, where [[some 20,000 migrants|displaced;
    a=local officials]] from sub-Saharan Africa had been living, local officials said.
    [[Several hundred National Guard officers|combatants;a=the interior ministry]] and
    bulldozers took part, the interior ministry said, and [[about 4,000 tents and shacks|
    housing;a=the interior ministry;u=other;n=tents and shacks]] were destroyed. Authorities
    said [[some 7,000 people|returned;p;a=Authorities]] had registered for IOM's voluntary return
    programme, and [[1,500|returned;p;a=Authorities]] would fly home by the end of the month.
    Rights groups said [[dozens of people|arrested;a=Rights groups]] were detained and others
    were bused to towns further south. "We have nowhere to go," said a Guinean man, {{24}}.""",
)

item(
    "IOM return flights from Libya pass 8,000 this year",
    """A charter flight carrying [[163 Nigerians|returned;a=IOM]] left Mitiga airport in
    Tripoli for Lagos on Wednesday, IOM said, bringing to [[8,214|returned;a=IOM]] the number
    of migrants helped to go home from Libya this year under its voluntary humanitarian return
    programme. [[Nearly 60,000 people|returned;a=the agency;alt=IOM]] have returned from Libya
    through the programme since {{2015}}, the agency said. The returnees each receive a grant
    of {{about 600 euros}} to start a business. IOM plans [[two more flights|other;p;
    a=IOM]] to Gambia and Mali before December, carrying [[up to 300 people|returned;p;a=IOM]].
    Rights groups say many of those who accept return do so only to get out of detention. [[As many as 1,400 migrants|returned;p;a=IOM]] are on the waiting list for flights to Niger, Chad and Sudan, IOM said.""",
)

item(
    "UNHCR evacuates 127 refugees from Libya to Rwanda",
    """UNHCR evacuated [[127 refugees and asylum seekers|displaced;a=UNHCR;
    n=refugees and asylum seekers]] from Libya to Rwanda on Thursday, the UN refugee agency
    said, the {{eighth}} such flight since {{2019}}. The group included
    [[41 unaccompanied children|displaced;a=the UN refugee agency;alt=UNHCR]], it said. They
    will stay at the Gashora transit centre, which can hold [[500 people|capacity]], until
    they are resettled in Europe or North America. UNHCR has registered [[more than 50,000
    refugees|displaced;a=UNHCR]] in Libya, while IOM estimates that [[over 700,000 migrants|
    civilians;a=IOM]] live in the country. The agency said it had asked for
    [[2,000 more resettlement places|capacity;a=The agency;alt=UNHCR;p]] this year.""",
)

item(
    "Raids on Gargaresh: thousands of migrants rounded up in Tripoli",
    """Libyan security forces detained [[more than 5,000 migrants|arrested;a=the UN]] in raids
    on Gargaresh, a Tripoli suburb, over {{three days}}, the UN said. [[One man|killed;
    a=UN agencies]] was shot dead and [[at least 15|injured;a=UN agencies]] were wounded, UN
    agencies said. Residents said officers broke into [[dozens of homes|housing;a=Residents]],
    and bulldozers demolished [[about 30 makeshift shelters|housing;a=Residents]]. The
    detainees were taken to the Al-Mabani detention centre, which was built to hold
    [[about 1,000 people|capacity;a=Doctors Without Borders]], according to Doctors Without
    Borders. [[Some 200 women and children|arrested;n=women and children;a=the group;
    alt=Doctors Without Borders]] were among those held, the group said.""",
)

item(
    "Militia clashes in Zawiya trap detainees in Al-Nasr centre",
    """Fighting between rival armed groups in the western Libyan city of Zawiya killed
    [[at least nine people|killed;a=the local branch of the Red Crescent]], including
    [[two fighters|killed;a=the local branch of the Red Crescent]] and a
    child, the local branch of the Red Crescent said on Monday. The clashes pitted
    [[hundreds of fighters|combatants;a=residents]] from the Abu Zreiba and Bouzriba militias
    against each other near the Al-Nasr detention centre, residents said. The centre was holding
    [[about 800 migrants|arrested;a=the UN mission]], the UN mission said, and
    [[some 150 of them|displaced;n=-;a=the UN mission]] were moved to a centre in Tripoli after
    a shell hit the compound. [[Dozens of families|displaced]] fled the Harsha district. The
    Zawiya coast is the main departure point for boats heading to Lampedusa.""",
)

item(
    "Eritreans held for ransom in Sabha, relatives say",
    """[[More than 90 Eritrean migrants|kidnapped;a=relatives]], among them
    [[about 20 women|kidnapped;a=relatives]], are being held by a trafficking gang in a
    warehouse in Sabha, in southern Libya, relatives in Europe told the Eritrean Initiative on
    Refugees. The kidnappers are demanding {{$6,000}} for each captive, they said, and have
    sent videos of beatings. [[Two men|killed;a=relatives]] have died since March,
    they said. Last year Libyan police in Sabha freed [[more than 300 hostages|kidnapped;
    a=the interior ministry]] in a single raid, the interior ministry said at the time.
    Activists said [[at least 40|kidnapped]] had been sold on to other gangs. [[About a dozen|kidnapped]] were released in June after their families paid, relatives said.""",
)

item(
    "Italy hands Libya more patrol boats as interceptions climb",
    """Italy delivered [[two more patrol boats|other;a=the Italian interior ministry]] to the
    Libyan coastguard in a ceremony in Tripoli on Tuesday, bringing to [[eleven|other;
    a=the Italian interior ministry;n=-;u=other]] the number of vessels it has supplied since
    {{2017}}, the Italian interior ministry said. Italian and EU instructors have trained
    [[more than 500 Libyan coastguard officers|combatants;a=the ministry;
    alt=the Italian interior ministry]], the ministry said. The Libyan coastguard intercepted
    [[about 17,000 people|returned;a=IOM]] last year and returned them to Libya, according to
    IOM. Under the {{2017}} memorandum of understanding, renewed in {{2020}} and {{2023}}, Italy
    has spent {{more than 120 million euros}} on Libya's coastguard, Oxfam estimates. Rights groups say [[at least 2,000 of those|arrested;n=-;a=Rights groups]] were still in detention months later.""",
)

item(
    "Tunisian coastguard says it stopped 80,000 crossings",
    """Tunisia's National Guard said it had intercepted [[nearly 80,000 migrants|returned;
    a=Tunisia's National Guard]] at sea and brought them back to shore in {{2023}}, more than
    twice the number of the year before. Of those, [[some 70,000|returned;a=Tunisia's National Guard]] were
    foreigners, mostly from Guinea, Ivory Coast and Sudan, it said. The coastguard recovered
    [[1,313 bodies|killed;a=the spokesman;alt=Houssem Jebabli]] off its shores during the year, the spokesman,
    Houssem Jebabli, said, and seized [[over 2,000 boats|other;a=Houssem Jebabli]]. Police
    arrested [[about 750 smugglers|arrested;a=Houssem Jebabli]], he said. Most boats now leave
    from beaches between Sfax and Mahdia in cheap iron hulls that break up at sea. Jebabli said [[20 to 25 boats a night|other;a=Jebabli]] were leaving on calm nights in the summer.""",
)

item(
    "EU and Tunisia sign migration pact in Carthage",
    """The European Union and Tunisia signed a memorandum of understanding in Carthage on
    {{July 16, 2023}}, promising {{105 million euros}} for border management and
    {{150 million euros}} in budget support. Commission President Ursula von der Leyen said the
    deal would also fund renewable energy and student exchanges. Kais Saied, elected in
    {{2019}}, had earlier refused to act as Europe's border guard. The European Parliament's
    committee criticised the deal in September, and the ombudsman opened an inquiry in
    {{2024}}. Tunisia returned {{60 million euros}} of the money in {{October 2023}}, saying
    it was too little.""",
)

item(
    "Italy arrests Libyan police chief wanted by ICC, then flies him home",
    """Italian police arrested Osama Elmasry Njeem, the head of Libya's judicial police, in a
    Turin hotel on {{January 19, 2025}} on a warrant from the International Criminal Court.
    The court accuses him of crimes against humanity at Mitiga prison since {{2015}}. A Rome
    appeals court freed him {{two days}} later on a technicality, and he was flown to Tripoli on
    an Italian state jet the same evening. The ICC said Italy had breached Article {{87}} of
    the Rome Statute. Justice Minister Carlo Nordio, {{72}}, defended the decision in
    parliament on {{February 5}}.""",
)
