"""dev351 items: the November 2019 fuel protests and the 2022 Woman Life Freedom protests."""

from _wrap import item

item(
    "Amnesty says fuel protest toll rose as families came forward",
    """
Amnesty International said on Monday it had documented the deaths of [[at least 304 people|killed;a=Amnesty International]]
during the crackdown on protests that broke out after petrol prices were raised on {{15 November 2019}}.
Among the dead were [[23 children|killed;a=the group;alt=Amnesty International]], the group said, most of them shot in the head or torso.
The organisation said security forces had also detained [[thousands of protesters|arrested;a=The organisation;alt=Amnesty International]],
including [[some 200 students|arrested;a=The organisation;alt=Amnesty International]] held in Tehran, Shiraz and Mashhad.
Iranian authorities have not published a full toll. A lawmaker said in parliament that [[about 7,000 people|arrested;a=A lawmaker]]
were detained in the first week alone, a figure the interior ministry did not confirm.
Residents of Mahshahr said [[as many as 100 people|killed;a=Residents of Mahshahr]] were shot in the marshes outside the town and that [[12 others|missing;a=Residents of Mahshahr]] were never found.
""",
)

item(
    "Reuters: 1,500 killed in two weeks of unrest, officials say",
    """
About [[1,500 people|killed;a=three Iranian interior ministry officials]] were killed during less than {{two weeks}} of unrest
that started on {{November 15}}, three Iranian interior ministry officials told Reuters. The toll included
[[at least 17 teenagers|killed;a=the officials;alt=three Iranian interior ministry officials]] and [[about 400 women|killed;a=the officials;alt=three Iranian interior ministry officials]],
as well as some members of the security forces and police, the officials said.
[[More than 4,000 people|injured;a=the officials]] were wounded and [[at least 7,000|arrested;a=the officials;n=-]] were detained, the officials added,
speaking on condition of anonymity.
Tehran province accounted for [[about 300 deaths|killed;a=one of the officials]], one of the officials said, and Khuzestan for [[more than 160|killed;a=one of the officials;n=-]].
""",
)

item(
    "Interior minister gives damage tally from fuel riots",
    """
Interior Minister Abdolreza Rahmani Fazli said on Wednesday that rioters had set fire to or damaged
[[731 bank branches|housing;a=Interior Minister Abdolreza Rahmani Fazli;u=structure]] and [[140 public buildings|housing;a=Interior Minister Abdolreza Rahmani Fazli]]
across the country. He said [[70 petrol stations|housing;a=Interior Minister Abdolreza Rahmani Fazli;u=structure]] and [[nine religious centres|housing;a=Interior Minister Abdolreza Rahmani Fazli]] had also been attacked,
and that [[183 police vehicles|other;a=Interior Minister Abdolreza Rahmani Fazli]] were burned. He gave the number of protesters who took part at
[[up to 200,000|other;a=Interior Minister Abdolreza Rahmani Fazli;n=-]] in [[29 provinces|other;u=other;a=Interior Minister Abdolreza Rahmani Fazli]]. State television said the damage ran to
{{several trillion rials}}.
""",
)

item(
    "Mahsa Amini protests: rights group puts death toll at 476",
    """
Iranian security forces have killed [[at least 476 people|killed;a=Iran Human Rights]] in the protests that began after
the death in custody of {{22-year-old}} Mahsa Amini, Iran Human Rights said on Tuesday, among them
[[64 minors|killed;a=Iran Human Rights]] and [[34 women|killed;a=Iran Human Rights]]. The Oslo-based group said the largest
single toll was in Zahedan, where [[more than 90 worshippers and bystanders|killed;a=The Oslo-based group;alt=Iran Human Rights]] were shot on
{{30 September}} in what residents call Bloody Friday. It said [[at least 14,000 people|arrested;a=Iran Human Rights]]
had been arrested, a figure the United Nations has also cited. [[Dozens|missing;a=the group;alt=Iran Human Rights;n=-]] more remain
unaccounted for, the group added.
""",
)

item(
    "HRANA counts 19,000 arrests in 100 days of protests",
    """
The activist news agency HRANA said on {{Friday}} that [[19,262 people|arrested;a=The activist news agency HRANA]] had been arrested
in the first {{100 days}} of the protests, in [[161 cities|other;u=other;a=The activist news agency HRANA]] and on [[144 university campuses|other;a=The activist news agency HRANA;u=structure]].
It counted [[516 protesters|killed;a=The activist news agency HRANA]] killed, including [[70 children|killed;a=The activist news agency HRANA]],
and [[68 members of the security forces|killed;a=The activist news agency HRANA]].
The agency said [[at least 687 students|arrested;a=The agency;alt=The activist news agency HRANA]] were among those detained.
""",
)

item(
    "Eye injuries mount as doctors treat shotgun wounds",
    """
Doctors in Tehran and Kurdistan province have treated [[hundreds of protesters|injured;a=medics]] for eye wounds caused by
metal pellets, medics told the Guardian, with [[more than 580 cases|injured;a=medics;u=person]] recorded at one Tehran hospital
alone since {{mid-September}}. An ophthalmologist in Sanandaj said she had operated on [[roughly 40 patients|injured;a=An ophthalmologist in Sanandaj]]
in a {{single week}}. [[At least three surgeons|arrested;a=the Iranian Medical Council]] who spoke out were detained,
the Iranian Medical Council said in a letter, and [[some 300 wounded protesters|injured;a=the council;alt=the Iranian Medical Council]]
had been afraid to go to hospitals, the council said, for fear of arrest.
A petition signed by [[more than 140 eye doctors|other]] urged the police to stop firing at faces. [[At least 500 people|injured;a=the Kurdistan Human Rights Network]] lost the sight of one eye, according to a tally by the Kurdistan Human Rights Network.
""",
)

item(
    "Kurdish towns under heavy guard after deadly weekend",
    """
Iran sent [[thousands of Revolutionary Guards|combatants]] and Basij militiamen into Mahabad, Javanrud and Piranshahr at the
weekend, according to the Kurdish rights group Hengaw, which said [[at least 11 people|killed;a=the Kurdish rights group Hengaw]]
were killed in {{48 hours}}. Hengaw said [[some 40 armoured vehicles|other;a=Hengaw]] were seen entering Mahabad
on Sunday. [[More than 1,000 residents|displaced;a=local activists]] fled to surrounding villages, local activists said.
The Guards said [[two of their members|killed;a=The Guards]] had been killed by "rioters". In Javanrud
[[about 60 people|injured]] were treated for gunshot wounds.
""",
)

item(
    "Students held after campus sit-ins in Tehran",
    """
Police arrested [[at least 120 students|arrested;a=the Council of Iranian Student Unions]] after sit-ins at Sharif University of
Technology and Tehran University, the Council of Iranian Student Unions said on {{4 October}}.
The council said [[37 students|missing;a=The council;alt=the Council of Iranian Student Unions]] could not be traced by their families
and that [[around 30 lecturers|other;a=The council;alt=the Council of Iranian Student Unions]] had been suspended for backing them.
University officials said [[14 students|other;a=University officials]] had been released and sent back to their dormitories.
Witnesses said [[a dozen buses|other]] carrying riot police had surrounded the campus.
[[Some 400 parents|other;a=witnesses]] gathered at the gates, witnesses said. Officials said [[as many as 40 students|other;a=Officials]] faced disciplinary hearings.
""",
)

item(
    "Iran says 22,000 protesters pardoned in amnesty",
    """
Iran's judiciary chief Gholamhossein Mohseni-Ejei said on {{Monday}} that [[22,000 people|other;a=Iran's judiciary chief Gholamhossein Mohseni-Ejei]]
arrested during the protests had been pardoned under an amnesty ordered by the Supreme Leader to mark the anniversary of the
{{1979}} revolution. Rights groups said the figure suggested the true number held was far higher than the
[[20,000|arrested;n=-;a=Rights groups]] they had estimated. The amnesty excludes [[about 100 people|other;a=Iran Human Rights]] charged
with capital offences, Iran Human Rights said. Mizan, the judiciary's news agency, reported that
[[more than 80,000 prisoners|other;a=Mizan, the judiciary's news agency]] in total would have sentences reduced or cancelled. The judiciary said [[about 3,000 others|other;a=The judiciary]] had been freed on bail.
Rights groups estimate that [[between 300 and 400 protesters|arrested;a=Rights groups]] remain in jail.
""",
)

item(
    "Anniversary of protests passes under tight security",
    """
Iran deployed [[tens of thousands of security forces|combatants;a=rights groups]] in Kurdish cities on the first
anniversary of Mahsa Amini's death, rights groups said, and Amini's father was briefly detained outside the family home in Saqqez.
Hengaw said [[at least 200 people|arrested;a=Hengaw]] were arrested in Kurdistan province on {{16 September 2023}},
[[83 of them|arrested;a=Hengaw;n=-]] in Saqqez. HRANA reported shops closed in [[more than 30 towns|other;a=HRANA]] in a strike call.
[[Around 1,500 mourners|other;a=witnesses]] tried to reach Amini's grave at Aichi cemetery, witnesses said. Internet access fell by {{nearly 40%}}, the monitor NetBlocks said.
In Mahabad, [[two people|injured]] were hit by pellets.
""",
)

item(
    "Bloody Friday in Zahedan: families count their dead",
    """
A year after security forces opened fire on worshippers in Zahedan, Baluch activists say
[[104 people|killed;a=Baluch activists]] died that day, including [[13 children|killed;a=Baluch activists]].
Haalvsh, a Baluch rights group, said [[more than 300 people|injured;a=Haalvsh, a Baluch rights group]] were wounded and that
[[at least 17 bodies|killed;a=Haalvsh, a Baluch rights group]] were handed back to relatives only after they signed pledges not to hold funerals.
The provincial governor, who was later dismissed, had put the toll at [[35|killed;n=-;a=The provincial governor]].
Residents said [[about 20 homes|housing]] near the Makki mosque were raided in the days after.
""",
)

item(
    "Schoolgirls treated after gas attacks on girls' schools",
    """
Health officials said [[more than 5,000 schoolgirls|injured;a=Health officials]] had been treated for symptoms of
poisoning after suspected gas attacks on schools since {{late November}}, a wave that many parents linked to
the protest movement. The attacks hit [[more than 230 schools|other;a=the interior ministry]] in [[25 provinces|other;u=other;a=the interior ministry]],
the interior ministry said in {{March 2023}}, adding that [[over 100 people|arrested;a=the interior ministry]] had been detained.
No deaths were reported. [[Some 50 schools|other]] in Qom were closed in the worst week.
Local media said [[about 400 girls|injured;a=Local media]] were taken to hospital in Borujerd alone.
""",
)

item(
    "Women fined under new hijab law, lawyers say",
    """
Police in Tehran have shut [[more than 150 shops and cafes|other;a=lawyers;n=shops and cafes;u=structure]] for serving
unveiled women under the new chastity and hijab law, lawyers said. The law, approved by the Guardian Council
in {{2024}}, sets fines of up to {{360 million rials}} and prison terms of {{five to 10 years}} for repeat offenders.
Amnesty said [[at least 40 women|arrested;a=Amnesty]] had been detained over the summer and that
[[around 2,000 cars|other;a=Amnesty]] had been impounded after cameras caught women driving without a headscarf.
Police said [[some 8,000 officers|combatants;a=Police]] had been assigned to enforce the dress code in the capital, and Hengaw said
[[about 1.2 million warning messages|other;a=Hengaw;u=other]] had been sent to drivers.
Activists said [[at least 18 women|other;a=Activists]] had been sentenced to flogging.
""",
)

item(
    "Rights groups tally Woman Life Freedom toll after two years",
    """
Two years on, Iran Human Rights counts [[551 protesters|killed;a=Iran Human Rights]] killed by security forces in {{2022}} and
{{2023}}, [[68 of them|killed;a=Iran Human Rights;n=-]] children. Amnesty International says
[[at least 10 men|killed;a=Amnesty International]] have been executed in connection with the protests, and that
[[several dozen others|other;a=Amnesty International]] remain at risk of execution. The UN fact-finding mission said
[[hundreds of people|injured;a=The UN fact-finding mission]] were blinded or partly blinded. HRANA puts the number of
people still detained over the protests at [[about 190|arrested;a=HRANA;n=-]].
""",
)

item(
    "Fuel price rise sets off new round of protests in 2019",
    """
Protests broke out in [[more than 100 cities|other;u=other;a=the official news agency IRNA]] after the government raised the price of
regular petrol by {{50%}} to {{15,000 rials}} a litre, the official news agency IRNA said. The Revolutionary Guards said
they had arrested [[100 "ringleaders"|arrested;a=The Revolutionary Guards;n=ringleaders]] and deployed [[several thousand Basij volunteers|combatants;a=The Revolutionary Guards]].
Internet access was cut nationwide for {{about a week}}. State media said [[over 1,000 protesters|arrested;a=State media]] had been detained in Tehran province. In Behbahan, [[at least eight people|killed;a=local officials]]
died in clashes, local officials said.
In Shiraz, the governor said [[at least 50 banks|housing;a=the governor;u=structure]] were burned.
""",
)

item(
    "Iran's economy after the protests: rial slides again",
    """
The rial fell to {{610,000}} against the dollar on the open market on {{Tuesday}}, down from about
{{280,000}} when the protests began in {{September 2022}}. Annual inflation stood at {{47.5%}}, the Statistical
Centre of Iran said, with food prices up {{70 per cent}} on a year earlier. The central bank governor resigned on
{{29 December}}. Analysts at a Tehran brokerage said the currency could weaken past {{700,000}} by {{March}}.
""",
)

item(
    "Court jails rapper Toomaj Salehi, overturns death sentence",
    """
Iran's Supreme Court overturned the death sentence of the rapper Toomaj Salehi, his lawyer said on {{22 June 2024}}, and
sent the case back to a lower court. Salehi, {{aged 33}}, was arrested in {{October 2022}} after songs backing the protests, and was
sentenced in {{April 2024}} to death by a Revolutionary Court in Isfahan. He had earlier served
{{more than a year}} of a {{six-year-three-month}} sentence. His lawyer said a new hearing was set for {{July}}.
""",
)
