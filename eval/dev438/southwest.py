"""The South-West region: attacks on schools, pupils and teachers, kidnappings for ransom in
Buea, Kumba and Fako, lockdowns, plantations, rights reports (14 texts with figures, 2
without)."""

from _wrap import item

item(
    "Gunmen kill five pupils in attack on Muyuka school",
    """BUEA, Cameroon (AP) - Gunmen stormed a private secondary school in Muyuka on Monday
    morning and opened fire on a classroom, killing [[five pupils|killed;a=the regional
    governor]] and wounding [[at least 12|injured;n=-;a=the regional governor]], the regional
    governor said. The pupils were aged between {{11 and 14}}. Witnesses said [[about 10
    attackers|combatants;a=Witnesses]] arrived on motorbikes and left before soldiers reached the
    school. It had reopened in {{September}} with [[about 300 pupils|other]] after being closed
    for {{three years}}. The government blamed separatists, who have ordered a boycott of schools
    since {{2016}}; no group claimed the attack. UNICEF said [[more than 700,000
    children|civilians;a=UNICEF]] had been affected by school closures in the Anglophone regions
    and that [[at least 80 schools|housing;a=UNICEF]] had been burned or damaged since the crisis
    began. [[Two teachers|kidnapped]] were abducted from a school in Mamfe {{a week earlier}}.""",
)

item(
    "Two Buea lecturers freed after families pay ransom",
    """BUEA - [[Two lecturers|kidnapped;a=police]] at the University of Buea who were seized from
    their homes in Molyko last week have been freed after their families paid a ransom of {{3
    million CFA francs}}, police said on Saturday. A police officer said the kidnappers were a
    gang of [[six men|combatants;a=A police officer]] who claimed to be separatist fighters.
    [[Four of them|arrested;n=-]] were arrested in a hideout at {{Mile 16}} on Friday.
    Kidnappings for ransom have surged in Fako division: the regional police command recorded
    [[94 kidnappings|kidnapped;a=the regional police command]] in {{2024}}, against
    [[61|kidnapped;n=-;a=the regional police command]] the year before. Ransoms ranged from
    {{500,000}} to {{5 million CFA francs}}. [[One victim|killed]], a nurse, was killed when her
    family could not pay. Students say [[dozens of classmates|kidnapped;a=Students]] have been
    seized on the way home from campus.""",
)

item(
    "Market stalls burned in Kumba on first day of lockdown",
    """KUMBA - Suspected separatist fighters set fire to [[more than 50 stalls|housing;u=structure;a=the
    mayor]] at Kumba's main market on Monday, the first day of a {{five-day}} lockdown, the mayor
    said. Traders said [[about 200 of them|civilians;n=-;a=Traders]] had lost all their goods. A
    fire brigade officer said [[four fire trucks|other;a=A fire brigade officer]] took {{three
    hours}} to put out the flames. Soldiers deployed in the town shot dead [[three suspected
    separatists|killed;a=the army]] on Tuesday, the army said, and arrested [[seven|arrested;n=-;a=the
    army]]. Residents accused the troops of burning [[12 houses|housing;a=Residents]] in the
    Fiango neighbourhood in reprisal. Kumba, a town of [[about 400,000 people|civilians]], has
    been under a separatist lockdown every Monday since {{2017}}.""",
)

item(
    "Pastor and 17 worshippers freed after two days in captivity",
    """Gunmen seized a Presbyterian pastor and [[17 worshippers|kidnapped;a=the Presbyterian
    Church in Cameroon]] during a Sunday service in Ekona, near Buea, and released them {{48
    hours}} later, the Presbyterian Church in Cameroon said. The church said the kidnappers, who
    accused the congregation of working with the army, had beaten [[three men|injured;a=The
    church;alt=the Presbyterian Church in Cameroon]]. No ransom was paid, it said. [[At least 14
    priests and pastors|kidnapped;n=priests and pastors;a=the Cameroon Baptist Convention]] have
    been abducted in the South-West in the past {{two years}}, according to the Cameroon Baptist
    Convention. [[Two|killed;n=-]] were killed. Ekona, home to [[about 8,000 people|civilians]]
    before the crisis, now has [[fewer than 2,000|civilians;n=-]]. The army later said it had
    killed [[four fighters|killed;a=The army]] linked to the kidnapping.""",
)

item(
    "Anglophone regions post GCE results as exams run in full",
    """BUEA - The Cameroon GCE Board published the results of the {{2025}} Advanced Level
    examination on {{18 July}}, with a pass rate of {{71.4%}} in the South-West and {{68.9%}} in
    the North-West, against {{75%}} nationally. The board's chairman said it was the {{fourth}}
    year in a row that candidates in the Anglophone regions had sat the exams in full, after the
    boycotts of {{2017}} and {{2018}}. Papers in Bamenda started at {{7:30 a.m.}} under police
    guard. Candidates who had been out of school for up to {{three years}} did better than
    expected, he said.""",
)

item(
    "Three gendarmes killed in Mamfe, army raid follows",
    """MAMFE - Separatist fighters killed [[three gendarmes|killed;a=a military source]] at a
    checkpoint on the outskirts of Mamfe in the South-West's Manyu division on Thursday, a
    military source said. In the army raid on nearby Eyumojock that followed, [[at least eight
    people|killed;a=residents]] were killed, [[five of them|killed;n=-;a=residents]] young men,
    residents said. [[More than 2,000 residents|displaced;a=OCHA]] fled towards the Nigerian
    border, OCHA said. Cross River's State Emergency Management Agency said it had registered
    [[640 new arrivals|displaced;a=Cross River's State Emergency Management Agency]] in Ikom and
    Etung over the weekend. The army said it had destroyed [[two separatist camps|other;a=The
    army]] and seized [[a dozen homemade shotguns|other;a=The army]].""",
)

item(
    "Separatists killed and maimed 'collaborators', rights group says",
    """Separatist fighters in Cameroon's South-West region have killed, maimed and kidnapped
    civilians they accuse of collaborating with the government, the Centre for Human Rights and
    Democracy in Africa (CHRDA) said in a report on Wednesday. The Buea-based group documented
    [[47 killings|killed;a=The Buea-based group;alt=the Centre for Human Rights and Democracy in
    Africa]], [[112 abductions|kidnapped;a=The Buea-based group;alt=the Centre for Human Rights
    and Democracy in Africa]] and [[23 people|injured;a=The Buea-based group;alt=the Centre for
    Human Rights and Democracy in Africa]] whose fingers or ears were cut off between {{January
    2023}} and {{June 2024}}. [[Nine teachers|killed;a=the Centre for Human Rights and Democracy
    in Africa]] were among the dead, it said. The group interviewed [[86 survivors and
    witnesses|other;n=survivors and witnesses]]. The report also accused the army of killing [[at
    least 30 civilians|killed;a=The report]] in the same period. [[Hundreds of
    families|displaced]] left Muyuka and Ekona after the worst of the attacks. Separatist
    spokesmen denied the findings.""",
)

item(
    "A teacher who lost her school now teaches 90 in a Limbe classroom",
    """LIMBE - Elizabeth Mbah taught at a primary school in Ekondo-Titi for {{14 years}} before
    separatists burned it in {{2019}}. She fled to Limbe with her [[three children|displaced]] and
    now teaches at a private school where her class has [[more than 90 pupils|other]], [[20 of
    them|displaced;n=-]] displaced like her. "In Ekondo-Titi I had [[35 children|other;a=Mbah]] in
    my class," Mbah said. Her old school, with [[six classrooms|housing;a=the regional delegation
    of basic education]], was burned along with [[four other schools|housing;a=the regional
    delegation of basic education]] in the subdivision, the regional delegation of basic
    education said. The delegation says [[about 1,800 teachers|displaced;a=The delegation;alt=the
    regional delegation of basic education]] have left their posts in rural Ndian and Meme since
    the crisis began.""",
)

item(
    "Troops free five aid workers held in Ndian forest",
    """Cameroonian troops freed [[five aid workers|kidnapped;a=the army]] held by separatist
    fighters in a forest near Mundemba, in the South-West's Ndian division, the army said on
    Tuesday. The aid workers, [[three of them|kidnapped;n=-;a=their organisation]] women, were
    seized on {{2 June}} while delivering food, their organisation said. In the rescue
    operation, soldiers killed [[six separatists|killed;a=the army]] and [[one soldier|killed;a=the
    army]] died, the army said. The Humanitarian Country Team said [[at least 11 aid
    workers|kidnapped;a=The Humanitarian Country Team]] had been abducted in the South-West since
    {{January}}, and [[two|killed;n=-;a=The Humanitarian Country Team]] killed. OCHA says [[about
    90 humanitarian organisations|other;u=other;a=OCHA]] work in the North-West and South-West,
    reaching [[some 450,000 people a month|aid;a=OCHA]].""",
)

item(
    "Bomb wounds 11 students at University of Buea; dozens rounded up",
    """An improvised bomb exploded in a lecture hall at the University of Buea on Wednesday,
    wounding [[at least 11 students|injured;a=university officials]], [[three of
    them|injured;n=-;a=university officials]] seriously, university officials said. The hall
    holds [[about 500 students|capacity]]. Police rounded up [[more than 60 young
    men|arrested;a=a lawyer for some of the detainees]] in the Molyko and Bomaka neighbourhoods in
    the following {{48 hours}}, a lawyer for some of the detainees said. [[Forty-two|arrested;n=-]]
    were released on Friday. It was the {{third}} blast in Buea this year. The governor said
    [[400 more police officers|combatants;p;a=The governor]] would be deployed on campuses before
    the exams.""",
)

item(
    "Toll from Menji attack rises to nine",
    """The death toll from Sunday's attack on Menji, the main town of the South-West's Lebialem
    division, has risen to [[nine|killed;n=-;a=the divisional officer]], the divisional officer
    said on Tuesday, after [[two of the wounded|killed;n=wounded;a=the divisional officer]] died
    in hospital in Dschang. He had earlier given a toll of [[seven|killed;n=-;a=the divisional
    officer]]. Officials said [[about 40 fighters|combatants;a=Officials]] attacked the
    gendarmerie and the sub-prefect's office at dawn. [[Eleven people|injured]] were wounded,
    including [[four gendarmes|injured]]. [[Hundreds of residents|displaced]] fled across the
    regional boundary to Dschang in the West region, where the Red Cross said it was sheltering
    [[about 350|displaced;n=-;a=the Red Cross]] in a school.""",
)

item(
    "Meme cocoa farmers abandon plantations to separatist levies",
    """Cocoa output in the South-West's Meme division has fallen by {{60 percent}} since
    {{2017}}, farmers' cooperatives say, as [[thousands of farmers|displaced]] have left their
    plantations. A cooperative in Konye said [[312|displaced;n=-;a=A cooperative in Konye]] of
    its [[540 members|other;a=A cooperative in Konye]] had fled to Kumba or Douala. Those who
    stayed say separatist fighters demand {{1,000 CFA francs}} per bag, and soldiers another
    {{500}} at checkpoints. The farm-gate price fell to {{900 CFA francs}} a kilogram in
    {{October}}. [[At least 20 farmers|killed;a=the cooperative]] have been killed in their
    fields since {{2019}}, the cooperative said. [[Two buyers|kidnapped]] were abducted on the
    road to Kumba in {{May}}. In Konye town, [[150-200 families|displaced]] who fled nearby farms
    sleep in classrooms. The army now escorts [[about 30 trucks a week|other]] to the port of
    Douala.""",
)

item(
    "Seven soldiers killed in ambush on Kumba-Mamfe road",
    """Separatist fighters killed [[at least seven soldiers|killed;a=a senior officer]] in an
    ambush on the Kumba-Mamfe road on Saturday, a senior officer told Reuters, in one of the
    deadliest attacks on the army this year. The fighters set off [[two roadside
    bombs|other;u=other;a=a senior officer]] before opening fire, he said, and [[four
    soldiers|injured;a=a senior officer]] were wounded. The Ambazonia Defence Forces said on
    social media that its fighters had killed [[15|killed;n=-;a=The Ambazonia Defence Forces]].
    The government has not given a toll. [[At least 60 soldiers and
    police|killed;n=soldiers and police;a=a Reuters tally]] have been killed in the South-West
    this year, according to a Reuters tally. Traffic on the {{140-km}} road was halted for {{two
    days}}, and [[as many as 100 trucks|other]] were stuck at Konye.""",
)

item(
    "85,000 pupils expected back as South-West schools reopen",
    """The South-West regional delegation of secondary education expects [[about 85,000
    pupils|other;p;a=The South-West regional delegation of secondary education]] to return to
    classes on Monday, up from [[71,000|other;n=-;a=The South-West regional delegation of
    secondary education]] last year, when [[more than 230 schools|other;a=The South-West regional
    delegation of secondary education]] stayed closed. UNICEF plans to distribute [[40,000 school
    kits|aid;p;a=UNICEF]] and to repair [[35 classrooms|housing;p;a=UNICEF]] burned in recent
    years. The agency said [[about 58,000 children|civilians;a=The agency;alt=UNICEF]] in the
    region were still out of school. The governor said [[2,500 police and
    soldiers|combatants;p;n=police and soldiers;a=The governor]] would guard schools. Separatists
    have called for a {{two-week}} boycott.""",
)

item(
    "Race of Hope climbs Mount Cameroon under army escort",
    """BUEA - Godlove Tanyi won the {{30th}} Mount Cameroon Race of Hope on Saturday in {{4 hours
    21 minutes}}, climbing the {{4,095-metre}} volcano and running back to Buea under army
    escort. The race, first held in {{1973}}, was moved from {{February}} to {{15 March}} because
    of a separatist lockdown. The women's race was won by a {{24-year-old}} from Limbe in
    {{5:02:47}}. Each winner received {{2 million CFA francs}}. Organisers said security took
    {{18 percent}} of the budget.""",
)

item(
    "Gunmen kill four workers at CDC palm oil estate",
    """Gunmen killed [[four workers|killed;a=the Cameroon Development Corporation]] at a palm
    oil estate near Tiko on Thursday and cut the fingers off [[two others|injured;a=the Cameroon
    Development Corporation]], the Cameroon Development Corporation said. The state-owned
    company, once the country's {{second-largest}} employer with [[about 22,000 workers|other]],
    said it had laid off [[more than 6,000|other;n=-;a=The state-owned company;alt=the Cameroon
    Development Corporation]] since separatists began attacking its plantations in {{2018}}.
    Workers' unions say [[at least 35 employees|killed;a=Workers' unions]] have been killed on the
    estates. The company has closed [[nine|other;n=-;u=other]] of its [[29 estates|other;u=other]].""",
)
