"""Syria, Iraq, Libya and Gaza: the disappeared, the mass graves of the Assad years and of
Islamic State, remains exchanged, hostages and prisoners swapped, returns home (14 texts with
figures)."""

from _wrap import item

item(
    "After Sednaya, Syrian families keep searching",
    """When opposition fighters broke open the gates of Sednaya prison north of Damascus on {{8
    December 2024}}, [[thousands of families|other]] rushed there hoping to find relatives who
    had vanished into Assad-era detention. Most found nothing. The Syrian Network for Human
    Rights says [[more than 112,000 people|missing;a=The Syrian Network for Human Rights]]
    remain forcibly disappeared, the vast majority at the hands of the former government's
    security branches. Fighters freed [[about 4,000 inmates|other]] from Sednaya and other
    prisons in the first days after the fall of Bashar al-Assad, far fewer than families had
    hoped. Syria Direct spoke to [[a dozen families|other]] in Damascus and Homs who have since
    searched hospital morgues, prison archives and social media. Umm Khaled, {{58}}, said she
    had visited [[five morgues|other;u=structure;a=Umm Khaled]] looking for her husband,
    arrested at a checkpoint in {{2013}}. At al-Mujtahid hospital, staff said [[35
    bodies|killed;a=staff]] brought from a military hospital in Harasta bore signs of torture.
    The International Commission on Missing Persons has said there may be [[more than 60 mass
    grave sites|other; a=The International Commission on Missing Persons]] in Syria.""",
)

item(
    "Syrian group says grave near Damascus may hold 100,000 bodies",
    """The Syrian Emergency Task Force, a US-based advocacy group, said on Monday that a mass
    grave near the town of al-Qutayfah, north of Damascus, could hold the bodies of [[at least
    100,000 people|killed;a=The Syrian Emergency Task Force]] killed by the former government.
    Reuters could not independently verify the figure. A former gravedigger told Reuters that
    refrigerated trucks carrying [[150 to 250 bodies|killed;a=A former gravedigger]] at a time
    had arrived at the site {{up to four times a week}}. Satellite images reviewed by Reuters
    show trenches at the site lengthening between {{2014}} and {{2019}} to cover about {{2 km}}.
    Syria's new government said in April it had located [[more than 60 mass
    graves|other;u=other;a=Syria's new government]] across the country since December. [[Dozens
    of relatives|other]] gathered at the fenced site on Sunday, some holding photographs of
    missing sons.""",
)

item(
    "Raqqa's grave diggers have exhumed 6,000 bodies since IS fell",
    """Forensic workers in Raqqa have exhumed [[more than 6,000 bodies|killed;a=Yasser
    al-Khamis]] from [[some 30 mass graves|other;u=other;a=Yasser al-Khamis]] in and around the
    city since Islamic State was driven out in {{2017}}, said Yasser al-Khamis, who heads the
    local first responders team. The team, which has [[about 40 members|other;a=Yasser
    al-Khamis]], has been able to identify [[fewer than 1,000|killed;n=-;a=Yasser al-Khamis]] of
    the dead, he said. The largest grave, at the al-Fukheikha farm, held [[about 3,500
    bodies|killed]], many of them fighters killed in the US-led coalition's bombing. Families
    from across northeast Syria have submitted [[more than 8,000 requests|other;u=other]] for
    news of missing relatives. Islamic State kidnapped [[thousands of people|kidnapped;a=the
    Syrian Network for Human Rights]] during its rule in Syria, and the fate of [[about
    8,600|missing;n=-;a=the Syrian Network for Human Rights]] is still unknown, according to the
    Syrian Network for Human Rights.""",
)

item(
    "Syria's new commission on the missing opens 10,000 files",
    """Syria's National Commission for Missing Persons said on Sunday it had opened files on
    [[more than 10,000 missing people|missing;a=Syria's National Commission for Missing
    Persons]] in the first {{three months}} of registration. The commission estimates that
    [[between 130,000 and 300,000 people|missing;a=The commission;alt=Syria's National
    Commission for Missing Persons]] went missing during the {{14-year}} war, at the hands of
    the former government, armed groups and Islamic State. It plans to open [[14 regional
    offices|other;u=structure;p;a=Syria's National Commission for Missing Persons]] and a DNA
    laboratory in Damascus by the end of the year. Relatives have already given [[more than
    4,000 DNA samples|other;u=other]]. A video of the Tadamon massacre, filmed by an
    intelligence officer in {{2013}}, shows [[at least 41 blindfolded men|killed]] being shot
    and pushed into a pit in a Damascus suburb. Syrian security forces said last month they had
    arrested [[three men|arrested;a=Syrian security forces]] seen in the video.""",
)

item(
    "Iraq begins exhuming two more Yazidi graves near Sinjar",
    """Iraqi forensic teams on Tuesday began exhuming [[two mass graves|other;u=other;a=the
    Iraqi government's Martyrs Foundation]] near Sinjar believed to hold Yazidis killed by
    Islamic State in August {{2014}}, the Iraqi government's Martyrs Foundation said. Of [[more
    than 90 graves|other;u=other;a=the foundation;alt=the Iraqi government's Martyrs
    Foundation]] found in the Sinjar district, [[about 70|other;n=-;u=other;a=the
    foundation;alt=the Iraqi government's Martyrs Foundation]] have now been opened, according
    to the foundation. Islamic State fighters killed [[thousands of Yazidi men|killed;a=the
    Yazidi affairs office in Dohuk]] and abducted [[more than 6,400 women and
    children|kidnapped;n=women and children;a=the Yazidi affairs office in Dohuk]], according to
    the Yazidi affairs office in Dohuk. The office says [[about 2,600 of them|missing;n=-;a=The
    office;alt=the Yazidi affairs office in Dohuk]] are still missing. [[Some 200,000
    Yazidis|displaced]] still live in [[15 camps|capacity]] in the Kurdistan region, {{11
    years}} after fleeing the mountain.""",
)

item(
    "Iraq remembers Speicher cadets as search for remains goes on",
    """Iraq marked the {{11th anniversary}} of the Camp Speicher massacre on Thursday. Islamic
    State militants seized [[about 1,700 air force cadets|killed]] near Tikrit in June {{2014}}
    and executed them on the banks of the Tigris. Forensic teams have exhumed [[more than 1,200
    bodies|killed;a=the Martyrs Foundation]] from [[17 graves|other;u=other;a=the Martyrs
    Foundation]] at the site and in the nearby presidential palaces, the Martyrs Foundation
    said, and [[about 1,000|killed;n=-;a=the Martyrs Foundation]] have been identified and
    handed to their families. Iraqi courts sentenced [[more than 40 men|arrested]] to death over
    the killings, and [[36 of them|killed;n=-]] were hanged in {{2016}}. Relatives of [[hundreds
    of cadets|missing]] whose remains have never been found gathered at the riverside memorial,
    where the names of the dead are carved in black marble.""",
)

item(
    "Nine years on, Saqlawiya's missing men are still not found",
    """{{Nine years}} after militiamen detained them at a checkpoint outside Fallujah, the fate
    of [[more than 600 men and boys|missing;n=men and boys;a=relatives]] from the Saqlawiya area
    is still unknown, relatives say. Umm Ahmed, {{61}}, lost [[four sons|missing]] that day in
    June {{2016}}. "They told us they were taking them for questioning and would release them in
    {{two days}}," she said. Lawyers in Anbar province say [[about 2,800 men|missing;a=Lawyers
    in Anbar province]] were taken at checkpoints during the offensive to retake Fallujah from
    Islamic State. A government committee found in {{2016}} that [[dozens of detainees|killed;
    a=A government committee]] had been killed in custody, but its report was never released.
    Estimates of the number of people missing in Iraq from decades of war and repression range
    from [[250,000 to 1 million|missing;n=-;a=the International Commission on Missing Persons]],
    according to the International Commission on Missing Persons. Around [[30 mothers|other]]
    held a sit-in outside the provincial council in Ramadi on Sunday, demanding that the
    committee's findings be published.""",
)

item(
    "Iraq and Iran swap remains of soldiers from 1980s war",
    """Iraq handed over the remains of [[88 Iranian soldiers|killed;a=the International
    Committee of the Red Cross]] killed in the {{1980-88}} war at the Shalamcheh border crossing
    on Tuesday and received the remains of [[41 Iraqi soldiers|killed;a=the International
    Committee of the Red Cross]] in return, the International Committee of the Red Cross said.
    Iran says [[about 2,000 of its servicemen|missing;a=Iran]] are still unaccounted for, while
    Iraq lists [[more than 10,000|missing;n=-;a=Iraq]]. Iran and Iraq have exchanged the remains
    of [[tens of thousands of soldiers|killed]] since the war ended, many of them identified
    only by their tags. Separately, Kuwait said in March that it had identified the remains of
    [[two more citizens|killed;a=Kuwait]] among [[more than 300 people|missing; a=Kuwait]] who
    disappeared during Iraq's {{1990-91}} occupation.""",
)

item(
    "Libya has recovered 350 bodies from Tarhuna graves, agency says",
    """Libyan authorities have recovered [[more than 350 bodies|killed;a=the General Authority
    for Search and Identification of Missing Persons]] from mass graves in Tarhuna since forces
    loyal to the Tripoli government retook the town from the Kaniyat militia in June {{2020}},
    the General Authority for Search and Identification of Missing Persons said on Sunday. The
    authority said its teams had searched [[more than 100 sites|other;a=The authority;alt=the
    General Authority for Search and Identification of Missing Persons]] in and around the town,
    many of them farms where bodies had been buried under lime. It has identified [[about
    160|killed;n=-]] of the dead through DNA. Families in Tarhuna say [[about 200
    people|missing;a=Families in Tarhuna]] are still missing. The Kaniyat, run by [[seven
    brothers|combatants]] from a local family, controlled the town for {{five years}}. The
    International Criminal Court unsealed arrest warrants in {{2023}} for [[six suspects|other]]
    linked to the militia.""",
)

item(
    "Mass graves of migrants found in Libyan desert",
    """Libyan authorities said on Saturday they had exhumed [[28 bodies|killed;a=Libyan
    authorities]] from [[two mass graves|other;u=other;a=Libyan authorities]] in the desert near
    Kufra, in the country's southeast. The graves were found after security forces raided a
    trafficking warehouse and freed [[76 migrants|kidnapped]] held for ransom, many of them
    Sudanese and Eritrean. Police said they had arrested [[five suspects|arrested;a=Police]],
    and that some of the dead had gunshot wounds. The International Organization for Migration
    said it was deeply shocked, and that [[more than 960 migrants|killed;a=The International
    Organization for Migration]] had died and [[at least 600|missing;n=-;a=The International
    Organization for Migration]] had gone missing in Libya last year. Libya, where rival
    governments have competed for power since {{2014}}, is a main transit country for migrants
    heading to Europe.""",
)

item(
    "Gaza civil defence says 381 bodies found at Nasser hospital",
    """Palestinian Civil Defence teams have recovered [[381 bodies|killed;a=the agency;
    alt=Palestinian Civil Defence]] from [[three mass graves|other;u=other;a=the agency;
    alt=Palestinian Civil Defence]] in the grounds of the Nasser Medical Complex in Khan Younis,
    the agency said on Tuesday. [[About 165|killed;n=-]] have so far been identified by
    relatives, many by their clothes. A Civil Defence spokesman said [[dozens of bodies|killed;
    a=A Civil Defence spokesman]] had their hands tied. The Israeli military said its forces had
    examined bodies buried at the hospital in search of hostages and had reburied them. Across
    Gaza, [[about 10,000 people|missing;a=the Civil Defence;alt=Palestinian Civil Defence]] are
    believed to be buried under the rubble of destroyed buildings, according to the Civil
    Defence. The Gaza health ministry says [[more than 50,000 people|killed;a=The Gaza health
    ministry]] have been killed since October {{2023}}.""",
)

item(
    "Hamas frees three hostages, Israel releases 183 prisoners",
    """Hamas freed [[three Israeli hostages|kidnapped;a=officials on both sides]] in Gaza on
    Saturday and Israel released [[183 Palestinian prisoners|other;a=officials on both sides]]
    in the latest swap under the ceasefire deal, officials on both sides said. Among the
    Palestinians freed were [[18 prisoners|other;a=the Palestinian Prisoners' Society]] serving
    life sentences and [[111 detainees|other;a=the Palestinian Prisoners' Society]] held without
    charge since the start of the war, the Palestinian Prisoners' Society said. Hamas handed
    over the bodies of [[four hostages|killed]] on Thursday. Israel says [[59
    hostages|kidnapped; a=Israel]] remain in Gaza, [[at least 35 of them|killed;n=-;a=Israel]]
    believed to be dead. The society says Israel holds [[more than 10,000
    Palestinians|arrested;a=The society; alt=the Palestinian Prisoners' Society]], [[about 3,400
    of them|arrested;n=-;a=The society; alt=the Palestinian Prisoners' Society]] in
    administrative detention without charge.""",
)

item(
    "In Gaza, returned bodies are buried without names",
    """Israel has returned the bodies of [[195 Palestinians|killed;a=Gaza's health ministry]] to
    Gaza under the ceasefire deal, but only [[57|killed;n=-;a=Gaza's health ministry]] have been
    identified, Gaza's health ministry said on Wednesday. With no DNA laboratory working in the
    territory, staff at Nasser hospital photograph each body and post the images online, and
    [[more than 1,200 people|other]] have come to view them in person. The bodies arrive in
    [[two refrigerated trucks|other]] through the Kerem Shalom crossing, many with numbers
    instead of names. Under the agreement, Israel returns the bodies of [[15
    Palestinians|killed]] for each deceased hostage handed over. Rights groups say Israel also
    holds the bodies of [[hundreds more Palestinians|killed;a=Rights groups]] in a military
    cemetery and in refrigerated containers.""",
)

item(
    "Returning Syrians find graves in their home villages",
    """[[More than 1.2 million Syrians|returned;v=1200000;a=the UN refugee agency]] have gone
    back to their areas of origin since the fall of Bashar al-Assad in December, the UN refugee
    agency said, among them [[about 400,000 refugees|returned;a=the UN refugee agency]] from
    neighbouring countries. For some, going home has meant finding graves. In Khan Shaykhun, in
    the Idlib countryside, returning farmers found the remains of [[at least 20 people|killed;
    a=the White Helmets]] in [[two wells|other;a=the White Helmets]] last month, the White
    Helmets said. The civil defence group says it has answered reports of [[more than 70
    possible graves|other;u=other;a=The civil defence group;alt=the White Helmets]] since
    January. [[Some 6.7 million people|displaced;v=6700000;a=the UN]] are still displaced inside
    Syria, according to the UN.""",
)
