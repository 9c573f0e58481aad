"""Items of eval/dev406: the Lachin corridor blockade, the September 2023 offensive, the fuel
depot explosion and the flight of the Karabakh Armenians, 2022-2023."""

from _wrap import item

item(
    "Road blockade cuts off Karabakh's 120,000 residents",
    """STEPANAKERT, {{December 16, 2022}} (Reuters) - Azerbaijanis who describe themselves as
    environmental activists blocked the Lachin corridor, Nagorno-Karabakh's only road to Armenia,
    for a {{fifth day}} on Friday, leaving [[about 120,000 people|civilians;a=the region's ethnic
    Armenian authorities]] short of food and medicine, the region's ethnic Armenian authorities
    said. They said [[1,000 to 1,100 people|displaced;a=the region's ethnic Armenian authorities]],
    including [[270 children|displaced;a=the region's ethnic Armenian authorities]], were stranded
    in Armenia or on the road, unable to return home. Before the blockade, [[some 400
    tonnes|other;a=the region's ethnic Armenian authorities]] of food, fuel and medicine crossed
    from Armenia every day, they said. Gas supplies from Armenia were cut for {{three days}} before
    being restored on Thursday. Russian peacekeepers, whose contingent numbers [[just under 2,000
    troops|combatants]], have not moved to clear the road. The ICRC said it had transferred [[11
    patients|other;a=The ICRC]] to hospitals in Armenia by Friday.""",
)

item(
    "Karabakh rations food as blockade drags into third month",
    """STEPANAKERT, {{February 13, 2023}} - Authorities in Nagorno-Karabakh have introduced coupons
    for sugar, rice, buckwheat and cooking oil, limiting each resident to {{one kilogram}} of each a
    month, as Azerbaijani protesters keep the Lachin corridor closed for a {{third month}}. The
    International Committee of the Red Cross said it had helped transfer [[more than 250
    patients|other;a=The International Committee of the Red Cross]] to hospitals in Armenia and
    delivered [[about 330 tonnes|aid;a=The International Committee of the Red Cross]] of medicines,
    hygiene items and food since the road was closed on {{December 12}}. Russian peacekeepers have
    escorted [[54 trucks|aid;a=the Russian defence ministry]] of humanitarian cargo into the region,
    the Russian defence ministry said. Karabakh's ombudsman, Gegham Stepanyan, said [[about 2,000
    pregnant women|civilians;a=Gegham Stepanyan]] and [[about 9,000 people|civilians;a=Gegham
    Stepanyan]] with disabilities were among those most at risk. [[Thirty-two schools|other;a=local
    officials]] have closed for lack of heating fuel, and [[1,100 people|displaced;a=local
    officials]] are still stranded in Armenia, local officials said.""",
)

item(
    "Azerbaijan detains Karabakh patient at Lachin checkpoint",
    """GORIS, Armenia, {{July 29, 2023}} - Azerbaijani border guards detained a {{68-year-old}} man
    from Nagorno-Karabakh at their checkpoint on the Lachin corridor on Saturday while he was being
    taken to Armenia for heart surgery, the International Committee of the Red Cross said. The ICRC,
    which was escorting [[a dozen patients|other;a=The ICRC]] to Armenia at the time, said it had
    not been told in advance. Azerbaijan's State Border Service said the man was one of [[about 300
    Armenians|other;a=Azerbaijan's State Border Service]] it accuses of war crimes during the war of
    the {{1990s}}. Since the checkpoint was set up in {{April}}, [[at least four
    people|arrested;a=Karabakh's foreign ministry]] have been detained there, Karabakh's foreign
    ministry said, among them [[three students|arrested;a=Karabakh's foreign ministry]] who were
    released after {{two days}}. The ICRC says it has moved [[more than 700 patients and
    relatives|other;n=patients and relatives;a=The ICRC]] across the corridor since {{December}}.
    The border service said [[more than 300 vehicles|other;a=The border service;alt=Azerbaijan's
    State Border Service]] belonging to the Russian peacekeepers had passed the checkpoint in
    {{July}}.""",
)

item(
    "Armenian aid convoy stranded at Lachin corridor for a second week",
    """KORNIDZOR, Armenia, {{August 7, 2023}} (Reuters) - A convoy of [[19 trucks|aid]] carrying
    [[about 360 tonnes|aid]] of flour, pasta, sugar and baby food sent by Armenia's government
    remained stuck near the entrance to the Lachin corridor on Monday, {{12 days}} after Azerbaijani
    border guards refused to let it through. Karabakh's health authorities said [[at least three
    people|killed;a=Karabakh's health authorities]] had died of malnutrition since the blockade
    began. Arayik Harutyunyan, the region's leader, said [[about 30,000 children|civilians;a=Arayik
    Harutyunyan]] were going hungry. Former ICC prosecutor Luis Moreno Ocampo said in a report that
    the blockade amounted to genocide, a charge Baku rejects. The UN World Food Programme said it
    was ready to feed [[up to 120,000 people|aid;p;a=The UN World Food Programme]] if given access.
    In Yerevan, [[about 2,000 people|other]] rallied outside the government building, demanding that
    it do more.""",
)

item(
    "Karabakh says at least 200 killed in Azerbaijani offensive",
    """STEPANAKERT, {{September 21, 2023}} (Reuters) - Ethnic Armenian authorities in
    Nagorno-Karabakh said on Thursday that [[at least 200 people|killed;a=Ethnic Armenian
    authorities in Nagorno-Karabakh]] were killed and [[more than 400|injured;a=Ethnic Armenian
    authorities in Nagorno-Karabakh]] wounded in the {{24-hour}} Azerbaijani offensive that ended
    with the region's surrender. Gegham Stepanyan, the region's ombudsman, said the dead included
    [[10 civilians|killed;a=Gegham Stepanyan]], [[five|killed;a=Gegham Stepanyan]] of them children.
    [[Five Russian peacekeepers|killed;a=Russia's defence ministry]], including a deputy commander
    of the contingent, were killed when their car came under fire near the village of Janyatag,
    Russia's defence ministry said. Azerbaijan said its forces had taken [[more than 90
    positions|other;a=Azerbaijan]] and destroyed [[about 20 armoured vehicles|other;a=Azerbaijan]].
    [[Three Armenian soldiers|kidnapped;a=local officials]] were taken captive near Martakert, local
    officials said.""",
)

item(
    "Azerbaijan says 192 soldiers killed in Karabakh operation",
    """BAKU, {{September 28, 2023}} - Azerbaijan's health ministry said on Thursday that [[192
    servicemen|killed;a=Azerbaijan's health ministry]] had been killed and
    [[511|injured;a=Azerbaijan's health ministry]] wounded in last week's {{one-day}} operation in
    Karabakh, which Baku calls an anti-terrorist measure. [[One civilian|killed;a=the prosecutor
    general's office]] was killed by shelling in Shusha, the prosecutor general's office said.
    Azerbaijan's defence ministry said Karabakh Armenian units had so far handed over [[more than
    1,000 rifles|other;a=Azerbaijan's defence ministry]], [[66 artillery pieces|other;a=Azerbaijan's
    defence ministry]] and [[six tanks|other;a=Azerbaijan's defence ministry]] under the ceasefire
    terms. Hikmet Hajiyev, a foreign policy aide to President Ilham Aliyev, said the Karabakh forces
    had numbered [[about 10,000 fighters|combatants;a=Hikmet Hajiyev]].""",
)

item(
    "More than 100,000 have fled Karabakh, Armenia says",
    """YEREVAN, {{September 30, 2023}} (Reuters) - [[100,417 people|displaced;a=Nazeli
    Baghdasaryan]] have crossed into Armenia from Nagorno-Karabakh since {{September 24}}, Nazeli
    Baghdasaryan, the Armenian government's spokeswoman, said on Saturday. She said the refugees had
    come in [[21,043 vehicles|other;a=Nazeli Baghdasaryan]], and that [[about 30,000
    children|displaced;a=Nazeli Baghdasaryan]] were among them. The region had [[about 120,000
    ethnic Armenian residents|civilians]] before Azerbaijan's offensive. Local officials said
    [[fewer than 1,000|civilians;a=Local officials]] remained there, most of them officials,
    emergency workers and volunteers. Goris and Vayk have set up [[11 reception points|capacity]]
    where refugees are registered and assigned housing. UNHCR said it was preparing to support [[up
    to 120,000 refugees|aid;p;a=UNHCR]].""",
)

item(
    "Death toll from Karabakh fuel depot blast rises to 170",
    """STEPANAKERT, {{September 28, 2023}} - The death toll from Monday's explosion at a fuel depot
    outside Stepanakert has risen to [[170|killed;a=Gegham Stepanyan]], Gegham Stepanyan, the
    region's human rights ombudsman, said on Thursday. He said [[about 20 people|missing;a=Gegham
    Stepanyan]] were still unaccounted for and that many of the bodies could only be identified by
    DNA. [[More than 290 people|injured]] were treated for burns and other injuries at the
    Republican Medical Centre in Stepanakert, which ran out of painkillers within hours. Armenia's
    health ministry said [[142 burn victims|injured;a=Armenia's health ministry]] had been flown or
    driven to hospitals in Yerevan, [[about 60|injured;a=Armenia's health ministry]] of them in a
    critical condition. Azerbaijan said it had sent [[40 tonnes|aid;a=Azerbaijan]] of medical
    supplies and offered to treat the wounded in its own hospitals. The cause of the blast, which
    happened as residents queued for petrol to leave the region, is under investigation.""",
)

item(
    "In Goris, a mountain town takes in an exodus",
    """GORIS, Armenia, {{September 28, 2023}} (AP) - This mountain town of [[about 20,000
    people|civilians]] has been overwhelmed by [[tens of thousands of refugees|displaced]] from
    Nagorno-Karabakh, many of whom arrive after {{30 hours}} or more on the road. Arush Arushanyan,
    the mayor, said [[about 3,000 people|displaced;a=Arush Arushanyan]] spent Wednesday night in the
    town's hotels, schools and sports hall, and [[some 600 families|displaced;a=Arush Arushanyan]]
    had been taken in by local households. The Armenian Red Cross Society said its volunteers had
    served [[more than 15,000 meals|aid;a=The Armenian Red Cross Society]] since Sunday. Doctors at
    the town hospital said [[57 people|injured;a=Doctors at the town hospital]] had sought treatment
    for exhaustion, dehydration and burns. Armenia's government says it has found accommodation for
    [[40,000 people|capacity;a=Armenia's government]] across the country and will pay for it for
    {{six months}}. [[Dozens of buses|other]] wait by the town square to take new arrivals on to
    Yerevan.""",
)

item(
    "Azerbaijan detains three former Karabakh presidents",
    """BAKU, {{October 3, 2023}} (Reuters) - Azerbaijan's State Security Service said on Tuesday it
    had detained [[three former presidents|arrested;a=Azerbaijan's State Security Service]] of the
    breakaway Nagorno-Karabakh region, Arkadi Ghukasyan, Bako Sahakyan and Arayik Harutyunyan, as
    well as a former speaker of its parliament. The arrests bring to [[at least eight|arrested]] the
    number of former senior Karabakh officials held in Baku, among them Ruben Vardanyan, a
    {{55-year-old}} former banker detained on {{September 27}} as he tried to cross into Armenia
    with [[tens of thousands of other refugees|displaced]]. Kamran Aliyev, Azerbaijan's prosecutor
    general, said investigators were seeking [[more than 300 suspects|other;a=Kamran Aliyev]].
    Armenia's foreign ministry said [[at least 23 Armenians|arrested;a=Armenia's foreign ministry]],
    including the former leaders, were being held in Azerbaijani jails. Azerbaijan's defence
    ministry said [[about 2,000 soldiers|combatants;a=Azerbaijan's defence ministry]] of the
    disbanded Karabakh army had handed in their weapons in the past week.""",
)

item(
    "Police detain 98 as Yerevan protesters demand Pashinyan quit",
    """YEREVAN, {{September 21, 2023}} (Reuters) - Armenian police detained [[98
    people|arrested;a=the interior ministry]] on Thursday during protests in central Yerevan, the
    interior ministry said. [[Several thousand protesters|other]] blocked streets around the
    government building, accusing Prime Minister Nikol Pashinyan of abandoning Nagorno-Karabakh.
    Armenia's health ministry said [[34 people|injured;a=Armenia's health ministry]], including [[16
    police officers|injured;a=Armenia's health ministry]], had been treated for injuries after
    police used stun grenades and protesters threw bottles. The opposition said [[more than 100 of
    its supporters|arrested;a=The opposition]] had been held overnight. [[About 200 riot
    police|combatants]] guarded the building into the night.""",
)

item(
    "UN seeks $97 million to help Karabakh refugees in Armenia",
    """GENEVA, {{October 5, 2023}} - UNHCR said on Thursday that it and partner agencies needed
    {{$97 million}} to help [[up to 100,000 refugees|aid;p;a=UNHCR]] from Nagorno-Karabakh until the
    end of {{March}}. The agency said [[more than 100,600 people|displaced;a=The agency;alt=UNHCR]]
    had arrived in Armenia since {{September 24}}, about {{30 per cent}} of them children, and that
    [[some 17,000|displaced;a=The agency;alt=UNHCR]] were staying in collective shelters. It counted
    [[134 collective centres|capacity;a=UNHCR]] in hotels, dormitories, sanatoriums and former
    schools. Armenia's government said [[about 10,000 people|displaced;a=Armenia's government]] had
    already moved on to Russia and other countries. Kavita Belani, UNHCR's representative in
    Armenia, said [[about 8,000 older people|civilians;a=Kavita Belani]] needed care at home.""",
)

item(
    "World Court orders Azerbaijan to keep Lachin corridor open",
    """THE HAGUE, {{February 22, 2023}} - The International Court of Justice on Wednesday ordered
    Azerbaijan to take all measures at its disposal to ensure unimpeded movement along the Lachin
    corridor, which has been blocked since {{December 12}}. The court ruled by {{13 votes to two}}
    in a case Armenia brought in {{2021}} under the {{1965}} convention against racial
    discrimination. Provisional measures under Article {{41}} of the court's statute are binding. It
    rejected a request by Armenia for further measures on landmines. Azerbaijan says the road is
    open to humanitarian traffic. The order was read out in a {{20-minute}} hearing, {{72 days}}
    into the blockade.""",
)

item(
    "Thousands shelter at Russian base as Azerbaijani troops advance",
    """STEPANAKERT, {{September 20, 2023}} - [[Thousands of civilians|displaced]] fled their
    villages for the Russian peacekeepers' base near Stepanakert airport on Wednesday as Azerbaijani
    forces pushed into the Martakert and Askeran districts. Russia's defence ministry said [[5,050
    people|displaced;a=Russia's defence ministry]], including [[2,000 children|displaced;a=Russia's
    defence ministry]], were sheltering at its bases. Karabakh's emergency service said [[about
    7,000 people|displaced;a=Karabakh's emergency service]] had been evacuated from [[16
    communities|other;u=other;a=Karabakh's emergency service]]. A woman from Sarnaghbyur said she
    had seen [[dozens of bodies|killed;a=A woman from Sarnaghbyur]] on the road out of the village.
    The ICRC said it had helped evacuate [[23 wounded people|injured;a=The ICRC]] to the hospital in
    Stepanakert, where doctors were working without electricity.""",
)

item(
    "UN mission finds Karabakh almost empty of Armenians",
    """GENEVA, {{October 2, 2023}} - A UN team visited Nagorno-Karabakh on Sunday, the first UN
    mission to the region in some {{30 years}}. The UN team said it believed [[between 50 and 1,000
    ethnic Armenians|civilians;a=The UN team]] remained, and found the town of Stepanakert almost
    deserted. It saw no damage to hospitals, schools or cultural buildings. The ICRC said it had
    helped [[the last 48 elderly and bedridden residents|displaced;a=The ICRC]] of the region's care
    homes leave for Armenia. Azerbaijan's defence ministry said it had collected [[more than 2,700
    firearms|other;a=Azerbaijan's defence ministry]] and [[about 400 tonnes|other;a=Azerbaijan's
    defence ministry]] of ammunition from disbanded Karabakh units. Baku says [[more than 300
    Armenian residents|other;a=Baku]] have applied for Azerbaijani identity documents. Azerbaijan's
    interior ministry said [[about 1,500 police officers|combatants;a=Azerbaijan's interior
    ministry]] had been deployed in the region.""",
)

item(
    "Armenians leave Lachin town ahead of handover to Azerbaijan",
    """BERDZOR, Nagorno-Karabakh, {{August 25, 2022}} - The last Armenian residents of the town of
    Lachin, known to Armenians as Berdzor, packed their belongings on Thursday ahead of its handover
    to Azerbaijan, as a new road bypassing the town replaces the old corridor. Local officials said
    [[about 200 families|displaced;a=Local officials]] had left Berdzor and [[some 40
    families|displaced;a=Local officials]] the village of Aghavno over the past week. Several
    residents set fire to their houses; by Thursday evening [[dozens of houses|housing]] had burned.
    The Karabakh government said it would house [[all 1,200 people|displaced;p;a=The Karabakh
    government]] in Stepanakert and nearby villages. Azerbaijan says [[the first 20
    families|returned;p;a=Azerbaijan]] will move into new homes in Lachin by the end of the year.
    [[About 50 Russian peacekeepers|combatants]] are stationed along the new road, which is {{32
    kilometres}} long.""",
)

item(
    "What the 2020 ceasefire said, and what became of it",
    """The statement signed by the leaders of Armenia, Azerbaijan and Russia on the night of
    {{November 9-10, 2020}} ended {{44 days}} of war. It gave Russian peacekeepers a {{five-year}}
    mandate, renewable for another {{five years}} unless either side objected {{six months}} before
    expiry. Its {{sixth}} point promised a corridor {{5 km}} wide through Lachin, and its {{ninth}}
    the unblocking of transport links. By {{2023}} most of its terms had lapsed. The peacekeepers
    began leaving in {{April 2024}}, {{18 months}} before the mandate ended.""",
)
