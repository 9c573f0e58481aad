"""Health care: WHO's Surveillance System for Attacks on Health Care, the Safeguarding Health in
Conflict Coalition, Physicians for Human Rights, MSF and health ministries counting attacks,
hospitals hit, ambulances destroyed and medics killed or detained (13 texts with figures, 1
without)."""

from _wrap import item

item(
    "Violence against health care hit new high in 2024, coalition says",
    """The Safeguarding Health in Conflict Coalition documented [[3,623
    incidents|other;u=other;a=The Safeguarding Health in Conflict Coalition]] of violence
    against health care in conflicts worldwide in {{2024}}, a {{15%}} rise on the year before
    and the highest number since it began publishing annual reports in {{2014}}. The
    coalition's report, compiled with Insecurity Insight, counts [[905 health
    workers|killed;a=The coalition's report;alt=The Safeguarding Health in Conflict
    Coalition]] killed, [[1,070|arrested;a=The coalition's report;alt=The Safeguarding Health
    in Conflict Coalition]] arrested and [[226|kidnapped;a=The coalition's report;alt=The
    Safeguarding Health in Conflict Coalition]] kidnapped across [[30 countries and
    territories|other;u=other;n=countries and territories;a=The coalition's report;alt=The
    Safeguarding Health in Conflict Coalition]]. Health facilities were damaged or destroyed
    in [[1,230 incidents|other;u=other]], and ambulances were hit, seized or blocked in
    [[412|other;u=other]]. The occupied Palestinian territory accounted for the largest share,
    followed by Ukraine, Sudan and Myanmar. "The numbers are a floor, not a ceiling," said
    Mariam Haddad, who chairs the coalition. In Sudan alone, the report counts [[188 health
    workers|killed;a=the report;alt=The Safeguarding Health in Conflict Coalition]] killed,
    many of them doctors shot in their homes or at checkpoints in Khartoum and El Geneina.
    Many incidents in Sudan and Myanmar are reported weeks late or not at all, the authors
    note, because phone and internet networks are down.""",
)

item(
    "WHO has verified more than 2,200 attacks on Ukraine's health care",
    """The World Health Organization has verified [[2,254 attacks|other;u=other;a=The World
    Health Organization]] on health care in Ukraine since Russia's full-scale invasion in
    {{February 2022}}, killing [[212 people|killed;a=The World Health Organization]] and
    injuring [[589|injured;a=The World Health Organization]], the agency said on Monday. The
    dead include health workers and patients. Of the attacks, [[1,847|other;u=other;a=WHO's
    Surveillance System for Attacks on Health Care]] affected health facilities and
    [[237|other;u=other;a=WHO's Surveillance System for Attacks on Health Care]] hit
    ambulances or other medical transport, according to WHO's Surveillance System for Attacks
    on Health Care. In the past week alone WHO verified [[11 attacks|other;u=other;a=WHO]],
    most of them drone strikes on clinics and ambulances in the Kherson and Sumy regions.
    "Every attack on a hospital deprives a whole community of care for months," WHO's
    representative in Ukraine told reporters in Kyiv. Ukraine's health ministry says [[more
    than 2,000 hospitals and clinics|housing;n=hospitals and clinics;a=Ukraine's health
    ministry]] have been damaged and [[about 200|housing;u=structure;a=Ukraine's health
    ministry]] destroyed outright.""",
)

item(
    "Drone strike on El Fasher hospital kills 30, doctors say",
    """A drone strike on the last functioning hospital in El Fasher killed [[30
    people|killed;a=the Sudan Doctors Network]], including [[four health workers|killed;a=the
    Sudan Doctors Network]], on Friday, the Sudan Doctors Network said, blaming the
    paramilitary Rapid Support Forces. The hospital had been treating [[about 300
    patients|injured;a=the network;alt=the Sudan Doctors Network]], many of them children with
    severe malnutrition, according to the network. WHO has verified [[185
    attacks|other;u=other;a=WHO]] on health care in Sudan since the war began in {{April
    2023}}, which it says have killed [[at least 1,200 people|killed;a=WHO]]. [[Two
    ambulances|other;a=the health ministry in North Darfur]] were destroyed in Friday's strike,
    the health ministry in North Darfur said. Of the [[34 hospitals|other;a=Médecins Sans
    Frontières]] that served El Fasher and the camps around it before the siege, only
    [[two|other;u=structure;a=Médecins Sans Frontières]] were still partly working last month,
    according to Médecins Sans Frontières.""",
)

item(
    "Gaza down to 18 partly working hospitals after Kamal Adwan raid",
    """Of Gaza's [[36 hospitals|other;a=the World Health Organization]],
    [[18|other;u=structure;a=the World Health Organization]] are partially functioning and none
    fully, the World Health Organization said on Wednesday, after Israeli forces raided the
    Kamal Adwan hospital in the north of the territory and detained its director. WHO said it
    had verified [[654 attacks|other;u=other;a=WHO]] on health care in Gaza since {{October
    2023}}, affecting [[122 health facilities|housing;a=WHO]] and [[180
    ambulances|other;a=WHO]]. The Gaza health ministry says [[1,058 health workers|killed;a=The
    Gaza health ministry]], among them doctors, nurses and paramedics, have been killed in
    that time. Healthcare Workers Watch, a Palestinian monitoring group, says [[at least 297
    health workers|arrested;a=Healthcare Workers Watch]] have been detained by Israeli forces,
    of whom [[about 160|arrested;a=Healthcare Workers Watch]] remain in custody, some of them
    held without charge for more than a year. Israel says Hamas uses hospitals for military
    purposes, which Hamas denies. The raid on Kamal Adwan forced [[about 350 patients and
    staff|displaced;n=patients and staff;a=the ministry;alt=The Gaza health ministry]] to
    leave, according to the ministry, and [[dozens of men|arrested;a=witnesses]] were taken
    away for questioning, witnesses said. The director, a paediatrician, was moved to a
    military detention camp in the Negev, his family said. WHO's regional director called the
    raid "a death sentence for what is left of health care in the north" and asked for
    independent investigations into every attack on a hospital since the war began.""",
)

item(
    "Two policemen guarding polio team shot dead in Bajaur",
    """[[Two policemen|killed;a=police]] escorting a polio vaccination team were shot dead in
    Bajaur district on Monday, police said. The attack came on the first day of a nationwide
    campaign that aims to vaccinate [[45 million children|aid;p]] {{under five}}. The killings
    bring to [[nine|killed;a=the provincial Emergency Operations Centre]] the number of polio
    workers and police guards killed in Khyber Pakhtunkhwa this year, according to the
    provincial Emergency Operations Centre. Since {{2012}}, [[more than 200 vaccinators and
    security personnel|killed;n=vaccinators and security personnel;a=the Pakistan Polio
    Eradication Programme]] have been killed in Pakistan, the Pakistan Polio Eradication
    Programme says. In Dera Ismail Khan, gunmen briefly abducted [[four
    vaccinators|kidnapped;a=a district health official]] on Tuesday before releasing them
    unharmed, a district health official said. Pakistan has reported [[27 wild poliovirus
    cases|other]] so far this year, up from [[six|other;u=other]] in {{2023}}. The campaign
    will deploy [[more than 400,000 workers|other;p]], many of them women who go from door to
    door.""",
)

item(
    "Myanmar junta behind 1,386 attacks on health care since coup, report says",
    """Insecurity Insight and Physicians for Human Rights said in a joint report on Tuesday
    that Myanmar's military and allied militias had carried out [[1,386
    attacks|other;u=other;a=Insecurity Insight and Physicians for Human Rights]] on health
    workers and facilities in the {{four years}} since the {{February 2021}} coup. [[At least
    96 health workers|killed;a=the groups;alt=Insecurity Insight and Physicians for Human
    Rights]] were killed and [[882|arrested;q=at_least;a=the groups;alt=Insecurity Insight and
    Physicians for Human Rights]] arrested in that time, the groups said;
    [[112|arrested;a=the groups;alt=Insecurity Insight and Physicians for Human Rights]] remain
    in prison, some sentenced to death. Airstrikes hit [[67 hospitals and
    clinics|housing;n=hospitals and clinics]], most of them in Sagaing, Magway and Chin State,
    where resistance forces control large areas. Sagaing alone accounted for [[402 of the
    attacks|other;u=other]]. Many doctors who joined the Civil Disobedience Movement after the
    coup have fled to Thailand or to areas held by ethnic armed groups, and the report
    estimates that [[about 4,000 health workers|displaced;a=the report;alt=Insecurity Insight
    and Physicians for Human Rights]] have fled their posts. The junta did not respond to
    requests for comment.""",
)

item(
    "Israeli strikes have killed 163 health and rescue workers in Lebanon, ministry says",
    """Israeli strikes have killed [[163 health and rescue workers|killed;a=the health
    ministry]] in Lebanon since {{October 2023}}, the health ministry said on Saturday, after an
    attack on a civil defence centre in the south killed [[12 paramedics|killed;a=the health
    ministry]]. The ministry said [[158 ambulances and fire
    engines|other;u=other;n=ambulances and fire engines;a=The ministry;alt=the health
    ministry]] had been hit and [[55 hospitals|housing;a=The ministry;alt=the health ministry]]
    damaged, [[eight|other;u=structure;a=The ministry;alt=the health ministry]] of which had
    been forced to close. WHO said it had verified [[137 attacks|other;u=other;a=WHO]] on
    health care in Lebanon over the same period, killing [[226 people|killed;a=WHO]]. In Tyre,
    a private hospital evacuated [[its 40 patients|displaced;a=the hospital's director]] after
    a strike on a neighbouring building shattered its windows, the hospital's director said.
    Israel says Hezbollah uses ambulances and health facilities to move fighters and weapons,
    an accusation the ministry rejects.""",
)

item(
    "Rights group counts 612 attacks on Syrian medical facilities over 13 years",
    """Physicians for Human Rights said on Wednesday it had documented [[612
    attacks|other;u=other;a=Physicians for Human Rights]] on [[at least 412 separate medical
    facilities|housing;a=Physicians for Human Rights]] in Syria between {{March 2011}} and the
    fall of Bashar al-Assad's government in {{December 2024}}. The group attributed [[557 of
    the attacks|other;u=other;a=The group;alt=Physicians for Human Rights]] to the Syrian
    government and its Russian allies. It said [[957 medical personnel|killed;a=Physicians for
    Human Rights]] had been killed over the same period, including [[230
    doctors|killed;a=Physicians for Human Rights]], and that [[at least 170|killed;a=Physicians
    for Human Rights]] of them were executed or tortured to death in detention. The new
    authorities in Damascus have promised to investigate, and PHR researchers have begun
    visiting former detention sites where they believe [[dozens of medics|missing;a=PHR
    researchers]] may be buried.""",
)

item(
    "Burkina Faso's shuttered clinics leave 2.2 million without care",
    """Jihadist violence has shut [[392 health centres|other;a=the health ministry]] across
    Burkina Faso, and [[231 more|other;u=structure;n=-;a=the health ministry]] are working at
    reduced capacity, the health ministry said in its latest update, leaving [[about 2.2
    million people|civilians;v=2200000;a=the health ministry]] with little or no access to
    care. Health workers say armed groups steal ambulances and medicines and abduct nurses to
    treat their wounded. The ministry recorded [[48 attacks|other;u=other;a=The ministry;alt=the
    health ministry]] on health facilities last year, in which [[11 health
    workers|killed;a=The ministry;alt=the health ministry]] were killed and
    [[six|kidnapped;a=The ministry;alt=the health ministry]] abducted. In the eastern town of
    Fada N'Gourma, the regional hospital now receives patients from as far as {{200 km}} away.
    "We treat fighters from all sides, because we must," a nurse there told The New
    Humanitarian, asking not to be named. Humanitarian helicopters are now the only way to
    resupply [[36 towns|other]] under blockade, where [[more than 1 million
    people|civilians;a=the UN]] live, according to the UN.""",
)

item(
    "Attacks on Ebola responders kill six health workers in eastern Congo",
    """Attacks on the Ebola response in eastern Congo have killed [[six health
    workers|killed;a=the World Health Organization]] and injured [[70|injured;a=the World
    Health Organization]] since {{January 2019}}, the World Health Organization said on
    Thursday, as it suspended some operations in Biakato and Mangina after a night raid by
    Mai-Mai fighters. The agency has recorded [[390 attacks|other;u=other;a=The agency;alt=the
    World Health Organization]] on treatment centres, vaccination teams and burial workers in
    North Kivu and Ituri this year. [[About 3,300 people|other]] have been infected in the
    outbreak and [[2,200|killed]] have died, making it the {{second-largest}} Ebola epidemic
    on record. [[Some 120 responders|displaced]] were evacuated to Goma after the latest raid,
    in which [[four|killed]] were killed, among them a vaccinator and [[two police
    officers|killed]] guarding the camp.""",
)

item(
    "MSF pulls staff from northern Yemen hospitals after Abs strike",
    """Doctors Without Borders said on Tuesday it was pulling its staff out of [[six
    hospitals|other;a=Doctors Without Borders]] in northern Yemen after an airstrike on Abs
    hospital killed [[15 people|killed;a=Doctors Without Borders]] and wounded
    [[24|injured;a=Doctors Without Borders]], the {{fourth}} attack on a facility it supports
    in less than a year. [[One MSF staff member|killed]] was among the dead. The hospital had
    [[60 beds|capacity]] and was the only one still working in the district, and the group
    said it had treated [[more than 4,600 patients|injured;a=the group;alt=Doctors Without
    Borders]] there since July, most of them wounded. A spokesman for the Saudi-led coalition
    said the incident would be reviewed by its Joint Incidents Assessment Team. The World
    Health Organization says [[more than 600 health facilities|other;a=The World Health
    Organization]] in Yemen have closed since the war escalated in {{March 2015}}, because of
    damage or shortages of staff, medicine and fuel.""",
)

item(
    "WHO tallies 1,521 attacks on health care across 17 countries",
    """WHO's Surveillance System for Attacks on Health Care recorded [[1,521
    attacks|other;u=other;a=WHO's Surveillance System for Attacks on Health Care]] in [[17
    countries and territories|other;u=other;n=countries and territories;a=WHO's Surveillance
    System for Attacks on Health Care]] in {{2023}}, killing [[751 people|killed;a=WHO's
    Surveillance System for Attacks on Health Care]] and injuring [[1,204|injured;a=WHO's
    Surveillance System for Attacks on Health Care]], according to figures presented to the
    World Health Assembly on Monday. The occupied Palestinian territory accounted for [[612
    of the attacks|other;u=other]], Ukraine for [[465|other;u=other]] and Sudan for
    [[78|other;u=other]]. WHO said [[221 health workers|killed;a=WHO]] were among the dead, and
    that almost {{40%}} of attacks involved heavy weapons such as artillery, missiles or bombs
    dropped from aircraft. The system covers only countries and territories where WHO runs an
    emergency operation, and officials said the real numbers were almost certainly
    higher.""",
)

item(
    "WHO opens attacks-on-health dashboard to the public",
    """The World Health Organization on Monday relaunched its Surveillance System for Attacks
    on Health Care with a public dashboard that is updated every {{24 hours}}, replacing the
    quarterly tables it had published since {{2017}}. Security Council {{Resolution 2286}},
    adopted in {{May 2016}}, asked the UN to collect such data, but WHO officials concede that
    the system covers only about {{60%}} of the world's conflict zones. Funding for the
    system, at {{$1.3 million}} a year, is less than a third of what the team had
    requested.""",
)

item(
    "Colombia logs record attacks on its medical mission as Catatumbo burns",
    """Colombia recorded [[231 attacks|other;u=other;a=the health ministry]] on its medical
    mission last year, the highest number since the government began keeping count in
    {{1996}}, the health ministry said, as fighting between the ELN guerrillas and FARC
    dissidents spread in the Catatumbo region. The ministry counted [[nine health
    workers|killed;a=The ministry;alt=the health ministry]] killed, [[41|other;a=The
    ministry;alt=the health ministry]] threatened with death and [[17 ambulances|other;a=The
    ministry;alt=the health ministry]] burned or seized. In Catatumbo alone, [[52
    incidents|other;u=other;a=the International Committee of the Red Cross]] were recorded in
    the first two months of this year, according to the International Committee of the Red
    Cross. The ICRC said [[three rural health posts|other;u=structure;a=The ICRC]] had been
    abandoned after staff received death threats, leaving [[about 12,000
    people|civilians;a=The ICRC]] without a clinic within a day's walk.""",
)
