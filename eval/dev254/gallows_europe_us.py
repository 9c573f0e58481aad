"""dev254 items: Belarus, Russia and Ukraine, the US states, El Salvador and the worldwide
tallies."""

from _wrap import item

item(
    "World executions at highest level since 2015, Amnesty says",
    """Recorded executions worldwide rose to [[1,518|killed;a=Amnesty International]] in
    {{2024}}, the highest number since {{2015}}, Amnesty International said in its annual
    report on Tuesday. Iran accounted for [[at least 972|killed;a=the rights group;alt=Amnesty
    International]] of them, Saudi Arabia for [[345|killed;a=the rights group;alt=Amnesty
    International]] and Iraq for [[at least 63|killed;a=the rights group;alt=Amnesty
    International]], the rights group said. The figures exclude China, where [[thousands of
    people|killed;a=Amnesty]] are believed to be executed each year, Amnesty said. Courts in
    [[46 countries|other;u=other]] handed down [[at least 2,087 death sentences|arrested]], and
    [[more than 28,000 people|arrested;a=the organisation;alt=Amnesty International]] were known
    to be on death row at the end of the year, the organisation said. Executions were carried
    out in only [[15 countries|other;u=other]], the lowest number on record.""",
)

item(
    "US executions climb to highest level in more than a decade",
    """US states executed [[47 people|killed;a=the Death Penalty Information Center]] in {{2025}},
    the most since {{2009}}, according to the Death Penalty Information Center. Florida alone
    carried out [[19|killed]], a state record, followed
    by Texas with [[five|killed]] and Alabama with [[four|killed]].
    New death sentences remained near historic lows, with juries imposing [[about 25|arrested;a=the
    center;alt=the Death Penalty Information Center]], the center said. The number of people
    on death row nationwide fell to [[roughly 2,100|arrested]], down from [[more than 3,500|arrested]]
    at its peak around {{2000}}. [[Three prisoners|killed;a=state officials]] were put to death
    with nitrogen gas in Alabama and Louisiana, state officials said. [[Two others|other]] were granted clemency by their governors.""",
)

item(
    "Biden spares 37 of 40 on federal death row before leaving office",
    """President Joe Biden commuted the sentences of [[37 of the 40 men|other;a=the White
    House;n=men]] on federal death row to life without parole, the White House said on {{23
    December 2024}}, leaving [[three|arrested;a=the White House]] facing execution, among them
    the Boston Marathon bomber. The {{2013}} bombing killed [[three people|killed]] and injured
    [[more than 260|injured]]. The others spared include men convicted of killing guards and
    fellow inmates at federal prisons. President Donald Trump, who oversaw [[13 federal
    executions|killed]] in the last {{six months}} of his first term, ordered the attorney
    general on his first day back in office to seek the death penalty "in all appropriate
    cases". The Justice Department said in {{2025}} that it had authorised prosecutors to seek
    death sentences against [[at least 20 defendants|arrested;a=The Justice Department]], and
    that it expected to bring [[dozens more|arrested;a=The Justice Department;p;n=-]] capital cases.""",
)

item(
    "Belarus frees 52 prisoners and expels them to Lithuania",
    """Belarus released [[52 prisoners|other;a=the Lithuanian government]], among them opposition
    figures and foreigners, and drove them across the border into Lithuania on Thursday, the
    Lithuanian government said, in a deal brokered by Washington. [[Fourteen|other]] of those
    freed were foreign nationals. The rights group Viasna said [[about 1,150 political
    prisoners|arrested;a=The rights group Viasna]] remained behind bars, and that Belarus had
    released [[more than 300|other;a=Viasna]] through pardons since July {{2024}} while
    arresting [[hundreds of others|arrested;a=Viasna]]. [[At least seven|killed;a=Viasna]]
    political prisoners have died in custody since {{2021}}, Viasna said. Opposition leader
    Sviatlana Tsikhanouskaya, who lives in Vilnius, estimates that [[as many as 500,000
    Belarusians|displaced;a=Sviatlana Tsikhanouskaya]] have left the country since the {{2020}}
    election. Belarus has a population of [[about 9.2 million|civilians]].""",
)

item(
    "Five years on, Belarus's crackdown in numbers",
    """In the weeks after the disputed presidential election of {{9 August 2020}}, Belarusian
    police detained [[more than 35,000 people|arrested;a=the UN human rights office]], the UN
    human rights office said, many of them beaten in custody. Doctors in Minsk said they
    treated [[hundreds of protesters|injured;a=Doctors in Minsk]] for injuries from batons,
    rubber bullets and stun grenades, and [[at least four people|killed]] died during the
    protests. The UN documented [[more than 450 cases|other;a=The UN]] of torture and
    ill-treatment. Poland says it has issued humanitarian visas to [[about 250,000
    Belarusians|displaced;a=Poland]] since {{2020}}, while Lithuania hosts [[around 60,000|displaced;a=the
    Lithuanian interior ministry]], according to the Lithuanian interior ministry. A commission set up by Minsk to
    encourage exiles to return says [[fewer than 300 people|returned;a=A commission set up by
    Minsk]] have applied. The opposition says [[at least 15|missing;a=The opposition]] of its
    activists have disappeared inside Belarus since the election.""",
)

item(
    "Belarus sentences German to death, then pardons him",
    """A Minsk court sentenced German paramedic Rico Krieger to death for terrorism and
    mercenary activity in June {{2024}}, making him the {{first}} Western national known to face
    execution in Belarus. Alexander Lukashenko pardoned him a month later as part of a prisoner
    swap in which Russia and Belarus freed [[16 people|other;a=Turkey's intelligence
    agency]] and the West released [[eight Russians|other;a=Turkey's intelligence agency]],
    Turkey's intelligence agency said. Belarus, the last country in Europe to use the death
    penalty, executes by shooting. Viasna says [[at least 400 people|killed;a=Viasna]] have been
    executed since independence in {{1991}}, and that courts handed down [[at least three
    death sentences|arrested;a=Viasna]] in {{2024}}. [[Two men|killed;a=relatives]] were shot in {{2023}}
    after being convicted of murder, relatives told rights groups. Relatives are never told
    where the bodies are buried.""",
)

item(
    "Azov fighters go on trial together in southern Russia",
    """A military court in Rostov-on-Don opened the trial of [[24 members|arrested;a=Russian
    prosecutors]] of Ukraine's Azov regiment on Wednesday, Russian prosecutors said, among
    them [[eight women|arrested;a=Russian prosecutors]] who had worked as cooks and medics. The
    defendants, held in a glass cage, face up to {{20 years}} in prison on charges of trying
    to overthrow the constitutional order. They were among [[more than 2,400 Ukrainian
    fighters|combatants;a=Russia's defence ministry]] who surrendered at the Azovstal steel
    works in Mariupol in May {{2022}}, according to Russia's defence ministry. Kyiv says
    Russia still holds [[about 8,000 Ukrainian prisoners of war|arrested;a=Kyiv;n=prisoners of war]], and that
    [[at least 177|killed;a=Kyiv]] have been executed after surrendering. Ukraine's
    coordination headquarters for prisoners of war said [[more than 4,500
    Ukrainians|returned;a=Ukraine's coordination headquarters for prisoners of war]] have come
    home in exchanges since the invasion. A further [[2,000 servicemen|missing;a=the
    headquarters;alt=Ukraine's coordination headquarters for prisoners of war]] are listed as
    missing, the headquarters said.""",
)

item(
    "Crocus City Hall defendants face life as Russia debates death penalty",
    """The trial of [[19 people|arrested;a=Russia's Investigative Committee]] accused over the
    March {{2024}} attack on Crocus City Hall outside Moscow opened behind closed doors, Russia's
    Investigative Committee said. Gunmen killed [[145 people|killed;a=the committee;alt=Russia's
    Investigative Committee]] and wounded [[551|injured;a=the committee;alt=Russia's Investigative
    Committee]], the committee said, in the deadliest attack in Russia in {{two decades}}. [[About
    6,200 people|civilians]] had gathered for a rock concert when the attackers opened fire
    and set the hall ablaze. The [[four alleged gunmen|arrested]], all citizens of Tajikistan,
    appeared in court with visible injuries. [[More than 1,000 Tajik migrants|returned;a=Tajik
    officials]] were deported from Russia in the weeks after the attack, Tajik officials said.
    Some lawmakers have called for the death penalty, under a moratorium since {{1996}}, to be
    restored for terrorism.""",
)

item(
    "Ukrainians in occupied south tried for treason by Russian courts",
    """Russian-installed courts in occupied Ukraine have convicted [[more than 700
    Ukrainians|arrested;a=the Zmina human rights centre]] of treason, espionage or terrorism
    since {{2022}}, the Zmina human rights centre said, some of them sentenced to up to {{20
    years}}. Kyiv says Russia is holding [[about 16,000 Ukrainian civilians|kidnapped;a=Kyiv]]
    seized from occupied areas, and only [[around 200|kidnapped;a=Kyiv]] have been freed in
    exchanges. [[Nearly 3 million people|civilians;a=Ukrainian officials]] still live in the
    occupied parts of the Zaporizhzhia, Kherson, Donetsk and Luhansk regions, Ukrainian
    officials estimate. Ukraine's ombudsman has also registered [[more than 19,000
    children|displaced;a=Ukraine's ombudsman]] as deported or forcibly transferred to Russia,
    of whom [[about 1,400|returned;a=Ukraine's ombudsman]] have been brought home. The UN said
    [[at least 6 detainees|killed;a=The UN]] were known to have died in Russian custody in the {{first
    half}} of {{2025}}.""",
)

item(
    "El Salvador puts hundreds of gang suspects on trial at a time",
    """El Salvador's courts began mass hearings this week in which [[up to 900
    defendants|arrested;a=the attorney general's office]] can be tried together, the attorney
    general's office said, under a law passed in {{2023}} for members of the {{MS-13}} and {{Barrio 18}}
    gangs. More than {{three years}} into a state of emergency, police have arrested [[over
    85,000 people|arrested;a=the government]], the government says, in a country of [[6.3
    million|civilians]]. The Terrorism Confinement Centre, or CECOT, was built to hold
    [[40,000 inmates|capacity;a=officials]], officials said when it opened in {{2023}}. The
    rights group Cristosal has documented [[at least 375 deaths|killed;a=The rights group
    Cristosal]] in custody, and says [[more than 8,000 people|other;a=The rights group
    Cristosal]] have been released after judges found no evidence against them. The
    government plans a second mega-prison with room for [[20,000|capacity;a=The government;p]]
    more inmates.""",
)

item(
    "Venezuelans held in Salvadoran mega-prison flown home in swap",
    """El Salvador sent [[252 Venezuelan men|returned;a=Venezuela's government]] home on
    Friday, Venezuela's government said, {{four months}} after the United States deported them
    to the CECOT prison under an {{18th}}-century wartime law. In exchange, Caracas freed [[10
    Americans|other;a=US officials]] and [[dozens of Venezuelan political
    prisoners|other;a=US officials]], US officials said. Lawyers said [[fewer than 40|arrested;a=Lawyers]]
    of the deported men had criminal records in the United States. Relatives gathered at
    Maiquetia airport, where [[about 300 soldiers|combatants]] guarded the terminal. Human
    Rights Watch said [[more than 40 of the men|injured;a=Human Rights Watch]] described
    beatings during their {{125 days}} in Salvadoran custody.""",
)

item(
    "Louisiana resumes executions with nitrogen after 15-year pause",
    """Louisiana executed Jessie Hoffman Jr. with nitrogen gas at the state penitentiary at
    Angola on {{18 March 2025}}, its {{first}} execution since {{2010}}. Hoffman, {{46}}, was
    convicted of the {{1996}} murder of Mary Elliott. The state has [[56 people|arrested;a=the
    Department of Public Safety and Corrections]] on death row, according to the Department of
    Public Safety and Corrections, and Governor Jeff Landry has said he wants [[at least
    a dozen|killed;a=Governor Jeff Landry;p]] more executions carried out before he leaves
    office. Angola, the largest maximum-security prison in the US, holds [[about 6,300
    men|arrested]] on {{18,000 acres}}. Outside the gates, [[roughly 100 protesters|other]]
    held a candlelight vigil. [[Four other states|other;u=other]] have authorised nitrogen
    hypoxia as a method.""",
)

item(
    "Exonerations from US death row pass 200",
    """A Texas man freed on Monday after {{28 years}} on death row became the {{200th}} person
    exonerated since {{1973}}, the Death Penalty Information Center said. The center counts
    [[1,625 executions|killed;a=The center;alt=the Death Penalty Information Center]] in the
    same period. Florida accounts for [[31 exonerations|other]], more than any other state,
    followed by Illinois with [[22|other]]. The National Registry of Exonerations lists [[more
    than 3,600 people|other;a=The National Registry of Exonerations]] cleared of all kinds of
    crimes since {{1989}}. Texas's death row holds [[about 170 men and women|arrested;a=prison
    officials;n=men and women]], prison officials said. [[Hundreds of supporters|other]]
    greeted him outside the Polunsky Unit in Livingston, where he had spent {{two decades}} in
    solitary confinement.""",
)

item(
    "Guantanamo's 9/11 case drags into its third decade",
    """Pretrial hearings in the death penalty case against [[five men|arrested]] accused of
    plotting the attacks of {{11 September 2001}} resumed at Guantanamo Bay this week, more
    than {{20 years}} after they were captured. The attacks killed [[2,977 people|killed]] and
    injured [[more than 6,000|injured]]. Of the [[roughly 780 men|arrested;a=the Pentagon]]
    held at the base since {{2002}}, [[15|arrested;a=the Pentagon]] remain, the Pentagon says,
    [[three|arrested;a=the Pentagon]] of them cleared for transfer. A plea deal that would have taken the
    death penalty off the table was voided by the defence secretary in {{2024}}. The camp was
    designed for [[about 600 detainees|capacity]] at a time.""",
)

item(
    "Supreme Court orders new trial for Oklahoma death row prisoner",
    """The US Supreme Court on {{25 February 2025}} threw out the conviction of Richard Glossip,
    who has spent more than {{25 years}} on Oklahoma's death row, in a {{5-3}} ruling. Glossip,
    now {{62}}, was convicted of arranging the {{1997}} murder of his boss at an Oklahoma City
    motel. He had been served his last meal {{three times}} and came within {{hours}} of
    execution in {{2015}}. The state's attorney general, who had confessed error, said a
    decision on a retrial would come within {{60 days}}.""",
)

item(
    "Belarus criminal code: the articles behind the treason cases",
    """Most of the longest sentences handed to Belarusian activists since {{2020}} rest on
    {{Article 356}} of the Criminal Code, on high treason, and {{Article 361-1}}, on creating an
    extremist group. Amendments signed on {{18 May 2022}} extended the death penalty to
    attempted acts of terrorism. The maximum prison term for treason is {{15 years}}, but
    courts have combined charges to hand down {{25 years}}. Defendants as young as {{16}} may be
    tried for terrorism, and trials are routinely held behind closed doors, with verdicts
    announced at {{9 a.m.}} on the final day.""",
)
