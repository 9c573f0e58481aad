"""Items of dev248: Colombia, Myanmar and the Philippines."""

from _wrap import item

item(
    "FARC begins handing weapons to UN as demobilisation zones fill",
    """BOGOTA, {{March 2017}} - [[About 6,900 FARC fighters|combatants;a=the United Nations
    mission]] have now gathered in the [[26 transition zones|capacity;u=other]] set up under last year's
    peace accord, the United Nations mission in Colombia said on Wednesday, and the rebels have
    begun handing their weapons to UN monitors. The mission said it had registered [[7,132
    weapons|other;a=The mission;alt=the United Nations mission]] and expected to collect [[roughly
    8,000|other;p;a=The mission;alt=the United Nations mission;n=-;u=other]] by the end of the process.
    The government said [[more than 1,000 militia members|combatants;a=The government]], the
    guerrillas' urban support network, were also being registered. Construction delays mean that
    [[fewer than 10|capacity;u=other;a=the ombudsman's office]] of the zones have finished housing, the
    ombudsman's office said, and [[hundreds of former fighters|displaced;a=the ombudsman's office]]
    are still sleeping in tents. The FARC handed over [[86 minors|combatants;a=the International
    Committee of the Red Cross]] in {{2016}}, according to the International Committee of the Red
    Cross, though the government says [[at least 200 more|combatants;a=the government;n=-]] were
    never released.""",
)

item(
    "Colombia's reincorporation agency counts ex-combatants killed since peace deal",
    """BOGOTA - [[More than 400 former FARC combatants|killed;a=the peace party Comunes]] have
    been killed since the {{2016}} peace agreement, the peace party Comunes said on Monday,
    blaming dissident groups, drug gangs and paramilitary successors. The UN verification mission
    has confirmed [[412 killings|killed;a=The UN verification mission;u=person]], along with [[48
    disappearances|missing;a=The UN verification mission;u=person]] and [[139 attempted
    murders|injured;a=The UN verification mission;u=person]]. Colombia's Agency for Reincorporation
    and Normalisation (ARN) says [[some 11,000 ex-combatants|aid;a=Colombia's Agency for
    Reincorporation and Normalisation]] remain in the reincorporation process, with [[about
    2,400|displaced;a=Colombia's Agency for Reincorporation and Normalisation;n=-]] living in
    former demobilisation camps. The agency said [[3,870 productive projects|aid;a=The
    agency;alt=Colombia's Agency for Reincorporation and Normalisation;u=other]] had been
    financed with grants of {{8 million pesos}} per person. In {{2023}} alone, [[more than 150
    families|displaced;a=the mission;alt=The UN verification mission]] of former fighters were
    forced to leave the Mesetas reincorporation area after threats, according to the mission.""",
)

item(
    "ELN and dissidents recruited hundreds of children in Cauca, ombudsman warns",
    """POPAYAN, Colombia - Colombia's Ombudsman's Office said on Thursday that armed groups had
    recruited [[at least 342 children and adolescents|combatants;a=Colombia's Ombudsman's
    Office;n=children and adolescents]] in {{2024}}, {{nearly half}} of them in the southwestern
    department of Cauca. Most were Nasa indigenous boys and girls aged {{12 to 16}}. The office
    said [[27 of the recruited minors|killed;a=The office;alt=Colombia's Ombudsman's Office;n=minors]]
    were later killed, some executed by their commanders for trying to escape. Indigenous guards
    rescued [[64 children|kidnapped;a=the Regional Indigenous Council of Cauca]] from camps of the
    dissident Dagoberto Ramos front, the Regional Indigenous Council of Cauca said, and
    [[41|returned;a=the Regional Indigenous Council of Cauca;n=-]] have gone back to their
    reservations. The Colombian Family Welfare Institute said it was caring for [[1,120
    children|aid;a=The Colombian Family Welfare Institute]] who left armed groups nationwide, in
    [[18 specialised homes|capacity]] and with foster families. In Suarez, [[about 300
    families|displaced;a=local authorities]] fled their farms after the front threatened to take
    their sons, local authorities said.""",
)

item(
    "Myanmar army discharges child soldiers under UN plan",
    """YANGON, {{Sept 2016}} - Myanmar's army discharged [[46 children and young people|combatants;a=UNICEF
    and the International Labour Organization;n=children and young people]] on Saturday, UNICEF
    and the International Labour Organization said, the latest release under a {{2012}} joint
    action plan with the United Nations. The discharges bring to [[849|combatants]] the number of children and young people released since
    the plan was signed. The ILO said it had received [[more than 300 new complaints|other;a=The
    ILO;u=other]] of underage recruitment that year. "Every one of them was recruited as a child,"
    said Bertrand Bainvel, UNICEF's representative, adding that [[dozens|arrested;a=Bertrand
    Bainvel;n=-]] more were in military prisons on desertion charges. Released boys receive
    {{three months}} of support, and [[about 180|aid;a=the agencies;alt=UNICEF;n=-]] have enrolled
    in vocational courses, the agencies said.""",
)

item(
    "Junta conscription drive sweeps up teenagers, rights monitors say",
    """BANGKOK, {{May 2024}} - Myanmar's military has forcibly recruited [[at least 1,000
    teenagers|combatants;a=the Assistance Association for Political Prisoners]] since it began
    enforcing a conscription law in {{February}}, the Assistance Association for Political
    Prisoners said, some of them as young as {{16}}. The group said soldiers rounded up [[more than
    200 young men|arrested;a=The group;alt=the Assistance Association for Political Prisoners]]
    in raids on Yangon tea shops and bus stations in a single week. Ethnic armed groups reported
    capturing [[48 conscripts|arrested;a=Ethnic armed groups]] after fighting in Rakhine state, and
    said [[nine|killed;a=Ethnic armed groups;n=-]] had been killed. The junta plans to call up
    [[5,000 people a month|combatants;p;a=The junta]], a spokesman said. Across the border in
    Thailand, aid groups said [[hundreds of young Myanmar men|displaced;a=aid groups]] had crossed
    to avoid the draft, and [[34|returned;a=aid groups;n=-]] were deported back by Thai police in
    {{April}}.""",
)

item(
    "Arakan Army, junta both use child soldiers in Rakhine, report says",
    """SITTWE - A report by Fortify Rights said on Tuesday that both the Arakan Army and the
    military had used children in Rakhine state in {{2023 and 2024}}, documenting the cases of
    [[57 boys|combatants;a=Fortify Rights]] and [[six girls|combatants;a=Fortify Rights]]. The group
    said the military had also forced [[about 1,000 Rohingya men|combatants;a=The group;alt=Fortify
    Rights]], including teenagers, to fight against the rebels. [[At least 32 of the children|killed;a=The
    group;alt=Fortify Rights;n=children]] were killed in combat, it said. Fighting in the state
    has displaced [[more than 500,000 people|displaced;a=the UN]], according to the UN, and burned
    [[thousands of homes|housing;a=the UN]] in towns such as Buthidaung. The Arakan Army denied
    recruiting anyone under {{18}}.""",
)

item(
    "MILF fighters decommissioned in final phase of Bangsamoro process",
    """COTABATO CITY, Philippines, {{2023}} - [[About 5,500 Moro Islamic Liberation Front
    fighters|combatants;a=the Independent Decommissioning Body]] laid down their arms this week
    in the {{fourth}} and last phase of decommissioning under the {{2014}} peace deal, the
    Independent Decommissioning Body said. Together with earlier phases, that would bring the total
    to [[40,000 combatants|combatants;p;a=the Independent Decommissioning Body]] once the process is
    completed, it said. Fighters surrendered [[2,450 weapons|other]] in the {{third}} phase. Each decommissioned fighter receives {{100,000 pesos}} in cash
    and support for livelihoods, and [[more than 19,000|aid;a=officials;n=-]] have been paid so
    far, officials said. The government also plans to transform [[six MILF camps|other;p]] into
    productive civilian communities. Critics say [[hundreds of former child soldiers|combatants;a=Critics]]
    in the camps have never been counted.""",
)

item(
    "Colombia army rescues teenagers from Clan del Golfo camp",
    """MEDELLIN, Colombia - Colombian soldiers rescued [[eight teenagers|kidnapped;a=the
    army]] being held at a Clan del Golfo training camp in Antioquia's Bajo Cauca region, the
    army said on Saturday. [[Three suspected members of the gang|arrested;a=the army;n=members]]
    were detained and [[two|killed;a=the army;n=-]] were killed in a firefight, it said. The
    teenagers, aged {{14 to 17}}, were handed to the Colombian Family Welfare Institute. The
    army said it had recovered [[12 rifles|other;a=The army]], [[four pistols|other;a=The army]] and
    [[a dozen grenades|other;a=The army]] at the site. The welfare institute says it took in [[about
    250 children|aid;a=The welfare institute]] who left armed groups in {{2022}}, {{a third}} of
    them girls.""",
)

item(
    "Peace court opens case on FARC recruitment of minors",
    """BOGOTA, {{2019}} - Colombia's Special Jurisdiction for Peace (JEP) said on Friday it had
    identified [[18,677 children|combatants;a=Colombia's Special Jurisdiction for Peace]] recruited
    by the FARC between {{1996 and 2016}}, far more than the rebels had acknowledged. The court said
    [[at least 5,000 of the victims|missing;a=The court;alt=Colombia's Special Jurisdiction for
    Peace;n=victims]] remain unaccounted for. The FARC's former leaders have said they handed over
    [[only 124 minors|combatants;a=The FARC's former leaders;q=exact]] when they disarmed. Victims'
    groups said [[some 3,500 former child recruits|civilians;a=Victims' groups]] had registered as
    victims with the court so far, and [[more than 900|other;a=Victims' groups;n=-]] have testified.
    The court expects to hear [[as many as 30 former commanders|other;p;a=The court;alt=Colombia's
    Special Jurisdiction for Peace]] in the case.""",
)

item(
    "Venezuela border: Colombian armed groups lure migrant children",
    """CUCUTA, Colombia - Armed groups on the Colombian-Venezuelan border are recruiting migrant
    children, Save the Children said, after finding that [[at least 70 Venezuelan minors|combatants;a=Save
    the Children]] had joined the ELN and FARC dissidents in Norte de Santander in {{2023}}. The
    charity said [[about 2,300 unaccompanied children|displaced;a=The charity;alt=Save the
    Children]] crossed into Colombia through Cucuta that year. Police said they had detained [[14
    adults|arrested;a=Police]] accused of recruiting for the groups and freed [[19 teenagers|kidnapped;a=Police]]
    held in a farmhouse. [[Eleven|returned;a=Migration Colombia;n=-]] were sent back to Venezuela
    to join their families, Migration Colombia said. The charity runs [[four safe spaces|capacity;u=structure;a=The
    charity;alt=Save the Children]] in the city, each able to take [[80 children a day|capacity;a=The
    charity;alt=Save the Children]].""",
)

item(
    "Myanmar resistance forces release captured boy soldiers",
    """MANDALAY - A People's Defence Force unit in Sagaing region handed [[22 boys|combatants;a=the
    National Unity Government]] captured from the military to their families on Sunday, the
    National Unity Government said. The shadow government said [[about 300 soldiers|combatants;a=The
    shadow government;alt=the National Unity Government]] had surrendered to resistance forces in
    the region since {{October}}, [[41|combatants;a=The shadow government;alt=the National Unity
    Government;n=-]] of them under {{18}}. Residents said military air strikes on [[five
    villages|other;a=Residents]] nearby killed [[17 civilians|killed;a=Residents]], including
    [[seven children|killed;a=Residents]], and wounded [[more than 20|injured;a=Residents;n=-]].
    [[Around 8,000 villagers|displaced;a=Residents]] have fled into the forest, they said.""",
)

item(
    "Former guerrillas in Tolima's reincorporation village build homes and a school",
    """ICONONZO, Colombia - In the former demobilisation zone of La Fila, [[some 150 ex-FARC
    fighters|displaced]] and their families still live in prefabricated huts set up in {{2017}}.
    The Agency for Reincorporation and Normalisation said [[86 new houses|housing;p;a=The Agency for
    Reincorporation and Normalisation]] would be finished by {{December}}, after the government
    bought the land for {{2.3 billion pesos}}. [[About 40 households|aid;a=the agency;alt=The
    Agency for Reincorporation and Normalisation]] run a cooperative that sells beer and clothes,
    the agency said. Children born since the peace deal now number [[more than 60|other;a=residents;n=-]],
    residents say, and a school with [[four classrooms|other]] opened last year. [[Two
    former fighters|killed]] from the community have been murdered since {{2019}}.""",
)

item(
    "UN verifies child recruitment across Myanmar after coup",
    """NEW YORK - The UN Secretary-General's annual report on children and armed conflict verified
    the recruitment and use of [[1,194 children|combatants;a=The UN Secretary-General's annual
    report on children and armed conflict]] in Myanmar in {{2023}}, {{more than double}} the
    figure for {{2021}}. Government forces were responsible for
    [[some 700|combatants;a=the report;n=-]] of the cases, the report said. It verified the killing
    of [[216 children|killed;a=the report]] and the maiming of [[434|injured;a=the report;n=-]],
    with air strikes and landmines the leading causes. The report also listed attacks on [[63
    schools|housing;a=The report]] and the detention of [[185 children|arrested;a=The report]],
    and said [[more than 1,300 children|civilians;a=The report]] were living in areas cut off from
    aid. Myanmar's military government rejected the findings.""",
)

item(
    "Colombia's peace deal at eight: the reincorporation budget in numbers",
    """BOGOTA - Eight years after the peace agreement was signed in {{November 2016}}, the
    government has spent about {{4.1 trillion pesos}} on reincorporation, according to the
    comptroller's office, roughly {{62 per cent}} of what the {{2017}} plan foresaw. The
    comptroller said {{only 38 per cent}} of the commitments on reincorporation had been
    fully met. The monthly basic income paid to former fighters, worth {{90 per cent}} of the
    minimum wage, was ended in {{August 2019}} for most beneficiaries. Colombia's {{2024}} budget
    law raised the allocation by {{12 per cent}}. The next review is due on {{Nov 24}}.""",
)

item(
    "Myanmar court jails army captain over recruitment of minors",
    """NAYPYITAW - A military court sentenced an army captain to {{one year}} of hard labour for
    recruiting boys under {{18}}, the ILO said, in one of the few such cases since the joint action
    plan was signed in {{June 2012}}. Under the {{2019}} Child Rights Law, recruiting a minor
    carries up to {{three years}} in prison. The ILO's complaint mechanism, set up in {{2007}},
    closed in {{2021}} after the coup. The officer, {{34}}, had served in Light Infantry Battalion
    {{603}}. The ruling was handed down on {{Oct 14}}.""",
)

item(
    "Bukidnon: NPA child fighters surrender with parents",
    """MALAYBALAY, Philippines - [[Nine New People's Army guerrillas|combatants;a=the
    army]], [[four|combatants;a=the army;n=-]] of them minors, surrendered to soldiers in
    Bukidnon province on Tuesday, the army said, bringing with them [[seven rifles|other;a=the
    army]] and [[two grenade launchers|other;a=the army]]. The youngest, a girl of {{15}}, had
    been recruited from a tribal school, officials said. Under the government's Enhanced
    Comprehensive Local Integration Programme, each former rebel receives {{65,000 pesos}} in
    livelihood aid plus payment for surrendered weapons. The programme has assisted [[more than
    21,000 former rebels|aid;a=the National Task Force to End Local Communist Armed Conflict]]
    since {{2018}}, according to the National Task Force to End Local Communist Armed Conflict.
    The task force says [[about 1,800 guerrillas|combatants;a=The task force;alt=the National
    Task Force to End Local Communist Armed Conflict]] remain in the field, down from [[around
    4,000|combatants;a=The task force;alt=the National Task Force to End Local Communist Armed
    Conflict;n=-]] in {{2016}}. Rights groups say [[dozens of those counted|other;a=Rights
    groups;n=-]] as surrenderees were farmers who had never taken up arms.""",
)
