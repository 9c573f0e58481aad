"""Journalists: CPJ's prison census, RSF's round-up and index, UNESCO's observatory, Article 19
and the national press unions and commissions counting journalists killed, jailed, abducted,
missing and in exile (12 texts with figures, 1 without)."""

from _wrap import item

item(
    "CPJ census finds at least 356 journalists behind bars",
    """[[At least 356 journalists|arrested;a=the Committee to Protect Journalists]] were in
    prison around the world on {{December 1}}, the Committee to Protect Journalists said on
    Thursday, the {{second-highest}} number since the New York-based group began its annual
    census in {{1992}}. China was again the worst jailer, with [[50 journalists|arrested]]
    behind bars, followed by Israel with [[43|arrested]] and Myanmar with [[35|arrested]].
    Belarus held [[31|arrested]] and Russia [[30|arrested]], among them [[19 Ukrainian
    journalists|arrested]] detained in occupied territory. [[More than 60|arrested;a=CPJ]] of
    those imprisoned worldwide were being held without any publicly disclosed charge, CPJ
    said. Israel's total, almost all of them Palestinians from the West Bank and Gaza, was the
    highest the group has recorded for the country. The census does not include journalists
    who were detained and released during the year, or those held by non-state groups, such
    as the [[four journalists|kidnapped]] believed to be held by armed groups in Syria. The
    census is a snapshot: it counts only those in custody at {{12:01 a.m.}} on {{December 1}}.
    Charges of anti-state activity, such as terrorism or spreading false news, were the most
    common. "Jailing a journalist is the cheapest form of censorship," the group's chief
    executive said.""",
)

item(
    "RSF round-up: 54 journalists killed, 550 jailed",
    """[[Fifty-four journalists|killed;a=Reporters Without Borders]] were killed because of
    their work in the {{12 months}} to {{December 1}}, almost a third of them by Israeli
    forces in Gaza, Reporters Without Borders said in its annual round-up on Thursday. RSF
    counted [[550 journalists|arrested;a=RSF]] in detention worldwide, up {{7%}} on the
    previous year, and [[55|kidnapped;a=RSF]] held hostage, most of them by armed groups in
    Syria, Yemen and Mali. [[Another 95|missing]] are listed as missing, including
    [[two|missing]] who disappeared in Mexico this year. Pakistan was the
    {{second-deadliest}} country for the press with [[seven journalists|killed]] killed,
    followed by Bangladesh and Mexico with [[five|killed]] each. RSF said the round-up counts
    only journalists whose deaths it has established were linked to their work, which is why
    its figures are lower than those of some other groups.""",
)

item(
    "Eritrea last again as press freedom index darkens",
    """Norway topped Reporters Without Borders' World Press Freedom Index for the ninth year
    running, while Eritrea was ranked {{180th}} and last, the Paris-based group said on
    Friday. India fell to {{161st}} place, and the United States slipped to {{57th}}, its
    lowest position since the index was launched in {{2002}}. For the first time, the
    economic indicator was rated "difficult" worldwide, with the global average score
    dropping to {{44.1 out of 100}}. RSF said press freedom was in a "very serious" state in
    about one country in two.""",
)

item(
    "Six journalists killed in Pakistan in 2024, press foundation says",
    """[[Six journalists|killed;a=the Pakistan Press Foundation]] were killed in Pakistan in
    {{2024}} in connection with their work, the Pakistan Press Foundation said in its annual
    report, up from [[four|killed;a=the Pakistan Press Foundation]] the year before. The
    Karachi-based group also recorded [[34 cases|other;a=The Karachi-based group;alt=the
    Pakistan Press Foundation]] of journalists being arrested or detained, [[68 physical
    assaults|other;u=other;a=The Karachi-based group;alt=the Pakistan Press Foundation]] and
    [[22 cases|other;a=The Karachi-based group;alt=the Pakistan Press Foundation]] in which
    media workers were booked under the Prevention of Electronic Crimes Act. Most of the
    killings took place in Khyber Pakhtunkhwa and Sindh. The foundation also documented [[at
    least 11 journalists|injured;a=The foundation;alt=the Pakistan Press Foundation]] wounded
    while covering protests in Islamabad in November. Of the [[96 journalists|killed;a=the
    foundation;alt=the Pakistan Press Foundation]] killed in Pakistan since {{2002}}, the
    killers have been convicted in only a handful of cases, the foundation said, calling for a
    special prosecutor.""",
)

item(
    "Radio broadcaster shot dead in Misamis Occidental",
    """A radio broadcaster was shot dead by a gunman on a motorcycle in the southern
    Philippine province of Misamis Occidental on Sunday, police said, the {{fourth}}
    journalist killed in the country this year. Provincial police later said [[two
    suspects|arrested;a=Provincial police]] had been detained, one of them a former soldier.
    The National Union of Journalists of the Philippines said [[201 journalists and media
    workers|killed;n=journalists and media workers;a=The National Union of Journalists of the
    Philippines]] had been killed since democracy was restored in {{1986}}, [[32 of
    them|killed;n=-;a=The National Union of Journalists of the Philippines]] in the {{2009}}
    Maguindanao massacre. [[Three other broadcasters|injured;a=the union;alt=The National Union
    of Journalists of the Philippines]] have been wounded in shootings in Mindanao since
    January, the union said. Only a handful of the killings have been solved, and the
    Philippines ranks {{116th}} of {{180}} countries in the World Press Freedom Index.""",
)

item(
    "Gaza war the deadliest for journalists since CPJ began counting",
    """[[At least 178 journalists and media workers|killed;n=journalists and media
    workers;a=the Committee to Protect Journalists]] have been killed in Gaza, the occupied
    West Bank, Israel and Lebanon since the war began on {{October 7, 2023}}, according to the
    Committee to Protect Journalists, the deadliest period for journalists since the group
    began collecting data in {{1992}}. Of those, [[170|killed]] were Palestinians,
    [[two|killed]] Israelis and [[six|killed]] Lebanese. CPJ said it was investigating [[at
    least 130 further cases|other;a=CPJ]] of possible killings, attacks, detentions and
    threats. Gaza's Government Media Office puts the number of journalists killed at
    [[232|killed;a=Gaza's Government Media Office]]. Israel denies deliberately targeting
    journalists and has barred foreign media from entering Gaza independently, allowing only
    a few embedded trips with the army. [[More than 40 journalists|arrested;a=CPJ]] from Gaza
    and the West Bank were being held in Israeli jails at the end of last year, CPJ said.""",
)

item(
    "Mexico logs an attack on the press every 14 hours",
    """Mexico recorded [[639 attacks|other;u=other;a=the free-speech group Article 19;alt=Article
    19]] against journalists and media outlets in {{2024}}, one every {{14 hours}}, the
    free-speech group {{Article 19}} said in its annual report on Tuesday. [[Five
    journalists|killed;a=the group;alt=Article 19]] were killed in connection with their work,
    the group said, while [[three|missing;a=the group;alt=Article 19]] remain missing. Public
    officials were identified as responsible for [[243 of the aggressions|other;u=other]],
    more than organised crime groups, which were linked to [[87|other;u=other]]. Since
    {{2000}}, Article 19 has documented the killings of [[170 journalists|killed;a=Article
    19]] in Mexico, [[48 of them|killed;n=-;a=Article 19]] during the six-year term of former
    President Andrés Manuel López Obrador.""",
)

item(
    "Ethiopia detained 11 journalists in six months, rights commission says",
    """Ethiopian authorities detained [[at least 11 journalists|arrested;a=the Ethiopian Human
    Rights Commission]] in the first half of the year, most of them under a state of emergency
    declared over the conflict in the Amhara region, the Ethiopian Human Rights Commission
    said on Monday. [[Five of them|arrested;n=-;a=the commission;alt=the Ethiopian Human Rights
    Commission]] remain in custody without charge, the commission said, including [[two
    reporters|arrested;a=the commission;alt=the Ethiopian Human Rights Commission]] held at a
    military camp in Awash Arba. Ethiopia held [[eight journalists|arrested]] at the time of
    the last global prison census, up from [[three|arrested]] a year earlier. Neighbouring
    Eritrea still holds [[16 journalists|arrested;a=Reporters Without Borders]], some of them
    arrested in {{September 2001}}, none of whom has ever been brought before a court,
    according to Reporters Without Borders. RSF ranks Eritrea last of {{180}} countries in
    its press freedom index.""",
)

item(
    "At least 108 media workers killed in Ukraine since invasion, union says",
    """[[At least 108 media workers|killed;a=the National Union of Journalists of Ukraine]] have
    been killed in Ukraine since Russia's full-scale invasion in {{February 2022}}, the
    National Union of Journalists of Ukraine said, [[18 of them|killed;n=-;a=the National Union
    of Journalists of Ukraine]] while reporting and the rest while serving in the armed
    forces. Russia is holding [[at least 26 Ukrainian journalists|arrested;a=the Institute of
    Mass Information]], according to the Institute of Mass Information, a Kyiv-based
    watchdog, and the fate of [[five others|missing;a=the Institute of Mass Information]] is
    unknown. The institute recorded [[142 Russian crimes|other;u=other;a=The institute;alt=the
    Institute of Mass Information]] against media in Ukraine in {{2024}}, including [[22
    attacks|other;u=other;a=The institute;alt=the Institute of Mass Information]] on
    journalists with drones or missiles. [[Three foreign reporters|killed]] have been killed
    in the war, including a French video journalist hit by a drone near Kramatorsk. In
    October, a {{27-year-old}} Ukrainian reporter who had been held in Russian custody since
    {{2023}} died in detention, her family said.""",
)

item(
    "Kenyan union says 47 journalists attacked during protests",
    """[[At least 47 journalists|injured;a=the Kenya Union of Journalists]] were attacked by
    police or protesters while covering anti-government demonstrations in Kenya in June and
    July, the Kenya Union of Journalists said, and [[nine|injured;a=the Kenya Union of
    Journalists]] were shot with rubber bullets or live ammunition. [[One
    photographer|injured]] lost an eye after being struck by a tear gas canister in Nairobi's
    central business district. The union said [[13 journalists|arrested;a=The union;alt=the
    Kenya Union of Journalists]] had been briefly detained and that equipment worth about
    {{4 million shillings}} had been destroyed. The Independent Policing Oversight Authority
    said it had opened [[three investigations|other;u=other;a=The Independent Policing
    Oversight Authority]].""",
)

item(
    "Taliban detained 51 journalists in 2024, watchdog says",
    """The Taliban detained [[51 journalists|arrested;a=the Afghanistan Journalists Center]] in
    Afghanistan in {{2024}}, and [[12 media outlets|other;u=other;a=the Afghanistan
    Journalists Center]] were shut down on the authorities' orders, the Afghanistan
    Journalists Center said in its annual report on Saturday. In all, the center recorded
    [[181 violations|other;u=other;a=the center;alt=the Afghanistan Journalists Center]] of
    media freedom, up from [[168|other;u=other;a=the center;alt=the Afghanistan Journalists
    Center]] the year before, including threats, beatings and bans on broadcasting women's
    voices. Of the [[543 outlets|other;u=other;a=the group;alt=the Afghanistan Journalists
    Center]] operating in {{August 2021}}, when the Taliban returned to power, [[about
    270|other;u=other;a=the group;alt=the Afghanistan Journalists Center]] are still
    broadcasting or publishing, according to the group. More than {{80%}} of women
    journalists have left the profession, it said.""",
)

item(
    "UNESCO: 68 journalists killed in 2024, most in war zones",
    """UNESCO recorded the killings of [[68 journalists|killed;a=UNESCO]] worldwide in
    {{2024}}, [[42 of them|killed;n=-;a=UNESCO]] in countries at war, the highest proportion
    in more than a decade. The UN agency released the figures on {{2 November}}, the
    International Day to End Impunity for Crimes against Journalists. Palestine accounted for
    [[18 of the deaths|killed]], Ukraine for [[six|killed]] and Sudan for [[five|killed]]. The
    agency said {{85%}} of the killings of journalists it has recorded since {{2006}} remain
    unresolved, down from {{95%}} a decade earlier. Of the [[1,700 killings|killed]]
    registered over that period, fewer than one in six has led to a conviction.""",
)

item(
    "Sudan's journalists' syndicate says 31 members killed in war",
    """The Sudanese Journalists Syndicate said on Sunday that [[at least 31
    journalists|killed;a=The Sudanese Journalists Syndicate]] had been killed since the war
    between the army and the Rapid Support Forces began in {{April 2023}}, [[five of
    them|killed;n=-;a=The Sudanese Journalists Syndicate]] women. The union has documented
    [[more than 500 violations|other;u=other;a=The union;alt=The Sudanese Journalists
    Syndicate]] against the press, including [[over 90 arbitrary detentions|arrested;a=The
    union;alt=The Sudanese Journalists Syndicate]] and the abduction of [[12
    reporters|kidnapped;a=The union;alt=The Sudanese Journalists Syndicate]] by the RSF,
    [[four|missing;a=The union;alt=The Sudanese Journalists Syndicate]] of whom have not been
    heard from since. {{About 90%}} of the country's newspapers and radio stations have
    stopped working, the syndicate said, and [[hundreds of journalists|displaced;a=the
    syndicate;alt=The Sudanese Journalists Syndicate]] have fled to Egypt, Uganda or
    Kenya.""",
)
