"""dev80 items: Sudan and eastern Chad, South Sudan, Somalia, Ethiopia."""

from _wrap import item

item(
    "El Fasher: children killed in shelling near hospital",
    """UNICEF said [[at least 31 children|killed;a=UNICEF]] had been killed and
    [[dozens|injured;a=UNICEF]] injured in {{four days}} of shelling around the Saudi hospital in El
    Fasher, the last functioning maternity facility in the city. [[Some 130,000
    children|civilians;a=UNICEF]] remain trapped in the besieged city, it said.""",
)

item(
    "Sudan's education emergency",
    """Save the Children said [[about 19 million children|civilians;a=Save the Children]] in Sudan
    were out of school, and that [[more than 10,400 schools|other;a=Save the Children]] in
    conflict-affected states had closed. In the states that still have schools open, [[at least
    1,000 schools|capacity;a=the charity;alt=Save the Children]] are sheltering displaced families,
    the charity added.""",
)

item(
    "UN report: grave violations against children in Sudan surge",
    """The UN verified [[1,512 grave violations|other;a=The UN;u=other]] against children in Sudan
    in {{2023}}, {{about five times}} the number of the year before, including the killing of [[480
    children|killed;a=The UN]] and the maiming of [[764|injured;a=The UN]]. Most were attributed to
    the Rapid Support Forces and the Sudanese Armed Forces.""",
)

item(
    "Rape of children documented in Sudan",
    """UNICEF said it had documented [[221 cases|other;a=UNICEF]] of rape against children in
    Darfur, Khartoum and Kordofan since the start of the year, [[16 of
    them|other;a=UNICEF;n=-;u=other]] involving children {{under five}}.
    [[Sixty-six|other;a=UNICEF]] of the survivors were boys, it said.""",
)

item(
    "Zamzam assault: children among the dead",
    """[[More than 400 people|killed;a=the UN]], [[at least 20 of them children|killed;a=the UN]],
    were killed when the Rapid Support Forces overran Zamzam camp, the UN said. [[About 400,000
    people|displaced;a=the IOM]] fled to Tawila and El Fasher, and [[some 2,000
    children|displaced;a=the IOM]] arrived in Tawila without their parents, according to the
    IOM.""",
)

item(
    "Unaccompanied children cross into Chad",
    """UNHCR said [[some 2,300 unaccompanied and separated children|displaced;a=UNHCR]] had been
    registered among refugees arriving in eastern Chad since {{April}}, and that arrivals through
    Adre had risen to [[up to 600 people a day|displaced;a=UNHCR]]. {{About 60%}} of the new
    arrivals are children.""",
)

item(
    "Child recruitment in Sudan",
    """The UN verified the recruitment and use of [[209 children|combatants;a=The UN]] by parties to
    the conflict in Sudan in {{2023}}, [[143 of them|combatants;a=The UN;n=-]] by the Rapid Support
    Forces and [[37|combatants;a=The UN]] by the armed forces and allied militias. Boys {{as young
    as 12}} were seen at checkpoints in Khartoum, monitors said.""",
)

item(
    "Malnutrition among Sudan's children",
    """UNICEF projects that [[3.7 million children|civilians;p;a=UNICEF]] in Sudan will be acutely
    malnourished this year, [[730,000 of them|civilians;p;a=UNICEF;n=-]] severely. With its partners
    it admitted [[more than 431,000 children|aid]] for treatment of severe acute malnutrition in
    {{2024}}.""",
)

item(
    "Drone strike on Koranic school in North Kordofan",
    """A drone strike on a Koranic school in El Obeid killed [[11 pupils|killed;a=a local official]]
    and [[a teacher|killed;a=a local official;v=1;q=exact]], a local official said, and wounded [[at
    least 17 other children|injured;a=a local official]]. The school taught boys from nearby
    displacement camps.""",
)

item(
    "Girls abducted in Gezira raids",
    """Residents of villages east of Wad Madani said fighters had taken [[dozens of
    girls|kidnapped;a=Residents of villages east of Wad Madani]] during raids in {{October}}. The
    Sudan Doctors Network said [[at least 27 girls|missing;a=The Sudan Doctors Network]] remained
    unaccounted for and that [[124 people|killed;a=The Sudan Doctors Network]] had been killed in
    the village of Al-Sireha.""",
)

item(
    "Children released by armed group in Western Equatoria",
    """The UN mission in South Sudan said [[64 children|combatants;a=The UN mission in South
    Sudan]], [[22 of them girls|combatants;a=The UN mission in South Sudan]], had been formally
    released by an armed group in Western Equatoria and would receive reintegration support. [[About
    19,000 children|combatants;a=UNICEF]] are still estimated to be in the ranks of armed groups in
    the country, UNICEF said. Each child receives a reintegration package worth {{$150}} over {{six
    months}}. The same group released [[more than 300 children|combatants]] in {{2018}}.""",
)

item(
    "Renk: children among the arrivals from Sudan",
    """The IOM has counted [[more than 850,000 arrivals|displaced;a=The IOM]] from Sudan at the Joda
    crossing near Renk since {{April 2023}}, more than half of them children. Aid workers registered
    [[2,800 unaccompanied children|displaced]] at the transit centre, where [[about 12,000
    people|displaced]] wait for onward transport.""",
)

item(
    "Cattle raid in Jonglei: children taken",
    """Armed youths abducted [[at least 40 children|kidnapped;a=county officials]] and [[12
    women|kidnapped;a=county officials]] in a cattle raid in Jonglei, killing [[32
    people|killed;a=county officials]] and stealing [[about 2,000 head of cattle|other;a=county
    officials]], county officials said. [[Eleven of the children|kidnapped]] were later found near
    Pibor.""",
)

item(
    "South Sudan's school year begins",
    """South Sudan's school year began on {{3 March}}, {{two weeks}} late, with the government
    saying it would pay teachers' arrears from {{2023}}. The education ministry says {{seven in
    ten}} children {{aged 6 to 17}} are not in school, and its budget of {{$47 million}} covers
    {{less than a tenth}} of what is needed.""",
)

item(
    "Schools occupied by troops in South Sudan",
    """A monitoring group said [[26 schools|other;a=A monitoring group]] in Unity and Upper Nile
    were occupied by soldiers or armed groups at the end of the year, depriving [[about 9,000
    pupils|civilians;a=A monitoring group]] of classrooms. [[Four of the schools|other]] had been
    used as barracks since {{2017}}.""",
)

item(
    "Al-Shabaab abductions of children",
    """The UN verified the abduction of [[1,430 children|kidnapped;a=The UN]] in Somalia in
    {{2023}}, [[more than 1,200 of them|kidnapped;a=The UN;n=-]] by al-Shabaab, mostly for
    recruitment. It also verified the recruitment and use of [[1,821 children|combatants;a=The UN]],
    and [[about 400|killed;a=The UN]] killed.""",
)

item(
    "Al-Shabaab demands boys from elders",
    """Al-Shabaab ordered elders in Middle Juba to hand over [[up to 150
    boys|combatants;p;a=residents]] {{aged 10 to 15}} for its madrassas within {{a month}},
    residents told reporters. [[Dozens of families|displaced]] have since fled to Kismayo with their
    sons, and [[at least 30 boys|displaced]] arrived at a camp for the displaced there this
    week.""",
)

item(
    "Unexploded shell kills children in Baidoa",
    """[[Five children|killed;a=police]] were killed and [[three|injured;a=police]] injured when an
    old mortar shell they had found while herding goats exploded on the outskirts of Baidoa, police
    said. The children were {{between 8 and 13}}.""",
)

item(
    "Somalia: out-of-school children",
    """The education ministry says [[about 4.8 million children|civilians;a=The education ministry]]
    in Somalia are out of school, many of them in displacement camps around Mogadishu and Baidoa.
    Education Cannot Wait said its programme had enrolled [[more than 62,000 displaced
    children|aid;a=Education Cannot Wait]] since {{2022}}.""",
)

item(
    "Reintegration of former child soldiers in Somalia",
    """UNICEF said [[more than 1,700 children|aid;a=UNICEF]] formerly associated with armed groups
    had received reintegration support in {{2024}}, including vocational training. [[About 240 of
    them|aid;a=UNICEF;n=-]] were girls, it said.""",
)

item(
    "Tigray's schools after the war",
    """Tigray's education bureau said [[more than 2,400 schools|housing;a=Tigray's education
    bureau]] had been damaged or looted during the war, and that [[about 1.4 million
    children|civilians;a=Tigray's education bureau]] were still out of school. [[Nearly 600
    schools|capacity;a=the bureau;alt=Tigray's education bureau]] still house displaced people, the
    bureau said.""",
)

item(
    "Drone strike near school in Amhara",
    """A drone strike near a primary school in the Amhara region killed [[at least 13
    people|killed;a=witnesses]], [[eight of them students|killed;a=witnesses]], witnesses said, and
    wounded [[about 20|injured;a=witnesses]]. The pupils had gathered for a {{Grade 8}} exam.""",
)

item(
    "Amhara: teachers killed and schools shut",
    """The Ethiopian Teachers Association said [[at least 20 teachers|killed;a=The Ethiopian
    Teachers Association]] had been killed in Amhara and [[dozens|kidnapped;a=The Ethiopian Teachers
    Association]] abducted for ransom since fighting began. Regional officials said [[3,600
    schools|other;a=Regional officials]] had closed, keeping [[more than 4 million
    children|civilians;a=Regional officials]] out of class.""",
)

item(
    "Oromia: students detained",
    """Security forces in Oromia detained [[more than 70 secondary school students|arrested;a=a
    human rights group]] after protests over the killing of a classmate, a human rights group said.
    [[Nine of them|arrested;a=the group;alt=a human rights group;n=-]] were {{under 15}}, the group
    added.""",
)

item(
    "Shelling of Kadugli kills children",
    """Shelling of Kadugli in South Kordofan killed [[seven children|killed;a=the state health
    ministry]] and wounded [[at least 12|injured;a=the state health ministry]], the state health
    ministry said, and hit [[a primary school|housing;a=the state health ministry;v=1;q=exact]] that
    was sheltering [[about 90 displaced families|displaced;a=the state health ministry]]. [[About
    18,000 people|displaced]] have fled the town since {{May}}.""",
)
