"""dev254 items: Singapore, Malaysia, Bangladesh, Myanmar, Pakistan, Afghanistan and Japan."""

from _wrap import item

item(
    "Singapore hangs man over cannabis as executions hit two-decade high",
    """Singapore hanged a {{46-year-old}} man on Wednesday for conspiring to traffic {{1
    kilogram}} of cannabis, the Central Narcotics Bureau said, the city-state's {{17th}}
    execution of the year and the most since {{2003}}. Rights groups counted [[nine executions|killed;a=Rights groups]] in {{2024}}
    and [[five|killed;a=Rights groups]] in {{2023}}. The Transformative Justice Collective
    said [[at least 48 people|arrested;a=The Transformative Justice Collective]] remained on
    death row, nearly all of them for drug offences, among them [[about 20
    Malaysians|arrested;a=The Transformative Justice Collective]]. Activists said [[more than
    30 relatives|other;a=Activists]] of condemned prisoners had signed a letter asking the
    president for clemency, which was last granted in {{1998}}. Singapore says the death penalty has kept the city largely free of drug
    syndicates, and that {{two in three}} residents support it.""",
)

item(
    "Malaysia commutes over 1,000 death sentences after ending mandatory hanging",
    """Malaysia's Federal Court has commuted [[more than 1,000 death sentences|other;a=the
    court]] since the mandatory death penalty was abolished in {{2023}}, replacing them with
    prison terms of {{30 to 40 years}}, the court said. [[Around 1,300 prisoners|arrested;a=Amnesty
    International]] were on death row when the law changed, according to Amnesty
    International, [[roughly 500|arrested;a=Amnesty International]] of them foreign nationals.
    Judges have ordered the immediate release of [[at least 120 inmates|other;a=lawyers]] who
    had already served their new terms, lawyers say. [[Eleven|other]] of those freed were
    women convicted of drug trafficking. Malaysia has not carried out an execution since
    {{2018}}, but [[as many as 40 people|arrested;a=the home ministry]] still face a death
    sentence for offences outside the reform, the home ministry said.""",
)

item(
    "Hasina sentenced to death over July crackdown",
    """Bangladesh's International Crimes Tribunal sentenced former Prime Minister Sheikh Hasina
    to death in absentia on {{17 November 2025}} for crimes against humanity during the
    student-led uprising of July and August {{2024}}. The UN human rights office has said [[up
    to 1,400 people|killed;a=The UN human rights office]] may have been killed in the
    crackdown and that [[thousands|injured;a=The UN human rights office]] were wounded. Police
    and paramilitaries arrested [[more than 11,700 people|arrested;a=the UN office;alt=The UN
    human rights office]] in those weeks, the UN office said. The interim government's health
    advisers list [[844 dead|killed;a=The interim government's health advisers]] and [[about
    13,000 injured|injured;a=The interim government's health advisers]] by name.
    Prosecutors said [[more than 80 witnesses|other;a=Prosecutors]] testified during the trial,
    which lasted {{five months}}. Hasina, who fled to India on {{5 August 2024}}, called the
    verdict politically motivated. Her Awami League says [[over 400 of its
    supporters|killed;a=Awami League]] were killed in reprisals after her fall.""",
)

item(
    "Bangladesh commission lists hundreds never seen again after arrest",
    """The Commission of Inquiry on Enforced Disappearances said on Tuesday it had received
    complaints concerning [[1,676 people|missing;a=The Commission of Inquiry on Enforced
    Disappearances]] picked up by security forces between {{2009}} and {{2024}}. Of those, [[at
    least 200|missing;a=The Commission of Inquiry on Enforced Disappearances]] have never been
    found, it said. The commission also identified [[eight secret detention sites|other;a=The
    commission;alt=The Commission of Inquiry on Enforced Disappearances]] run by the Rapid
    Action Battalion and military intelligence in Dhaka, including the cells known as
    Aynaghar, or House of Mirrors. Human Rights Watch said [[more than 600 people|missing;a=Human
    Rights Watch]] had been forcibly disappeared in the period, of whom [[about 80|killed;a=Human
    Rights Watch]] were later found dead. A special tribunal has since charged [[22 serving and
    retired officers|arrested]], most of them from the army. "My son was {{19}} when they took
    him," said a mother who has searched for {{11 years}}.""",
)

item(
    "Court frees border guards jailed over 2009 Pilkhana mutiny",
    """A Dhaka court on Sunday granted bail to [[178 former border guards|other;a=defence
    lawyers]] who had spent more than {{15 years}} in jail over the {{2009}} mutiny at the
    Bangladesh Rifles headquarters in Pilkhana, defence lawyers said. The mutiny left [[74
    people|killed]] dead, including [[57 army officers|killed]] serving with the force. In
    {{2013}}, a special court sentenced [[152 soldiers|arrested]] to death in what was then the
    largest criminal trial in the country's history, with [[846 defendants|arrested]] in the
    dock. The High Court later upheld [[139|arrested]] of the death sentences and acquitted
    [[278 people|other]]. Relatives say [[at least 50|killed;a=Relatives]] of the accused died
    in custody while the cases dragged on. A new inquiry commission is due to report by
    {{30 June}}.""",
)

item(
    "Bangladesh court condemns five over killing of Rohingya leader",
    """A court in Cox's Bazar sentenced [[five members|arrested;a=prosecutors]] of the Arakan
    Rohingya Salvation Army to death on Wednesday for the {{2021}} killing of Rohingya leader
    Mohib Ullah inside Kutupalong camp, prosecutors said. Mohib Ullah had documented the
    killing of [[about 10,000 Rohingya|killed;a=Mohib Ullah]] during the Myanmar army's
    {{2017}} campaign in Rakhine state. That campaign drove [[more than 740,000 people|displaced]]
    into Bangladesh. The camps now shelter [[about 1.1 million refugees|displaced;a=the UN
    refugee agency]], the UN refugee agency says, spread across [[33 camps|capacity;a=the UN
    refugee agency]]. The World Food Programme feeds [[nearly 1 million people|aid]] there on
    rations worth {{$12}} a month. Under a pilot plan agreed with Myanmar, [[an initial 1,100
    refugees|returned;p]] would be sent back, but none has gone.""",
)

item(
    "Myanmar junta hangs four activists in first executions in decades",
    """Myanmar's junta executed [[four democracy activists|killed;a=state media]], including
    former lawmaker Phyo Zeya Thaw and veteran campaigner Ko Jimmy, state media said on {{25
    July 2022}}, the country's {{first}} use of the death penalty in more than {{30 years}}. The
    Assistance Association for Political Prisoners said military tribunals had sentenced [[at
    least 117 people|arrested;a=The Assistance Association for Political Prisoners]] to death
    since the {{2021}} coup, [[41|arrested]] of them in absentia. The group counts [[more than
    2,100 people|killed;a=The group;alt=The Assistance Association for Political Prisoners]]
    killed by security forces and [[11,759|arrested;a=The group;alt=The Assistance Association
    for Political Prisoners]] still in detention. Families were not allowed to collect the
    bodies. [[Hundreds of people|other]] marched through Yangon in a flash protest the next
    morning, and [[at least 14|arrested;a=witnesses]] were detained, witnesses said.""",
)

item(
    "Under martial law, Myanmar's tribunals hand down death sentences without appeal",
    """Myanmar's military has placed [[more than 60 townships|other;u=other;a=the UN]] under
    martial law since the {{2021}} coup, according to the UN, bringing [[an estimated 7.5
    million people|civilians;a=the UN]] under military tribunals that can impose death
    sentences with no right of appeal. Data for Myanmar, which tracks arson attacks, says
    soldiers have burned [[more than 100,000 homes|housing;a=Data for Myanmar]] since the coup,
    [[about 70,000|housing;a=Data for Myanmar;u=structure]] of them in Sagaing region. [[More than 3.5
    million people|displaced;a=the UN humanitarian office]] are displaced across the country,
    the UN humanitarian office says. Aid groups have reached [[fewer than 1 million|aid;a=Aid
    groups]] of them this year, they said. Villagers in Kani township told reporters that
    soldiers had detained [[dozens of men|arrested;a=Villagers in Kani township]] and that
    [[at least 17|missing;a=Villagers in Kani township]] had not been seen since.""",
)

item(
    "Myanmar pardons thousands, but few political prisoners walk free",
    """Myanmar's military government pardoned [[9,652 prisoners|other;a=state media]] to mark
    Independence Day, state media said, including [[114 foreigners|returned;a=state media;p]]
    who are to be deported. The Assistance Association for Political Prisoners said only
    [[about 300|other;a=The Assistance Association for Political Prisoners]] of those freed
    were held on political charges. Yangon's Insein prison, built by the British for [[about
    5,000 inmates|capacity]], now holds more than {{twice}} that, former inmates say. [[Hundreds
    of relatives|other;a=reporters]] waited outside its gates from dawn, reporters said. The
    junta also commuted the death sentences of [[30-40 prisoners|other]] to life. The
    International Committee of the Red Cross, allowed back into Insein for the {{first}} time
    since the coup, delivered [[2,500 blankets|aid;a=the ICRC]] and medicine, the ICRC said.""",
)

item(
    "Pakistan military courts sentence 85 civilians over May 9 riots",
    """Pakistan's military courts have sentenced [[85 civilians|arrested;a=the army's media
    wing]] to prison terms of between {{two and 10 years}} over the riots of {{9 May 2023}}, the
    army's media wing said, after supporters of former Prime Minister Imran Khan attacked
    military installations. [[Nineteen|other;a=the army]] of those convicted were later
    pardoned by the army chief, the army said. The unrest left [[at least eight
    people|killed]] dead and [[more than 290|injured;a=the government]] injured, most of them
    police officers, according to the government. Rioters damaged or set fire to [[more than 20
    military buildings|housing]], including the corps commander's house in Lahore. Police
    arrested [[over 5,000 people|arrested;a=the interior ministry]] in the week after the
    riots, the interior ministry said. Human rights groups said civilians should not be tried
    by military courts.""",
)

item(
    "Blasphemy death sentences pile up in Pakistan after Jaranwala riots",
    """A Pakistani anti-terrorism court sentenced [[two Christian brothers|arrested;a=their
    lawyer]] to death for blasphemy on Friday, their lawyer said, {{two years}} after the
    accusation against them set off riots in Jaranwala. Mobs in the town burned or ransacked
    [[26 churches|housing;a=the Punjab government]] and [[more than 80 Christian
    homes|housing;a=the Punjab government]], according to the Punjab government, and [[hundreds
    of families|displaced]] spent nights in the fields. Police arrested [[about 160
    suspects|arrested;a=Police]] over the violence, police said, but most have
    since been released on bail. The Centre for Social Justice, a Lahore-based group, says
    [[more than 750 people|arrested;a=The Centre for Social Justice]] were accused of blasphemy
    in {{2024}}, and that [[at least 10|killed;a=The Centre for Social Justice]] were killed by
    mobs before reaching court. No one has been executed for blasphemy in Pakistan.""",
)

item(
    "Taliban carry out public execution in stadium as floggings rise",
    """The Taliban publicly executed a man convicted of murder in a sports stadium in Khost on
    Tuesday, the Supreme Court said, the {{sixth}} public execution since the group returned to
    power in August {{2021}}. [[Thousands of spectators|other;a=witnesses]] watched, witnesses
    said, as a relative of the victim fired the shots. The UN Assistance Mission in
    Afghanistan said the Taliban had publicly flogged [[more than 600 people|other;a=The UN
    Assistance Mission in Afghanistan]] in {{2024}}, [[at least 100|other;a=The UN Assistance
    Mission in Afghanistan]] of them women. UNAMA has also documented [[at least 218
    extrajudicial killings|killed;a=UNAMA]] of former government officials and members of the
    security forces since the takeover. Taliban intelligence is holding [[dozens of former
    soldiers|arrested;a=relatives]], relatives say. Meanwhile [[more than 1.8 million
    Afghans|returned;a=the International Organization for Migration]] returned from Iran and
    Pakistan in {{2025}}, the International Organization for Migration said, and [[about
    600,000|aid;a=the International Organization for Migration]] of them received help at the
    border.""",
)

item(
    "Japan hangs 'Twitter killer' in first execution in nearly three years",
    """Japan hanged Takahiro Shiraishi, the so-called Twitter killer, on {{27 June 2025}}, the
    justice ministry said, the country's first execution since {{2022}}. Shiraishi was
    convicted of murdering [[nine people|killed]] he met online at his apartment in Zama, near
    Tokyo, in {{2017}}. Japan still has [[105 people|arrested;a=the ministry;alt=the justice
    ministry]] on death row, the ministry said, [[49|arrested;a=the ministry;alt=the justice
    ministry]] of whom are seeking a retrial. The last man hanged before him, in {{2022}}, had
    killed [[seven people|killed]] and injured [[10 others|injured]] in the {{2008}} Akihabara
    rampage. In {{2018}}, [[13 members|killed]] of the Aum Shinrikyo cult were executed over
    crimes including the {{1995}} sarin attack on the Tokyo subway, which killed [[14
    people|killed]] and sickened [[about 6,000|injured]]. A government survey found {{83%}} of
    the public in favour of the death penalty.""",
)

item(
    "Bangladesh top court acquits Jamaat leader once sentenced to hang",
    """Bangladesh's Appellate Division on {{27 May 2025}} acquitted Jamaat-e-Islami leader ATM
    Azharul Islam, who had been sentenced to death for crimes committed during the {{1971}}
    independence war, and ordered his release. The war crimes tribunal set up in {{2010}} has
    sentenced [[more than 100 people|arrested;a=prosecutors]] to death, prosecutors said, and
    [[six opposition leaders|killed]] were hanged between {{2013}} and {{2016}}. Bangladesh
    says [[3 million people|killed;a=Bangladesh]] were killed in the war, while [[about 10
    million refugees|displaced]] fled to India. Protests over the {{2013}} verdicts left [[more
    than 150 people|killed;a=rights groups]] dead, rights groups said. The same tribunal is now
    trying [[about 40 people|arrested]] over the {{2024}} crackdown.""",
)

item(
    "Singapore's drug law: the thresholds that mean death",
    """Under Singapore's Misuse of Drugs Act, first passed in {{1973}}, trafficking more than
    {{15 grams}} of diamorphine, {{500 grams}} of cannabis or {{250 grams}} of methamphetamine
    carries the death penalty. Amendments in {{2012}} allowed judges to impose life
    imprisonment and {{15 strokes}} of the cane on couriers who help the authorities. The
    Court of Appeal ruled in {{2023}} that a {{37-year-old}} appellant had been properly
    sentenced. Hangings take place on Friday mornings at {{6 a.m.}} at Changi prison, with
    notice of {{one week}} given to families.""",
)

item(
    "Bangladesh amends war crimes law to try parties",
    """Bangladesh's interim government amended the International Crimes (Tribunals) Act of
    {{1973}} on {{17 February 2025}}, allowing political parties to be tried as organisations.
    The ordinance changes {{Section 20}} of the law and gives defendants {{30 days}} to appeal
    instead of {{15 days}}. Chief prosecutor Mohammad Tajul Islam, {{52}}, said the first
    indictments would be filed within {{two months}}. A previous amendment, passed in {{2013}},
    allowed the state to appeal against a sentence of life imprisonment.""",
)
