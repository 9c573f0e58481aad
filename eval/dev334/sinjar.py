"""dev334 items: Sinjar and the Yazidis, the missing, mass graves and exhumations."""

from _wrap import item

item(
    "More than 2,600 Yazidis still missing a decade after IS onslaught",
    """[[More than 2,600 Yazidis|missing;a=the Office for Rescuing Kidnapped Yazidis]] remain
    missing {{ten years}} after Islamic State fighters overran Sinjar, the Office for Rescuing
    Kidnapped Yazidis in Duhok said on {{Saturday}}. Of the [[6,417 Yazidis|kidnapped;a=the
    office;alt=the Office for Rescuing Kidnapped Yazidis]] abducted in {{August 2014}},
    [[3,576|kidnapped;a=the office;alt=the Office for Rescuing Kidnapped Yazidis]] have been
    rescued or freed, the office said: [[1,208 women|kidnapped;a=the office;alt=the Office for
    Rescuing Kidnapped Yazidis]], [[339 men|kidnapped;a=the office;alt=the Office for Rescuing
    Kidnapped Yazidis]] and [[2,029 children|kidnapped;a=the office;alt=the Office for Rescuing
    Kidnapped Yazidis]]. Its director said [[about 1,300 of the missing|missing;a=Its
    director;n=missing]] are women and girls who may still be alive in Syria or Turkey.
    [[Some 200,000 Yazidis|displaced]] still live in camps and unfinished buildings in the
    Kurdistan Region.""",
)

item(
    "Yazidi woman freed in Gaza returns to Iraq after ten years in captivity",
    """A Yazidi woman abducted by Islamic State as a girl of {{11}} in {{2014}} has been freed in an
    operation involving Israel, the United States and Iraq and flown back to northern Iraq, the
    Kurdistan Region's rescue office said on {{Thursday}}. Her case brings the number of Yazidis
    rescued this year to [[23|kidnapped;a=the office;alt=the Kurdistan Region's rescue office]],
    the office said, [[nine of them|kidnapped;a=the office;alt=the Kurdistan Region's rescue
    office;n=-]] found in al-Hol camp. Her mother and [[three siblings|missing]] are still listed
    as missing. Activists say [[dozens of Yazidi women|kidnapped;a=Activists]] are still held by
    families of former IS fighters, some of them in Turkey and Idlib. The woman, now {{21}}, was
    reunited with [[two brothers|other]] at the Duhok office. The office said [[about 2,600 Yazidis|missing;a=The office;alt=the Kurdistan Region's rescue office]] are still unaccounted for.""",
)

item(
    "Investigators exhume 41 bodies from mass grave in Kocho",
    """Iraqi forensic teams exhumed [[41 bodies|killed;a=the Martyrs Foundation]] from a mass grave
    in the village of Kocho on {{Tuesday}}, the Martyrs Foundation said, the {{17th}} grave opened
    in the village since {{2019}}. Kocho lost [[about 400 men and older boys|killed;n=men and older
    boys]] in a single day in {{August 2014}}, when IS fighters separated them from the women and
    shot them. Some [[700 women and children|kidnapped;n=women and children]] from the village
    were taken. The foundation said [[81 graves|other;u=other;a=The foundation;alt=the Martyrs
    Foundation]] had been found in Sinjar district, [[more than 50 of them|other;u=other;n=-;a=The
    foundation;alt=the Martyrs Foundation]] still unopened. Samples have been taken from
    [[some 1,700 relatives|other]] to match DNA. So far the Medico-Legal Directorate has identified
    [[244 victims|killed;a=officials]] from Sinjar's graves, officials said.""",
)

item(
    "IOM: returns to Sinjar slow as services lag",
    """[[About 112,000 people|returned;a=the International Organization for Migration]] have returned
    to Sinjar district since the end of major fighting, the International Organization for
    Migration said in a report on {{Monday}}, roughly {{40 percent}} of its pre-{{2014}}
    population. [[More than 180,000 people|displaced;a=IOM]] from the district remain displaced,
    according to IOM, the great majority in camps in Duhok. In the first {{three months}} of the
    year, [[1,946 families|returned;a=the agency;alt=the International Organization for
    Migration]] went back, the agency said, up from [[1,120|returned;a=the agency;alt=the
    International Organization for Migration;u=household]] in the same period a year earlier. Of
    the [[98 villages|other]] assessed, [[31|other;u=other]] had no working water supply and
    [[17|other;u=other]] had no school. Returnees cite a lack of jobs and the rivalry between
    armed groups.""",
)

item(
    "Clashes in Sinjar between army and YBS send thousands fleeing",
    """Fighting between the Iraqi army and the Sinjar Resistance Units, a Yazidi force linked to the
    PKK, forced [[more than 3,000 families|displaced;a=the Ministry of Migration and Displacement]]
    to flee Sinjar town on {{Monday}} and {{Tuesday}}, the Ministry of Migration and Displacement
    said. Most headed for camps in Duhok province. [[One soldier|killed;a=the army]] and
    [[two YBS fighters|killed;a=the army]] were killed and [[at least 12 people|injured;a=the
    army]], among them civilians, were wounded, the army said. Local officials put the number of
    displaced at [[between 10,000 and 15,000 people|displaced;a=Local officials]]. The army said
    it had sent [[about 2,000 troops|combatants;a=The army]] to the district to
    enforce the {{2020}} Sinjar Agreement. Aid groups distributed [[4,500 food baskets|aid]] at the
    Chamishko camp.""",
)

item(
    "Turkish drone strike kills three in Sinjar",
    """A Turkish drone struck a car near Sinuni in the Sinjar district on {{Wednesday}}, killing
    [[three members|killed;a=the mayor of Sinuni]] of the YBS Yazidi militia and wounding
    [[two passers-by|injured;a=the mayor of Sinuni]], the mayor of Sinuni said. Turkey's defence
    ministry said it had "neutralised" [[four terrorists|killed;a=Turkey's defence ministry]] in
    the area. It was the {{fourth}} Turkish strike on Sinjar this year. A strike on a clinic in
    {{August 2021}} killed [[eight people|killed;a=the Kurdistan Region's health authorities]], including [[four health workers|killed;a=the Kurdistan Region's health authorities]], according to the Kurdistan Region's health authorities. Residents said [[about 80 families|displaced;a=Residents]] had left Sinuni for Duhok since the strikes resumed.""",
)

item(
    "Fire destroys 300 tents in Sharya camp for Yazidis",
    """A fire destroyed [[about 300 tents|housing;a=the camp's management]] in Sharya camp near Duhok on {{Friday}}, leaving [[roughly 1,500 Yazidis|displaced;a=the camp's management]] without shelter, the camp's management said. No one was
    killed, but [[17 people|injured;a=the Duhok health directorate]] were treated for burns and
    smoke inhalation, according to the Duhok health directorate. The camp houses [[about 16,000
    people|displaced]] who fled Sinjar in {{2014}}. The Barzani Charity Foundation sent
    [[300 tents|aid]] and [[120 food parcels|aid]] the same evening. It was the {{third}} large fire
    in Sharya since {{2019}}.""",
)

item(
    "Badush prison grave yields 100 more bodies",
    """Forensic teams have recovered [[100 more bodies|killed;a=the Martyrs Foundation]] from the
    mass grave at Badush prison north-west of Mosul, the Martyrs Foundation said, bringing the
    total exhumed from the site to [[564|killed;a=the Martyrs Foundation]]. Islamic State fighters
    killed [[about 600 mostly Shia prisoners|killed;n=prisoners]] at Badush in {{June 2014}},
    after taking Mosul. The foundation said [[more than 260 sets of remains|killed;n=remains;
    a=The foundation;alt=the Martyrs Foundation]] had been identified so far. UNITAD, the UN team
    that investigated IS crimes, had listed Badush as one of [[more than 200 mass graves|other;u=other;a=UNITAD]] across Iraq. Iraqi officials estimate the graves hold
    [[between 6,000 and 12,000 victims|killed;a=Iraqi officials]].""",
)

item(
    "UN-Habitat completes rebuilding of 1,300 homes in Sinjar",
    """UN-Habitat has finished rebuilding [[1,312 homes|housing;a=UN-Habitat]] in Sinjar town and
    the surrounding villages, the agency said on {{Sunday}}, allowing
    [[about 7,800 people|returned;a=the agency;alt=UN-Habitat]] to move back. The programme,
    funded with {{$28 million}} from the European Union and Germany, also repaired
    [[14 schools|housing]] and [[six health centres|housing]]. Another [[900 houses|housing;a=the agency;alt=UN-Habitat;p]] are to be rehabilitated by {{2026}}, the agency said. Local officials
    estimate that [[some 6,000 homes|housing;a=Local officials]] in the district were destroyed or
    badly damaged between {{2014}} and {{2015}}, about {{80 percent}} of the housing stock in
    Sinjar town.""",
)

item(
    "Yazidi survivors' law: hundreds of applications still pending",
    """Iraq has approved [[2,148 Yazidi women and girls|aid;a=the General Directorate for Survivors'
    Affairs;n=women and girls]] as survivors under the {{2021}} Yazidi Survivors Law, entitling
    them to a monthly payment and a plot of land, the General Directorate for Survivors' Affairs
    said. [[More than 1,900 of them|aid;n=-;a=the directorate;alt=the General Directorate for
    Survivors' Affairs]] have received at least one payment, the directorate said, along with
    [[406 survivors|aid;a=the directorate;alt=the General Directorate for Survivors' Affairs]] from the Turkmen, Shabak and Christian communities. Survivor groups say
    [[hundreds of applications|other;u=other;a=Survivor groups]] have been pending for {{more than a year}}. The law covers women and girls who survived IS captivity and men who survived mass killings. Nadia's Initiative estimates that [[3,000 to 3,500 eligible survivors|other;a=Nadia's Initiative]] have not yet applied, and that [[about 1,000 of them|other;n=-;a=Nadia's Initiative]] live abroad.""",
)

item(
    "Yazidi children found in al-Hol returned to families in Duhok",
    """[[Eleven Yazidi children|kidnapped;a=the Autonomous Administration]] found living with IS
    families in al-Hol camp were handed over to relatives at the Semalka crossing on {{Thursday}},
    the Autonomous Administration said. The children, {{aged six to 14}}, were abducted in
    {{2014}} and raised in IS households, according to the Yazidi House in Hasakah. It said
    [[at least 40 more Yazidi children|kidnapped;a=the Yazidi House]] could still be in the
    camp, hidden by the women who hold them. [[Five children|kidnapped]] rescued last year have since
    been reunited with mothers, but [[two|other]] were placed in an orphanage in Syria. The Yazidi House said it had handed [[more than 160 children|kidnapped;a=The Yazidi House]] back to Iraqi Kurdistan since {{2019}}.""",
)

item(
    "Duhok camps to close by year's end under federal plan",
    """Iraq's Ministry of Migration and Displacement plans to close the remaining
    [[23 camps|capacity;a=Iraq's Ministry of Migration and Displacement]] in Duhok province by
    {{the end of the year}}, a ministry spokesman said, with [[about 29,000 families|displaced;a=a
    ministry spokesman]] still living in them. Families who return to Sinjar will receive
    {{4 million dinars}} each, the spokesman said, and the ministry expects
    [[up to 8,000 families|returned;a=the ministry;p]] to take the grant in {{the first three
    months}}. Yazidi leaders say the return of [[tens of thousands of people|returned;p;a=Yazidi leaders]] to
    towns with no jobs or security is premature. Kurdish officials said in {{2023}} that
    [[26 camps|capacity;a=Kurdish officials]] housed [[about 180,000 people|displaced;a=Kurdish
    officials]] in the Kurdistan Region.""",
)

item(
    "Families return to Khanasor as schools reopen",
    """[[About 340 families|returned;a=the mayor]] have returned to the Yazidi town of Khanasor on
    the north side of Mount Sinjar since {{September}}, the mayor said, many of them from Chamishko
    and Essian camps. [[Two schools|other]] reopened this week with [[about 600 pupils|other]],
    after the town's education office hired [[21 teachers|other]]. The mayor said
    [[around 230 homes|housing;a=The mayor]] in the town were still in ruins and
    that [[several hundred families|displaced;a=The mayor]] were waiting for repairs
    before they could leave the camps. Khanasor had [[roughly 20,000 residents|civilians]] before
    {{2014}}.""",
)

item(
    "DNA tests identify 67 victims from Sinjar graves",
    """The Medico-Legal Directorate in Baghdad has identified [[67 more victims|killed;a=the Ministry
    of Health]] from mass graves in Sinjar and handed their remains to their families, the Ministry
    of Health said. A funeral for the [[67|killed]] was held in Kocho on {{February 6}}. The
    directorate has collected [[more than 2,000 blood samples|other;u=other;a=a spokesman]] from relatives of the missing, and [[about 1,100 sets of remains|killed;n=remains;a=a spokesman]] from Sinjar are
    still in its morgue awaiting identification, a spokesman said. Yazidi groups say
    [[more than 80 mass graves|other;u=other;n=graves;a=Yazidi groups]] have been found in the district. In all, the remains of [[311 Yazidis|killed]] have been returned to their families since {{2020}}.""",
)

item(
    "Yazidis mark the anniversary of the 2014 genocide",
    """Yazidis gathered at the Lalish temple and on Mount Sinjar on {{August 3}} to mark the
    {{tenth anniversary}} of the attack that began on the night of {{August 2-3, 2014}}. The
    ceremony opened at {{9 a.m.}} with a minute's silence. Speakers recalled a young survivor who
    was {{14}} when she was taken and is now {{24}}. The Iraqi parliament passed the Yazidi Survivors Law in {{2021}}, and Germany's Bundestag recognised the crimes as genocide in {{January 2023}}. Organisers said {{60 percent}} of the families attending still live in
    camps.""",
)

item(
    "German court jails IS member for genocide against Yazidis",
    """A court in Munich on {{Wednesday}} sentenced a {{37-year-old}} Iraqi man to life in prison
    for genocide against the Yazidis, the {{second}} such verdict in Germany. The court found that
    he had bought a Yazidi woman and her {{five-year-old}} daughter in {{2015}} and held them in
    Fallujah for {{more than a year}}. Judges also ordered him to pay {{€50,000}} in damages. The
    trial opened in {{April 2020}} and lasted {{137 days}} of hearings.""",
)
