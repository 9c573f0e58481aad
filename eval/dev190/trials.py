"""Investigations, trials, verdicts, inquests and inquiries after attacks, 2015-2026, with the
counts of the attacks they recall (14 texts, 2 without a figure)."""

from _wrap import item

item(
    "Nice truck attack: Paris appeals court upholds convictions of seven",
    """The special assize court of appeal in Paris on Friday convicted [[seven
    defendants|arrested]] of helping the man who drove a {{19-tonne}} truck along the Promenade
    des Anglais in Nice on {{July 14, 2016}}, killing [[86 people|killed]] and injuring [[more
    than 450|injured]]. It acquitted [[one|arrested]] of terrorist conspiracy. [[Two of the
    accused|arrested;n=accused]], who supplied the attacker with a pistol, were sentenced to
    {{18 years}} in prison. The attacker, a {{31-year-old}} Tunisian, was shot dead by police at
    the scene. [[Fifteen of the victims|killed;n=victims]] were children. Over {{three months}},
    the court heard from [[more than 250 civil parties|other]], survivors and relatives of the
    dead. The France Victimes association said it was still supporting [[about 900
    people|aid;a=The France Victimes association]] affected by the attack.""",
)

item(
    "Gloucester park stabbings: victims were unlawfully killed, inquest jury finds",
    """An inquest jury has concluded that [[three men|killed]] stabbed in a Gloucester park in
    June {{2023}} were unlawfully killed, and that failings by mental health services
    contributed to their deaths. The inquest, which sat for {{seven weeks}}, heard evidence from
    [[more than 60 witnesses|other]]. It was told that the first {{999}} call was made at
    {{6.58pm}} and that [[12 more calls|other;u=other]] followed within {{four minutes}}. [[Two
    officers|combatants]] arrived within {{three minutes}}, and [[four ambulances|other]] and an
    air ambulance were sent. [[Two other men|injured]] were injured in the attack. The attacker,
    now {{29}}, was given a whole-life order in {{2024}}. Senior coroner Ann Black said she
    would write [[three prevention of future deaths reports|other;u=other;p;a=Senior coroner Ann
    Black]].""",
)

item(
    "Christchurch mosque attacks: coroner finds faster response would not have saved lives",
    """A coroner has found that none of the [[51 people|killed]] killed in the attacks on Al
    Noor Mosque and the Linwood Islamic Centre on {{15 March 2019}} could have been saved by a
    faster emergency response, in findings released today after a {{six-week}} inquest.
    [[Forty-four of the victims|killed;n=victims]] died at Al Noor and [[seven|killed]] at
    Linwood. [[About 40 people|injured]] were wounded. The coroner said [[about 120
    calls|other;u=other;a=The coroner]] were made to {{111}} in the first half hour, and that
    the first armed officers reached Linwood {{18 minutes}} after the first call. The inquest
    heard from [[more than 80 witnesses|other]]. The coroner made [[10
    recommendations|other;u=other]], including on ambulance access to sites still considered
    dangerous.""",
)

item(
    "Crocus City Hall trial opens behind closed doors in Moscow",
    """The trial of [[19 defendants|arrested]] accused of involvement in the March {{2024}}
    attack on Crocus City Hall, which killed [[145 people|killed]], opened at a military court
    in Moscow on Monday, with most hearings closed to the press. Prosecutors say [[four
    gunmen|combatants;a=Prosecutors]], all citizens of Tajikistan, shot concert-goers and set
    fire to the building, injuring [[more than 600 people|injured;a=Prosecutors]]. [[More than
    6,000 people|civilians]] were in the hall for a rock concert that evening. The Investigative
    Committee said it had questioned [[about 1,000 witnesses|other;a=The Investigative
    Committee]]. In the weeks after the attack, police across Russia detained [[hundreds of
    migrants|arrested;a=human rights groups]] from Central Asia in raids, human rights groups
    say. The defendants face life imprisonment.""",
)

item(
    "Man who killed 9 at Kentucky church sentenced to life without parole",
    """LEXINGTON, Ky. (AP) - A man who killed [[nine people|killed]] and wounded [[three
    others|injured]] at a Black church in Lexington in {{2023}} was sentenced Friday to life in
    prison without the possibility of parole, after a judge heard from [[more than 20
    relatives|other]] of the victims. The {{24-year-old}} had pleaded guilty to {{nine counts}}
    of murder. Police said he fired [[more than 50 rounds|other;a=Police]] from an
    {{AR-15}}-style rifle during the {{eight-minute}} attack, when [[about 40
    worshippers|civilians;a=Police]] were at Bible study. Prosecutors said he had visited [[four
    other churches|other;u=structure;a=Prosecutors]] in the weeks before. A fund set up after
    the shooting has distributed {{$3.1 million}} to [[12 families|aid]]. The church, at {{225
    North Limestone}}, reopened last spring.""",
)

item(
    "State inquiry finds police failures on night of Bochum shisha bar shootings",
    """A state parliamentary inquiry in North Rhine-Westphalia has found that the emergency line
    was overwhelmed on the night a far-right extremist shot dead [[seven people|killed]] at a
    shisha bar and a kiosk in Bochum in {{2021}}. [[Five others|injured]] were wounded. The
    inquiry's report says the local police control room had only [[two operators|other;a=The
    inquiry's report]] on duty and that [[at least 14 emergency calls|other;u=other;a=The
    inquiry's report]] went unanswered in the first {{15 minutes}}. It also found that police
    had renewed [[two firearms licences|other;u=other;a=The inquiry's report]] for the attacker,
    a {{43-year-old}} German, despite warnings. [[More than 40 witnesses|other]] testified over
    {{two years}}, and the report makes [[32 recommendations|other;u=other]].""",
)

item(
    "Court convicts two, acquits one over DusitD2 hotel attack",
    """A Nairobi court on Tuesday convicted [[two men|arrested]] of conspiring to commit a
    terrorist act and acquitted [[one|arrested]] over the January {{2019}} attack on the
    {{DusitD2}} hotel complex, in which [[21 people|killed]] were killed and [[28
    people|injured]] injured. Chief Magistrate Ruth Nyaboke said the prosecution had called [[46
    witnesses|other;a=Chief Magistrate Ruth Nyaboke]] over {{four years}}. [[Five
    attackers|killed]] were killed by security forces during the {{20-hour}} siege, and [[more
    than 700 people|displaced]] were rescued from the complex. The two will be sentenced on
    {{June 5}}; they face up to {{30 years}} in jail.""",
)

item(
    "Sulu court convicts 5 over Jolo cathedral bombings",
    """A regional trial court on Thursday convicted [[five people|arrested]] over the January
    {{2019}} twin bombings at the cathedral in Jolo, Sulu, which killed [[23 people|killed]] and
    injured [[more than 100|injured]]. [[Two of the accused|arrested;n=accused]] were acquitted
    for insufficient evidence. The court sentenced each of the five to reclusion perpetua, or up
    to {{40 years}} in prison, on {{23 counts}} of murder. The bombings were carried out by
    [[two Indonesian suicide bombers|killed;a=police]], according to police. [[Five of the
    dead|killed;n=dead]] were soldiers. Prosecutors presented [[31 witnesses|other]] during the
    trial, which began in {{2020}}.""",
)

item(
    "Brussels jury convicts six of murder over 2016 bombings",
    """A Brussels jury on Tuesday found [[six men|arrested]] guilty of terrorist murder over the
    {{March 22, 2016}} suicide bombings at Zaventem airport and Maelbeek metro station, which
    killed [[32 people|killed]] and wounded [[hundreds|injured]]. [[Two defendants|arrested]]
    were acquitted. [[Three of the bombers|killed;n=bombers]] died in the attacks. The trial,
    the largest in Belgian history, lasted {{seven months}} and heard from [[nearly 1,000 civil
    parties|other]]. [[About 400 police officers|combatants]] guarded the former NATO
    headquarters where the verdict was read out. Sentences will be set in September.""",
)

item(
    "Turkish court hands Reina nightclub gunman 40 life terms in retrial",
    """An Istanbul court on Wednesday sentenced the gunman who killed [[39 people|killed;a=state
    media]] at the Reina nightclub on New Year's night {{2017}} to {{40 aggravated life
    sentences}} and {{1,368 years}} in prison in a retrial, state media reported. [[Twenty-seven
    of the dead|killed;n=dead]] were foreign nationals, and [[79 people|injured]] were wounded.
    The court also convicted [[nine other defendants|arrested]] of aiding him and acquitted
    [[11|arrested]]. [[About 700 people|civilians]] were celebrating inside the club when the
    gunman, an Uzbek national, opened fire at {{1:15 am}}. He fired [[more than 120
    rounds|other]] in {{seven minutes}}.""",
)

item(
    "Bali bomb-maker freed on parole after serving 12 years",
    """A bomb-maker convicted over the {{October 12, 2002}} Bali bombings, which killed [[202
    people|killed]], including [[88 Australians|killed]], was released on parole from a prison
    in East Java on Wednesday. He had been sentenced to {{20 years}} in {{2012}} and received
    remissions totalling {{33 months}}. [[Two other men|arrested]] convicted over the bombings
    remain in prison. [[About 30 relatives|other]] of Australian victims gathered at the Kuta
    memorial to protest. The National Counterterrorism Agency (BNPT) said it was monitoring
    [[more than 1,000 former terrorism convicts|other;a=The National Counterterrorism Agency
    (BNPT)]].""",
)

item(
    "Perth stabbings inquest hears ambulances waited outside for 14 minutes",
    """The inquest into the deaths of the [[five people|killed]] killed in a stabbing rampage at
    a Perth shopping centre has heard that [[six ambulances|other]] waited outside for {{14
    minutes}} before paramedics were allowed in. [[More than 30 officers|combatants;a=counsel
    assisting the coroner]] reached the centre within {{12 minutes}}, counsel assisting the
    coroner said, but only [[two paramedics|other;a=counsel assisting the coroner]] entered
    before the area was declared safe. [[Three of the victims|killed;n=victims]] were still
    alive when the first officer reached them. The inquest will hear from [[about 70
    witnesses|other;p]] over {{four weeks}}, and the coroner has received [[more than 2,000
    pages|other;u=other]] of statements.""",
)

item(
    "Trial of festival knife attack suspect to open in Dusseldorf in May",
    """The Higher Regional Court in Dusseldorf will open the trial of the man accused of the
    knife attack at a city festival in Siegen on {{May 27}}, the court said on Tuesday. The
    {{27-year-old}} Syrian is charged with murder and with membership of a foreign terrorist
    organisation under {{Sections 129a and 129b}} of the criminal code. Judges have scheduled
    hearings until {{September 2025}}. If convicted he faces life imprisonment, with parole
    possible after {{15 years}} unless the court finds particular gravity of guilt.""",
)

item(
    "Court extends NIA custody of Hyderabad blast accused by 14 days",
    """A special NIA court in Hyderabad on Monday extended the custody of the {{32-year-old}}
    man accused in the Ameerpet restaurant blast case by {{14 days}}. The agency told the court
    that the accused had visited the restaurant on {{February 27}} and {{March 1}} and had
    stayed at a lodge on {{Road No. 12}}, Banjara Hills. He has been booked under {{Section 16}}
    of the UAPA. The next hearing is on {{April 9}} at {{10.30 am}}.""",
)
