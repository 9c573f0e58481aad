"""Europe in the style of Ukrainska Pravda, the Kyiv Independent, Balkan Insight and the
region's other papers: overnight missile and drone attacks, shelling tallies, evacuations,
exchanges and returns, an armed attack in Kosovo, riots and crackdowns in Serbia, Georgia and
Northern Ireland, and an attack in Turkey (12 items with figures, 1 without)."""

from _wrap import item

item(
    "Russia attacks Ukraine with 128 drones and five missiles overnight",
    """Russian forces attacked Ukraine overnight on {{14 May}} with
    [[five Iskander-M ballistic missiles|other;a=Ukraine's Air Force]] and
    [[128 drones|other;a=Ukraine's Air Force]], Ukraine's Air Force said. Air defence shot down
    or suppressed [[102 drones|other;a=the Air Force;alt=Ukraine's Air Force]], while
    [[18|other;u=other;a=the Air Force;alt=Ukraine's Air Force]] hit targets in
    [[five oblasts|other;u=other;a=the Air Force;alt=Ukraine's Air Force]], the Air Force
    added. In Kharkiv, [[two people|killed;a=the regional governor]] were killed and
    [[14|injured;a=the regional governor]] injured, including
    [[three children|injured;a=the regional governor]], when a missile struck an apartment
    block, the regional governor said. In Odesa, Russian drones damaged a school and
    [[11 private houses|housing;a=the city military administration]], the city military
    administration reported. [[More than 40,000 households|civilians;a=DTEK]] in Odesa Oblast
    were left without electricity, the energy company DTEK said.""",
)

item(
    "Russian attacks kill 3, injure 19 in Kherson Oblast over past day",
    """Russian attacks killed [[three people|killed;a=the regional military administration]] and
    injured [[19|injured;a=the regional military administration]] in Kherson Oblast over the
    past day, the regional military administration reported on {{3 August}}. Russian forces
    targeted [[42 settlements|other;u=other;a=the administration;alt=the regional military
    administration]] in the oblast, including the
    city of Kherson, with artillery, drones and aerial bombs, the administration said.
    In total, Russian forces carried out
    [[483 attacks|other;u=other;a=the regional military administration]] over the day, it said.
    [[Nine high-rise buildings|housing]] and [[14 private houses|housing]] were damaged. Among
    the injured was a {{67-year-old}} woman hit by a drone while waiting at a bus stop in the
    Dniprovskyi district. The city of Kherson has been under near-constant shelling since
    Ukraine liberated it in {{November 2022}}.""",
)

item(
    "Kyiv missile strike death toll rises to 23, including three children",
    """The death toll from Thursday's Russian missile strike on a {{nine-storey}} apartment
    building in Kyiv's Sviatoshynskyi district has risen to
    [[23|killed;a=the State Emergency Service (SES)]], including
    [[three children|killed;a=the State Emergency Service (SES)]], the State Emergency Service
    (SES) said on Friday morning. Rescuers pulled [[30 people|civilians;a=the SES]] alive from
    the rubble overnight, the SES said. [[Eight people|missing;a=the service;alt=the State
    Emergency Service (SES)]] are still believed to be under the debris, the service added.
    According to the city military administration,
    [[134 people|injured;a=the city military administration]] were injured across the capital,
    [[71 of whom|injured;n=-;a=the city military administration]] were hospitalised. The attack
    involved [[at least 10 missiles|other;a=Ukraine's Air Force]] and
    [[around 300 drones|other;a=Ukraine's Air Force]], according to Ukraine's Air Force. Debris
    fell in [[six districts|other]] of the city, damaging
    [[dozens of residential buildings|housing]], a school and a kindergarten. The strike came at
    about {{3.20am}}, when most residents were asleep, and destroyed the building's {{third}}
    entrance completely.
    "We heard the whistle and then the whole entrance collapsed," said Olena, a resident of the
    {{fourth}} floor who escaped with her daughter. The city declared Saturday a day of
    mourning. It was the deadliest attack on Kyiv since the spring.""",
)

item(
    "Mandatory evacuation ordered for 11 settlements in Kupiansk district",
    """Authorities have ordered the mandatory evacuation of families with children from
    [[11 settlements|other;u=other;a=the regional military administration]] in Kharkiv Oblast's
    Kupiansk district amid intensified Russian attacks, the regional military administration
    said on {{12 June}}. The order covers [[263 children|displaced;p;a=the administration;alt=the
    regional military
    administration]] and
    their families, according to the administration.
    [[About 1,900 residents|civilians;a=local authorities]] remain in Kupiansk itself, down from
    [[27,000|civilians;a=local authorities]] before the full-scale invasion, local authorities
    said. Over the past week, [[four civilians|killed]] were killed and [[17|injured]] injured in
    Russian strikes on the district. The volunteer group East SOS said it had evacuated
    [[over 600 people|displaced;a=The volunteer group East SOS]] from the district since
    {{May 2024}}, many of them elderly or bedridden. Evacuees are taken to a transit centre in
    Kharkiv with space for [[150 people|capacity]].""",
)

item(
    "84 defenders return home in latest prisoner exchange",
    """[[Eighty-four Ukrainian defenders|other;a=the Coordination Headquarters for the Treatment
    of Prisoners of War]] returned home from Russian captivity on Thursday in the latest
    prisoner exchange, the Coordination Headquarters for the Treatment of Prisoners of War said.
    Among them are [[22 civilians|other]] held since the first weeks of the invasion. According
    to the Headquarters, [[more than 5,800 Ukrainians|other;a=the Headquarters;alt=the
    Coordination Headquarters for the Treatment of Prisoners of War]] have been freed in
    exchanges since {{February 2022}}. Separately, Ukraine received the bodies of
    [[1,000 fallen soldiers|killed]] from Russia, while Russia received
    [[19 bodies|killed]] of its servicemen. [[Up to 1,200 prisoners|other;p;a=the
    Headquarters;alt=the
    Coordination Headquarters for the Treatment of Prisoners of War]] are to be freed in further
    exchanges agreed in Istanbul, the Headquarters said.""",
)

item(
    "Russian drone hits minibus in Sumy Oblast, killing five",
    """A Russian FPV drone struck a minibus carrying civilians near Velyka Pysarivka in Sumy
    Oblast on Saturday morning, killing [[five passengers|killed;a=the regional military
    administration]] and injuring [[seven|injured;a=the regional military administration]], the
    regional military administration reported. [[Twelve people|other;a=the administration;alt=the
    regional military administration]]
    were on board the minibus, which was travelling to Okhtyrka, the administration said. The
    injured, including a {{15-year-old}} girl, were taken to hospital in Sumy. The UN Human
    Rights Monitoring Mission in Ukraine said short-range drones had killed
    [[at least 56 civilians|killed;a=The UN Human Rights Monitoring Mission in Ukraine]] in
    front-line areas of the oblast in {{May}}, most of them on roads within
    {{20 kilometres}} of the border.""",
)

item(
    "Ukraine brings home 11 more children taken to Russia",
    """Ukraine has brought home [[another 11 children|returned;a=the Presidential Office]] who had
    been taken to Russia and the occupied territories, the Presidential Office said on
    {{5 September}}. [[Four of them|returned;n=-]] are orphans; the youngest is {{six}} and the
    oldest {{17}}. Under the Bring Kids Back UA initiative,
    [[1,366 children|returned;a=the office;alt=the Presidential Office]] have been returned since
    {{2022}}, according to the office.
    [[A further 15 to 20 children|returned;p;a=the office;alt=the Presidential Office]] are
    expected to return in the coming weeks, the office said.""",
)

item(
    "Police officer killed as armed group attacks patrol in northern Kosovo",
    """[[One police officer|killed;a=Kosovo Police]] was killed and
    [[three others|injured;a=Kosovo Police]] injured on Sunday when
    [[some 25 armed men|combatants;a=Kosovo Police]] in military gear ambushed a patrol near the
    village of Zupce, in the north of Kosovo, Kosovo Police said. The attack began at about
    {{2.30am}}, when the patrol found the bridge at the entrance to the village blocked by
    [[two trucks|other]]. Police said
    [[two of the attackers|killed;a=Police]] were killed in an exchange of fire that lasted more
    than {{five hours}}. The interior minister told reporters in Pristina that
    [[four suspects|arrested;a=The interior minister]] had been arrested and that police had
    seized [[three armoured vehicles|other;a=The interior minister]],
    [[dozens of automatic rifles|other;a=The interior minister]] and
    [[around 100 hand grenades|other;a=The interior minister]]. The rest of the group fled
    across the administrative line into Serbia, he said. Belgrade denied any involvement and
    called the attackers "local Serbs who could no longer endure the terror". NATO's KFOR
    mission said it was deploying [[200 additional troops|combatants;p;a=NATO's KFOR mission]] to
    the north. Kosovo's prime minister called the attack "organised crime sponsored by
    Belgrade". The European Union condemned the violence and called on both sides to
    de-escalate. Serb residents of Zupce said they had stayed indoors for {{two days}}. The
    north, where most of Kosovo's ethnic Serbs live, has seen recurring tension since
    {{2022}}.""",
)

item(
    "Serbian police detain 79 after night of clashes in Belgrade",
    """Serbian police detained [[79 people|arrested;a=the Interior Ministry]] overnight after
    clashes between anti-government protesters and police in Belgrade, Novi Sad and Nis, the
    Interior Ministry said on Sunday. The ministry said
    [[48 police officers|injured;a=The ministry;alt=the Interior Ministry]] were injured,
    [[six of them|injured;n=-;a=The ministry;alt=the Interior Ministry]] seriously, by stones,
    flares and bottles. The Belgrade Emergency Centre said it had treated
    [[22 citizens|injured;a=The Belgrade Emergency Centre]] for injuries, mostly from batons and
    tear gas. [[Up to 12 police vehicles|other]] were damaged in central Belgrade. Students have
    led protests since the collapse of a railway station canopy in Novi
    Sad in {{November 2024}} killed [[16 people|killed]]. The Public Assembly Archive, an
    independent monitoring group, estimated that
    [[about 140,000 people|other;a=The Public Assembly Archive]] had joined Saturday's rally in
    Belgrade, the largest since {{March}}.""",
)

item(
    "Ombudsman says over 400 detained since protests began, most beaten",
    """Georgian police have detained [[more than 400 people|arrested;a=the Public Defender's
    Office]] since pro-EU protests began on {{November 28}}, the Public Defender's Office said on
    Thursday, adding that [[more than 300 of those detained|injured;n=-;a=the Public Defender's
    Office]] had visible injuries. The Interior Ministry said
    [[143 police officers|injured;a=The Interior Ministry]] had been hurt since the start of the
    protests, mostly by fireworks and stones. The Georgian Young Lawyers' Association said
    [[at least 59 protesters|injured;a=The Georgian Young Lawyers' Association]] had been
    hospitalised. The Media Advocacy Coalition said
    [[27 journalists|injured;a=The Media Advocacy Coalition]] had been attacked by police or
    masked men while covering the rallies on Rustaveli Avenue.""",
)

item(
    "Seventeen officers injured on third night of Portadown disorder",
    """[[Seventeen police officers|injured;a=the PSNI]] were injured during a {{third}} night of
    disorder in Portadown, the PSNI said, as rioters threw petrol bombs, bricks and fireworks at
    lines of officers. Assistant Chief Constable Helen Boyd said
    [[nine people|arrested;a=Helen Boyd]] had been arrested overnight, bringing the total to
    [[23|arrested;a=Helen Boyd]]. [[Four families|displaced;a=police]] were forced from their
    homes in the Corcrain area after windows were smashed, and
    [[two houses|housing;a=police]] were set alight, police said. [[Six vehicles|other]] were
    burnt out on the Garvaghy Road. The PSNI said it had requested
    [[80 additional officers|combatants;p;a=The PSNI]] from Police Scotland under mutual aid
    arrangements.""",
)

item(
    "Four killed in terrorist attack on defence plant near Ankara",
    """[[Four people|killed;a=the interior minister]] were killed and
    [[14 others|injured;a=the interior minister]] injured in a terrorist attack on a defence
    industry plant in Ankara's Kahramankazan district on Wednesday, the interior minister said.
    [[The two attackers|killed]], a man and a woman armed with rifles and explosives, were
    neutralised by security forces after a gunfight lasting nearly {{an hour}}. The Health
    Ministry said [[three of the injured|injured;a=The Health Ministry]] were in serious
    condition. Turkey's Defence Ministry said its jets struck
    [[32 targets|other;u=other;a=Turkey's Defence Ministry]] belonging to the PKK in northern
    Iraq and Syria in response. Police detained [[18 suspects|arrested;a=Anadolu Agency]] in
    raids in Ankara and Istanbul on Thursday, Anadolu Agency reported.""",
)

item(
    "Air raid alert in Kyiv lasts over five hours; no casualties",
    """An air raid alert in Kyiv lasted {{five hours and 12 minutes}} overnight on Tuesday as
    Russian drones circled the capital, the city military administration said. Air defence
    units were active over the left bank, and debris of a downed drone fell on a road in the
    Darnytskyi district. No casualties or damage were reported. Metro stations were opened as
    shelters from {{1.40am}}, and about {{8%}} of consumers in the city were briefly cut off
    from electricity. The alert came on the {{1,200th}} day of the full-scale war.""",
)
