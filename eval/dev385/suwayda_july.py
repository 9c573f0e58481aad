"""Items: the fighting in Suwayda in July 2025 and what followed (hostages, flight, the missing)."""

from _wrap import item

item(
    "Druze and Bedouin clashes in Suwayda kill dozens",
    """Clashes between Druze fighters and Bedouin tribesmen in Syria's southern Suwayda province
    have killed [[at least 37 people|killed;a=Syrian Observatory for Human Rights]], the Syrian
    Observatory for Human Rights said on {{July 14}}. The dead included [[27 Druze|killed;a=the
    monitor;alt=Syrian Observatory for Human Rights]], [[two of them children|killed;n=children;a=the
    monitor;alt=Syrian Observatory for Human Rights]], and [[10 Bedouin|killed;a=the
    monitor;alt=Syrian Observatory for Human Rights]], the monitor said. The fighting began after a
    Druze vegetable trader was robbed and beaten on the highway to Damascus. The interior ministry
    said [[more than 50 people|injured;a=interior ministry]] had been wounded. Local news site
    {{Suwayda 24}} said [[at least 20 people|kidnapped;a=Local news site Suwayda 24]] had been seized
    by both sides at checkpoints. The defence ministry said it would deploy [[about 1,500
    troops|combatants;p;a=defence ministry]] to separate the two sides.""",
)

item(
    "Toll climbs as government forces enter Suwayda city",
    """Government forces entered Suwayda city on {{July 15}} after a {{second}} day of fighting,
    and the Syrian Observatory for Human Rights said the toll had risen to [[203|killed;a=Syrian
    Observatory for Human Rights]]. They included [[92 Druze fighters|killed;a=Syrian Observatory
    for Human Rights]], [[21 Druze civilians|killed;a=Syrian Observatory for Human Rights]] and
    [[18 Bedouin|killed;a=Syrian Observatory for Human Rights]], it said. Of the civilians, [[12|killed;a=the
    observatory;alt=Syrian Observatory for Human Rights]] were shot dead in a family guesthouse,
    according to the observatory. A defence ministry source said [[several thousand
    soldiers|combatants;a=A defence ministry source]] and armoured vehicles had moved into the
    province from the west. The Druze spiritual leader Sheikh Hikmat al-Hijri called for
    resistance, and shops across the city stayed shut. Residents said [[hundreds of
    families|displaced;a=Residents]] had fled to villages in the east of the province.""",
)

item(
    "Suwayda hospital overwhelmed by wounded and dead",
    """Doctors at Suwayda National Hospital said on {{July 17}} that they had received [[more than
    400 wounded|injured;a=Doctors at Suwayda National Hospital]] in {{four days}}, and that the
    morgue held [[over 150 bodies|killed;a=Doctors at Suwayda National Hospital]], many
    unidentified. A surgeon said [[only six doctors|other;a=A surgeon]] were still working in
    the emergency ward. The World Health Organization said [[at least 30 patients|injured;a=World
    Health Organization]] had been hurt when the building was shelled. Power had been cut for
    {{three days}} and the hospital's generators had fuel for {{48 hours}}, staff said. The
    Syrian Arab Red Crescent said it was trying to send [[five ambulances|other;p;a=Syrian Arab
    Red Crescent]] from Damascus. [[Dozens of bodies|killed;a=an AFP correspondent]] lay in the
    hospital's corridors, an AFP correspondent said.""",
)

item(
    "Bedouin families bussed out of Suwayda under truce",
    """[[Some 1,500 members of Bedouin families|displaced;n=members;a=the governor of
    Daraa]] were evacuated from Suwayda on Monday under the ceasefire, the governor of Daraa said.
    The interior ministry said [[about 20 buses|other;a=interior ministry]] carried them to
    shelters in Izraa and Busra al-Harir. Officials said a {{second}} convoy would take out [[up to
    1,000 more people|displaced;p;a=Officials]] on Tuesday. The governor said [[24 collective
    shelters|capacity;a=The governor]] had been opened in schools across Daraa province, with space
    for [[about 6,000 people|capacity;a=The governor]]. The Syrian Arab Red Crescent said [[more
    than 300 families|aid;a=Syrian Arab Red Crescent]] had received food and mattresses on
    arrival. Some of the evacuees said [[dozens of relatives|kidnapped;a=Some of the
    evacuees]] were still held by Druze factions in the city.""",
)

item(
    "Tribes mobilise fighters towards Suwayda",
    """Tribal leaders in eastern Syria said on {{July 18}} that [[tens of thousands of
    fighters|combatants;a=Tribal leaders in eastern Syria]] were heading to Suwayda to support the
    Bedouin. A Reuters reporter on the road from Deir ez-Zor counted [[more than 200
    vehicles|other;a=A Reuters reporter]] in one convoy. A tribal commander said [[some 50,000
    men|combatants;a=A tribal commander]] had answered the call, a figure that could not be
    verified. The interior ministry said it had deployed [[between 2,500 and 3,000 security
    personnel|combatants;a=interior ministry]] around the province to stop the tribes entering.
    Tribal fighters seized [[at least 11 villages|other;a=residents]] in the western countryside on Friday,
    residents said. [[About 40 homes|housing]] in the village of Walgha were burned, and residents said [[at least nine
    tribal fighters|killed;a=residents]] died in the attack on it.""",
)

item(
    "ICRC: families searching for the missing in Suwayda",
    """The International Committee of the Red Cross said on {{August 5}} families in
    Suwayda and Daraa had asked it to trace [[more than 600 relatives|missing;a=International
    Committee of the Red Cross]] they have not heard from since the fighting. The ICRC
    said it had helped to return [[the remains of 46 people|killed;n=people;a=ICRC]] to their families
    and had visited [[about 120 detainees|arrested;a=ICRC]] held by the government in connection
    with the clashes. Its head of delegation said [[two ICRC staff|injured;n=staff;a=Its head of
    delegation]] had been hurt when a convoy came under fire. The organisation said it expected [[hundreds
    more families|missing;u=household;p;a=The organisation;alt=International Committee of the Red
    Cross]] to come forward in the coming weeks. The ICRC said it had also distributed
    [[2,300 food parcels|aid;a=The ICRC]] and repaired water pumps serving [[some 60,000
    residents|aid;a=The ICRC]].""",
)

item(
    "SNHR puts Suwayda toll at 814",
    """The Syrian Network for Human Rights said on {{July 25}} it had documented the deaths of
    [[814 people|killed;a=Syrian Network for Human Rights]] in Suwayda since {{July 13}}, including
    [[34 children|killed;a=Syrian Network for Human Rights]] and [[60 women|killed;a=Syrian Network
    for Human Rights]]. The group said [[at least 903 people|injured;a=The group;alt=Syrian Network
    for Human Rights]] had been wounded. It said [[about 380 people|kidnapped;a=Syrian Network for
    Human Rights]] had been abducted or taken hostage by the various sides, and [[some
    150|missing;a=Syrian Network for Human Rights]] were missing. The network recorded [[312
    houses|housing;a=The network;alt=Syrian Network for Human Rights]] burned or destroyed, most of
    them in villages west of the city.""",
)

item(
    "Hostages freed in first Suwayda exchange",
    """Druze factions and Bedouin tribes exchanged hostages on {{July 27}} in a deal brokered by
    the government and the ICRC, officials said. The governor of Suwayda said [[63
    Bedouin|kidnapped;a=The governor of Suwayda]] held in the city were handed over in return for
    [[57 Druze|kidnapped;a=The governor of Suwayda]], most of them women and children. [[Eight of
    those freed|injured;n=-;a=ICRC]] needed hospital treatment, the ICRC said. The exchange took
    place at a checkpoint near Busra al-Harir at about {{4pm}}, with [[six ICRC vehicles|other]]
    waiting on each side. Officials said [[at least 70 people|kidnapped;a=Officials]] were still
    being held by both sides and that a {{second}} exchange would follow. The families of [[some 40
    men|missing;a=The families]] who are not on either list said they feared they were dead.""",
)

item(
    "OCHA: 176,000 displaced by Suwayda violence",
    """[[More than 176,000 people|displaced;a=OCHA]] have been displaced by the violence in Suwayda,
    OCHA said on {{July 23}}, most of them inside the governorate and in rural Damascus. The UN
    agency said [[about 7,000|displaced;a=The UN agency;alt=OCHA]] had moved to Daraa. It said [[84
    collective shelters|capacity;a=OCHA]] were open in Suwayda, many of them in schools without
    water. Some [[300,000 people|civilians;a=the office;alt=OCHA]] in the city had been without electricity and
    water for a week, the office said. OCHA said the first convoy of [[32 trucks|aid;a=OCHA]] had
    reached the city and [[a further 20|aid;u=other;p;a=OCHA]] were planned.""",
)

item(
    "Western Suwayda villages left in ruins",
    """Satellite images analysed by the Syrian Network for Human Rights show that [[at least 33
    villages|other;a=Syrian Network for Human Rights]] in the western and northern Suwayda
    countryside were damaged in the July fighting. The group said [[roughly 1,000
    buildings|housing;a=The group;alt=Syrian Network for Human Rights]] had been burned. In
    al-Mazraa, residents said [[more than 200 houses|housing;a=residents]] had been looted and then
    set alight. The village had [[about 4,000 inhabitants|civilians]] before the war; [[fewer than
    100|civilians;a=the mayor]] remain, the mayor said. [[Three families|returned]] came back in
    August and live in a single house. "We have no doors, no water and no windows," said one
    woman, aged {{58}}.""",
)

item(
    "Druze villagers trickle back to Tha'la",
    """[[About 250 families|returned;a=the municipal council]] have returned to the village of
    Tha'la, west of Suwayda city, since the ceasefire, the municipal council said on {{September
    3}}. The council said [[some 900 families|displaced;a=The council]] were still living in
    shelters or with relatives in the city. It said [[140 homes|housing;a=The council]] in the
    village needed to be rebuilt and that [[60|housing;u=structure;a=The council]] had been
    partly repaired by their owners. UNHCR said it had given [[400 returning
    families|aid;a=UNHCR]] shelter kits and blankets. Farmers said [[dozens of
    cattle|other]] had been stolen from the village's barns. The council expects [[another 100
    families|returned;p;a=The council]] to go back before the winter.""",
)

item(
    "Interior ministry counts its losses in Suwayda",
    """Syria's interior ministry said on {{July 20}} that [[91 members of the security
    forces|killed;n=members;a=interior ministry]] had been killed since the start of the fighting
    in Suwayda and [[about 290|injured;a=interior ministry]] wounded. A ministry spokesman, Nour
    al-Din al-Baba, said [[18 police officers|kidnapped;n=officers;a=Nour al-Din al-Baba]] had been
    taken hostage by armed groups in the city, [[seven|kidnapped;a=Nour al-Din al-Baba]] of whom
    were later freed. He said the ministry had detained [[at least 15 of its own
    personnel|arrested;n=personnel;a=Nour al-Din al-Baba]] after videos showed abuses against
    civilians. The ministry said [[about 500 of its men|combatants;n=men;p;a=The ministry;alt=interior
    ministry]] would remain in the governorate under the agreement. It said [[40 of its
    vehicles|other;n=vehicles;a=interior ministry]] had been destroyed.""",
)

item(
    "Nurse describes the day gunmen entered the hospital",
    """Nadia, a nurse at Suwayda National Hospital, said gunmen in uniform entered the building on
    {{July 16}} and shot a volunteer in front of her. "There were [[about 20 of us|other;n=-;a=Nadia]]
    on the ward and [[over 70 wounded|injured;a=Nadia]]," she said. She said [[four staff
    members|killed;n=members;a=Nadia]] were killed that day. The hospital had room for [[250
    patients|capacity]], but by the evening more than twice that number were on beds and in the
    corridors. Nadia, {{34}}, said she slept at the hospital for {{eleven days}}. Gunmen took [[two doctors|kidnapped]] from the hospital that day, and [[one|kidnapped]] was freed a
    week later. Her brother is among [[the 14 men|missing]] from their street who have not been found.""",
)

item(
    "Jaramana and Sahnaya: clashes spread to Damascus suburbs",
    """Fighting between government-aligned gunmen and Druze fighters in the Damascus suburbs of
    Jaramana and Ashrafiyat Sahnaya has killed [[at least 101 people|killed;a=Syrian Observatory
    for Human Rights]] in {{three days}}, the Syrian Observatory for Human Rights said on {{May
    1}}. The toll included [[30 members of the security forces|killed;n=members;a=the
    monitor;alt=Syrian Observatory for Human Rights]] and [[10 civilians|killed;a=the
    monitor;alt=Syrian Observatory for Human Rights]], the monitor said. A convoy of Druze students and travellers was ambushed on the road
    from Suwayda, killing [[between 35 and 40 people|killed;a=a local official]], according to a
    local official. The interior ministry said it had deployed [[around 2,000
    personnel|combatants;a=interior ministry]] to the two suburbs and arrested [[dozens of
    gunmen|arrested;a=interior ministry]]. In Sahnaya, [[at least 70 shops|housing;u=structure]]
    were burned, residents said. Classes at [[12 schools|other]] were cancelled for the week.""",
)

item(
    "A month after the truce, Suwayda city short of food and fuel",
    """A month after the ceasefire, [[some 450,000 people|civilians;a=local officials]] in Suwayda
    province depend on aid sent through a single road from Busra al-Harir, local officials say.
    The World Food Programme said it had delivered food for [[150,000 people|aid;a=World Food
    Programme]] in August and planned to reach [[200,000|aid;p;a=World Food Programme]] in
    September. The government said [[more than 400 trucks|aid;a=The government]] of food, fuel and
    medicine had entered since {{July 20}}. Druze leaders say that is far too few, and that [[up to
    80,000 people|displaced;a=Druze leaders]] who fled their villages are still crowded into the
    city. Bakeries ration bread, and the queues start before dawn. The
    Suwayda civil defence said [[nine people|killed;a=The Suwayda civil defence]] had died since
    the truce in shooting and shelling on the edges of the city.""",
)

item(
    "Suwayda roadmap signed in Amman",
    """Syria, Jordan and the United States agreed on {{September 16}} in Amman on a roadmap for
    Suwayda. The plan has {{13 points}}, among them a local police force and compensation paid
    within {{six months}}. Syria's foreign minister said the first steps would be taken within
    {{30 days}}. Washington's envoy Tom Barrack called it "the best chance since {{2011}}". The
    plan is meant to restore services by the end of {{2025}}.""",
)

item(
    "Damascus highway reopens to Suwayda traffic",
    """The highway linking Damascus and Suwayda reopened to civilian traffic on {{August 30}},
    {{48 days}} after it was closed. The {{100 km}} drive took more than {{five hours}} because of
    checkpoints, drivers said. A litre of petrol in the city fell from {{40,000 pounds}} to
    {{15,000 pounds}} within a day. The transport ministry said buses would run twice daily
    from {{7am}}. Vegetable prices fell by about {{30%}}.""",
)
