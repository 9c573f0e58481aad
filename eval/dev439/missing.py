"""dev439 items: enforced disappearances in Balochistan and Khyber Pakhtunkhwa, the camps and long
marches of the families, the lists of the missing (the VBMP, the BYC, the HRCP, the Commission of
Inquiry on Enforced Disappearances), the crackdowns on the protests, 15 texts, 2 without a
figure."""

from _wrap import item

item(
    "Missing persons camp in Quetta marks 5,000 days",
    """QUETTA - The protest camp of the Voice for Baloch Missing Persons (VBMP) outside the Quetta
    Press Club entered its {{5,000th day}} on Sunday. The group says that
    [[more than 7,000 people|missing;a=The group;alt=the Voice for Baloch Missing Persons (VBMP)]]
    have been forcibly disappeared in Balochistan since {{2000}}. Qadir Bakhsh Baloch, its
    vice-chairman, said [[about 1,600|returned;a=Qadir Bakhsh Baloch]] of them had since come
    home and that the bodies of [[more than 1,500|killed;a=Qadir Bakhsh Baloch]] had been found.
    Its list, he said, includes [[about 200 women|missing;a=Qadir Bakhsh Baloch]] and
    [[more than 300 children|missing;a=Qadir Bakhsh Baloch]]. Among those in the camp on Sunday
    was Gul Bano, {{62}}, whose son was picked up at a bus stop in Khuzdar in {{2013}}. "I have
    sat here for {{12 years}}, and I will sit here for {{12 more}}," she said. The camp was set up
    in {{June 2009}} and has been moved by the authorities {{four times}}.""",
)

item(
    "Disappearances commission reports backlog",
    """ISLAMABAD - The Commission of Inquiry on Enforced Disappearances received
    [[10,285 cases|missing;a=The Commission of Inquiry on Enforced Disappearances]] between
    {{March 2011}} and the end of December, of which
    [[8,015|other;u=other;a=The Commission of Inquiry on Enforced Disappearances]] had been
    disposed of, according to its latest monthly report. Of the cases disposed of,
    [[4,530 people|returned;a=the report;alt=The Commission of Inquiry on Enforced Disappearances]]
    had returned home,
    [[1,080|arrested;a=the report;alt=The Commission of Inquiry on Enforced Disappearances]] were
    traced to internment centres,
    [[870|arrested;a=the report;alt=The Commission of Inquiry on Enforced Disappearances]] to
    prisons and
    [[283|killed;a=the report;alt=The Commission of Inquiry on Enforced Disappearances]] were
    found dead, the report said. [[The remaining 1,252|other;u=other]] were struck off as not
    involving enforced disappearance. The commission says
    [[2,270 cases|missing;a=The commission;alt=The Commission of Inquiry on Enforced Disappearances]]
    remain pending,
    [[467|missing;u=other;a=The commission;alt=The Commission of Inquiry on Enforced Disappearances]]
    of them from Balochistan and
    [[1,373|missing;u=other;a=The commission;alt=The Commission of Inquiry on Enforced Disappearances]]
    from Khyber Pakhtunkhwa. Rights groups have long said the commission's figures understate the
    problem, since many families never file a complaint. Its mandate was extended in {{2024}} for
    {{three years}}.""",
)

item(
    "Baloch marchers detained on reaching Islamabad",
    """ISLAMABAD - Police in Islamabad detained [[more than 200 people|arrested;a=organisers]],
    most of them women, when they tried to reach the National Press Club on Wednesday night at the
    end of a long march from Balochistan, organisers said. The marchers set out from Turbat after
    the killing of a {{24-year-old}} tailor in the custody of the Counter-Terrorism Department and
    had covered about {{1,600 km}}. Islamabad police said
    [[290 people|arrested;a=Islamabad police]] had been taken into custody and
    [[163|other;a=Islamabad police]] released by Thursday afternoon. They carried a list that they
    say names [[about 2,500 missing persons|missing;a=The marchers]]. Organisers said
    [[dozens of marchers|injured;a=Organisers]] were hurt when police used water cannon in
    temperatures of about {{2C}}. The caretaker government formed a committee of
    [[three ministers|other]] to negotiate with them.""",
)

item(
    "Gwadar sit-in ends after talks",
    """GWADAR - The Baloch Yakjehti Committee (BYC) called off its sit-in in Gwadar on Friday
    after the provincial government agreed to free the
    [[more than 300 activists|arrested;a=organisers]] still held across Balochistan, organisers
    said. The committee says
    [[three protesters|killed;a=The committee;alt=The Baloch Yakjehti Committee (BYC)]] were shot
    dead by security forces and
    [[dozens|injured;a=The committee;alt=The Baloch Yakjehti Committee (BYC)]] wounded during the
    {{11-day}} sit-in. The military said [[16 soldiers|injured;a=The military]] had been hurt by
    what it called violent protesters, and that [[one soldier|killed;a=The military]] had died.
    Organisers had said
    [[tens of thousands of people|other;p;a=Organisers]] would attend the gathering, but
    roadblocks on the {{N-10}} coastal highway stopped many of them. Mobile internet in Gwadar was
    suspended for {{18 days}}, and traders said
    [[about 1,200 shops|other;u=structure;a=traders]] had stayed shut.""",
)

item(
    "A mother's search for her son",
    """QUETTA - Nazbibi, {{58}}, has carried the same photograph of her son to
    [[more than 40 protests|other;u=other]] in {{eight years}}. Shahzaib, then a {{22-year-old}}
    economics student, was picked up from his hostel at the University of Balochistan in
    {{November 2017}}, along with [[two classmates|missing]].
    [[One classmate|returned]] was released after {{14 months}}; the other is still missing.
    Nazbibi has travelled to Islamabad {{six times}} to appear before the Commission of Inquiry on
    Enforced Disappearances, which, she says, has heard her case {{11 times}} without result. She
    is one of
    [[about 150 mothers|other;a=the Voice for Baloch Missing Persons]] who come to the camp in
    Quetta every week, according to the Voice for Baloch Missing Persons. The HRCP's annual report
    recorded [[more than 300 new cases|missing;a=The HRCP's annual report]] of enforced
    disappearance in Balochistan last year. She keeps his room as it was, with his exam timetable
    for {{2018}} still pinned to the wall.""",
)

item(
    "Rights commission lists disappearances by district",
    """ISLAMABAD - The Human Rights Commission of Pakistan (HRCP) said on Tuesday that families in
    Balochistan had reported
    [[1,012 cases|missing;a=The Human Rights Commission of Pakistan (HRCP)]] of enforced
    disappearance to its fact-finding mission, the most from Kech
    ([[244|missing;u=other;a=The Human Rights Commission of Pakistan (HRCP)]]), Panjgur
    ([[131|missing;u=other;a=The Human Rights Commission of Pakistan (HRCP)]]), Awaran
    ([[118|missing;u=other;a=The Human Rights Commission of Pakistan (HRCP)]]) and Quetta
    ([[97|missing;u=other;a=The Human Rights Commission of Pakistan (HRCP)]]). The commission said
    [[87 people|returned;a=The commission;alt=The Human Rights Commission of Pakistan (HRCP)]] on
    its lists had returned home and
    [[39|killed;a=The commission;alt=The Human Rights Commission of Pakistan (HRCP)]] had been
    found dead. The mission's report also said security agencies had detained
    [[more than 50 students|arrested;a=The mission's report]] from Quetta's universities in
    {{12 months}}. Balochistan's home minister rejected the findings, saying there were
    [[only 84 genuine cases|missing;a=Balochistan's home minister]]. The mission visited
    [[nine districts|other]] over {{ten days}}.""",
)

item(
    "Bodies of missing men found near Turbat",
    """TURBAT - The bodies of [[three men|killed;a=Levies officials]] who had been reported missing
    were found in a dry riverbed outside Turbat on Monday, Levies officials said. Relatives said
    the men had been picked up from their homes by plainclothes officials in the summer. The VBMP
    said their names were among [[47 names|missing;a=The VBMP]] it had handed to the provincial
    government. Since January, [[at least 19 bodies|killed;a=the Baloch Yakjehti Committee]] have
    been found in Kech and Gwadar districts, according to the Baloch Yakjehti Committee.
    [[Hundreds of people|other]] protested in Turbat on Tuesday, blocking the {{M-8}} motorway for
    {{six hours}}. The committee said
    [[11 protesters|arrested;a=The committee;alt=the Baloch Yakjehti Committee]] had been
    detained.""",
)

item(
    "Senate panel told of missing persons traced",
    """ISLAMABAD - The interior ministry told a Senate committee on Wednesday that
    [[2,219 missing persons|other;a=The interior ministry]] had been traced since {{2018}}, of
    whom [[614|returned;a=The interior ministry]] had returned to their families and
    [[1,091|arrested;a=The interior ministry]] were in internment centres or prisons. Rights
    groups say [[more than 5,000 people|missing;a=Rights groups]] remain missing in Balochistan and
    Khyber Pakhtunkhwa. The ministry said the government had paid compensation of
    {{Rs 5 million}} each to
    [[87 families|aid;a=The ministry;alt=The interior ministry]] whose relatives were found dead.
    It expects the commission to dispose of
    [[another 400 cases|other;p;a=The interior ministry]] by the end of June. The committee's
    chairman, a senator from Balochistan, called the figures "an insult to the families" and
    demanded the full list of names within {{15 days}}.""",
)

item(
    "Police fire on Quetta sit-in",
    """QUETTA - [[Three protesters|killed;a=the Baloch Yakjehti Committee]] were killed and
    [[at least 13|injured;a=the Baloch Yakjehti Committee]] wounded when police opened fire on a
    sit-in on Sariab Road on Friday, the Baloch Yakjehti Committee said. Hospital officials said
    [[five of the wounded|injured;a=Hospital officials]] had gunshot wounds. Police said
    [[10 officers|injured;a=Police]] had been hurt by stones and that
    [[150 people|arrested;a=Police]] were detained under the {{3MPO}} public order law. Among
    those held was the committee's leader, a {{32-year-old}} doctor. The district administration
    imposed {{Section 144}}, banning gatherings of {{more than four people}} for {{30 days}}. The
    protesters had gathered to demand the return of [[dozens of people|missing]] detained since
    the attack on the Jaffar Express. Mobile internet was suspended in Quetta for
    {{48 hours}}.""",
)

item(
    "Internment centres hold hundreds, court told",
    """PESHAWAR - The Khyber Pakhtunkhwa government told the Peshawar High Court on Monday that
    [[1,238 people|arrested;a=The Khyber Pakhtunkhwa government]] were being held in
    [[eight internment centres|other;a=The Khyber Pakhtunkhwa government]] set up under the
    Actions (in Aid of Civil Power) Regulation of {{2011}}. The largest, at Lakki Marwat, holds
    [[412 internees|arrested]]. The government said
    [[319 internees|other;a=The government;alt=The Khyber Pakhtunkhwa government]] had been
    released over the past year. The court has received
    [[more than 1,900 petitions|other;u=other;a=the court's registrar]] from families trying to
    trace relatives since {{2019}}, according to the court's registrar. Lawyers for the families
    said [[about 600|missing;a=Lawyers for the families]] of the people named in the petitions
    had not been found in any centre. The hearing was adjourned for {{two weeks}}.""",
)

item(
    "Activists hand over new list of the missing",
    """QUETTA - The Voice for Baloch Missing Persons handed the provincial government a list of
    [[1,394 people|missing;a=The Voice for Baloch Missing Persons]] it says were forcibly
    disappeared between {{January 2024}} and {{June 2025}}. According to the group, the list
    includes
    [[213 students|missing;a=the group;alt=The Voice for Baloch Missing Persons]],
    [[41 women|missing;a=the group;alt=The Voice for Baloch Missing Persons]] and
    [[at least 17 children|missing;a=the group;alt=The Voice for Baloch Missing Persons]] under
    the {{age of 18}}. Of the
    [[1,022 names|missing;a=the group;alt=The Voice for Baloch Missing Persons]] on its previous
    list, [[more than 600|returned;a=the group;alt=The Voice for Baloch Missing Persons]] have
    since come home, the group said. The new total is {{38 percent}} higher than for the previous
    {{18 months}}. A provincial government spokesman said the list would be passed to the
    Commission of Inquiry on Enforced Disappearances.""",
)

item(
    "Officials say missing men found among slain militants",
    """QUETTA - Balochistan's home department said on Thursday that
    [[five|killed;a=Balochistan's home department]] of the
    [[33 attackers|killed;a=Balochistan's home department]] killed in the Jaffar Express siege
    had been on lists of missing persons submitted by rights groups. The department says
    [[at least 42 people|combatants;a=The department;alt=Balochistan's home department]] reported
    as missing since {{2019}} have been found to have joined militant groups. The Baloch Yakjehti
    Committee rejected the claim as an attempt to discredit the families. Farida Baloch, a rights
    activist in Karachi, told Reuters that the families of
    [[11 men|missing;a=Farida Baloch]] on her group's list had been pressed to withdraw their
    complaints. Security officials told Reuters that
    [[about 1,500 Baloch fighters|combatants;a=Security officials]] were operating from bases
    across the border.""",
)

item(
    "Court told Baloch students remain missing",
    """ISLAMABAD - A lawyer for the families told the Islamabad High Court on Monday that
    [[69 Baloch students|missing;a=A lawyer for the families]] remained missing,
    [[12|missing;a=A lawyer for the families]] of them picked up from campuses in Islamabad and
    Rawalpindi. Of the [[78 students|missing]] named in a list submitted to the court in
    {{2022}}, [[seven|returned]] have come home and [[two|killed]] were killed in alleged encounters with
    police. The court gave the interior secretary {{two weeks}} to file a report and
    warned that the prime minister could be summoned. The Baloch Students Council says that
    [[at least 30 students|arrested;a=The Baloch Students Council]] were briefly detained in
    Islamabad during protests last year.""",
)

item(
    "Documentary on families of the missing premieres in Karachi",
    """KARACHI - A documentary about the families of Balochistan's missing, shot over
    {{four years}} in Quetta, Turbat and Karachi, premiered at the Karachi Literature Festival on
    Saturday. The {{94-minute}} film follows a {{19-year-old}} woman who takes her younger
    brothers to protest camps after their father vanished in {{2016}}. Its director, {{36}}, said
    she had recut the film {{three times}} before the censor board approved it. The festival, in
    its {{16th}} edition, sold tickets at {{Rs 500}}. The film will be screened in Lahore on
    {{March 3}}.""",
)

item(
    "Law on enforced disappearances still unused",
    """ISLAMABAD - No one has been convicted under the law that made enforced disappearance a
    crime, {{four years}} after Parliament passed it in {{November 2021}}. The amendment inserted
    {{Section 52-A}} into the Pakistan Penal Code and set a punishment of up to {{10 years}} in
    prison and a fine of {{Rs 3 million}}. The bill spent {{seven months}} in the Senate before it
    was passed. Lawyers say it also conflicts with {{Article 10-A}} of the Constitution, on the
    right to a fair trial, because of a clause that punishes false complaints. The Islamabad High
    Court will hear a challenge to that clause on {{January 15}}.""",
)
