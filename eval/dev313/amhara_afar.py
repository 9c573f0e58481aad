"""dev313 items: Amhara and Afar, the TPLF offensive of 2021, the Fano insurgency from 2023."""

from _wrap import item

item(
    "UN says at least 183 killed as Fano fighting spreads in Amhara",
    """[[At least 183 people|killed;a=the UN human rights office]] have been killed in clashes
    between the army and Fano militiamen in the Amhara region since {{July}}, the UN human rights
    office said on {{Friday}}. The office said it had received reports of mass arrests, with
    [[more than 1,000 people|arrested;a=The office;alt=the UN human rights office]] detained under
    the state of emergency declared on {{August 4}}. Government troops retook Lalibela and Gondar
    after Fano fighters briefly held them. Flights to Bahir Dar were suspended for
    {{nine days}}. A doctor at Felege Hiwot hospital in Bahir Dar said staff had treated
    [[about 150 wounded|injured;a=A doctor at Felege Hiwot hospital]] in the first week of the
    fighting, and that [[11 patients|killed;a=A doctor at Felege Hiwot hospital]] died of their
    wounds. The Ethiopian Red Cross said [[dozens of bodies|killed;a=The Ethiopian Red Cross]]
    lay uncollected in the streets of Debre Tabor. Spokeswoman Marta Hurtado said
    [[some 7,000 people|displaced;a=Marta Hurtado]] had fled the fighting around Debre Markos.""",
)

item(
    "Drone strike on Finote Selam bus station",
    """A drone strike on a bus station in Finote Selam killed
    [[at least 26 people|killed;a=health workers and residents]] on {{Sunday}}, health workers and
    residents told Reuters. [[Fifty-five people|injured;a=a nurse]] were taken to the town's hospital, a
    nurse there said, [[eight of them|injured;a=the nurse;n=-]] with serious burns, the nurse
    added. Residents said the strike came hours after Fano fighters withdrew from the town, which
    lies about {{380 km}} north-west of Addis Ababa. "There were passengers waiting for the
    {{10 o'clock}} bus," a witness said. The Ethiopian Human Rights Commission said it was
    investigating and that [[at least three children|killed;a=The Ethiopian Human Rights Commission]]
    were among the dead. The army did not comment. A local official said
    [[about 2,000 residents|displaced;a=A local official]] had left for surrounding villages by
    nightfall. Residents said
    [[about 30 minibuses|other;a=Residents]] parked at the station were destroyed.""",
)

item(
    "EHRC says soldiers killed at least 45 civilians in Merawi",
    """Government soldiers killed [[at least 45 civilians|killed;a=the Ethiopian Human Rights Commission]]
    in the town of Merawi after clashing with Fano fighters, the Ethiopian Human Rights Commission
    said on {{Tuesday}}. The state-appointed commission said soldiers went from house to house on
    {{January 29}}, pulling out young men and shooting them. Residents gave a higher toll: they
    said [[more than 80 people|killed;a=Residents]] were buried in the town over
    {{three days}}. Human Rights Watch said it had documented the killing of
    [[at least 12 men|killed;a=Human Rights Watch]] in a single compound. The commission also said
    [[dozens of residents|arrested;a=The commission;alt=the Ethiopian Human Rights Commission]] were
    detained and that [[seven people|missing;a=The commission;alt=the Ethiopian Human Rights Commission]]
    remained unaccounted for. The defence ministry called the report "one-sided" and said
    [[14 soldiers|killed;a=The defence ministry]] had died in the fighting in Merawi.""",
)

item(
    "Thousands of Amhara detained in Addis Ababa, rights groups say",
    """Police and soldiers have detained [[thousands of ethnic Amhara|arrested;a=rights groups]] in
    Addis Ababa since the state of emergency began, rights groups said, many of them young men
    picked up at checkpoints. Amnesty International said
    [[some 3,500 detainees|arrested;a=Amnesty International]] were being held at the Awash Arba
    military camp, about {{270 km}} east of the capital. A former detainee, aged {{27}}, said he
    shared a hangar with [[about 600 men|arrested;a=A former detainee]] and that
    [[two detainees|killed;a=A former detainee]] died of illness while he was there. Lawyers said
    [[at least 14 journalists|arrested;a=Lawyers]] were among those held. The Ethiopian Human
    Rights Commission said it had visited [[five detention sites|other;a=The Ethiopian Human Rights Commission]]
    in and around the capital. Police said in a statement that
    [[1,154 suspects|arrested;a=Police]] had been released after screening. The government says
    the arrests target people planning violence, not any ethnic group.""",
)

item(
    "Fano fighters abduct local officials in North Gondar",
    """Fano fighters abducted [[12 local officials|kidnapped;a=the zone's administration]] from
    their offices in Debark and nearby towns on {{Wednesday}}, the zone's administration said. The
    fighters later freed [[seven of them|kidnapped;a=a relative of one of the officials;n=-]], a
    relative of one of the officials told AFP. The others, including a district head aged
    {{51}}, are still being held. A Fano commander reached by telephone said the group was holding
    [[more than 30 "collaborators"|kidnapped;a=A Fano commander;n=collaborators]] and would try them
    in its own courts. Local officials said [[at least four officials|killed;a=Local officials]]
    had been killed in the zone since {{January}}. Attacks on administrators have left
    [[about 40 kebeles|other;u=other]] in the zone without any government presence. The army said
    it had deployed [[about 2,000 more troops|combatants;a=The army]] to the area.""",
)

item(
    "Amhara's schools stay shut as conflict drags on",
    """[[More than 4 million children|civilians;a=the regional education bureau]] in the Amhara
    region are out of school, the regional education bureau said, as fighting between Fano and
    federal forces enters its {{third}} year. The bureau said
    [[3,600 schools|other;a=The bureau;alt=the regional education bureau]] had closed and
    [[over 1,000 schools|housing;a=The bureau;alt=the regional education bureau]] had been damaged
    or looted. In some districts, Fano has banned classes under the federal curriculum. Save the
    Children said [[at least 60 teachers|killed;a=Save the Children]] had been killed since
    {{August 2023}}, and [[dozens more|kidnapped;a=Save the Children;n=-]] abducted. UNICEF said it
    planned to set up [[1,200 temporary learning spaces|aid;a=UNICEF;p;u=other]] for displaced
    pupils. Enrolment in the region fell by {{half}} between {{2015}} and {{2017}} in the
    Ethiopian calendar, officials said.""",
)

item(
    "Drone strike on health centre kills 11, MSF says",
    """A drone strike hit a health centre in the Amhara region's West Gojjam zone on {{Monday}},
    killing [[11 people|killed;a=Médecins Sans Frontières]], among them
    [[two nurses|killed;a=Médecins Sans Frontières]], Médecins Sans Frontières said. The charity
    said [[14 others|injured;a=The charity;alt=Médecins Sans Frontières]] were wounded and that
    the building, which had [[30 beds|capacity;u=other;a=The charity;alt=Médecins Sans Frontières]],
    was no longer usable. It was the fourth attack on health facilities in the zone this year. The
    World Health Organization says [[at least 42 health facilities|housing;a=The World Health Organization]]
    in Amhara have been damaged since the conflict began, and
    [[about 2.5 million people|civilians;a=The World Health Organization]] have limited or no
    access to care. The army said it had struck a Fano command post. The charity suspended
    activities in [[three districts|other]] after the strike.""",
)

item(
    "Army says it killed more than 300 Fano fighters in Gojjam",
    """The Ethiopian National Defence Force said on {{Saturday}} it had killed
    [[over 300 Fano fighters|killed;a=The Ethiopian National Defence Force]] and captured
    [[120|arrested;a=The Ethiopian National Defence Force]] in an operation in East Gojjam. A
    statement read on state television said troops had also seized
    [[46 rifles|other;a=A statement]] and [[five machine guns|other;a=A statement]]. A Fano
    spokesman rejected the figures, saying [[fewer than 20|killed;a=A Fano spokesman]] of its
    fighters had died and that it had killed
    [[hundreds of soldiers|killed;a=A Fano spokesman]]. The claims could not be
    independently verified because of restrictions on the internet and on travel. Residents of
    Dejen said [[at least 15 civilians|killed;a=Residents of Dejen]] had died in the crossfire.
    Analysts estimate Fano has [[between 20,000 and 40,000 fighters|combatants;a=Analysts]] across
    the region, in loosely linked groups.""",
)

item(
    "Thousands of Fano fighters surrender, Amhara government says",
    """The Amhara regional government said [[3,100 Fano fighters|combatants;a=The Amhara regional government]]
    had surrendered and joined a rehabilitation programme since it offered an amnesty in
    {{April}}. They handed in [[940 rifles|other;a=The Amhara regional government]], the regional
    peace and security bureau said. A Fano faction said
    [[no more than 200|combatants;a=A Fano faction]] had
    surrendered, and that many were farmers who had never fought. The bureau said
    [[about 400 former fighters|combatants;a=The bureau;alt=the regional peace and security bureau]]
    had already gone home after {{six weeks}} in a camp near Bahir Dar. Officials plan to take in
    [[another 5,000|combatants;a=Officials;p]] by the end of the year. In the camp, a former
    fighter aged {{24}} said [[around 60 men|combatants;a=a former fighter]] from his unit had come
    in together.""",
)

item(
    "Hundreds of thousands flee as Tigrayan forces push into North Wollo",
    """[[Hundreds of thousands of people|displaced;a=officials and aid workers]] have fled towns in
    North Wollo as Tigrayan forces advanced south, officials and aid workers said on {{Thursday}}.
    The Amhara regional government said [[more than 1.8 million people|displaced;a=The Amhara regional government]]
    had been displaced in the region since {{July}}. In Dessie,
    [[about 250,000|displaced;a=the city's mayor]] are sheltering in schools, churches and
    relatives' homes, the city's mayor said. The TPLF said it had taken Woldia and Lalibela, home
    to {{11}} rock-hewn churches listed by UNESCO. The World Food Programme said
    [[12 trucks|aid;a=The World Food Programme]] carrying food for Wollo had been turned back at
    checkpoints. A WFP warehouse in Kombolcha holding
    [[about 4,000 tonnes|aid;a=the agency;alt=The World Food Programme]] of food had been looted,
    the agency said. A UN official said [[nearly 1.7 million people|civilians;a=A UN official]] in
    North Wollo and Waghemra now need food aid.""",
)

item(
    "Afar says Tigrayan forces killed more than 100 at Galikoma",
    """Afar regional officials said on {{Monday}} that Tigrayan forces had killed
    [[107 people|killed;a=Afar regional officials]], [[52 of them children|killed;a=Afar regional officials;n=children]],
    at a site for displaced people near Galikoma in {{August}}. The TPLF denied the accusation
    and said its fighters had been attacked by Afar special forces. Doctors at Dubti hospital in
    Semera said they had treated [[at least 35 wounded|injured;a=Doctors at Dubti hospital]] from
    the area. Afar's disaster prevention office said
    [[more than 300,000 people|displaced;a=Afar's disaster prevention office]] had fled the
    fighting in the Kilbati Rasu and Fanti Rasu zones, and that
    [[over 40 health facilities|housing;a=Afar's disaster prevention office]] had been looted or
    destroyed. The UN children's agency said [[about 100,000 children|civilians;a=The UN children's agency]]
    in Afar faced severe malnutrition. Relatives said [[at least nine people|missing;a=Relatives]]
    from the site were still unaccounted for.""",
)

item(
    "Aid convoys resume on Semera-Abala route",
    """The first aid convoy in more than {{three months}} entered Tigray from Afar on {{Sunday}}
    after the government and the TPLF agreed a humanitarian truce. The World Food Programme said
    [[20 trucks|aid;a=The World Food Programme]] carrying
    [[more than 500 tonnes|aid;a=The World Food Programme]] of food had crossed at Abala, and
    [[another 50|aid;a=The World Food Programme;p;u=other]] would follow. The route through Afar is the only
    one open into the region. OCHA said [[at least 1,500 trucks|aid;a=OCHA]] had been waiting in
    Semera and that fuel was allowed for [[only 10 trucks|aid;a=OCHA]] at a time. The agency said
    it aimed to reach [[870,000 people|aid;a=The agency;alt=The World Food Programme;p]] in Tigray
    and Afar in the coming weeks. In Abala itself, [[about 30,000 displaced people|displaced]]
    depend on food handouts.""",
)

item(
    "Ethiopians deported from Saudi Arabia arrive in Addis",
    """[[About 100,000 Ethiopians|returned;a=the foreign ministry]] have been flown home from
    Saudi Arabia since {{April}} under a repatriation deal, the foreign ministry said, and
    [[another 70,000|returned;a=the foreign ministry;p]] are expected before the end of the year.
    The International Organization for Migration said it had received
    [[1,100 returnees|returned;a=The International Organization for Migration]] on {{Tuesday}}
    alone at Bole airport, on [[three flights|other;a=The International Organization for Migration]].
    Many had spent months in detention centres in Jizan and Riyadh, where Human Rights Watch said
    [[hundreds of migrants|killed;a=Human Rights Watch]] were killed by Saudi border guards on the
    Yemeni border in {{2022}} and {{2023}}. The agency said
    [[more than 4,000 unaccompanied children|returned;a=The agency;alt=The International Organization for Migration]]
    were among the returnees. Each is given {{3,000 birr}} and a bus ticket home; most come from
    Amhara, Oromia and Tigray.""",
)

item(
    "Families in Kobo recount killings by Tigrayan fighters",
    """Residents of Kobo say Tigrayan fighters killed
    [[at least 600 civilians|killed;a=Residents of Kobo]] when they held the town in
    {{September 2021}}. A local elder, aged {{70}}, said he helped bury
    [[31 men|killed;a=A local elder]] from his neighbourhood in a single day. Amnesty
    International documented the killing of [[at least 20 people|killed;a=Amnesty International]]
    in Chenna, a village near Dabat, and the rape of [[dozens of women|other;a=Amnesty International]]
    in Nifas Mewcha. The town administration said
    [[over 150 residents|missing;a=The town administration]] have never been found. Tigrayan
    leaders have denied ordering attacks on civilians and promised an inquiry. The Amhara
    regional government says [[over 500 schools|housing;a=The Amhara regional government]] and
    [[about 40 health centres|housing;a=The Amhara regional government]] in North Wollo were
    looted during the occupation.""",
)

item(
    "Clashes in Oromo Special Zone displace tens of thousands",
    """Fighting between Amhara militias and armed men from the Oromo Special Zone around Kemise and
    Ataye has displaced [[tens of thousands of people|displaced;a=local officials]], local officials
    said. The Ethiopian Human Rights Commission said
    [[more than 1,500 houses|housing;a=The Ethiopian Human Rights Commission]] had been burned in
    Ataye, and that [[at least 81 people|killed;a=The Ethiopian Human Rights Commission]] had died in
    {{five days}} of clashes. Hospitals in Kemise and Debre Birhan received
    [[roughly 200 injured people|injured]]. Federal troops were deployed to the area on
    {{Saturday}}. The regional disaster office said
    [[about 40,000 people|displaced;a=The regional disaster office]] had reached Shewa Robit and
    were sheltering in [[eight schools|capacity;a=The regional disaster office]] and [[two warehouses|capacity;u=structure;a=The regional disaster office]].""",
)

item(
    "Debre Birhan camps swell with Amhara fleeing Oromia",
    """Camps in Debre Birhan now hold [[more than 100,000 displaced people|displaced;a=city officials]],
    most of them ethnic Amhara who fled killings in western Oromia, city officials said. The town
    has [[six camps|capacity]], the largest built for [[about 20,000 people|capacity]]. The city
    administration said [[at least 43 displaced people|killed;a=The city administration]] had died
    of hunger and disease in the camps in {{January}} and {{February}}. The World Food Programme
    said it was distributing {{15 kilograms}} of wheat
    per person a month to [[68,000 people|aid;a=The World Food Programme]]. Many families still do
    not know what happened to relatives left behind: a camp committee has listed
    [[some 2,300 people|missing;a=a camp committee]] as missing.""",
)

item(
    "Lalibela waits for tourists to return",
    """Lalibela's {{12th-century}} rock-hewn churches drew almost no foreign visitors in
    {{2024}}, hotel owners said, as fighting between Fano and the army closed roads and the airport
    for weeks at a time. Before the {{COVID-19}} pandemic the town earned about {{$30 million}} a
    year from tourism. Room rates have fallen to {{800 birr}} a night, less than {{a third}} of
    their level in {{2019}}. Genna, the Ethiopian Christmas on {{January 7}}, once drew pilgrims
    for {{three days}} of celebrations. Ethiopian Airlines resumed flights on {{March 12}} after a
    {{four-month}} suspension.""",
)

item(
    "Amhara's internet back after shutdown",
    """Mobile data was restored in parts of the Amhara region on {{Tuesday}} after a shutdown of
    almost {{11 months}}, Ethio Telecom said. Businesses in Bahir Dar and Gondar said they had lost
    up to {{70%}} of their income during the blackout. The digital rights group Access Now
    estimated the shutdown cost the regional economy more than {{$140 million}}. Banks in the
    region limited withdrawals to {{10,000 birr}} a day. Ethio Telecom said service in about
    {{40%}} of the region would return by {{June 30}}.""",
)
