from _wrap import item

"""Arrests, detention, trials, executions, abductions, amnesties and conscription, 2021-2026,
as the AAPP, the junta, the NUG, rights groups and the wires count them."""


item(
    "AAPP: political prisoner count passes 20,000",
    """The number of people held for political reasons in Myanmar has passed [[20,000|arrested;a=the
    Assistance Association for Political Prisoners]] for the first time, the Assistance
    Association for Political Prisoners said on Tuesday. The group, which has counted arrests
    since the coup of {{February 1, 2021}}, said [[25,894 people|arrested;a=The group;alt=the
    Assistance Association for Political Prisoners]] had been arrested in all and that
    [[20,107|arrested;a=The group;alt=the Assistance Association for Political
    Prisoners;n=-]] were still in detention. It also recorded [[4,474 people|killed;a=the Assistance Association for Political Prisoners]] killed by the military and its allies.
    The AAPP says its figures are verified case by case and are likely to be an undercount. The
    junta has called the group's figures "fabricated". In the past month alone, it said, [[312 people|arrested;a=the Assistance Association for Political Prisoners]] were arrested, [[55 of them women|arrested;a=the Assistance Association for Political Prisoners;n=women]].
    [[Nearly 1,800|killed;n=-]] of the dead were killed in custody or during raids, rather than in battle.""",
)

item(
    "Four pro-democracy activists executed in Myanmar's first executions in decades",
    """Myanmar's junta has executed [[four democracy activists|killed;a=state media]],
    including former lawmaker Phyo Zeya Thaw and veteran campaigner Ko Jimmy, state media
    reported on Monday, the country's first judicial executions since the late {{1980s}}. The
    men had been sentenced to death in closed trials in {{January}} and {{April}}. The
    Assistance Association for Political Prisoners said [[117 people|arrested;a=The Assistance
    Association for Political Prisoners]] were under sentence of death, [[41 of them|arrested;a=The
    Assistance Association for Political Prisoners;n=-]] sentenced in absentia. Ko Jimmy,
    {{53}}, was a leader of the {{1988}} student uprising. The UN special rapporteur, Tom
    Andrews, said he was "outraged and devastated". Relatives of the executed men said the bodies had not been returned to them.
    [[Dozens of people|arrested;a=local media]] who held flash protests in Yangon and Mandalay the next day were detained, local media reported, among them [[at least six students|arrested;a=local media]]. The NUG said [[about 70 of its supporters|arrested;a=The NUG;n=supporters]] were on death row.""",
)

item(
    "Amnesty frees thousands but few political prisoners, monitors say",
    """The junta freed [[5,864 prisoners|other;a=the prison department]] in an amnesty to mark
    the Buddhist new year, the prison department said on Wednesday, and commuted the death
    sentences of [[38 others|other;a=the prison department]] to life imprisonment. Among those
    released were [[about 200 foreigners|returned;a=state media;p]], who would be
    deported, state media said. Political prisoner groups said they had confirmed the release of
    [[fewer than 300|other;a=Political prisoner groups;n=-]] people held for opposing military
    rule. "[[Hundreds of people|arrested;a=an AAPP researcher]] are arrested every month," an AAPP researcher said, "so an amnesty
    like this does not change the numbers." Aung San Suu Kyi, {{79}}, who is serving a sentence
    of {{27 years}}, was not among them. A previous amnesty in {{January}} freed [[9,652 inmates|other;a=the prison department]], of whom [[114|other;a=the prison department;n=-]] were political prisoners, the prison department said at the time.""",
)

item(
    "Conscription law: first batch of recruits begins training",
    """The first [[5,000 conscripts|combatants;a=the junta]] called up under Myanmar's
    People's Military Service Law began training in {{April}}, the junta said, and it plans to
    draft [[60,000 people a year|combatants;a=the junta;p;n=people]]. Men {{aged 18 to 35}} and
    women {{aged 18 to 27}} can be called up for {{two years}}, extendable to {{five}} in an
    emergency. Rights groups said the law had set off an exodus: the Thai labour ministry said
    [[about 40,000 Myanmar workers|displaced;a=the Thai labour ministry]] had crossed the
    border legally in the {{six weeks}} after the law was activated, and many more without
    papers. In rural Magway and Bago, local media reported, soldiers and ward officials rounded
    up [[dozens of young men|kidnapped;a=local media]] at night and sent them to training camps.
    Junta spokesman Zaw Min Tun said [[14,000 people|other;a=Junta spokesman Zaw Min
    Tun]] had volunteered. The Institute for Strategy and Policy estimated that [[between 4,000 and 6,000 conscripts|combatants;a=The Institute for Strategy and Policy]] were being sent to units each month.""",
)

item(
    "Villagers used as porters and human shields, Karen group says",
    """Soldiers retreating from Karen state's Hpapun district forced [[at least 30
    villagers|kidnapped;a=the Karen Human Rights Group]] to carry ammunition and walk ahead of
    their column as human shields, the Karen Human Rights Group said on Thursday. [[Two of the
    porters|killed;a=the group;alt=the Karen Human Rights Group;n=porters]] were killed when
    they stepped on landmines and [[four|missing;a=the group;alt=the Karen Human Rights
    Group;n=-]] have not been seen since, the group said. [[Eleven|other;n=-]] escaped into the
    jungle during an ambush by Karen National Liberation Army fighters. The group has
    documented the use of [[more than 500 civilians|kidnapped;a=The group;alt=the Karen
    Human Rights Group]] as forced porters in southeast Myanmar since {{2021}}. It said troops had also burned [[27 houses|housing;a=the Karen Human Rights Group]] in [[two villages|other;a=the Karen Human Rights Group]] on their way out.""",
)

item(
    "Mass arrests in Yangon after bomb blasts",
    """Security forces arrested [[at least 70 people|arrested;a=residents and the AAPP]] in
    [[three townships|other;a=residents and the AAPP;u=other]] of Yangon after a series of
    small bomb blasts near government offices, residents and the AAPP said. State television
    said [[12 suspects|arrested;a=State television]] had confessed to belonging to an urban
    guerrilla cell and that [[five explosive devices|other;a=State television]] had been
    seized. Relatives said [[some 20 of those held|missing;a=Relatives;n=-]] had not been seen
    since their arrest and that the authorities would not say where they were held. The
    interrogation centres of the Yangon region have held [[thousands of detainees|arrested;a=rights
    groups]] since the coup, rights groups say. [[Some 15 of those arrested|arrested;n=-]] were later charged under the counterterrorism law.""",
)

item(
    "Arakan Army says it holds hundreds of captured soldiers",
    """The Arakan Army said on Sunday that it was holding [[more than 700 soldiers|combatants;a=The
    Arakan Army]] and police who surrendered or were captured when it overran the military's
    Western Command headquarters in Ann, including [[two brigadier-generals|combatants;a=The
    Arakan Army;n=brigadier-generals]]. It said [[about 400 family members|other;a=The Arakan Army]] of the soldiers had also been taken in and would be "sent to safe places". A
    spokesman, Khaing Thu Kha, said the group had seized [[over 1,000 weapons|other;a=A
    spokesman, Khaing Thu Kha]]. The junta has not commented on the fall of the base. Human
    Rights Watch urged the group to treat prisoners in line with the laws of war. The Arakan Army also said it had freed [[about 150 civilians|kidnapped;a=The Arakan Army]] held as forced labourers inside the base.
    The military had stationed [[up to 3,000 troops|combatants;a=analysts]] in Ann before the offensive, analysts estimated.""",
)

item(
    "Teenagers abducted for the army in Ayeyarwady delta, families say",
    """Men in plain clothes took [[at least 15 young men|kidnapped;a=families and a local
    aid worker]] from tea shops and bus stops in Pathein over {{three nights}} last week, families
    and a local aid worker told AFP, in what they said was forced recruitment for the army.
    [[Three of them|kidnapped;a=families and a local aid worker;n=-]] were {{aged 16 or 17}},
    the families said, below the legal age for conscription. Ward officials in the town have
    been told to provide [[10 recruits|combatants;p;a=a former official]] for each of the monthly call-ups, a former
    official said. [[Nine|returned;n=-;a=relatives]] of those taken have since come home after
    their families paid bribes of up to {{5 million kyat}}, relatives said. A lawyer in the town said [[more than 200 men|kidnapped;a=A lawyer in the town]] had been taken in Pathein district since conscription began, and that [[dozens|displaced;a=A lawyer in the town;n=-]] more had fled to Yangon to avoid the call-up.""",
)

item(
    "NUG says junta holds thousands in Insein and Obo prisons",
    """Myanmar's prisons hold [[about 80,000 inmates|arrested;a=the National Unity Government's
    human rights ministry]], far above their capacity of [[around 60,000|capacity;a=the National
    Unity Government's human rights ministry;n=-]], the National Unity Government's human
    rights ministry said in a report. It said [[at least 96 political prisoners|killed;a=the National Unity Government's human rights ministry]] had died in custody since {{2021}}, some after torture
    and others from untreated illness. Mandalay's Obo prison alone holds [[more than 1,500
    political prisoners|arrested;a=the report]], the report said, citing former inmates.
    [[Dozens of women prisoners|other;a=the report]] went on hunger strike in Insein in
    {{October}} over conditions, the report added. The ministry said it plans to open [[three more offices|other;a=The ministry;alt=the National Unity Government's human rights ministry;u=structure;p]] to document abuses in detention.""",
)

item(
    "Thailand sends back Myanmar migrants despite conscription fears",
    """Thai immigration police handed [[about 450 Myanmar nationals|returned;a=a Thai immigration
    official]] to junta authorities at the Myawaddy bridge on Thursday, a Thai immigration official
    said, the largest single deportation since the conscription law took effect. Rights groups
    said [[at least 20 of them|returned;a=Rights groups;n=-]] were men of draft age who had
    deserted or fled call-up notices. The Thai authorities say they deport [[roughly 1,000
    undocumented workers|returned;a=The Thai authorities]] to Myanmar each month. Another
    [[1,200 migrants|arrested;a=The Thai authorities]] were being held in immigration
    detention in Tak province awaiting deportation, they said. Myawaddy has been contested by
    the army, the Karen National Union and a border guard force since {{2024}}. Of those sent back in the past year, [[at least 12|arrested;a=a Thai rights group;n=-]] were arrested by the junta on arrival, a Thai rights group said. Thai police said [[about 70 of the deportees|returned;a=Thai police;n=deportees]] had been caught working in Bangkok factories.""",
)

item(
    "Death sentences for students accused of Yangon shootings",
    """A military court in Yangon's Insein prison sentenced [[seven university
    students|arrested;a=the Assistance Association for Political Prisoners]] to death for
    the shooting of a former army officer, the Assistance Association for Political Prisoners
    said, bringing to [[139|arrested;a=the Assistance Association for Political
    Prisoners;n=-]] the number of people sentenced to death since the coup. The students, aged
    between {{18 and 24}}, were arrested in {{April}}. Their lawyers were not allowed in court,
    a relative said. The court also jailed [[four other defendants|arrested]] for {{10
    years}} each. The UN children's agency said it was "deeply concerned". Since the coup, the group said, [[at least 1,900 students|arrested;a=the group;alt=the Assistance Association for Political Prisoners]] have been arrested, and [[about 600|arrested;a=the group;alt=the Assistance Association for Political Prisoners;n=-]] remain in prison.
    [[Two|injured;n=-]] of the seven were already wounded when they were caught.""",
)

item(
    "Junta troops accused of detaining monks and novices in Sagaing raid",
    """Soldiers raided a monastery in Khin-U township on Saturday and detained [[at least 25
    people|arrested;a=a local resistance group and residents]], including the abbot and [[eight
    novice monks|arrested;a=a local resistance group and residents]], a local resistance group and residents said. [[About 60 people|displaced]]
    had been sheltering in the monastery compound after fleeing their village. Residents said
    the soldiers set fire to [[two buildings|housing;a=Residents]] and took [[three
    motorcycles|other;a=Residents]]. The army's True News Information Team said troops had
    arrested "terrorist supporters". Residents said [[four of those detained|arrested;a=Residents;n=-]] were released the next day and that [[one villager|killed;a=Residents]] was shot dead as he tried to flee.""",
)

item(
    "Junta hands down sentences to hundreds after Myawaddy crackdown",
    """Courts in Myawaddy have jailed [[more than 260 people|arrested;a=the Karen Women's
    Organisation]] since the army retook parts of the town in {{2024}}, the Karen Women's
    Organisation said on Monday, among them [[42 women|arrested;a=the Karen Women's
    Organisation]]. Most were charged under Section {{505A}} of the penal code, which carries a
    sentence of up to {{three years}}. The group said [[18 people|killed;a=The group;alt=the Karen Women's
    Organisation]] had been killed in detention or while trying to escape. [[Another
    seven|missing;n=-]] are missing. The organisation said it was supporting [[about 90 families|aid;a=The organisation;alt=the Karen Women's Organisation]] of those jailed and [[15 women|other;a=The organisation;alt=the Karen Women's Organisation]] released after serving their sentences.""",
)

item(
    "AAPP says it has verified more than 6,000 deaths since coup",
    """The Assistance Association for Political Prisoners said on Monday it had verified the
    deaths of [[6,231 people|killed;a=The Assistance Association for Political Prisoners]]
    killed by the junta and its allies since {{February 2021}}, including [[more than 700
    children|killed;a=The Assistance Association for Political Prisoners]]. It counted
    [[29,560 arrests|arrested;a=The Assistance Association for Political Prisoners]], of which
    [[22,194|arrested;a=The Assistance Association for Political Prisoners;n=-]]
    people remained in custody. The group noted that [[at least 1,500 people|killed;a=The
    group;alt=The Assistance Association for Political Prisoners]] died in air and artillery
    strikes. Its figures do not include deaths on the resistance side or among soldiers.
    Analysts say the real toll of the war, counting combatants, is many times higher. The group said [[at least 170 people|killed;a=The group;alt=The Assistance Association for Political Prisoners]] had been killed in the month after the earthquake alone.
    It also lists [[more than 300 people|missing;a=The Assistance Association for Political Prisoners]] whose families do not know whether they are alive.""",
)

item(
    "Aung San Suu Kyi's sentence reduced in partial pardon",
    """Myanmar's military leader reduced Aung San Suu Kyi's prison term by {{six years}}
    on Tuesday in a partial pardon, state media said, leaving her with {{27 years}} to serve of
    the {{33}} she was sentenced to after the {{2021}} coup. The Nobel laureate, who turned
    {{80}} in {{June 2025}}, is believed to be held in Naypyitaw. Her son said in {{2024}} that he
    had not heard from her in {{more than a year}}. The pardon was announced on a Buddhist holiday
    and came with the junta's {{fourth}} extension of the state of emergency, to {{January 31}}.""",
)

item(
    "Journalists behind bars in Myanmar, four years on",
    """Myanmar ranked {{169th}} of {{180}} countries in the {{2025}} World Press Freedom Index, the
    press group Reporters Without Borders said. Frontier Myanmar and the Irrawaddy had their
    licences revoked in {{March 2021}}, and Myanmar Now's staff moved to Thailand. A
    photojournalist detained in {{2023}} was given {{20 years}} under the counterterrorism law,
    the longest sentence handed to a reporter since the coup. The press group said Myanmar was
    the world's {{second}} largest jailer of journalists after China.""",
)
