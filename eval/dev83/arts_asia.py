"""dev83 articles: Asia (Myanmar, the Rohingya, Afghanistan, Pakistan, India, Bangladesh, the
Philippines)."""

from _wrap import item

item(
    "Myanmar junta air strike on Sagaing village kills dozens",
    """A Myanmar military air strike on a village in the central Sagaing region killed [[at least
    53 people|killed;a=residents and an opposition official]], including [[19
    children|killed;a=residents and an opposition official]], residents and an opposition
    official said on Wednesday. Witnesses said a fighter jet dropped bombs on a crowd of [[about
    150 people|other;a=Witnesses]] gathered for the opening of a local administration office. A
    helicopter then fired on survivors, they said. The military government's spokesman, Zaw Min
    Tun, confirmed the strike, saying it had targeted members of the People's Defence Forces.
    [[More than 20 of the wounded|injured;a=a rescue worker]] were taken to hospitals in Monywa,
    a rescue worker told Reuters. Residents said [[about 120 homes|housing;a=Residents]] had been
    destroyed. Since the army seized power in a coup in {{February 2021}}, [[more than 3,400
    civilians|killed;a=the Assistance Association for Political Prisoners]] have been killed by
    the security forces and [[more than 21,000 people|arrested;a=the Assistance Association for
    Political Prisoners]] arrested, according to the Assistance Association for Political
    Prisoners, a monitoring group. The UN says [[about 1.8 million people|displaced;a=The UN]]
    have been displaced since the coup, [[more than 800,000|displaced;a=The UN]] of them in
    Sagaing.""",
)

item(
    "Boats carrying hundreds of Rohingya land in Indonesia's Aceh",
    """[[More than 400 Rohingya refugees|displaced;a=local officials]] landed on beaches in
    Indonesia's Aceh province on Sunday in [[two wooden boats|other;a=local officials]] after
    weeks at sea, local officials said. UNHCR said [[the 216 people|displaced;a=UNHCR]] on the
    first boat included [[81 children|displaced;a=UNHCR]]. Residents gave the passengers food and
    water but refused to let them stay, and police moved them to a temporary shelter in a former
    immigration building. [[At least 350 Rohingya|killed;a=the agency;alt=UNHCR]] died at sea in
    {{2023}} and [[about 220|missing;a=the agency;alt=UNHCR]] went missing, the highest toll
    since {{2014}}, the agency said. [[Nearly 1 million Rohingya refugees|displaced]] live in
    crowded camps in Cox's Bazar, Bangladesh, most of whom fled a military crackdown in Myanmar
    in {{2017}}. Cuts in food rations, to {{$8}} a month per person, and rising gang violence in
    the camps have pushed more to attempt the journey, aid workers say. Indonesia, which has not
    signed the {{1951}} Refugee Convention, has said it will shelter refugees only
    temporarily.""",
)

item(
    "Suicide bombing at Kabul airport kills scores including US troops",
    """A suicide bomber struck crowds waiting outside Kabul airport on Thursday, killing [[at
    least 170 Afghans|killed;a=Afghan health officials and the Pentagon]] and [[13 US service
    members|killed;a=Afghan health officials and the Pentagon]], Afghan health officials and the
    Pentagon said. The Italian charity Emergency said its hospital in Kabul had received [[more
    than 60 wounded|injured;a=The Italian charity Emergency]]. The Islamic State's Khorasan
    branch claimed the attack. The Pentagon said [[about 5,200 US troops|combatants;a=The
    Pentagon]] were at the airport, guarding the evacuation. [[More than 100,000
    people|displaced;a=the White House]] had been evacuated from Kabul since {{August 14}}, the
    White House said. Britain said it had flown out [[more than 13,000
    people|displaced;a=Britain]]. [[Tens of thousands of Afghans|civilians]] who worked with
    foreign forces remain in the country. The Taliban, who took Kabul on {{August 15}}, had
    deployed [[hundreds of fighters|combatants]] around the airport perimeter. The United States
    plans to withdraw its last troops by {{August 31}}.""",
)

item(
    "Pakistan says hostages freed after separatists seize train in Balochistan",
    """Pakistani security forces freed [[more than 300 passengers|kidnapped;a=the military]] held
    hostage on a train hijacked by separatist militants in Balochistan province, the military
    said on Wednesday, ending a standoff that lasted {{more than 30 hours}}. The military said
    [[all 33 militants|killed;a=The military]] involved had been killed, and that [[21
    passengers|killed;a=The military]] and [[four soldiers|killed;a=The military]] died during
    the siege. Fighters of the Balochistan Liberation Army (BLA) took [[about 440
    passengers|kidnapped]] hostage after blowing up the tracks and stopping the Jaffar Express,
    which was travelling from Quetta to Peshawar. [[Dozens of passengers|kidnapped]] escaped on
    foot through the mountains during the first night. The BLA said it was holding [[214
    hostages|kidnapped;a=The BLA]], mostly soldiers and police travelling on leave, a claim the
    military rejected. A railway official said [[nine coaches|other;u=other;a=A railway
    official]] had been damaged. Attacks in Balochistan killed [[more than 780
    people|killed;a=the Pakistan Institute for Conflict and Security Studies]] in {{2024}},
    according to the Pakistan Institute for Conflict and Security Studies, an Islamabad-based
    think tank.""",
)

item(
    "Afghans pour across Torkham as Pakistan's deportation deadline passes",
    """[[More than 170,000 Afghans|returned;a=Pakistani officials]] have left Pakistan since the
    government ordered undocumented foreigners to leave by {{November 1}}, Pakistani officials
    said on Friday. At the Torkham border crossing, [[about 24,000 people|returned;a=a border
    official]] crossed on Thursday alone, a border official told AFP. Pakistan's interior ministry
    said [[more than 1.7 million Afghans|displaced;a=Pakistan's interior ministry]] were living
    in the country without papers. Police have detained [[thousands of Afghans|arrested;a=rights
    groups]] in raids in Karachi and Islamabad, according to rights groups. Pakistan also hosts
    [[about 1.3 million registered Afghan refugees|displaced;a=UNHCR]] who are exempt from the
    order, according to UNHCR. In Afghanistan, the Taliban administration has set up [[two
    camps|capacity]] for returnees near the border crossings at Torkham and Spin Boldak. The
    World Food Programme said it had given hot meals to [[about 60,000 returnees|aid;a=The World
    Food Programme]]. Returnees described losing homes and businesses they had built over {{four
    decades}}, and UNHCR said {{more than 80%}} of those arriving had nowhere to live.""",
)

item(
    "India's Manipur tallies toll as ethnic violence enters third month",
    """Ethnic clashes between the Meitei and Kuki communities in India's north-eastern state of
    Manipur have killed [[at least 142 people|killed;a=the state government]] since {{May 3}},
    the state government said in an affidavit to the Supreme Court. It said it had recorded
    [[more than 5,000 incidents|other;u=other;a=the state government]] of arson. It said [[54,488
    people|displaced;a=the state government]] were living in [[349 relief
    camps|capacity;a=the state government]] across the state. [[About 4,700
    houses|housing;a=the state government]] had been burned, it said, along with [[386 religious
    structures|housing;a=the state government]]. Mobs looted [[more than 4,000
    weapons|other;a=police]] from police armouries in the first weeks of the violence, according
    to police. The government has deployed [[about 40,000 soldiers and paramilitary
    personnel|combatants;n=soldiers and paramilitary personnel;a=officials]] to the state,
    officials said. Mobile internet has been suspended for {{more than 80 days}}, and schools in
    the valley reopened only in {{July}}.""",
)

item(
    "Bangladesh curfew extended as student protest toll rises",
    """Bangladesh extended a nationwide curfew on Monday after [[at least 147
    people|killed;a=the Prothom Alo newspaper]] were killed in clashes between police and
    students protesting against quotas in government jobs, the Prothom Alo newspaper reported.
    Police said [[more than 2,500 people|arrested;a=Police]] had been arrested in Dhaka,
    including opposition leaders. Student leaders said [[six of their
    coordinators|arrested;a=Student leaders]] had been detained by the police's detective
    branch. The Supreme Court on Sunday scaled back the quota, ruling that {{93%}} of posts
    should be allocated on merit. [[Several thousand people|injured;a=doctors]] have been treated
    in hospitals in Dhaka, doctors said. Home minister Asaduzzaman Khan said [[about 50 police
    stations|housing;u=structure;a=Home minister Asaduzzaman Khan]] and [[hundreds of
    vehicles|other;a=Home minister Asaduzzaman Khan]] had been torched. The army deployed [[about
    27,000 soldiers|combatants]] in Dhaka and other cities. Mobile internet was cut for {{five
    days}}, and the government said the shutdown had cost the economy about {{$10 million}} a
    day.""",
)

item(
    "Philippine army says Marawi battle nears end as displaced wait to return",
    """Philippine troops are fighting [[fewer than 40 militants|combatants;a=the military]] in a
    shrinking area of Marawi city, the military said on Monday, {{four months}} after Islamic
    State-linked gunmen seized the town. Military spokesman Restituto Padilla said [[at least 730
    militants|killed;a=Military spokesman Restituto Padilla]], [[149 soldiers and
    police|killed;n=soldiers and police;a=Military spokesman Restituto Padilla]] and [[47
    civilians|killed;a=Military spokesman Restituto Padilla]] had been killed since {{May 23}}. He
    said troops had freed [[about 20 hostages|kidnapped;a=Military spokesman Restituto Padilla]]
    held by the militants in a mosque. [[More than 350,000 people|displaced;a=the government's
    disaster agency]] fled Marawi and nearby towns, according to the government's disaster
    agency, and [[about 21,000|displaced;a=the government's disaster agency]] are still staying in
    [[74 evacuation centres|capacity;a=the government's disaster agency]]. President Rodrigo
    Duterte declared martial law on the island of Mindanao, home to [[about 22 million
    people|civilians]], after the siege began. Officials estimate that rebuilding the city will
    cost {{$1.1 billion}}.""",
)

item(
    "Arakan Army says hundreds of Myanmar troops captured in Rakhine",
    """The Arakan Army, an ethnic armed group, said on Saturday it had captured [[more than 600
    soldiers|arrested;a=The Arakan Army]] and [[more than 200 members|arrested;a=The Arakan Army]]
    of the police after overrunning a military command in western Myanmar's Rakhine state. The
    group said it had also seized [[more than 40 military trucks|other;a=The group;alt=The Arakan
    Army]]. Fighting has displaced [[more than 500,000 people|displaced;a=the UN]] in Rakhine,
    home to [[about 3 million people|civilians;a=the UN]], since the Arakan Army broke a
    ceasefire in {{November 2023}}, the UN says. Witnesses and activists said [[at least 150
    Rohingya|killed;a=Witnesses and activists]] were killed by drone strikes as they tried to
    flee to Bangladesh on {{August 5}}. Bangladesh said [[about 8,000 Rohingya|displaced;a=Bangladesh]]
    had crossed its border in recent weeks despite its ban on new arrivals. In February,
    Bangladesh sent back [[330 Myanmar border guards and soldiers|returned;n=border guards and
    soldiers]] who had fled across the border.""",
)

item(
    "Taliban mark three years in power with parade at Bagram",
    """The Taliban marked the {{third anniversary}} of their return to power on {{August 14}}
    with a parade at the former US air base at Bagram, {{60 km}} north of Kabul. No foreign
    government has recognised their administration in the {{three years}} since US forces left
    in {{August 2021}}, ending a {{20-year}} war. The economy shrank by {{about 26%}} in {{2021
    and 2022}}, according to the World Bank, and the UN has appealed for {{$3 billion}} in aid
    this year. Girls over the age of {{12}} remain barred from school, a ban now in its {{fourth
    year}}. The Taliban's supreme leader, Hibatullah Akhundzada, believed to be in his
    {{mid-50s}}, did not attend; he rarely leaves Kandahar. A morality law issued in July bars
    women from raising their voices in public, and the afternoon heat at the parade reached
    {{38C}}.""",
)
