"""Sednaya and the other prisons, the missing, mass graves and exhumations, detention under the
new authorities (December 2024-2026)."""

from _wrap import item

item(
    "White Helmets end Sednaya search without finding hidden cells",
    """The White Helmets said on {{December 10}} that its teams had ended the search of Sednaya
    prison, north of Damascus, without finding the hidden underground cells that families feared
    still held inmates. [[About 150 rescuers|other;a=the group;alt=The White Helmets]] worked
    through the complex for {{two days}} with sniffer dogs and
    [[four excavators|other;u=other;a=the group;alt=The White Helmets]], the group said.
    Opposition fighters who stormed the prison on {{December 8}} freed
    [[thousands of detainees|arrested;a=witnesses]], among them
    [[dozens of women|arrested;a=witnesses]], some held with their children, according to
    witnesses. The Association of Detainees and the Missing in Sednaya Prison has estimated that
    [[more than 30,000 people|killed;a=The Association of Detainees and the Missing in Sednaya Prison]]
    were executed or died from torture and hunger there between {{2011}} and {{2018}}. On
    {{Tuesday}}, [[hundreds of relatives|other]] still waited at the gates with photographs.
    "My son was taken at a checkpoint in {{2013}} and I have not heard his name since," said
    Fatima al-Ali, a {{61-year-old}} from Harasta. Rescuers also handed
    [[about 40 bodies|killed;a=the civil defence;alt=The White Helmets]] found in the morgue of
    the Harasta military hospital to forensic doctors, the civil defence added.""",
)

item(
    "Qutayfah grave holds at least 100,000 dead, US-based group says",
    """A mass grave at Qutayfah, about {{40 km}} north-east of Damascus, holds the remains of
    [[at least 100,000 people|killed;a=Mouaz Moustafa]], Mouaz Moustafa, head of the US-based
    Syrian Emergency Task Force, said on {{December 17}}. He told reporters at the site that
    refrigerated trucks had brought bodies from military hospitals and security branches several
    times a week between {{2012}} and {{2018}}. Residents said
    [[about 30 trenches|other;u=other;a=Residents]], some more than {{100 metres}} long, had been
    dug on the grounds of a former army depot. The figure for the dead could not be independently
    verified. The International Commission on Missing Persons has said
    [[more than 66 mass graves|other;u=other;a=The International Commission on Missing Persons]]
    may exist across the country. At Najha, [[dozens of people|other]] were filmed digging with
    shovels and bare hands last week. The
    caretaker government said it had posted
    [[20 guards|combatants;a=The caretaker government]] at Qutayfah. Officials said
    [[no more than 50 bodies|killed;a=Officials]] had been exhumed there so far.""",
)

item(
    "Civil defence exhumes 21 more bodies from grave near Najha cemetery",
    """Syria Civil Defence teams exhumed the remains of
    [[21 people|killed;a=the organisation;alt=Syria Civil Defence]] from a mass grave near Najha
    cemetery, south of Damascus, on {{Sunday}}, the organisation said, bringing the number
    recovered at the site since {{January}} to
    [[147|killed;a=the organisation;alt=Syria Civil Defence]]. Among the dead were
    [[at least nine women|killed;a=a forensic doctor]] and
    [[three children|killed;a=a forensic doctor]], a forensic doctor at the site said. [[Fewer than 10|killed]] of them have been identified. Many of the bodies were wrapped in
    plastic bags bearing handwritten numbers, some above {{5,000}}, which
    investigators believe were the detainees' prison numbers. The remains were taken to a forensic
    centre in Damascus, where [[12 specialists|other]] are trying to identify them. Civil defence
    officials said they had received reports of
    [[about 40 other sites|other;a=Civil defence officials]] in rural Damascus that could hold
    bodies. "Every bag is a family still waiting," said Ammar al-Salmo, who leads the team.""",
)

item(
    "Missing persons commission registers 18,400 cases in first three months",
    """Syria's National Commission for Missing Persons said on {{Monday}} it had registered the
    cases of [[18,400 missing people|missing;a=Syria's National Commission for Missing Persons]]
    in its {{first three months}}, most of them reported by mothers and wives. The commission,
    created by decree in {{May 2025}}, estimates that
    [[between 120,000 and 300,000 people|missing;a=The commission;alt=Syria's National Commission for Missing Persons]]
    remain unaccounted for across the country. The Syrian Network for Human Rights puts the
    number still forcibly disappeared at
    [[112,414|missing;a=The Syrian Network for Human Rights]], the great majority of them taken
    by the former government's security branches. Outside the commission's office in the Mezzeh
    district of Damascus, [[nearly 700 people|other;a=staff]] queued on the {{first}} day to file
    reports, staff said. The commission plans to collect DNA samples from
    [[as many as 100,000 relatives|other;p;a=The commission;alt=Syria's National Commission for Missing Persons]]
    over the next {{two years}}. The International Committee of the Red Cross said separately that
    it had handed over
    [[more than 35,000 tracing requests|other;u=other;a=The International Committee of the Red Cross]]
    collected from families since {{2011}}. "There is no family in this country without someone
    missing," said Rima Haddad, who has searched for her brother since {{2012}}.""",
)

item(
    "Remains of 11 people pulled from well in Damascus's Tadamon",
    """Rescuers pulled the remains of [[11 people|killed;a=the White Helmets]] from a disused well
    in the Tadamon district of Damascus on {{Thursday}}, the White Helmets said. The well lies
    {{a few hundred metres}} from the pit where, in a video leaked in {{2022}}, government
    militiamen were seen shooting [[41 blindfolded men|killed]] in {{April 2013}}. Residents said
    [[at least 200 people|missing;a=Residents]] from the neighbourhood were still unaccounted for
    after being taken at checkpoints during the war. The Interior Ministry said it had arrested
    [[three former militiamen|arrested;a=The Interior Ministry]] suspected of taking part in the
    killings, including a man seen in the footage. Teams expect to search
    [[at least four more wells|other;p;a=a civil defence official]] in the area in the coming
    days, a civil defence official said. Since {{December}}, civil defence teams have recovered
    [[more than 1,700 bodies|killed;a=the organisation;alt=the White Helmets]] from graves, wells
    and rubble across the country, according to the organisation.""",
)

item(
    "Fighters empty Hama prison as army pulls out of city",
    """Opposition fighters freed [[hundreds of inmates|arrested;a=residents]] from Hama's central
    prison on {{Thursday}} after the army withdrew from the city, residents said. Hayat
    Tahrir al-Sham said its fighters had released
    [[about 900 detainees|arrested;a=Hayat Tahrir al-Sham]], including
    [[at least 140 women|arrested;a=Hayat Tahrir al-Sham]]. At Aleppo's central prison, opened
    {{a week}} earlier, the group said [[some 4,000|arrested;a=the group;alt=Hayat Tahrir al-Sham]]
    had walked free. The army said it had redeployed outside Hama "to preserve the lives of
    civilians". The Syrian Observatory for Human Rights said
    [[more than 720 people|killed;a=The Syrian Observatory for Human Rights]], among them
    [[111 civilians|killed;a=The Syrian Observatory for Human Rights]], had been killed since the
    offensive began on {{November 27}}. The United Nations said
    [[more than 280,000 people|displaced;a=The United Nations]] had been displaced in the
    north-west over the same period.""",
)

item(
    "Interior ministry says 300 held in Homs security sweep",
    """Syria's interior ministry said on {{Saturday}} its forces had detained
    [[more than 300 people|arrested;a=Syria's interior ministry]] in a {{three-day}} security
    campaign in Homs, among them former officers it accused of war crimes. Security sources told
    AFP that [[about 2,000 members|combatants;a=Security sources]] of the General Security
    service, backed by armoured vehicles, had cordoned off
    [[12 neighbourhoods|other;u=other;a=Security sources]]. The ministry said
    [[two security personnel|killed;a=The ministry]] were killed and
    [[five|injured;a=The ministry]] wounded in a gunfight in the Wadi al-Dhahab district.
    Residents of the mainly Alawite district said
    [[dozens of young men|arrested;a=Residents]] had been taken away and that some were released
    within hours. Authorities say
    [[more than 52,000 former soldiers and police officers|combatants;n=soldiers and police officers;a=Authorities]]
    have registered at "settlement centres" since {{December}} and handed in
    [[about 19,000 weapons|other;a=Authorities]].""",
)

item(
    "Lebanon hands 132 Syrian prisoners to Damascus",
    """Lebanon handed [[132 Syrian prisoners|returned]] to the Syrian authorities at the Masnaa
    crossing on {{Friday}}, the {{first}} transfer under a judicial agreement signed in
    {{February 2026}}. Lebanese judicial officials said
    [[about 2,200 Syrians|arrested;a=Lebanese judicial officials]] are held in Lebanese prisons,
    [[roughly 800|arrested;a=Lebanese judicial officials]] of them still awaiting trial. Under the
    deal, [[up to 300 prisoners|returned;p]] convicted of crimes other than murder and rape are to
    be sent home by the end of the year. Families' associations in Beirut say
    [[about 620 Lebanese|missing;a=Families' associations]] disappeared in Syrian jails during
    Syria's {{29-year}} military presence in Lebanon. Damascus has promised to help search for
    them. [[Nine Lebanese former detainees|returned]] freed from Syrian prisons in
    {{December 2024}} were brought home through the same crossing.""",
)

item(
    "Rights group says new authorities hold hundreds of Alawite men without charge",
    """Human Rights Watch said on {{Wednesday}} that the transitional authorities were holding
    [[at least 900 people|arrested;a=Human Rights Watch]] without charge in facilities in Homs,
    Hama, Latakia and Tartus, most of them Alawite men detained since {{January}}. The group said
    it had documented [[14 deaths|killed;a=The group;alt=Human Rights Watch]] in custody and
    cases of beatings during interrogation. Its researchers interviewed
    [[47 former detainees and relatives|other;n=former detainees and relatives]] for the report.
    The interior ministry said it had released
    [[1,240 detainees|arrested;a=The interior ministry]] after investigations and that
    [[about 500|arrested;a=The interior ministry]] remained in custody pending trial. A ministry
    spokesman said all [[11 detention centres|other;a=A ministry spokesman]] run by the ministry
    were open to inspection by the International Committee of the Red Cross.""",
)

item(
    "Damascus forensic centre names first victims from capital's graves",
    """A forensic identification centre that opened in Damascus in {{September}} has identified
    [[26 people|killed;a=officials]] exhumed from mass graves around the capital, officials said
    on {{Tuesday}}. The centre, set up with {{$4.5 million}} from European donors and technical help
    from the International Commission on Missing Persons, has taken DNA samples from
    [[about 3,100 relatives|other]] of the missing. Staff expect to examine the remains of
    [[up to 1,500 people|killed;p;a=Staff]] by the end of {{2026}}. Among the cases are
    [[6,786 detainees|killed]] whose bodies appear in the so-called Caesar photographs smuggled out
    of military hospitals in {{2013}}. [[Fewer than 500|killed;a=the Caesar Families Association]]
    of them have been named by their families, according to the Caesar Families Association. Its
    teams now examine [[about 40 bodies a week|killed]].""",
)

item(
    "'We were 90 in a cell meant for 20': a Sednaya survivor counts the dead",
    """Omar, a {{34-year-old}} from Daraa, spent {{six years}} in Sednaya's red building before
    fighters broke the locks on {{December 8}}. He said he shared a cell of
    {{about 12 square metres}} with [[as many as 90 men|arrested;a=Omar]], in a block where each
    cell was meant for [[20|capacity;a=Omar]]. "In my {{first year}} alone,
    [[17 men|killed;a=Omar]] from our cell died of hunger and beatings," he said. Guards took
    [[between 20 and 50 prisoners|killed;a=Omar]] out of the building for hanging on some nights,
    he said. When the doors opened, he walked out with [[about 60 men|arrested]] from his wing,
    some too weak to stand. The Association of Detainees and the Missing in Sednaya Prison says
    [[about 4,300 detainees|arrested;a=The Association of Detainees and the Missing in Sednaya Prison]]
    were inside on the day the prison fell. His brother, arrested with him at a checkpoint in
    {{2018}}, has not been found.""",
)

item(
    "Exhumation begins at Tabqa grave of soldiers killed by Islamic State",
    """Civil defence teams began exhuming a mass grave near Tabqa air base in Raqqa province on
    {{Monday}}, where Islamic State militants are believed to have executed
    [[about 200 captured soldiers|killed]] in {{August 2014}}. The teams recovered
    [[34 bodies|killed;a=the civil defence]] on the {{first day}}, the civil defence said. Relatives
    of [[more than 150 soldiers|missing;a=a commission official]] from the base have registered
    with the National Commission for Missing Persons, a commission official said. Between
    {{2018}} and {{2021}}, the Raqqa-based First Responders Team recovered
    [[more than 6,000 bodies|killed]] from [[28 mass graves|other;u=other]] in and around the city.
    [[Dozens of families|other]] watched from behind a rope line as the {{first}} bags were lifted
    out.""",
)

item(
    "WHO says 1,100 former detainees have sought medical care",
    """The World Health Organization said on {{Thursday}} that
    [[more than 1,100 former detainees|injured;a=The World Health Organization]] released from
    the former government's prisons had sought care at clinics it supports since {{December}},
    many for tuberculosis, badly healed fractures and severe malnutrition.
    [[About 240|injured]] needed surgery. Doctors at al-Mujtahid hospital in Damascus said they
    had treated [[87 men|injured;a=Doctors at al-Mujtahid hospital]] from Sednaya in the
    {{first two weeks}}, [[nine|killed;a=Doctors at al-Mujtahid hospital]] of whom later died. The
    agency said it was funding
    [[14 mobile teams|other;u=other;a=The agency;alt=The World Health Organization]] to visit
    survivors in rural areas. Rights groups say
    [[tens of thousands of survivors|civilians;p;a=Rights groups]] will need long-term
    psychological care.""",
)

item(
    "Remains found under former military intelligence branch in Damascus",
    """Workers clearing the basement of the former Military Intelligence {{Branch 215}} in Damascus
    found the remains of [[at least 19 people|killed;a=the interior ministry]], the interior
    ministry said on {{Sunday}}. Former detainees say
    [[up to 400 men|arrested;a=Former detainees]] were held there at a time in cells below
    ground. A team of [[eight forensic experts|other]] was sent to the site. Investigators also
    removed [[hundreds of boxes|other]] of prisoner records. The ministry said
    [[three suspects|arrested;a=The ministry]] who worked at the branch had been detained. The
    Syrian Network for Human Rights (SNHR) says
    [[at least 15,100 people|killed;a=The Syrian Network for Human Rights (SNHR)]] died under
    torture in the former government's detention centres between {{March 2011}} and
    {{December 2024}}.""",
)

item(
    "Sharaa decrees create transitional justice and missing persons bodies",
    """Syria's president, Ahmed al-Sharaa, on {{17 May 2025}} signed {{Decree 20}}, creating a
    National Commission for Transitional Justice, and {{Decree 19}}, creating a separate body for
    the missing. The justice commission has {{12 months}} to propose a framework for trials,
    reparations and truth-telling. It rests on {{Article 49}} of the constitutional declaration
    of {{March 13}}, which sets a transitional period of {{five years}}. Rights groups welcomed
    the move but said the commission's mandate, limited to crimes of the former government, left
    out abuses since {{December 2024}}. Under the decree, at least {{30 percent}} of the
    commissioners must be women. Officials have not said how the commission will be funded.""",
)

item(
    "Sednaya to open as a memorial a year after its fall",
    """The culture ministry said on {{8 December 2025}} that parts of Sednaya prison would open as
    a memorial, {{a year}} after opposition fighters broke in. Visits to the red building, built in
    the {{1980s}}, will be allowed from {{9am to 3pm}} on weekdays. Children under {{12}} will not
    be admitted. The ministry put the cost of the {{first}} phase of restoration at
    {{$12 million}}, to be shared with European foundations. A museum of
    {{1,500 square metres}} is planned for {{2027}}. Former detainees are to be consulted on every
    stage, the ministry said.""",
)
