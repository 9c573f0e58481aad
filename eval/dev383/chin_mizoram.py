"""Chin State and India's Mizoram (with Manipur and Bangladesh's hill tracts where the story
reaches them), 2023-2026: air strikes on villages and churches, towns taken, soldiers who fled
across the border, refugees, relief camps and aid."""

from _wrap import item

item(
    "Thousands flee to Mizoram as Chin fighters overrun border camps",
    """[[About 5,000 people|displaced;a=Indian officials]] crossed into Mizoram's Champhai
    district after Chin resistance fighters overran [[two army camps|other;a=Indian officials]] near
    the border town of Rikhawdar on Monday, Indian officials said. Champhai's deputy commissioner
    said [[39 Myanmar soldiers|arrested;a=Champhai's deputy commissioner]] had surrendered to
    Mizoram police and were being held by the Assam Rifles. Most of the refugees were staying with
    relatives in Zokhawthar, while [[about 1,200|displaced;a=Champhai's deputy commissioner]] were
    in [[six relief camps|capacity;a=Champhai's deputy commissioner]], he said. The Chin National
    Front said [[two of its fighters|killed;a=The Chin National Front]] had been killed and that it
    had captured [[12 soldiers|arrested;a=The Chin National Front]]. Stray bullets wounded [[three
    Indian villagers|injured;a=police]] in Zokhawthar, police said.""",
)

item(
    "Mizoram counts more than 32,000 refugees from Chin State",
    """Mizoram is sheltering [[more than 32,000 refugees|displaced;a=the state home department]]
    from Myanmar's Chin State, the state home department said on Tuesday, along with [[about 9,000
    people|displaced;a=the state home department]] who fled ethnic violence in neighbouring
    Manipur. The department said [[about 18,000|displaced;a=The department;alt=the state home
    department]] of the Myanmar refugees lived in [[158 relief camps|capacity;a=The
    department;alt=the state home department]] and the rest with host families. India's home
    ministry has ordered the state to collect biometric data of all refugees, and officials said
    [[over 12,000|other;a=officials]] had been enrolled so far. The state has asked New Delhi for
    {{Rs 10 crore}} in relief funds. Church groups said they were feeding [[about 4,500
    families|aid;a=Church groups]] in Champhai and Lawngtlai districts. The department said
    [[fewer than 300 households|aid;a=The department;alt=the state home department]] had received
    housing grants.""",
)

item(
    "Chin resistance takes Falam after long siege",
    """Chin resistance forces said on Monday they had captured Falam after a {{five-month}} siege,
    the first district town in Chin State to fall. The Chin Brotherhood alliance said it had taken
    [[more than 150 soldiers and police|arrested;a=The Chin Brotherhood alliance;n=soldiers and
    police]] prisoner, and that [[about 20 of its fighters|killed;a=The Chin Brotherhood
    alliance]] died in the final assault. The junta launched [[at least 300 air
    strikes|other;a=the Chin Human Rights Organization;u=other]] on the town during the siege,
    according to the Chin Human Rights Organization. The rights group said [[more than 60
    buildings|housing;a=The rights group;alt=the Chin Human Rights Organization]], including the
    hospital and [[two churches|housing;a=The rights group;alt=the Chin Human Rights
    Organization]], were destroyed. Falam had [[about 15,000 residents|civilians]] before the
    fighting, and almost all have fled. Local volunteers said [[between 200 and 250
    residents|civilians;a=Local volunteers]], most of them elderly, were still in the town.""",
)

item(
    "Jet bombs Baptist church in Thantlang village",
    """A military jet bombed a Baptist church in the village of Vom in Thantlang township on Sunday
    morning, killing [[nine people|killed;a=the Chin Human Rights Organization]] and wounding [[at
    least 17|injured;a=the Chin Human Rights Organization]], the Chin Human Rights Organization
    said. The jet returned {{an hour}} later and dropped [[two more bombs|other;a=a pastor;u=other]]
    near the village school, a pastor told Myanmar Now. Villagers said [[about 40
    houses|housing;a=Villagers]] were set on fire. [[About 150 worshippers|civilians;a=the
    pastor]] were inside the church at the time, the pastor said. Since the {{2021}} coup, the military has
    destroyed [[more than 100 churches|housing;a=the rights group;alt=the Chin Human Rights
    Organization]] in Chin State, the rights group says. [[About 600 residents|displaced]] of the
    village have fled into the forest.""",
)

item(
    "India flies fleeing Myanmar soldiers back to Sittwe",
    """India flew [[276 Myanmar soldiers|returned;a=the Assam Rifles]] back to Sittwe on Monday, days
    after they fled into Mizoram's Lawngtlai district as the Arakan Army overran their camps, the
    Assam Rifles said. In all, [[more than 630 Myanmar troops|returned;a=officials]] have been sent
    back since {{November}}, officials said. Mizoram Chief Minister Lalduhoma said he had asked New
    Delhi to speed up the returns, warning that [[hundreds more|displaced;p;a=Mizoram Chief
    Minister Lalduhoma;n=-]] could arrive. Local residents said [[about 2,000 Chin
    civilians|displaced;a=Local residents]] had fled alongside the soldiers. A Mizoram police
    officer said [[seven|injured;a=A Mizoram police officer]] of the soldiers were treated for
    bullet wounds at Lawngtlai hospital. The Arakan Army said it had captured [[about 90
    soldiers|arrested;a=The Arakan Army]] who failed to reach the border.""",
)

item(
    "Air strikes on Mindat kill 14 as hunger spreads in Chin hills",
    """Junta air strikes on Mindat township killed [[14 civilians|killed;a=local resistance
    officials]] this week, including [[five children|killed;a=local resistance officials]],
    according to local resistance officials. In Mindat, [[about 12,000 people|displaced]] are
    living in forest camps. The UN's humanitarian office estimated [[some 90,000
    people|displaced;a=The UN's humanitarian office]] were displaced within Chin State, a state of
    [[fewer than 500,000 residents|civilians;a=The UN's humanitarian office]]. A Mindat clinic said
    it had treated [[about 70 wounded|injured;a=A Mindat clinic]] since {{January}}, but had run
    out of antibiotics. Rice prices in the town have tripled since the roads were cut. The
    resistance says [[more than 40 schools|other;a=The resistance]] in the township remain
    closed.""",
)

item(
    "India scraps free movement along Myanmar border",
    """India's home ministry said on {{February 8, 2024}} it would scrap the Free Movement Regime,
    which let residents on either side of the {{1,643-km}} border travel up to {{16 km}} into the
    other country without a visa. The ministry plans to fence the whole frontier at a cost of {{Rs
    31,000 crore}}, and said {{30 km}} had been fenced in Manipur. Mizoram's assembly passed a
    resolution opposing the fence on {{February 28}}. The regime had been in place since {{2018}}.
    Under the new rules, border passes are valid for {{seven days}}.""",
)

item(
    "Arakan Army and Chin fighters clash near Paletwa",
    """Clashes between the Arakan Army and Chin resistance fighters near Paletwa killed [[at least
    seven fighters|killed;a=both sides]] last week, both sides said. The Chin National Front said
    the AA had detained [[26 of its members|arrested;a=The Chin National Front]] and seized [[three
    villages|other;a=The Chin National Front]] on the Kaladan river. The AA said it had been
    attacked first and that it had released [[19|other;a=The AA]] of the detainees on Saturday.
    Villagers said [[300 to 400 families|displaced;a=Villagers]] fled to Mizoram's Lawngtlai
    district. Mizoram officials confirmed [[more than 1,700 new arrivals|displaced;a=Mizoram
    officials]] in the district over {{10 days}}. The AA said [[about 60 families|returned;a=The
    AA]] had gone back to the villages by Monday.""",
)

item(
    "Air strike hits displacement camp near Hakha",
    """A military air strike hit a displacement camp near Hakha, the Chin State capital, on Thursday
    night, killing [[six people|killed;a=camp volunteers]] and wounding [[11|injured;a=camp
    volunteers]], camp volunteers said. The camp was sheltering [[about 800 displaced
    people|displaced]], most from villages in Thantlang township. Thantlang, once home to [[about
    10,000 people|civilians]], is now empty. The Chin Human Rights Organization says [[more than
    1,300 buildings|housing;a=The Chin Human Rights Organization]] there have been burned since
    {{2021}}. The UN children's agency said [[two of the dead|killed;a=The UN children's agency]]
    were children. Volunteers said [[about 300 residents|displaced;a=Volunteers]] had moved to
    another camp deeper in the hills.""",
)

item(
    "Manipur deports Myanmar nationals through Moreh",
    """Manipur police said they had detained [[more than 100 Myanmar nationals|arrested;a=Manipur
    police]] in Tengnoupal district, and that [[38|returned;a=Manipur police]] had been deported
    through Moreh. The state government said it had identified [[5,457 illegal
    immigrants|other;a=The state government]] in {{2023}}. Rights groups said [[about 60 Chin
    refugees|returned;a=Rights groups]] had been sent back from Mizoram in {{2025}} despite the
    state's pledge to shelter them. The Myanmar junta said it had received [[151
    returnees|returned;a=The Myanmar junta]] from India at Tamu. Officials estimated [[around 8,000
    Myanmar refugees|displaced;a=Officials]] were sheltering in the hills of Tengnoupal and
    Chandel.""",
)

item(
    "Food convoy crosses the Tiau into Chin State",
    """Aid groups in Mizoram sent [[28 trucks|aid;a=the Chin Refugee Committee]] of rice and medicine
    across the Tiau river into Chin State this month, the Chin Refugee Committee said. The
    committee said the convoy carried [[about 140 tonnes of food|aid;a=The committee;alt=the Chin
    Refugee Committee;n=tonnes]], enough to feed [[some 25,000 people|aid;a=The committee;alt=the
    Chin Refugee Committee;p]] for a month. In Chin State, [[an estimated 60,000
    people|civilians;a=the UN's World Food Programme]] face severe hunger, according to the UN's
    World Food Programme. Indian customs let the trucks through after a {{two-week}} delay. The
    Chinland Council said [[1,200 sacks of rice|aid;a=The Chinland Council;n=sacks]] had reached
    Tedim and Tonzang. Church volunteers distributed [[3,000 blankets|aid]] in the camps along the
    river. Mizoram officials said [[15 to 20 trucks a week|aid;p;a=Mizoram officials]] could cross
    if the permits held.""",
)

item(
    "Mizoram schools stretched by refugee children",
    """[[More than 7,000 Myanmar refugee children|other;a=the state education department]] are
    enrolled in Mizoram's state schools, the state education department said. The department said
    it had opened [[46 additional classrooms|other;a=The department;alt=the state education
    department]] since {{2022}}. In Champhai, [[about 1,800 refugee children|other]] share a school
    built for [[600 pupils|capacity]]. Teachers said [[about 200 teenagers|other;a=Teachers]] had
    dropped out to work on farms. The Young Mizo Association said it would build [[three more
    schools|other;p;a=The Young Mizo Association]] near the border. Refugee families receive a
    monthly allowance of {{Rs 3,000}}.""",
)

item(
    "Chin National Day marked in Mizoram camps",
    """Chin refugees in Mizoram marked Chin National Day on {{February 20}}, the {{77th}}
    anniversary of the {{1948}} conference that abolished chieftainship. Celebrations in Champhai
    ran for {{three days}}, with wrestling, bamboo dances and a {{5 km}} march. Temperatures fell
    to {{9C}} overnight. The Chinland Council's leader, {{62}}, spoke by video at {{10am}}. It was
    the {{fourth}} such celebration held in exile since the {{2021}} coup.""",
)

item(
    "Soldiers surrender in Tonzang, army bombs villages",
    """Chin resistance fighters said they had taken the town of Tonzang after [[about 40 soldiers and
    police|arrested;a=Chin resistance fighters;n=soldiers and police]] surrendered on Friday.
    [[Another 26|arrested]] soldiers fled across the border into Mizoram, where they were disarmed
    and held by Indian police. The army responded with air strikes on [[five villages|other;
    a=residents]] in Tonzang and Tedim townships, residents said. Resistance officials said [[at
    least 11 civilians|killed;a=Resistance officials]] died and [[some 70 houses|housing;
    a=Resistance officials]] were destroyed. [[Thousands of residents|displaced]] fled towards the
    border. Mizoram officials said [[as many as 900 families|displaced;a=Mizoram officials]] had
    reached Zokhawthar by Sunday.""",
)

item(
    "Troops seize villagers as porters on road to Hakha",
    """Soldiers advancing on Hakha seized [[about 30 villagers|kidnapped;a=the Chin Human Rights
    Organization]] to use as porters and human shields, the Chin Human Rights Organization said on
    Wednesday. The group said [[12 of them|kidnapped;a=The group;alt=the Chin Human Rights
    Organization;n=-]] had escaped or been freed. [[Four|missing;a=relatives]] are still missing and
    [[two|killed;a=relatives]] were found dead on the road to Falam, relatives said. The column of
    [[about 300 troops|combatants;a=local media]] burned [[at least 50 houses|housing;a=local
    media]] in the village of Lungler, according to local media. The Chinland Council said its
    fighters had killed [[17 soldiers|killed;a=The Chinland Council]] in an ambush.""",
)

item(
    "Bawm refugees from Bangladesh shelter in Lawngtlai",
    """[[More than 2,000 Bawm refugees|displaced;a=state officials]] from Bangladesh's Bandarban
    district are sheltering in Mizoram's Lawngtlai district, state officials said. Bangladesh's
    Rapid Action Battalion said it had arrested [[more than 100 Bawm people|arrested;a=Bangladesh's
    Rapid Action Battalion]] after bank robberies in {{April 2024}} blamed on the Kuki-Chin
    National Front. Bawm leaders said [[at least 18 people|killed;a=Bawm leaders]] had been killed
    in army operations and [[about 300 families|displaced;a=Bawm leaders]] had left their villages.
    Mizoram has set up [[seven relief camps|capacity]] for them. Officials expect [[a further 350
    people|displaced;p;a=Officials]] to arrive before the monsoon.""",
)

item(
    "Chin rights group tallies a year of air strikes",
    """The Chin Human Rights Organization said in its annual report that the military carried out
    [[312 air strikes|other;a=The Chin Human Rights Organization;u=other]] in Chin State in
    {{2024}}, killing [[142 civilians|killed;a=The Chin Human Rights Organization]]. It recorded
    [[89 civilians|injured;a=The Chin Human Rights Organization]] wounded and [[more than 1,100
    homes|housing;a=The Chin Human Rights Organization]] destroyed by fire or bombing. It said the
    army had abducted [[54 people|kidnapped;a=The Chin Human Rights Organization]], most of them
    used as porters, and that [[22|missing;a=The Chin Human Rights Organization]] were still
    missing. Across Myanmar, [[more than 3.5 million people|displaced;a=the UN]] have been
    uprooted, according to the UN.""",
)
