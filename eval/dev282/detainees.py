"""Items of dev282: detainees freed from the old government's prisons, arrests under the new
authorities, the missing, mass graves and exhumations."""

from _wrap import item

item(
    "Sednaya's cells thrown open as rebels reach Damascus",
    """Rebels and residents forced open the cells of Sednaya military prison north of Damascus on
    {{December 8}}, freeing [[thousands of detainees|arrested]], some of whom had been held since
    the {{1980s}}. The White Helmets said [[five specialised teams|other;a=The White Helmets;u=other]]
    searched for hidden underground cells for {{two days}} but found none. The Association of
    Detainees and the Missing in Sednaya Prison estimates that
    [[more than 30,000 people|killed;a=The Association of Detainees and the Missing in Sednaya Prison]]
    were executed or died under torture at the prison between {{2011}} and {{2018}}. Amnesty
    International had documented [[as many as 13,000|killed;a=Amnesty International]] secret hangings
    there in the first {{four years}} of the uprising. Across the country,
    [[about 4,000 prisoners|arrested;a=the Syrian Network for Human Rights]] were released from
    government jails as opposition forces advanced, according to the Syrian Network for Human
    Rights, which still lists [[more than 112,000 people|missing;a=the Syrian Network for Human Rights]]
    as forcibly disappeared.""",
)

item(
    "ICRC: families of the missing need answers, not promises",
    """The International Committee of the Red Cross said on Monday it holds files on
    [[more than 35,000 missing people|missing;a=The International Committee of the Red Cross]] in
    Syria, opened by relatives since {{2011}}. The National Commission for Missing Persons, set
    up by decree in {{May}}, puts the number of missing at
    [[between 120,000 and 300,000|missing;a=The National Commission for Missing Persons]].
    ICRC teams have taken [[5,400 DNA reference samples|other;a=a spokeswoman;u=other]] from
    relatives and trained [[63 Syrian forensic specialists|other;a=a spokeswoman]], a spokeswoman said. "Every
    family deserves to know," she said. The organisation plans to open
    [[four more family centres|other;a=The organisation;alt=The International Committee of the Red Cross;u=structure;p]] by {{2026}}, in Homs, Hama,
    Deir ez-Zor and Daraa. It has also helped [[2,180 former detainees|aid]] with
    medical care and cash since {{January}}.""",
)

item(
    "Civil defence begins exhuming mass grave near Qutayfah",
    """Syria Civil Defence teams began on Wednesday to exhume a mass grave on the edge of
    Qutayfah, {{40 km}} north-east of Damascus, that former residents say was used by the army
    from {{2012}} to {{2018}}. A former bulldozer driver told investigators that trucks brought
    [[up to 150 bodies|killed;a=A former bulldozer driver]] a week to the site. The teams recovered
    [[71 bodies|killed;a=the civil defence]] in the first {{five days}}, the civil defence said,
    and sent [[38|killed;a=the civil defence]] for DNA testing. The interim government's
    missing-persons commission says it has mapped [[at least 66 mass grave sites|other;a=The interim government's missing-persons commission]]
    around the country. Satellite images reviewed by Reuters show trenches about {{2 km}} long
    dug between {{2014}} and {{2016}}. Relatives of [[dozens of men|missing]] who vanished from
    nearby Douma gathered at the cordon, holding photographs.""",
)

item(
    "Interior ministry announces arrests of former officers",
    """Syria's Interior Ministry said on Saturday that General Security forces had arrested
    [[28 former officers|arrested;a=Syria's Interior Ministry]] of the Air Force Intelligence
    Directorate, including the head of the notorious {{Branch 215}}. Since {{January}},
    [[more than 3,000 people|arrested;a=the ministry;alt=Syria's Interior Ministry]] have been detained on suspicion of crimes
    committed under the former government, the ministry said. Separately,
    [[about 80,000 former soldiers and police|other;a=Syria's Interior Ministry;n=soldiers and police]] have handed in weapons and
    registered at [[42 settlement centres|other;a=Syria's Interior Ministry]] opened across the country, it said. Rights groups
    have questioned the conditions of detention. The Syrian Network for Human Rights said
    [[at least 11 detainees|killed;a=The Syrian Network for Human Rights]] had died in custody
    since {{February}}, and [[dozens|arrested;a=The Syrian Network for Human Rights]] were being held without charge in Homs, it said.""",
)

item(
    "Women freed from Adra describe years without trial",
    """[[About 700 women|arrested;a=the Syrian Network for Human Rights]] were among the prisoners who
    walked out of Adra central prison when its guards fled, according to the Syrian Network for
    Human Rights. Some had been arrested at checkpoints as teenagers. "We were
    [[48 women|arrested;a=Rasha]] in a cell built for [[ten|capacity;a=Rasha;n=-]]," said Rasha, {{31}}, who
    was held for {{six years}} without trial. Children born in detention were often taken away;
    the monitor has documented [[at least 3,700 children|missing;a=the monitor;alt=the Syrian Network for Human Rights]]
    still unaccounted for after passing through state custody or orphanages. The SOS Children's
    Villages charity said it had received [[139 children|other;a=The SOS Children's Villages charity]]
    from security agencies between {{2014}} and {{2024}}. It is now helping
    [[about 40 families|aid]] search for their children.""",
)

item(
    "Relatives of the missing fill Marjeh Square",
    """Every Thursday, relatives of the disappeared gather in Damascus' Marjeh Square, where, in
    the first days after Assad's fall, they pinned [[thousands of photographs|other;u=other]] to
    walls and railings. On this week's vigil [[several hundred people|other]] held portraits of
    sons, brothers and husbands. "I have been looking for [[my three sons|missing;a=Fatima al-Halabi;n=sons]]
    since {{2013}}," said Fatima al-Halabi, {{67}}. Her {{fourth}} son was killed in shelling in
    {{2015}}. Organisers say they have collected the names of
    [[more than 9,000 missing people|missing;a=Organisers]] from the families who come each week,
    [[about 1,200|missing;a=Organisers]] of them women. The Caesar Families Association says it has
    identified [[some 3,000 victims|killed;a=The Caesar Families Association]] among the
    [[55,000 photographs|other;a=The Caesar Families Association;u=other]] smuggled out by a military photographer in {{2013}}.""",
)

item(
    "Tadamon exhumation confirms 2013 massacre",
    """Forensic teams digging in the Tadamon district of southern Damascus have found the remains of
    [[at least 288 people|killed;a=the National Commission for Missing Persons]], the National
    Commission for Missing Persons said on Tuesday. A video leaked in {{2022}} showed
    intelligence officers shooting [[41 blindfolded men|killed]] into a pit there on
    {{16 April 2013}}. The commission said [[about 60|killed;a=The commission;alt=the National Commission for Missing Persons]]
    of the remains had been matched to names provided by families so far. Residents who fled
    the district in {{2012}} have begun to return, and [[roughly 1,400 households|returned;a=the local mukhtar]] now
    live there, according to the local mukhtar, against [[some 9,000|civilians;a=the local mukhtar;u=household]] before
    the war. [[Two former members|arrested]] of the National Defence Forces militia seen in the
    video were arrested in {{May}}; another suspect remains at large.""",
)

item(
    "SNHR: arbitrary arrests continue under interim authorities",
    """The Syrian Network for Human Rights documented [[at least 196 arbitrary arrests|arrested;a=The Syrian Network for Human Rights]]
    in {{August}}, including [[14 children|arrested;a=The Syrian Network for Human Rights]] and
    [[nine women|arrested;a=The Syrian Network for Human Rights]], in its monthly report published on {{September 2}}. The
    group attributed [[118|arrested;a=The group;alt=The Syrian Network for Human Rights]] of the arrests to
    the interim government's security forces and [[63|arrested;a=The group;alt=The Syrian Network for Human Rights]] to the
    Kurdish-led Syrian Democratic Forces. It also recorded [[at least 27 people|killed;a=The Syrian Network for Human Rights]]
    who died after torture or neglect in detention since {{January}}. [[Around 2,100 people|arrested;a=the report]] remained in the
    custody of the various parties at the end of the month, the report estimated. The interior
    ministry rejected the figures, saying all detainees are held under judicial warrants.""",
)

item(
    "Lebanon asks Damascus for news of its missing",
    """Lebanon's caretaker justice minister said on Friday that
    [[about 620 Lebanese citizens|missing;a=Lebanon's caretaker justice minister]] were believed to
    have disappeared in Syrian prisons since the {{1976}} intervention. Only [[nine|returned;a=officials]]
    have come home since Sednaya and other jails were opened, officials said, among them Suheil
    Hamawi, freed after {{33 years}}. Families say the real number of missing is closer to
    [[800|missing;a=Families]]. Jordan, which says [[236 of its nationals|missing;a=Jordan]] were held in Syria, has received
    [[nine|returned;a=Jordan]] of them; one of them is in hospital with memory loss, it said. The Palestinian
    Action Group for Syria counts [[3,085 Palestinians|missing;a=The Palestinian Action Group for Syria]] as detained or
    missing, including [[112 women|missing;a=The Palestinian Action Group for Syria]].""",
)

item(
    "Bodies found in Harasta hospital morgue",
    """Rescue workers found [[35 to 40 bodies|killed;a=Rescue workers]] bearing signs of torture in the
    morgue of Harasta military hospital on the outskirts of Damascus, they said on {{December 10}}.
    Some were wrapped in bags marked with detainee numbers and the names of intelligence branches.
    The White Helmets said [[a further 25 bodies|killed;a=The White Helmets]] had been recovered
    from the Mezzeh military airport detention site. In total, the group said its
    [[3,000 volunteers|other;a=the group;alt=The White Helmets]] had searched
    [[more than 120 detention sites|other;a=the group;alt=The White Helmets]] since {{December 8}}.
    [[Dozens of families|missing]] queued at the hospital gates to see photographs of the dead.""",
)

item(
    "Government and SDF swap detainees under March agreement",
    """The interim government and the Syrian Democratic Forces exchanged
    [[146 detainees|other;a=a mediator]] in Aleppo on Thursday, a mediator said, the second swap
    since the {{March 10}} agreement to merge the Kurdish-led force into state institutions. The SDF
    freed [[87 members|other]] of government-aligned factions and the government released
    [[59 SDF fighters|other]] captured in fighting around the Tishreen dam. Talks on releasing
    [[about 300 more|other;a=both sides;n=-;p]] are under way, both sides said. Separately, the two sides agreed
    that [[4,000 SDF fighters|combatants;a=the two sides;p]] will be deployed in Aleppo's Sheikh Maqsoud and
    Ashrafieh districts under Interior Ministry command. Fighting at the dam since {{December}}
    killed [[at least 230 combatants|killed;a=the Syrian Observatory for Human Rights]], according to the
    Syrian Observatory for Human Rights.""",
)

item(
    "First trial over coastal killings opens in Aleppo",
    """The trial of [[14 defendants|arrested]] accused of taking part in the killings on Syria's coast
    in {{March}} opened at Aleppo's criminal court on Tuesday. [[Seven|arrested;a=the prosecutor]] of them are former
    government soldiers and the rest members of pro-government armed factions, the prosecutor said.
    The national fact-finding committee named [[298 suspects|other;a=The national fact-finding committee]]
    in its {{July}} report and found that [[1,426 people|killed;a=The national fact-finding committee]],
    most of them Alawite civilians, were killed. It said [[238 members|killed;a=The national fact-finding committee]]
    of the security forces also died. Relatives of [[several dozen victims|killed]] were in court.""",
)

item(
    "Families search Najha cemetery for sons who vanished",
    """At Najha cemetery south of Damascus, where gravediggers say the army buried detainees by the
    truckload, families now come with shovels. A former cemetery worker told the Associated Press
    that refrigerated lorries brought [[between 300 and 600 bodies|killed;a=A former cemetery worker]]
    at a time, {{two or three times a month}}, from {{2012}} to {{2018}}. The missing-persons commission
    has fenced off [[three trench sites|other;a=The missing-persons commission]] and posted guards,
    it said. "We have [[more than 15,000 names|missing;a=Abdel Rahman Haddad;u=person]] waiting for
    a DNA match," said Abdel Rahman Haddad, a commission member. Volunteers have already dug up
    [[at least a dozen skulls|killed]] without authorisation, and the commission warned that
    such digging destroys evidence. [[Hundreds of thousands of Syrians|civilians;a=rights groups]] have a relative who
    disappeared, rights groups estimate.""",
)

item(
    "Freed detainees struggle to rebuild their lives",
    """Many of the men who walked out of Sednaya cannot remember their own names, doctors say. The
    Syrian American Medical Society said it had treated [[1,264 former detainees|aid;a=The Syrian American Medical Society]]
    since {{December}}, [[nearly 400|injured;a=The Syrian American Medical Society]] of them
    for untreated injuries from torture. Médecins Sans Frontières runs [[two clinics|other;a=Médecins Sans Frontières]]
    for survivors in Damascus and Idlib, it said, and sees [[about 90 patients a week|aid;a=Médecins Sans Frontières]].
    Of the [[4,000 or so prisoners|arrested;q=approx]] freed in {{December}}, rights groups say
    they have lost track of [[hundreds|missing;a=rights groups]], who left hospital without papers. "I was
    {{19}} when they took me and I came out at {{32}}," said Omar, who asked that his family name
    not be used.""",
)

item(
    "Suicide bomber kills worshippers at Damascus church",
    """A suicide bomber opened fire and then blew himself up inside the Mar Elias church in the
    Dweilaa district of Damascus during Sunday mass, killing [[at least 25 worshippers|killed;a=the health ministry]]
    and wounding [[63 others|injured;a=the health ministry]], the health ministry said. The Interior
    Ministry blamed an Islamic State cell and said security forces had arrested
    [[six suspects|arrested;a=The Interior Ministry]] and killed [[two|killed;a=The Interior Ministry]]
    in raids in the Damascus countryside. [[About 350 people|civilians;a=a parish priest]] were inside
    the church when the attacker struck, a parish priest said. The government deployed
    [[hundreds of General Security personnel|combatants]] around churches across the capital
    before the next Sunday's services. The Christian population of Syria has fallen from about
    {{10%}} of the population before {{2011}} to roughly {{2%}}, church leaders say.""",
)

item(
    "Explainer: Syria's transitional justice commission",
    """President Ahmed al-Sharaa created the National Commission for Transitional Justice by decree
    on {{May 17}}, more than {{five months}} after the fall of Assad. Its mandate runs for
    {{five years}}, renewable once. Members must be at least {{35 years}} old and may not have held
    office under the former government after {{2011}}. The commission's first-year budget is
    {{$12 million}}, about {{40%}} of it pledged by the European Union. It must publish a report
    every {{six months}} and present its findings by {{December 2029}}. Critics note that the decree
    limits its remit to crimes by the former state, leaving abuses by armed opposition groups since
    {{March 2011}} outside it.""",
)

item(
    "Sednaya to become a museum of memory",
    """Syria's culture ministry said on Wednesday it would turn part of Sednaya prison into a memorial
    museum, to open on {{8 December 2026}}, the {{second}} anniversary of Assad's fall. The so-called
    red building, a {{three-winged}} structure about {{1.5 km}} from the main gate, will keep its
    cells as they were found. The ministry put the cost at {{$4.5 million}} and said work would take
    {{18 months}}. Survivors' associations, some of whose members spent more than {{a decade}}
    inside, asked to be consulted on every stage. Visits will be free for those under {{18}}.""",
)
