"""Attacks on villages, markets, mosques, schools and convoys in Kordofan by the RSF, the
SPLM-N and the army, drone strikes, abductions and detentions, tallies of the dead (15 texts
with figures, 2 without)."""

from _wrap import item

item(
    "Drone strike on kindergarten near Kadugli kills children",
    """A drone strike on a kindergarten in Kalogi, a town {{20 km}} east of Kadugli, killed [[at
    least 33 people|killed;a=the Sudan Doctors Network]], [[14 of them|killed;n=-;a=the Sudan
    Doctors Network]] children, the Sudan Doctors Network said on Friday. When families rushed
    to the site, a {{second}} drone struck, the network said, and [[a further 12
    people|killed;a=the network;alt=the Sudan Doctors Network]] died. The local Emergency
    Response Room said [[more than 40 wounded|injured;a=The local Emergency Response Room]] had
    been carried to Kadugli's hospital on donkey carts and in [[three pickup
    trucks|other;a=The local Emergency Response Room]]. The kindergarten had [[about 90
    pupils|other;a=a teacher]] enrolled, a teacher said. Kalogi had taken in [[about 5,000
    people|displaced;a=IOM]] from villages near Habila in the past {{two months}}, according to
    IOM. The army blamed the RSF and its SPLM-N allies; the RSF said it had struck an army
    ammunition depot.""",
)

item(
    "RSF raid on West Kordofan village kills dozens, lawyers say",
    """Rapid Support Forces fighters on motorcycles and in [[some 30 pickup trucks|other;a=the
    Emergency Lawyers]] stormed the village of Shaq al-Num, north of El Nuhud, on Monday,
    killing [[at least 46 villagers|killed;a=the Emergency Lawyers]] and abducting [[19
    women|kidnapped;a=the Emergency Lawyers]], the Emergency Lawyers said on Wednesday. The
    group, which documents abuses in the war, said the attackers had burned [[more than 120
    homes|housing;a=The group;alt=the Emergency Lawyers]] and driven off [[about 1,100 head of
    cattle|other;a=The group;alt=the Emergency Lawyers]]. Villagers who reached El Nuhud said
    [[dozens more|missing;n=-;a=Villagers]] were missing. The RSF denied targeting civilians and
    said its forces had clashed with "army militias" in the area. A local official said [[about
    3,500 people|displaced;a=A local official]] had fled Shaq al-Num and [[five neighbouring
    villages|other;a=A local official]]. "They shot the men in front of the mosque," said a
    {{52-year-old}} farmer who asked not to be named.""",
)

item(
    "Drone strike on Al-Mujlad market kills 47, RSF-backed administration says",
    """A drone strike on the weekly market in Al-Mujlad, a town in West Kordofan held by the
    Rapid Support Forces, killed [[47 people|killed;a=the RSF-backed civil administration]] and
    wounded [[more than 70|injured;n=-;a=the RSF-backed civil administration]], the RSF-backed
    civil administration said on Sunday, blaming the army. The army did not comment; it has
    stepped up drone strikes on RSF supply lines across Kordofan since November. Witnesses told
    Reuters that [[at least three drones|other;a=Witnesses]] had struck the market within
    minutes, at around {{11:30 am}}, when it was crowded with traders from Abyei and Babanusa.
    [[Dozens of stalls|housing;u=structure;a=Witnesses]] burned, they said. The town's hospital,
    supported by MSF, received [[58 wounded|injured;a=MSF]], [[19 of them|injured;n=-;a=MSF]] in
    critical condition, MSF said, adding that [[nine|killed;n=-;a=MSF]] had since died. The UN
    resident coordinator called attacks on markets "unacceptable" and urged both sides to
    protect civilians.""",
)

item(
    "SPLM-N fighters attack villages north of Kadugli, state government says",
    """Fighters of the SPLM-N's al-Hilu faction attacked [[four villages|other;a=the state
    government]] in the Al-Kweik area, {{10 km}} north of Kadugli, on Thursday, killing [[at
    least 21 civilians|killed;a=the state government]], the state government said. The
    government, which is allied with the army, said the attackers had burned [[about 200
    houses|housing;a=The government;alt=the state government]] and taken [[12
    people|kidnapped;a=The government;alt=the state government]] hostage. The SPLM-N said in a
    statement that its forces had attacked "militia camps" and killed [[32
    militiamen|killed;a=The SPLM-N]]. The state's humanitarian aid commission said [[1,350
    households|displaced;a=The state's humanitarian aid commission]] had fled to Kadugli, where
    they were sleeping in [[two schools|capacity;a=The state's humanitarian aid commission]] and
    a mosque. A farmer, Musa Kuwa, {{58}}, said he had hidden in a dry riverbed for {{two
    nights}} with [[11 relatives|displaced;a=Musa Kuwa]] before walking to the town.""",
)

item(
    "Drone hits El Obeid school sheltering displaced families",
    """A drone struck a school sheltering displaced families in El Obeid's Al-Qubba district
    before dawn on Wednesday, killing [[at least 15 people|killed;a=the North Kordofan health
    ministry]], most of them women, the North Kordofan health ministry said. The ministry said
    [[28 people|injured;a=The ministry;alt=the North Kordofan health ministry]] were being
    treated at the teaching hospital, [[five of them|injured;n=-;a=The ministry;alt=the North
    Kordofan health ministry]] in intensive care. The school had sheltered [[about 90
    families|displaced;a=volunteers]] from Bara since October, volunteers said. It was the
    {{fourth}} drone attack on the city this month. The army said its air defences had shot down
    [[seven drones|other;a=The army]] over El Obeid in the previous {{24 hours}}. Authorities
    later moved [[the remaining 400 residents|displaced]] of the school to [[three other
    schools|capacity]] in the city centre.""",
)

item(
    "Doctors' group says RSF killed more than 200 in villages around Bara",
    """The Sudan Doctors Network said on Tuesday that Rapid Support Forces fighters had killed
    [[more than 200 civilians|killed;a=The Sudan Doctors Network]] in villages around Bara, in
    North Kordofan, over {{three days}}. Among the dead were [[at least 38
    women|killed;a=the group;alt=The Sudan Doctors Network]] and [[27 children|killed;a=the
    group;alt=The Sudan Doctors Network]], the group said. It named [[11 villages|other;a=The
    Sudan Doctors Network]] where it said fighters had gone from house to house, among them Um
    Qurfa and Al-Shalluf. Volunteers said [[about 70 wounded|injured;a=Volunteers]] had reached
    El Obeid's teaching hospital by Monday night. [[An estimated 12,000
    people|displaced;a=IOM]] have fled the area towards El Obeid and Um Rawaba, IOM said. The
    RSF, which captured Bara on {{25 October}}, called the reports fabrications but said it had
    detained [[54 of its own fighters|arrested;a=The RSF]] for "violations".""",
)

item(
    "'They took us to the forest': a woman's account of an RSF raid",
    """Amna, {{19}}, was drawing water when the fighters arrived in her village near Al-Khuwei,
    in West Kordofan. "They took me and [[14 other women|kidnapped;a=Amna]] to a camp in the
    forest," she said, speaking by phone from El Obeid. The fighters also took [[seven
    boys|kidnapped;a=Amna]] to carry ammunition, she said. She was held for {{23 days}} until her
    family paid a ransom of {{4 million Sudanese pounds}}. [[Five of the
    women|missing;a=Amna]] have not been heard from since, she said. The Emergency Lawyers said
    they had documented the abduction of [[at least 160 women and girls|kidnapped;n=women and
    girls;a=The Emergency Lawyers]] in West Kordofan since January. UNFPA, the UN population
    agency, said [[about 1.2 million women and girls|civilians;v=1200000;n=women and
    girls;a=UNFPA]] in Kordofan were at risk of sexual violence. A clinic in El Obeid has
    treated [[87 survivors|injured;a=Dr Samia Hassan]] of rape since August, said Dr Samia
    Hassan, who runs it.""",
)

item(
    "Air strikes on Kauda kill 11 civilians, SPLM-N says",
    """The SPLM-N said on Saturday that army aircraft had bombed Kauda, its stronghold in the
    Nuba Mountains, killing [[11 civilians|killed;a=The SPLM-N]] and wounding
    [[16|injured;n=-;a=The SPLM-N]] at a market and a school. A witness said an {{Antonov
    An-26}} cargo plane had dropped [[at least eight bombs|other;u=other;a=A witness]], [[two of
    which|other;n=-;u=other;a=A witness]] did not explode. The army said it had struck RSF and
    SPLM-N fighters gathering near Kauda, killing [[about 70|killed;n=-;a=The army]]. Aid workers
    said the Mother of Mercy Hospital in Gidel, {{25 km}} away, had received [[14 of the
    wounded|injured;a=Aid workers]]. Kauda and the villages around it shelter [[tens of
    thousands of displaced people|displaced]] from Kadugli and Dilling.""",
)

item(
    "Three WFP drivers killed in attack on convoy in North Kordofan",
    """The World Food Programme said on Thursday that [[three drivers|killed;a=The World Food
    Programme]] were killed and [[two|injured;n=-;a=The World Food Programme]] wounded when
    gunmen attacked a convoy of [[15 trucks|aid;a=The World Food Programme]] near Um Sumeima,
    west of El Obeid. [[Five of the trucks|other;a=the agency;alt=The World Food Programme]] were
    set on fire, the agency said, and the food they carried, [[about 150 tonnes|other;a=the
    agency;alt=The World Food Programme]] of sorghum and pulses, was lost. [[The 10 undamaged
    trucks|aid]] reached El Obeid the next day. Local authorities blamed the RSF, which denied
    involvement. The UN said [[at least 128 aid workers|killed;a=The UN]] had been killed in
    Sudan since {{April 2023}}, the vast majority of them Sudanese. WFP suspended convoys on the
    road for {{two weeks}}. "Our drivers are civilians doing a civilian job," the agency's
    country director said.""",
)

item(
    "November was deadliest month in Kordofan, doctors' network says",
    """The Sudan Doctors Network said on Monday that [[611 civilians|killed;a=The Sudan Doctors
    Network]] were killed in North, South and West Kordofan in November, the highest monthly
    toll in the region since the war began. North Kordofan accounted for [[287|killed;n=-]],
    South Kordofan for [[201|killed;n=-]] and West Kordofan for [[123|killed;n=-]]. Drone
    strikes caused [[302 of the deaths|killed]], shelling [[151|killed;n=-]] and ground attacks
    the rest. The network also recorded [[1,040 injured|injured;a=The network;alt=The Sudan
    Doctors Network]], [[86 abductions|kidnapped;a=The network;alt=The Sudan Doctors Network]]
    and [[39 attacks|other;u=other;a=The network;alt=The Sudan Doctors Network]] on health
    facilities. It said the true numbers were probably higher, because phone networks were down
    in {{about 40%}} of the region.""",
)

item(
    "Residents report killings after RSF takes El Nuhud",
    """Residents of El Nuhud said Rapid Support Forces fighters killed [[dozens of
    people|killed;a=Residents of El Nuhud]] after taking the West Kordofan town on Thursday,
    including [[at least seven patients and medical staff|killed;n=patients and medical
    staff;a=Residents of El Nuhud]] at the town's hospital. The Emergency Lawyers put the toll
    at [[more than 300|killed;n=-;a=The Emergency Lawyers]]. Unicef said it had confirmed the
    deaths of [[at least 11 children|killed;a=Unicef]]. The RSF said it had "liberated" the town
    and captured [[about 450 soldiers|arrested;a=The RSF]], along with [[22 tanks and armoured
    vehicles|other;n=tanks and armoured vehicles;a=The RSF]]. IOM's DTM estimated that [[about
    55,000 people|displaced;a=IOM's DTM]] had fled El Nuhud, most of them towards El Obeid,
    {{about 200 km}} to the east. [[More than 90 shops|housing;a=traders]] in the town's
    livestock market were looted and burned, according to traders.""",
)

item(
    "Army frees detainees from RSF prison near Er Rahad",
    """The Sudanese army said on Tuesday it had freed [[137 detainees|arrested;a=The Sudanese
    army]] held by the Rapid Support Forces at a makeshift prison near Er Rahad, in North
    Kordofan, including [[23 women|arrested;a=The Sudanese army]]. The Emergency Lawyers said
    [[at least 19 detainees|killed;a=The Emergency Lawyers]] had died at the site from torture,
    hunger and disease since it opened in August, and that [[about 60
    more|missing;n=-;a=The Emergency Lawyers]] who had been held there were unaccounted for.
    Former detainees told Reuters they had been kept in shipping containers, [[as many as 40
    men|arrested;a=Former detainees]] to each. The army said it had also arrested [[17
    people|arrested;a=The army]] accused of running the prison for the RSF. The RSF said the
    site was a "correctional facility" for its own fighters.""",
)

item(
    "Drone strikes hit Dilling and El Obeid",
    """Drone strikes on Dilling and El Obeid on Monday killed [[five people|killed;a=local
    medical sources]] and wounded [[at least 13|injured;n=-;a=local medical sources]], local
    medical sources said. In Dilling, a drone hit a bakery shortly after {{6am}}, killing the
    baker and [[two customers|killed]]. In El Obeid, a drone exploded near the airport, and the
    army said it had shot down [[four|other;n=-;u=other;a=the army]] others over the city. The
    RSF has used long-range drones against army-held towns in Kordofan since the {{spring of
    2025}}.""",
)

item(
    "Gunmen kill worshippers at mosque in Al-Khuwei",
    """Gunmen on motorbikes opened fire on worshippers leaving dawn prayers at a mosque in
    Al-Khuwei, West Kordofan, on Friday, killing [[nine|killed;n=-;a=the Sudan Doctors Network]]
    and wounding [[14|injured;n=-;a=the Sudan Doctors Network]], the Sudan Doctors Network said,
    blaming the RSF. The network said [[four more|missing;n=-;a=The network;alt=the Sudan
    Doctors Network]] were missing and that the gunmen had seized [[six men|kidnapped;a=The
    network;alt=the Sudan Doctors Network]], including the imam. The town has changed hands
    {{three times}} since {{2024}}. Since the army retook Al-Khuwei in July, [[about 8,000
    people|returned;a=local authorities]] have returned, local authorities said, out of a
    pre-war population of [[about 30,000|civilians;n=-;a=local authorities]]. The RSF denied
    involvement.""",
)

item(
    "UN rights office says at least 80 civilians killed around Abu Kershola",
    """The UN human rights office said on Friday it had verified the killing of [[at least 80
    civilians|killed;a=The UN human rights office]] in attacks on villages around Abu Kershola,
    in South Kordofan, over {{10 days}}, and that the real number was probably higher. Jeremy
    Lanza, a spokesman for the office, told reporters in Geneva that [[at least 15 of the
    victims|killed;a=Jeremy Lanza]] appeared to have been summarily executed and that [[dozens
    of women|kidnapped;a=Jeremy Lanza]] had been abducted. Both the RSF and the SPLM-N's al-Hilu
    faction were operating in the area, he said. The office said army air strikes had killed
    [[another 12 civilians|killed;a=The office;alt=The UN human rights office]] in Abu Kershola
    town on {{3 December}}. [[More than 25,000 people|displaced;a=IOM]] have fled the area since
    the attacks began, according to IOM; [[several thousand|displaced;n=-;a=IOM]] are sheltering
    in schools and mosques in Rashad, {{about a third}} of them children.""",
)

# ------------------------------------------------------------------ texts without figures

item(
    "How drones changed the war in Kordofan",
    """The army's Turkish-made {{Bayraktar TB2}} drones have a range of about {{300 km}}, while
    the Iranian {{Mohajer-6}} can carry a payload of {{40 kg}}, according to analysts. The Rapid
    Support Forces, for their part, have used long-range kamikaze drones that analysts say can
    fly more than {{1,500 km}} at speeds of up to {{185 km/h}}. A cheap quadcopter converted to
    drop mortar rounds costs as little as {{$2,000}}, against {{$5 million}} or more for a
    military drone. Since {{mid-2024}}, strikes have reached as far as Port Sudan on the Red Sea,
    {{1,100 km}} from the front lines in Kordofan. The UN panel of experts said in its {{2025}}
    report that drone attacks accounted for {{about 60%}} of civilian deaths in the region in the
    {{first}} half of the year.""",
)

item(
    "Lawyers' report on Kordofan abuses goes to UN fact-finding mission",
    """The Emergency Lawyers said on {{10 December}} that they had submitted their report on
    abuses in Kordofan to the UN fact-finding mission for Sudan, covering the period from {{15
    April 2023}} to {{30 September 2025}}. The group said the attacks it documented could amount
    to war crimes under {{Article 8}} of the Rome Statute and, in some cases, to crimes against
    humanity under {{Article 7}}. The mission, created by Human Rights Council resolution
    {{54/2}} in {{October 2023}}, had its mandate extended for {{one year}} in {{October 2025}}.
    Its chair told the council in Geneva that the {{third}} year of the war had been the worst
    for civilians in Kordofan. The lawyers, most of them now in exile, have worked together
    since {{2019}}, when the group was founded during the protests against Omar al-Bashir.""",
)
