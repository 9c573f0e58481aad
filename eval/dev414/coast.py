"""The coast: Mpeketoni and the Lamu raids, Hindi and Gamba, Manda Bay, the Lamu roads, the
Boni forest operations of the police and the KDF, recruitment and disappearances."""

from _wrap import item

item(
    "Gunmen kill dozens in raid on Kenyan coastal town of Mpeketoni",
    """MPEKETONI, Kenya, {{June 16}} (Reuters) - Gunmen killed [[at least 48
    people|killed;a=the Kenya Red Cross]] in an overnight raid on the coastal town of
    Mpeketoni, near the tourist island of Lamu, the Kenya Red Cross said on Monday. Witnesses
    said [[about 50 attackers| combatants;a=Witnesses]] arrived in [[two
    minibuses|other;a=Witnesses]] shortly after {{8pm}} and went from house to house asking men
    whether they were Muslims. Police said the gunmen torched [[two
    hotels|housing;a=Police;u=structure]], a police station and [[more than 20 vehicles|other;
    a=Police]] before escaping into the forest. Lamu County Commissioner Stephen Kihara said
    [[dozens of residents|missing;a=Lamu County Commissioner Stephen Kihara]] were still
    unaccounted for. [[Hundreds of families|displaced]] spent the night in the bush. The Red
    Cross flew [[11 wounded people|injured]] to hospital in Mombasa. Al-Shabaab said it carried
    out the raid in revenge for Kenya's military presence in Somalia.""",
)

item(
    "Second night of killings near Mpeketoni as curfew imposed",
    """LAMU, Kenya, {{June 17}} (AP) - Gunmen killed [[at least 15 people|killed;a=officials]]
    in a {{second}} night of attacks near Mpeketoni, raising the death toll from the raids to
    [[at least 63|killed;a=officials]], officials said on Tuesday. The attackers struck the
    village of Poromoko around midnight, burning [[about 30 houses|housing]] and shooting men
    in front of their families. Residents said [[six women|kidnapped;a=Residents]] had been
    taken into the forest by the attackers. Police said [[nine suspects|arrested;a=Police]] had
    been arrested. The Interior Ministry said [[500 General Service Unit
    officers|combatants;a=The Interior Ministry]] had been deployed to Lamu county, where a
    dusk-to-dawn curfew is now in force. The Kenya Red Cross said [[more than 2,000
    people|displaced;a=The Kenya Red Cross]] had fled to Mpeketoni town and Witu.""",
)

item(
    "Twenty-nine killed in attacks on Hindi village and Gamba police station",
    """HINDI, Kenya, {{July 6}} - Gunmen killed [[at least 29 people|killed;a=the Kenya Red
    Cross]] in overnight attacks on the village of Hindi in Lamu county and on a police station
    at Gamba in neighbouring Tana River county, the Kenya Red Cross said on Sunday. At Gamba
    the attackers killed [[five people|killed]], [[two police officers|killed]] among them, and
    freed [[three inmates|other]] from the cells. In Hindi, residents said [[more than 40
    houses|housing;a=residents]] and a church had been burned. Lamu officials said [[about 600
    residents| displaced;a=Lamu officials]] had taken refuge at the Hindi police post and in a
    primary school. Police said they had recovered the bodies of [[four
    attackers|killed;a=Police]].""",
)

item(
    "Kenya launches operation to clear al-Shabaab from Boni forest",
    """LAMU, Kenya, {{September 12}} - Kenya has launched a joint military and police operation
    to drive al-Shabaab fighters out of the Boni forest, deploying [[more than 1,000 troops and
    police officers|combatants;a=Interior Cabinet Secretary Joseph Nkaissery;n=troops and
    police officers]], Interior Cabinet Secretary Joseph Nkaissery said. Security officials
    estimate [[between 100 and 150 militants|combatants;a=Security officials]] are hiding in
    the forest, which straddles the Somali border and covers {{about 1,300 square kilometres}}.
    The government ordered residents of [[five villages|displaced;p]] to leave. Local leaders
    said [[about 2,500 Aweer residents|displaced;p;a=Local leaders]] would be moved to Mokowe.
    All [[seven schools|other]] in Basuba ward have been closed. The military said [[eight
    militants|killed;a=The military]] had been killed in the operation's {{first}} week.""",
)

item(
    "Roadside bomb kills eight Kenyan soldiers near Boni forest",
    """LAMU, Kenya, {{June 14}} (Reuters) - [[Eight Kenyan soldiers|killed;a=a military
    spokesman]] were killed on Wednesday when their armoured vehicle struck a roadside bomb
    near Baure in Lamu county, a military spokesman said. [[Three others|injured;n=-;a=a
    military spokesman]] were seriously wounded and flown to Nairobi, he said. Police sources
    told Reuters [[two soldiers|missing;a=Police sources]] were missing after the blast.
    Al-Shabaab said in a statement it had killed [[15 soldiers|killed;a=Al-Shabaab]]. It was
    the {{third}} such attack in the Boni area in {{a month}}; on Tuesday a bomb hit a police
    vehicle in Mandera, killing [[five officers|killed]]. Since the operation began in
    {{2015}}, [[more than 60 soldiers and police officers|killed;a=Daily Nation;n=soldiers and
    police officers]] have died in the Boni area, according to a Daily Nation tally.""",
)

item(
    "Al-Shabaab attacks Manda Bay airfield, killing three Americans",
    """LAMU, Kenya, {{January 5}} (Reuters) - Al-Shabaab fighters attacked the Manda Bay
    airfield used by Kenyan and US forces before dawn on Sunday, killing [[three
    Americans|killed;a=the US military's Africa Command]], [[one US soldier|killed;a=the US
    military's Africa Command]] and [[two contractors|killed;a=the US military's Africa
    Command]], the US military's Africa Command said. The command said [[six
    aircraft|other;a=The command;alt=the US military's Africa Command]] had been destroyed on
    the runway. Kenya's military said [[five attackers|killed;a=Kenya's military]] were killed
    and [[five suspects|arrested;a=Kenya's military]] arrested. On Thursday, gunmen stopped a
    bus at Nyongoro on the Lamu-Mombasa road and killed [[three passengers|killed;a=police]],
    police said. Bus companies have suspended the route, leaving [[hundreds of
    travellers|other]] stranded in Lamu and Mokowe.""",
)

item(
    "Militants kill six and burn homes in Lamu village raid",
    """WITU, Kenya, {{January 3}} (AFP) - Suspected al-Shabaab militants killed [[six people|
    killed;a=police]] and set fire to [[at least 15 houses|housing;a=police]] in an overnight
    raid on Widhu village in Lamu county, police said on Monday. Coast regional police
    commander Paul Ndegwa said [[between 10 and 15 attackers|combatants;a=Coast regional police
    commander Paul Ndegwa]] had taken part. Residents said [[two men|kidnapped;a=Residents]]
    were led away into the forest. [[About 300 families|displaced;a=the Lamu county
    government]] have fled Widhu and neighbouring Majembeni for Mpeketoni and Witu, the Lamu
    county government said. Interior Cabinet Secretary Fred Matiang'i imposed a {{30-day}}
    dusk-to-dawn curfew on [[four locations|other;u=other]] in Lamu West.""",
)

item(
    "Five killed in new raid on Lamu's Salama and Juhudi",
    """LAMU, Kenya - [[Five people|killed;a=Lamu County Commissioner Joseph Kirui]] were killed
    and [[nine houses|housing;a=Lamu County Commissioner Joseph Kirui]] burned when gunmen
    raided Salama and Juhudi villages on Saturday night, the {{third}} attack in the area this
    month, Lamu County Commissioner Joseph Kirui said. Among the dead was a {{70-year-old}}
    man. The Kenya Red Cross said [[1,200 people|displaced;a=The Kenya Red Cross]] had fled to
    Mpeketoni and were sheltering at [[three schools|capacity;a=The Kenya Red Cross]]. Interior
    Cabinet Secretary Kithure Kindiki said [[more than 2,000 officers|combatants;a=Interior
    Cabinet Secretary Kithure Kindiki]] had been deployed to Lamu and that the curfew would be
    extended by {{30 days}}. Police said [[11 suspects|arrested;a=Police]] were in custody,
    [[two village elders|arrested;a=Police]] among them. Farmers said {{400 acres}} of maize
    had been left unharvested.""",
)

item(
    "Gunmen ambush road crew on Lamu-Garissa highway",
    """LAMU, Kenya - Suspected al-Shabaab militants ambushed a construction crew on the
    Lamu-Garissa road near Bodhei on Tuesday, killing [[four workers|killed;a=the National
    Police Service]] and wounding [[three|injured;a=the National Police Service]], the National
    Police Service said. The service said the attackers burned [[two trucks|other;a=The
    service;alt=the National Police Service]] and a grader. The contractor said it had
    withdrawn [[about 300 workers|displaced;a=The contractor]] from the {{113-km}} section.
    [[One worker| missing;a=police]] is missing, and police fear he was abducted. Police said
    [[200 more officers|combatants;p;a=Police]] would be deployed to escort convoys on the
    road.""",
)

item(
    "Schools reopen in Lamu's Boni enclave after six years",
    """KIUNGA, Kenya - [[Four primary schools|other;a=county officials]] in Lamu's Basuba ward
    reopened on Monday for the {{first}} time since {{2019}}, county officials said. The
    Teachers Service Commission said [[14 teachers|other;a=The Teachers Service Commission]]
    had been posted to the schools under military escort, and [[about 600 pupils|other]] have
    enrolled. Aweer elders said [[about 3,500 people|civilians;a=Aweer elders]] still live in
    the enclave, down from [[more than 5,000|civilians;a=Aweer elders]] before the Boni
    operation began. [[Dozens of families|displaced]] who moved to Mokowe in {{2015}} have not
    gone back. The Kenya Red Cross delivers food to [[about 700 households|aid]] in the enclave
    every month.""",
)

item(
    "KDF says 21 al-Shabaab fighters killed in Boni forest raid",
    """NAIROBI - The Kenya Defence Forces said on Thursday its troops had killed [[21
    al-Shabaab fighters|killed;a=The Kenya Defence Forces]] and destroyed [[four militant
    camps|other;a=The Kenya Defence Forces]] in an air and ground assault in the Boni forest.
    The military said it had recovered [[nine assault rifles|other;a=The military;alt=The Kenya
    Defence Forces]] and [[14 improvised explosive devices|other;a=The military;alt=The Kenya
    Defence Forces]]. [[Two soldiers|injured;a=The Kenya Defence Forces]] were slightly
    wounded, it said. Al-Shabaab's Andalus radio said its fighters had killed [[five Kenyan
    soldiers|killed;a=Al-Shabaab's Andalus radio]]. Since the start of Operation Amani Boni in
    {{2015}}, the military says it has killed [[more than 300 militants|killed;a=the
    military;alt=The Kenya Defence Forces]].""",
)

item(
    "Police stop 12 suspected al-Shabaab recruits near Lamu",
    """MOMBASA, Kenya - Police arrested [[12 young men|arrested;a=police]] at a roadblock near
    Mokowe in Lamu county on Sunday on suspicion that they were travelling to join al-Shabaab
    in Somalia, police said. The suspects, aged between {{18 and 24}}, came from Mombasa and
    Kwale. Haki Africa, a Mombasa rights group, said it had recorded [[at least 230 young
    people| missing;a=Haki Africa]] missing from the coast since {{2014}}, [[about
    80|missing;a=Haki Africa]] of them after being picked up by men it believed to be police.
    The group said [[47 bodies|killed;a=The group;alt=Haki Africa]] had been found in rivers
    and forests over the same period. Police deny any role and say [[hundreds of
    youths|combatants;a=Police]] from the coast have joined al-Shabaab. Last month [[three
    suspected recruiters|arrested]] were charged in Mombasa.""",
)

item(
    "Hundreds flee Lamu villages after raid on Pandanguo",
    """PANDANGUO, Kenya - [[More than 400 residents|displaced;a=the Lamu county government]]
    have fled Pandanguo and Jima villages in Lamu West since militants raided them on Friday,
    the Lamu county government said. The attackers killed [[two farmers|killed]], abducted
    [[three herders|kidnapped]] and torched [[eight houses|housing]] and a dispensary. Lamu
    police commander Moses Mutai said [[40 additional officers|combatants;a=Lamu police
    commander Moses Mutai]] had been sent to the area. The Kenya Red Cross said it was giving
    food to [[230 families|aid;a=The Kenya Red Cross]] sheltering in Witu.""",
)

item(
    "Kenyan troops free three abducted road workers in Boni",
    """LAMU, Kenya - Kenyan troops freed [[three road workers|kidnapped;a=the Kenya Defence
    Forces]] held by al-Shabaab in the Boni forest for {{11 days}}, the Kenya Defence Forces
    said on Saturday. [[Two other workers|kidnapped;a=the Kenya Defence Forces]] seized in the
    same ambush on {{March 2}} are still being held, it said. The military said troops had
    killed [[four militants|killed;a=The military;alt=the Kenya Defence Forces]] and captured
    [[one|arrested;a=The military;alt=the Kenya Defence Forces]] during the rescue, in which
    [[about 400 soldiers|combatants;a=The military;alt=the Kenya Defence Forces]] took part.
    The workers were employed by a contractor building a {{50-km}} stretch of road. [[At least
    14 people| kidnapped;a=the county security committee]] have been abducted in Lamu county
    since January, according to the county security committee.""",
)

item(
    "Lamu tourism slumps as curfew drags on",
    """LAMU, Kenya - Hotel occupancy on Lamu island fell to {{18 percent}} in {{July}}, the
    lowest since {{2014}}, the Lamu Tourism Association said. The curfew on the mainland, from
    {{6.30pm}} to {{5am}}, has been extended again and again since {{January}}. Operators say
    cancellations have cost the industry {{Sh1.2 billion}} this year. The Lamu Cultural
    Festival, held every {{November}} for more than {{20 years}}, may be cut to {{two days}}. A
    dhow trip to Manda now costs {{Sh3,500}}, up {{40 percent}}, because fewer boats
    operate.""",
)

item(
    "Lamu man jailed for 30 years over Mpeketoni attack",
    """NAIROBI - A Nairobi court on {{March 20}} sentenced a Lamu man to {{30 years}} in prison
    for his role in the {{2014}} raid on Mpeketoni. Justice Daniel Ogola found that the
    accused, now {{35}}, had guided the attackers to the town and sheltered them in his farm
    for {{two weeks}}. He has been in custody since {{June 2014}}. The judge ordered that the
    {{six years}} he spent in remand be deducted. His lawyer said he would appeal within {{14
    days}}. A co-accused was acquitted in {{2019}} for lack of evidence.""",
)
