"""dev198 items: South and Southeast Asia, Afghanistan, Hong Kong, and the Americas (Mexico,
Colombia, Haiti, Nicaragua, Venezuela, the United States)."""

from _wrap import item

item(
    "Philippine union marks Maguindanao anniversary with new killings tally",
    """The National Union of Journalists of the Philippines (NUJP) said [[five journalists|killed;a=The
    National Union of Journalists of the Philippines (NUJP)]] were killed in {{2024}}, bringing to
    [[201|killed;a=The National Union of Journalists of the Philippines (NUJP);n=-]] the number of
    media workers killed since democracy was restored in {{1986}}. The Maguindanao massacre of
    {{November 23, 2009}}, in which [[58 people|killed]] were killed, [[32|killed;n=-]] of them
    journalists, remains the deadliest single attack on the press recorded anywhere. [[Hundreds of
    journalists|other]] lit candles at the massacre site in Ampatuan on Saturday. Of the [[197
    people|other;a=the NUJP;alt=National Union of Journalists of the Philippines]] charged over the
    killings, [[28|arrested;a=the NUJP;alt=National Union of Journalists of the Philippines;n=-]]
    were sentenced to up to {{40 years}} in prison in {{2019}} and [[about 80|other;a=the
    NUJP;alt=National Union of Journalists of the Philippines;n=-]] remain at large, the NUJP
    said.""",
)

item(
    "Philippine court convicts community journalist after five years in jail",
    """A court in Tacloban on {{January 23}} convicted community journalist Frenchie Mae Cumpio of
    financing terrorism, a charge press groups say was built on planted evidence. The NUJP said
    [[at least 12 journalists|arrested;a=The NUJP]] were in jail in the Philippines, [[seven|arrested;a=The
    NUJP;n=-]] of them on charges brought after red-tagging by the military. It has recorded [[more
    than 100 cases|other;a=NUJP]] of red-tagging of journalists since {{2022}}. Cumpio, then {{21}},
    was arrested in a dawn raid in {{February 2020}} in which police also detained [[four other
    activists|arrested]]. Journalists and students rallied outside the court.
    The Presidential Task Force on Media Security said it was investigating [[30 cases|other;a=The
    Presidential Task Force on Media Security]] of threats against reporters.""",
)

item(
    "Myanmar junta holds dozens of reporters, four years after coup",
    """Myanmar's military has arrested [[more than 200 journalists|arrested;a=Detained Journalists
    Information Myanmar]] since it seized power in {{February 2021}}, and [[about 50|arrested;a=Detained
    Journalists Information Myanmar;n=-]] remain in prison, according to Detained Journalists
    Information Myanmar, a monitoring group. [[At least seven journalists|killed;a=the
    group;alt=Detained Journalists Information Myanmar]] have been killed, [[two|killed;a=the
    group;alt=Detained Journalists Information Myanmar;n=-]] of them in custody, the group says.
    The junta revoked the licences of [[at least 14 media outlets|other;u=other]] in the first year
    after the coup. [[Dozens of reporters|displaced]] have fled to Mae Sot in Thailand, where a
    press group runs [[three safe houses|capacity]]. Mobile internet remains cut in [[about 80
    townships|other;u=other]], mostly in Sagaing and Rakhine.""",
)

item(
    "Afghan journalists deported from Pakistan face Taliban at home",
    """Pakistan has deported [[at least 40 Afghan journalists|returned;a=the Afghanistan Journalists
    Center (AFJC)]] since launching its campaign against undocumented migrants in {{2023}}, the
    Afghanistan Journalists Center (AFJC) said. [[About 200 more|displaced;a=the group;alt=Afghanistan
    Journalists Center;n=-]] are stranded in Islamabad and Peshawar awaiting resettlement, the
    group said. Since the Taliban takeover in {{August 2021}}, [[more than 300 media
    outlets|other;a=Reporters Without Borders;u=other]] have closed and [[some 7,000
    journalists|other;a=Reporters Without Borders]] have lost their jobs, Reporters Without Borders
    says. The Taliban detained [[at least 16 journalists|arrested]] in {{2025}}. Germany's
    admission programme has taken in [[about 350 families|displaced]] of media workers and plans to admit [[up to 500 more|displaced;a=Germany's admission programme;n=-;p]]. Iran sent back
    [[12 reporters|returned]] in the same period.""",
)

item(
    "Pakistan's Freedom Network reports spike in cases against journalists",
    """Freedom Network said in its annual report on {{May 2}} that [[at least 57 cases|other;a=Freedom
    Network]] were filed against journalists under the Prevention of Electronic Crimes Act between
    {{May 2024}} and {{April 2025}}. It documented [[five journalists|killed;a=Freedom Network]]
    killed and [[34|arrested;a=Freedom Network;n=-]] arrested or detained over the same period. The
    Pakistan Federal Union of Journalists said [[hundreds of reporters|other;a=The Pakistan Federal
    Union of Journalists]] had staged walkouts against the amended law, which carries up to {{three
    years}} in prison and fines of {{Rs2 million}}. In Balochistan, [[12 press clubs|other;u=other]]
    were forced to shut by threats from militants and security agencies. A court in Islamabad
    ordered [[27 YouTube channels|other;u=other]] blocked in {{July}}, including those of
    well-known journalists.""",
)

item(
    "India led world in internet shutdowns again, Access Now says",
    """India imposed [[116 internet shutdowns|other;a=Access Now;u=other]] in {{2023}}, the most of any
    democracy, according to the digital rights group Access Now, which counted [[283|other;a=Access
    Now;u=other;n=-]] worldwide. Manipur accounted for
    [[47|other;u=other;n=-]] of India's shutdowns, cutting off [[3.2 million people|civilians]] for
    months during ethnic violence. The Kashmir Press Club counted [[at least 35
    journalists|other;a=The Kashmir Press Club]] summoned for questioning by police before it was
    dissolved in {{2022}}. [[Four Kashmiri journalists|arrested]] are in jail under anti-terror
    laws. India ranked {{159th}} in the {{2024}} World Press Freedom Index.""",
)

item(
    "Five journalists killed in Bangladesh unrest, press groups say",
    """[[At least five journalists|killed;a=the Bangladesh Federal Union of Journalists]] were killed
    and [[more than 200|injured;a=the Bangladesh Federal Union of Journalists;n=-]] injured during
    the student-led uprising that toppled Sheikh Hasina in {{July}} and {{August 2024}}, according
    to the Bangladesh Federal Union of Journalists. A near-total internet shutdown from {{July 18}}
    left [[about 170 million people|civilians]] offline for {{five days}}. After the interim
    government took over, [[more than 160 journalists|other]] were named in murder cases filed by
    families of protesters. The interim government cancelled [[167 press accreditation
    cards|other]] in {{November}}. Police said [[15-20 journalists|arrested;a=Police]] had been detained
    since then. In {{December 2025}}, mobs set fire to [[two newspaper buildings|housing]] in
    Dhaka, trapping [[dozens of staff|civilians]] on the roof for hours.""",
)

item(
    "Hong Kong journalists' group says hundreds left industry after Apple Daily closure",
    """The Hong Kong Journalists Association said [[about 1,000 journalists|other;a=The Hong Kong
    Journalists Association]] lost their jobs when Apple Daily, Stand News and Citizen News closed
    between {{2021}} and {{2022}}. The association said [[more than 100 members|displaced;a=The
    association;alt=Hong Kong Journalists Association]] had emigrated, mostly to Britain, Taiwan
    and Canada. [[Six former Apple Daily executives|arrested]] have been held since {{2021}}. [[About
    500 police officers|combatants]] raided Apple Daily's newsroom in {{June 2021}}, and the
    paper's final edition sold [[1 million copies|other;u=other]]. In the Stand News raid in
    {{December 2021}}, police arrested [[seven people|arrested]], including [[two editors|arrested]].
    Founder Jimmy Lai, {{77}}, was convicted in {{December 2025}}.""",
)

item(
    "Article 19 counts 639 attacks on Mexican press in a year",
    """{{Article 19}} said in its annual report that it documented [[639 attacks|other;a=Article
    19;u=other]] against journalists and media in Mexico in {{2024}}, about one every {{14 hours}}.
    [[Five journalists|killed;a=the organisation;alt=Article 19]] were murdered for their work and
    [[two|missing;a=the organisation;alt=Article 19;n=-]] disappeared, the organisation said. Public
    officials were behind {{a third}} of the attacks. Since {{2000}}, [[more than 170
    journalists|killed;a=the group;alt=Article 19]] have been killed in Mexico, the group says. The
    interior ministry said the federal protection mechanism protects [[1,650 people|aid;a=The
    interior ministry]], [[596|aid;a=The interior ministry;n=-]] of them journalists. The ministry expects to take in [[about 300 more|aid;a=The ministry;alt=The interior ministry;n=-;p]] in {{2026}}.""",
)

item(
    "Culiacán reporters flee as cartel war targets press",
    """[[At least 11 journalists|displaced;a=the Sinaloa Journalists' Network]] have left Culiacán
    since fighting erupted between factions of the Sinaloa cartel in {{September 2024}}, according
    to the Sinaloa Journalists' Network. Gunmen sprayed the offices of the newspaper El Debate with
    [[more than 20 bullets|other]] in {{October}}. [[Two reporters|killed]] were shot dead in the
    state in {{2025}}. The federal protection mechanism said it had relocated [[seven
    families|displaced;a=The federal protection mechanism]] of journalists out of the state. [[Between 15 and 20
    reporters|other]] still cover crime in the city, most without bylines. [[About 70
    journalists|other]] marched in Culiacán to demand protection. The defence ministry said it had
    sent [[more than 1,100 additional troops|combatants;a=The defence ministry]] to Sinaloa.""",
)

item(
    "Colombian press group FLIP reports rise in threats",
    """The Foundation for Press Freedom (FLIP) recorded [[218 threats|other;a=The Foundation for Press
    Freedom (FLIP);u=other]] against journalists in Colombia in {{2023}}, the most in a decade.
    [[Two journalists|killed]] were murdered, in Cauca and Huila. FLIP said [[about 40
    reporters|displaced;a=FLIP]] were forced to leave their regions, most of them from Cauca,
    Catatumbo and Arauca. The National Protection Unit says it provides bodyguards or armoured
    cars to [[203 journalists|aid;a=The National Protection Unit]]. It expects to extend protection to [[another 50 journalists|aid;a=The National Protection
    Unit;p]] this year.
    ELN guerrillas held [[two reporters|kidnapped]] for {{a week}} in Catatumbo in {{January}}.""",
)

item(
    "Gang attack on Haiti hospital reopening kills two journalists",
    """[[Two journalists|killed;a=the Haitian Online Media Collective]] and a police officer were
    killed and [[at least seven journalists|injured;a=the Haitian Online Media Collective]] wounded
    on Tuesday when gang members opened fire at the reopening of the General Hospital in
    Port-au-Prince, the Haitian Online Media Collective said. The Viv Ansanm gang coalition claimed
    the attack. SOS Journalistes says [[at least 10 journalists|killed;a=SOS Journalistes]] have
    been killed in Haiti since {{2022}}, and [[dozens of families|displaced;a=SOS Journalistes]] of journalists have fled their
    homes as gangs took over neighbourhoods. Gangs have burned or looted [[at least six radio
    station buildings|housing]] in the capital. The United Nations says [[more than 1 million
    people|displaced;a=The United Nations]] are displaced in Haiti. The Kenyan-led mission has
    [[about 1,000 officers|combatants]] in the country, and [[2,500 more|combatants;n=-;p]] are due
    to arrive under the new gang suppression force.""",
)

item(
    "Nicaragua strips exiled journalists of citizenship",
    """Nicaragua's government has stripped [[at least 40 journalists|other;a=the Independent
    Journalists and Communicators of Nicaragua (PCIN)]] of their citizenship since {{2023}}, most of
    them already in exile in Costa Rica, Spain and the United States, according to the Independent
    Journalists and Communicators of Nicaragua (PCIN). The group says [[more than 280
    journalists|displaced;a=The group;alt=Independent Journalists and Communicators of Nicaragua]]
    have fled the country since the protests of {{2018}}, and that [[some 54 media
    outlets|other;a=The group;alt=Independent Journalists and Communicators of Nicaragua;u=other]]
    have been closed or confiscated. In {{February 2023}}, the government expelled [[222 political
    prisoners|displaced]] to the United States. [[At least two journalists|arrested]] remain
    jailed. Costa Rica has granted asylum to [[about 100 Nicaraguan reporters|displaced]].""",
)

item(
    "Venezuela press union: 16 journalists jailed since election",
    """Venezuela's National Union of Press Workers (SNTP) said [[16 journalists|arrested;a=Venezuela's
    National Union of Press Workers (SNTP)]] were in prison. [[More than 2,000
    people|arrested;a=Foro Penal]] were detained in the crackdown that followed the vote of {{July
    28}}, according to the rights group Foro Penal. The telecoms regulator Conatel has blocked [[62
    news websites|other;a=VE sin Filtro;u=other]] and taken [[at least 10 radio
    stations|other;a=VE sin Filtro;u=other]] off air, according to the monitoring group VE sin
    Filtro. [[Some 8 million Venezuelans|displaced;a=the UN]] have left the country since {{2014}},
    according to the UN. [[As many as 400 Venezuelan journalists|displaced;a=the union;alt=National Union
    of Press Workers]] now work from exile, the union estimates.""",
)

item(
    "Record arrests of US journalists during 2020 protests, tracker says",
    """The US Press Freedom Tracker recorded [[142 journalists|arrested;a=The US Press Freedom
    Tracker]] arrested or detained in {{2020}}, most of them at racial justice protests after the
    killing of George Floyd. It logged [[more than 400 assaults|other;a=US Press Freedom
    Tracker;u=other]] on the press that year, most by police firing rubber bullets, pepper balls and
    tear gas. During protests against immigration raids in Los Angeles in {{June 2025}}, [[at least
    35 journalists|injured;a=the Los Angeles Press Club]] were hit by less-lethal munitions, the Los
    Angeles Press Club said. The tracker counted [[12 reporters|arrested;a=The tracker;alt=US Press
    Freedom Tracker]] detained in the city. [[4,000 National Guard troops|combatants]] and [[700
    Marines|combatants]] were sent to the city over the governor's objections.""",
)

item(
    "Hong Kong court sentences Stand News editor under sedition law",
    """The former editor-in-chief of Stand News, Chung Pui-kuen, was sentenced on {{September 26,
    2024}} to {{21 months}} in prison for conspiring to publish seditious publications, the first
    such conviction of a journalist since the handover in {{1997}}. He had already spent almost a
    year in custody before his trial. Under {{Article 23}} legislation passed in {{March 2024}},
    sedition now carries up to {{seven years}} in prison. Hong Kong fell to {{135th}} in the
    {{2024}} World Press Freedom Index, from {{18th}} in {{2002}}.""",
)

item(
    "Mexico's journalist protection fund faces 20% budget cut",
    """The budget of Mexico's protection mechanism for human rights defenders and journalists will
    fall by {{20%}} to {{420 million pesos}} in {{2026}}, according to the spending plan sent to
    Congress. The mechanism was created in {{2012}} after a decade of rising violence against the
    press. Its director, {{48}}, said the time taken to respond to urgent requests had been cut to
    {{72 hours}}. Mexico ranked {{124th}} in the {{2025}} World Press Freedom Index.""",
)
