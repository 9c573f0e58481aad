"""South Sudan, 2016-2025: cattle raids and revenge attacks in Jonglei, Pibor, Warrap, Lakes,
Unity and Abyei; abducted children, disarmament, peacekeepers, camps, relief, peace meetings."""

from _wrap import item

item(
    "Cattle raid in Jonglei leaves 31 dead",
    """Armed youths from the Greater Pibor Administrative Area attacked cattle camps in
    Jonglei's Twic East county on Saturday, killing [[31 people|killed;a=county commissioner Dau
    Akoi]] and driving off [[about 7,000 head of cattle|other;a=county commissioner Dau Akoi]],
    county commissioner Dau Akoi told Radio Tamazuj. He said [[19 people|injured;a=county
    commissioner Dau Akoi]] were wounded and [[eight children|kidnapped;a=county commissioner
    Dau Akoi]] had been abducted. The raid was the {{third}} in the county since {{January}}.""",
)

item(
    "Abducted children handed back at Pibor ceremony",
    """[[Forty-three women and children|kidnapped;n=women and children;a=the United Nations
    Mission in South Sudan]] abducted during raids in Jonglei were handed back to their families
    in Pibor town on Thursday, the United Nations Mission in South Sudan said. The mission said
    [[at least 90 abductees|kidnapped;a=The mission;alt=the United Nations Mission in South
    Sudan]] were still held by armed groups in the region. The youngest of those released was
    {{two years old}}.""",
)

item(
    "Revenge killings in Tonj East",
    """Fighting between the Luanyjang and Jalwau sections of Tonj East county in Warrap State
    killed [[at least 24 people|killed;a=Warrap State's information minister]] on Tuesday and
    Wednesday, Warrap State's information minister said. [[Thirty-seven wounded|injured]] were
    flown to the state hospital in Kuajok by the International Committee of the Red Cross. The
    minister said [[some 200 soldiers|combatants;a=The minister]] had been sent to separate the
    two sides.""",
)

item(
    "Rumbek cattle camp attack",
    """Gunmen attacked a cattle camp near Rumbek in South Sudan's Lakes State before dawn on
    Sunday, killing [[11 herders|killed;a=police]] and wounding [[14 others|injured;a=police]],
    police said. The attackers made off with [[more than 1,000 cows|other;u=other;a=police
    spokesman Elijah Mabor Makuac]], police spokesman Elijah Mabor Makuac said by phone. The
    state has banned the carrying of guns in cattle camps since {{2021}}.""",
)

item(
    "Twic and Ngok clashes displace thousands near Agok",
    """Clashes between Twic Dinka and Ngok Dinka youths around Agok displaced [[more than 38,000
    people|displaced;a=the UN Office for the Coordination of Humanitarian Affairs]], the UN
    Office for the Coordination of Humanitarian Affairs said in an update on Friday. Most fled
    south to Abyei town and to Rumamer, where [[two new sites|capacity;u=other]] have been set
    up. OCHA said [[1,800 shelters|housing;a=OCHA]] had been burned in Agok market and
    surrounding villages.""",
)

item(
    "Tambura violence empties town",
    """Fighting between Zande and Balanda militias in Tambura, Western Equatoria, has forced
    [[some 20,000 people|displaced;a=aid agencies]] to flee, aid agencies said, many of them to
    a Catholic church compound where [[about 8,000|displaced;a=aid agencies]] now sleep. "We
    counted [[1,100 burned homes|housing;a=Bishop Eduardo Kussala]] in Tambura alone," said
    Bishop Eduardo Kussala. A {{30-day}} ceasefire negotiated by local chiefs broke down after
    {{five days}}.""",
)

item(
    "Malakal camp takes in new arrivals",
    """[[About 2,000 people|displaced;a=the International Organization for Migration]] have
    arrived at the protection of civilians site in Malakal since clashes between Shilluk and
    Nuer fighters in Tonga, the International Organization for Migration said on Monday. The
    site, built for [[12,000 people|capacity;a=the agency;alt=the International Organization for
    Migration]], now shelters [[more than 37,000|displaced;a=the agency;alt=the International
    Organization for Migration]], the agency said. Aid workers said the site had only [[310
    latrines|aid;a=Aid workers]].""",
)

item(
    "Mundari and Bari herders clash near Terekeka",
    """Clashes between Mundari cattle keepers and Bari farmers near Terekeka killed [[nine
    people|killed;a=state officials]] and left [[at least 23|injured;a=state officials]]
    wounded, state officials said on Wednesday. They said [[about 400 cattle|other;a=state
    officials]] were driven across the Nile and [[three villages|housing;a=state officials]] set
    alight. Central Equatoria's governor ordered the herders to leave the county within {{seven
    days}}.""",
)

item(
    "Youth mobilisation on Pibor alarms UN",
    """The United Nations said on Tuesday that [[thousands of armed youths|combatants;a=The
    United Nations]] from Jonglei and Upper Nile were marching on the Greater Pibor
    Administrative Area. The UN mission said it had flown [[150 peacekeepers|combatants;a=The UN
    mission]] to Gumuruk and Lekuangole. "[[Up to 30,000 people|displaced;p;a=a UN humanitarian
    official]] could be forced from their homes," a UN humanitarian official said.""",
)

item(
    "Disarmament drive collects guns in Lakes State",
    """Soldiers collected [[3,200 guns|other;a=the army]] from cattle keepers in Lakes State in
    the first {{two months}} of a disarmament campaign, the army said. An army spokesman said
    [[67 people|arrested;a=An army spokesman]] had been detained for refusing to hand over
    weapons and [[six soldiers|killed;a=An army spokesman]] had been killed in a shootout with
    armed youths in Cueibet.""",
)

item(
    "Mobile court in Rumbek convicts 24",
    """A special mobile court sitting in Rumbek convicted [[24 people|arrested]] of murder and
    cattle theft after hearing [[57 cases|other]] over {{three weeks}}. The court, funded by the
    UN Development Programme, sentenced [[nine of them|arrested;n=-]] to {{10 years}} in prison
    and ordered the return of [[412 cows|other;u=other]] to their owners.""",
)

item(
    "MSF treats wounded from Pibor clashes",
    """Doctors Without Borders said on Friday it had treated [[57 people|injured;a=Doctors
    Without Borders]] for gunshot wounds at its clinic in Pibor in {{10 days}}, including [[16
    women|injured;a=Doctors Without Borders]] and [[nine children|injured;a=Doctors Without
    Borders]]. It said its staff had been forced to shelter in a bunker twice.""",
)

item(
    "WFP airdrops food to cut-off Jonglei counties",
    """The World Food Programme said on Thursday that it had airdropped [[530 tonnes of
    food|aid;n=tonnes;u=other;a=The World Food Programme]] to Pibor and Akobo, where fighting
    has blocked roads, enough to feed [[about 60,000 people|aid;a=The World Food Programme]] for
    a month. WFP said the operation cost {{$4 million}} and that an airdrop costs about {{seven
    times}} as much as road delivery.""",
)

item(
    "Peace meeting in Pieri brings returns",
    """[[More than 3,000 people|returned;a=the county commissioner]] have returned to villages
    in Uror county since a peace conference between Lou Nuer and Murle elders in Pieri last
    month, the county commissioner said. The {{four-day}} meeting, attended by [[around 400
    chiefs, elders and youth leaders|other;n=chiefs, elders and youth leaders]], agreed to
    return abducted children and to compensate each family that lost a member with [[31
    cows|other;u=other;p]].""",
)

item(
    "Mayom fighting kills police officers",
    """Gunmen killed [[four police officers|killed;a=Unity State's police commissioner]] and
    [[three civilians|killed;a=Unity State's police commissioner]] in Mayom county on Monday
    while trying to recover [[about 500 cattle|other;a=Unity State's police commissioner]]
    raided from a neighbouring county, Unity State's police commissioner said. He said [[120
    more officers|combatants;p;a=Unity State's police commissioner]] would be deployed to Mayom
    this week.""",
)

item(
    "Magwi orders Dinka herders to leave",
    """Authorities in Magwi county, Eastern Equatoria, gave cattle keepers from Jonglei {{72
    hours}} to leave after clashes with Madi farmers that killed [[five
    people|killed;a=Authorities in Magwi county]], the authorities said. Farmers said sorghum on
    more than {{200 acres}} had been trampled, while herders said [[60 of their
    cows|killed;u=other;n=cows;a=herders]] had been speared.""",
)

item(
    "Missing after boat raid in Koch",
    """[[Twenty-one people|missing;a=local officials]] are missing after gunmen attacked canoes
    carrying fishermen and their families across the swamps of Koch county, local officials said
    on Saturday. The bodies of [[six people|killed]] were found near Nyal. The officials said
    the attackers came from neighbouring Panyijiar.""",
)

item(
    "Relief reaches families uprooted in Lakes",
    """The South Sudan Red Cross distributed [[2,500 household kits|aid;n=kits]] in Cueibet on
    Wednesday to families who fled clashes between the Gak and Manuer sections last month. The
    kits hold blankets, mosquito nets and cooking pots. [[About 14,000 people|displaced;a=The
    South Sudan Red Cross]] remain in the bush around Cueibet, it said.""",
)
