"""dev351 items: executions, death sentences, prisons, prisoners held and released."""

from _wrap import item

item(
    "Iran executions hit highest level since 2015, IHR says",
    """
Iran executed [[at least 975 people|killed;a=Iran Human Rights]] in {{2024}}, the highest number in {{nine years}}, Iran Human Rights
and Together Against the Death Penalty said in their annual report. They said [[31 women|killed;a=Iran Human Rights]] were among
those hanged and that [[503 of the executions|killed;a=Iran Human Rights;n=executions]] were for drug offences. Only
[[about 95|killed;a=the report;n=-]] were announced by official media, the report said. The groups counted
[[four public executions|killed;a=The groups;alt=Iran Human Rights]] and [[at least 80 Afghan nationals|killed;a=The groups;alt=Iran Human Rights]]
executed, most of them for drug trafficking. Baluch prisoners made up [[148 of those hanged|killed;n=-]], a disproportionate share for
a minority of {{around 5%}} of the population.
""",
)

item(
    "UN experts alarmed by 'execution spree' in Iran",
    """
UN human rights experts said on {{Friday}} that [[more than 900 people|killed;a=UN human rights experts]] were executed in Iran last year,
including [[at least 40|killed;a=UN human rights experts;n=-]] in a single week in {{December}}. The experts said
[[dozens of people|other;a=The experts;alt=UN human rights experts]] remained on death row after trials lasting {{less than an hour}}.
The UN Human Rights Office said it had recorded [[15 executions|killed;a=The UN Human Rights Office]] of women in
the first {{six months}} of {{2025}}, and that [[a further 12 prisoners|other;a=The UN Human Rights Office]] had been moved to solitary confinement,
usually the final step before a hanging. Iran rejects the criticism as interference.
The experts said [[at least six juvenile offenders|killed;a=The experts;alt=UN human rights experts]] were among those hanged.
""",
)

item(
    "Mass hanging at Ghezel Hesar prison, rights groups say",
    """
[[At least 29 men|killed;a=Iran Human Rights]] were hanged at Ghezel Hesar prison in Karaj on {{Wednesday}}, Iran Human Rights said,
one of the largest mass executions in {{decades}}. Prisoners at the jail, which holds [[some 15,000 inmates|arrested;a=prisoners' relatives]]
in space built for [[about 5,000|capacity;a=prisoners' relatives;n=-]], according to prisoners' relatives, had staged hunger strikes
every {{Tuesday}} for {{more than a year}}. HRANA said [[another 26 prisoners|other;a=HRANA]] had been transferred to the
execution block the day before. Relatives said [[about 100 family members|other;a=Relatives]] gathered at the prison gate
and that [[eight of them|arrested;a=Relatives;n=-]] were detained by guards.
""",
)

item(
    "Kurdish political prisoners face imminent execution",
    """
Hengaw said on {{Sunday}} that [[at least 22 Kurdish political prisoners|other;a=Hengaw]] were under sentence of death, [[seven of them|other;a=Hengaw;n=-]] at
imminent risk. The group said [[between 50 and 60 Kurdish activists|arrested;a=The group;alt=Hengaw]] had been detained in {{September}}
alone, about a third of them women. Hengaw said [[at least 18 Kurdish prisoners|killed;a=Hengaw]] had been executed since {{January}}. Amnesty International said it had documented
[[12 cases|other;a=Amnesty International;u=person]] in which confessions were broadcast on state television before trial.
Families said [[three prisoners|missing;a=Families]] had been moved to unknown locations, and [[about 100 relatives|other]] protested outside Urmia prison.
""",
)

item(
    "Pakhshan Azizi among women on death row, lawyers say",
    """
The Kurdish social worker Pakhshan Azizi, {{aged 40}}, is one of [[at least 54 women|other;a=lawyers]] on death row in Iran, lawyers said.
Azizi was arrested in {{August 2023}} and sentenced in {{July 2024}}. Her lawyer said [[three members of her family|arrested;a=Her lawyer;n=members]] were
also detained and held for {{several months}}. According to the Kurdistan Human Rights Network,
[[more than 70 women|arrested;a=the Kurdistan Human Rights Network]] were held in the women's ward of Evin prison at the time, against
[[fewer than 40 beds|capacity;a=the Kurdistan Human Rights Network]]. The network said [[nine of them|other;a=The network;alt=the Kurdistan Human Rights Network;n=-]] had been denied medical care.
According to Hengaw, [[two other Kurdish women|other;a=Hengaw]] face the same charge.
""",
)

item(
    "Judiciary announces pardons for Eid, frees thousands",
    """
Iran's judiciary said on {{Sunday}} that [[2,887 prisoners|other;a=Iran's judiciary]] had been pardoned or had their sentences commuted to mark
Eid al-Fitr, including [[at least 300|other;a=Iran's judiciary;n=-]] convicted of security offences. It said
[[more than 1,000 inmates|other;a=Iran's judiciary;p]] would be released on furlough over the holiday.
Relatives of political prisoners said only a handful of their cases were included.
In Tehran province alone, [[612 prisoners|other;a=the provincial judiciary]] were freed, the provincial judiciary said, [[about 90 of them|other;a=the provincial judiciary;n=-]] women.
Separately, [[more than 120 foreign prisoners|returned;a=the judiciary]] were sent home to Afghanistan, Iraq and Pakistan to serve their sentences, the judiciary said.
""",
)

item(
    "Evin prison strike killed 79, judiciary says",
    """
Iran's judiciary said on {{29 June}} that [[79 people|killed;a=Iran's judiciary]] were killed when an Israeli strike hit Evin prison in northern Tehran
on {{23 June}}, including prisoners, staff, soldiers doing their military service and visiting relatives. Judiciary
spokesman Asghar Jahangir said later that the toll had risen to [[80|killed;a=Judiciary spokesman Asghar Jahangir;n=-]]. The strike
destroyed the visitors' hall, the medical clinic and the administration building, wrecking [[at least three buildings|housing]].
Prisoners from the damaged wards, [[about 1,500 of them|displaced;a=rights groups;n=-]], were moved to Ghezel Hesar and Tehran's Greater
prison, rights groups said. The families of [[at least 16 inmates|missing;a=HRANA]] could not locate them for {{days}}, HRANA reported, and
[[eight bodies|killed;a=the coroner's office]] were still unidentified, the coroner's office said.
""",
)

item(
    "Iran sentences eight people to death over Israel spying",
    """
Iran's judiciary news agency Mizan said on {{Tuesday}} that [[eight people|other;a=Iran's judiciary news agency Mizan]] had been sentenced to death for spying
for Israel, and that [[700 people|arrested;a=Mizan]] had been arrested on espionage charges since the June war. Amnesty
said the number of those executed for alleged spying had reached [[at least 10|killed;a=Amnesty;n=-]] since {{13 June}}. The police chief of Tehran province said his officers had
detained [[more than 2,700 suspects|arrested;a=The police chief of Tehran province]] in the {{12 days}} of fighting. Lawyers said [[several hundred Afghans|arrested;a=Lawyers]] were among those held.
Police said [[at least 1,500 Afghans|returned;a=Police]] held in the sweep had been deported. Mizan said [[21 more defendants|other;a=Mizan;p]] could face the death penalty.
""",
)

item(
    "Dual nationals freed in prisoner swap with US",
    """
Iran released [[five US citizens|other;a=officials]] on {{Monday}} in exchange for [[five Iranians|other;a=officials]] held in the United States, officials said, as
{{$6 billion}} in frozen Iranian funds was transferred to accounts in Qatar. [[Two of the Iranians|other;a=Tehran;n=Iranians]] will remain in the
United States, Tehran said. Rights groups say Iran still holds [[at least 15 dual and foreign nationals|arrested;a=Rights groups]],
among them [[three Europeans|arrested;a=Rights groups]] held for {{more than two years}}. The US State Department said
[[two more Americans|arrested;a=The US State Department]] remained in Iranian custody.
""",
)

item(
    "HRANA annual report counts arrests and executions",
    """
HRANA's annual report, released on the eve of {{Human Rights Day}}, recorded [[4,511 arrests|arrested;a=HRANA's annual report;u=person]] on political or
civic grounds in the {{Iranian year 1403}}, [[an estimated 1,200 of them|arrested;a=HRANA's annual report;n=-]] of members of ethnic minorities.
The report counted [[918 executions|killed;a=The report;alt=HRANA's annual report]], [[at least 2,300 people|other;a=The report;alt=HRANA's annual report]]
sentenced to flogging and [[146 labour activists|arrested;a=The report;alt=HRANA's annual report]] summoned or detained.
It said [[28 people|killed;a=HRANA's annual report]] died in custody in suspicious circumstances.
""",
)

item(
    "Narges Mohammadi's family says she was beaten in arrest",
    """
Nobel peace laureate Narges Mohammadi was beaten when she was arrested at a memorial in Mashhad along with
[[about 35 other activists|arrested;a=her family]], her family said on {{Saturday}}. The Narges Foundation said
[[at least 12 of those detained|arrested;a=The Narges Foundation;n=-]] were women and [[three|injured;a=The Narges Foundation;n=-]] were taken to hospital.
Security agents stopped [[some 200 mourners|other;a=the foundation;alt=The Narges Foundation]] at the cemetery entrance, the foundation said. Mohammadi,
who was awarded the prize in {{2023}}, has spent {{more than a decade}} in and out of prison.
The foundation said [[more than 40 police|combatants;a=The foundation;alt=The Narges Foundation]] broke up the memorial. [[Five of the detainees|other]] were released on bail the next day.
""",
)

item(
    "Hunger strikers in Qezelhesar demand end to hangings",
    """
Prisoners in [[at least 45 prisons|other;a=the campaign;u=structure]] joined the weekly "No to Execution Tuesdays" hunger strike in its
{{75th week}}, the campaign said. It said [[more than 1,600 prisoners|other;a=the campaign]] had taken part at some point.
Iran Human Rights said [[between 100 and 150|killed;a=Iran Human Rights;n=-]] people had been executed each month
in the first half of {{2025}}, and that [[at least 1,000 people|killed;a=Iran Human Rights;p]] could be hanged by the end of the year
if the pace continued. The group said [[nearly 4,000 prisoners|other;a=The group;alt=Iran Human Rights]] were on death row.
[[Some 35 families|other;a=campaigners]] of prisoners joined a vigil outside the prison, campaigners said.
""",
)

item(
    "Protester executed in Mashhad, second in a week",
    """
Iran hanged a protester in Mashhad on {{Monday}}, Mizan said, {{five days}} after executing another man in Isfahan.
Amnesty International said the man was one of [[at least 25 people|other;a=Amnesty International]] sentenced to death
over the protests and that [[at least 40 others|other;a=Amnesty International]] faced capital charges.
The judiciary said [[more than 200 people|other;a=The judiciary]] had been convicted in Mashhad over the unrest. HRANA said
[[dozens of protesters|arrested;a=HRANA]] gathered outside the prison overnight were held. Crowds of
[[up to 300 people|other]] chanted in the streets of Mashhad after the news spread.
Police said [[14 people|arrested;a=Police]] had been held over the street protests.
""",
)

item(
    "Baha'i women jailed in Isfahan crackdown",
    """
A Revolutionary Court in Isfahan has sentenced [[10 Baha'i women|other;a=the Baha'i International Community]] to prison terms totalling {{90 years}},
the Baha'i International Community said. It said [[more than 70 Baha'is|arrested;n=Baha'is;a=the Baha'i International Community]] had been arrested
across Iran in {{2024}}, and [[about 30 Baha'i-owned shops|other;a=the Baha'i International Community;u=structure]] sealed. The community said
[[at least 26 Baha'i students|other;a=The community;alt=the Baha'i International Community]] had been barred from university this year. Authorities also confiscated
[[around 50 homes|housing]] in Mazandaran province.
The Baha'i community counts [[about 300,000 members|civilians;a=The Baha'i community]] in Iran. [[Four Baha'i women|other]] were released on bail in {{October}}.
""",
)

item(
    "Prison overcrowding: official figures show 190,000 held",
    """
Iran holds [[about 190,000 prisoners|arrested;a=the head of the Prisons Organisation]] in jails designed for [[some 140,000|capacity;a=the head of the Prisons Organisation;n=-]],
the head of the Prisons Organisation told a parliamentary committee. He said [[12 new prisons|other;u=structure;a=the head of the Prisons Organisation;p]] would be built by
{{2027}} with room for [[up to 25,000 inmates|capacity;a=the head of the Prisons Organisation;p]]. He said [[about 15,000|arrested;a=the head of the Prisons Organisation;n=-]] were held for unpaid debts and
that charities had paid to free [[3,400 of them|other;a=the head of the Prisons Organisation;n=-]] this year.
""",
)

item(
    "Iran's judiciary chief calls for faster trials",
    """
Iran's judiciary chief said on {{Monday}} that trials in security cases should be completed within {{three months}}, down from
{{an average of 11 months}}. Gholamhossein Mohseni-Ejei, who has led the judiciary since {{2021}}, told a meeting of senior judges in
Tehran that appeals should be heard within {{45 days}}. He said the judiciary's budget for the {{year to March 2026}} had risen by
{{30%}}. The meeting marked the {{45th anniversary}} of the founding of the Revolutionary Courts.
""",
)

item(
    "Lawyer Nasrin Sotoudeh sentenced again",
    """
The human rights lawyer Nasrin Sotoudeh was sentenced in absentia to {{three years and seven months}} on new charges, her husband said on {{Thursday}}.
Sotoudeh, {{aged 61}}, was first jailed in {{2010}} and in {{2019}} received a combined term of {{38 years}} and {{148 lashes}}, of which
{{12 years}} were enforceable. She was released on medical furlough in {{November 2021}}. Her husband, Reza Khandan, was himself given
{{six years}} in {{2019}}.
""",
)
