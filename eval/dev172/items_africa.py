"""Rwanda, Sudan and Ethiopia: hidden graves, genocide trials at home and abroad, Darfur before
the ICC and the missing of Tigray (9 texts with figures, 1 without)."""

from _wrap import item

item(
    "Rwanda exhumes more than 1,000 bodies from hidden graves in Huye",
    """Rwandan authorities have exhumed the remains of [[more than 1,000 people|killed;a=the
    genocide survivors' association Ibuka]] from around homes in the Ngoma sector of Huye
    district since the first bodies were discovered in January, the genocide survivors'
    association Ibuka said on Wednesday. Residents had kept the graves secret for almost {{three
    decades}}. Police arrested [[four people|arrested]], including the owner of a house where
    [[some 200 bodies|killed]] were found under the foundations. [[About 800,000
    people|killed;a=the government]], mostly ethnic Tutsi, were killed in {{100 days}} in
    {{1994}}, according to the government. Ibuka says the remains of [[tens of thousands of
    victims|missing;a=Ibuka]] have never been found. The newly exhumed remains will be reburied
    at the Huye genocide memorial, which already holds [[more than 45,000 victims|killed]].""",
)

item(
    "Paris court jails Rwandan doctor for 24 years over genocide",
    """A Paris criminal court on Tuesday sentenced a former Rwandan gynaecologist to {{24
    years}} in prison for genocide and complicity in crimes against humanity in Butare in
    {{1994}}. The jury found that he had helped draw up lists of Tutsi and had helped organise
    the killing of [[dozens of Tutsi|killed;a=The jury]] detained in a local government office.
    Over {{five weeks}} the court heard [[more than 50 witnesses|other]], [[about 20 of
    them|other;n=-]] brought from Rwanda. [[Some 30 civil parties|other]], among them survivors
    and associations, took part in the proceedings. The {{69-year-old}}, who had practised in
    France since the late {{1990s}}, was first named in a complaint in {{1995}}. He is the
    {{seventh}} person convicted in France over the genocide. The Collective of Civil Parties
    for Rwanda says [[about 30 other suspects|other;a=The Collective of Civil Parties for
    Rwanda]] living in France are the subject of complaints.""",
)

item(
    "Rwanda begins a week of mourning for the genocide",
    """Rwanda began a week of national mourning on Monday to mark the {{31st anniversary}} of
    the genocide against the Tutsi, with President Paul Kagame laying a wreath at the Kigali
    Genocide Memorial. The killing began on the night of {{6 April 1994}}, hours after a plane
    carrying president Juvénal Habyarimana was shot down over Kigali, and lasted about {{100
    days}}. Official commemorations continue until {{4 July}}, the date in {{1994}} when the
    Rwandan Patriotic Front took the capital. Survivors, many now in their {{40s}} and {{50s}},
    gave testimony at the memorial, which opened in {{2004}} on the {{10th anniversary}}. The
    week of national mourning ends on {{13 April}}.""",
)

item(
    "Factbox: How Rwanda's genocide has been tried",
    """Between {{2005}} and {{2012}}, Rwanda's community gacaca courts tried [[nearly 2 million
    cases|other;a=the government]] linked to the {{1994}} genocide, according to the government.
    [[More than 12,000 gacaca courts|other;u=other]] sat on village lawns and in market squares,
    with elected lay judges. The UN's International Criminal Tribunal for Rwanda, based in
    Arusha, indicted [[93 people|arrested]], convicting [[61|arrested;n=-]] and acquitting
    [[14|arrested;n=-]] before it closed in {{2015}}. Rwanda's national courts tried [[about
    10,000 suspects|arrested]] in the {{first decade}} after the genocide. Courts in Belgium,
    France, Germany and elsewhere have tried [[more than 20 Rwandans|arrested]] under universal
    jurisdiction. Rwanda says [[more than 1,000 fugitives|other;a=Rwanda]] wanted over the
    genocide are still living abroad.""",
)

item(
    "UN experts say up to 15,000 killed in El Geneina",
    """UN experts estimate that [[between 10,000 and 15,000 people|killed;a=UN experts]] were
    killed in El Geneina, capital of West Darfur, in {{2023}}, when the Rapid Support Forces and
    allied Arab militias attacked the city's Masalit community. The UN human rights office said
    in {{2023}} it had credible information about [[at least 13 mass graves|other;u=other;a=The
    UN human rights office]] in and around the city. Survivors who fled to Chad told AFP they
    had seen bodies buried in [[dozens of shallow pits|other;u=other;a=Survivors]] and thrown
    into a dry riverbed. Yale researchers who analysed satellite images said [[more than 4,000
    homes|housing;a=Yale researchers]] had been burned in Masalit neighbourhoods. [[More than
    600,000 people|displaced;a=UNHCR]] from West Darfur have crossed into Chad since the war
    began, according to UNHCR. The International Criminal Court's prosecutor told the Security
    Council in January that his office had gathered [[more than 8,000 items|other;a=The
    International Criminal Court's prosecutor]] of evidence, including videos and satellite
    images.""",
)

item(
    "Khartoum volunteers exhume hundreds from makeshift graves",
    """Volunteers in Sudan's capital have exhumed [[more than 500 bodies|killed;a=a volunteer
    group]] from makeshift graves in homes, schools and mosques since the army retook Khartoum
    from the Rapid Support Forces in March, a volunteer group said on Thursday. In a single
    house in the Soba district, volunteers found [[46 bodies|killed]] buried in the courtyard.
    Many of the dead were detainees who died of hunger or torture in RSF detention centres,
    survivors said. Sudan's national committee on missing persons says [[more than 3,000
    people|missing; a=Sudan's national committee on missing persons]] have been reported missing
    in Khartoum state alone. [[Hundreds of men|missing;a=relatives]] detained by RSF fighters in
    the city are still unaccounted for, relatives say. The committee said it had collected
    [[1,200 DNA samples|other;u=other;a=The committee;alt=Sudan's national committee on missing
    persons]] but had no working laboratory to test them.""",
)

item(
    "ICC convicts Darfur militia leader Ali Kushayb",
    """The International Criminal Court on Monday found former Janjaweed militia leader Ali
    Kushayb guilty of [[27 counts|other;u=other]] of war crimes and crimes against humanity
    committed in Darfur in {{2003}} and {{2004}}. Judges found that he had taken part in attacks
    on [[four villages|other;a=Judges]] around Kodoom and Bindisi in which [[hundreds of
    civilians|killed;a=Judges]] were killed and [[more than 300 homes|housing;a=Judges]] were
    burned. In Deleig, the court found, [[more than 100 men|killed;a=the court;alt=The
    International Criminal Court]] were executed after being detained at a police station. The
    trial, which began in {{April 2022}}, heard [[56 witnesses|other]] for the prosecution.
    Sentencing will follow at a later date. The ICC still seeks [[three other suspects|other]]
    in its Darfur investigation, among them former president Omar al-Bashir. The UN estimates
    that [[about 300,000 people|killed;a=The UN]] died in the Darfur conflict of the
    {{2000s}}.""",
)

item(
    "Axum's dead: counting the victims of a Tigray massacre",
    """Eritrean troops killed [[hundreds of civilians|killed;a=Amnesty International]] in the
    Tigrayan city of Axum over {{two days}} in November {{2020}}, Amnesty International said in
    a report. Ethiopia's state-appointed human rights commission later put the toll at [[more
    than 100|killed;n=-;a=Ethiopia's state-appointed human rights commission]]. A local
    researcher who has been collecting names told the BBC he had listed [[more than 750
    victims|killed;a=A local researcher]], many of them buried in mass graves next to churches.
    Residents said [[about 70 families|other;a=Residents]] in Axum are still searching for
    relatives who disappeared after being detained. Eritrea denies its soldiers took part.
    Researchers at Ghent University estimate the war in Tigray killed [[hundreds of thousands of
    people|killed;a=Researchers at Ghent University]], most of them from hunger and lack of
    medical care.""",
)

item(
    "Red Cross receives 3,200 tracing requests from Ethiopia's war",
    """The International Committee of the Red Cross said on Tuesday that [[more than 3,200
    families|other;a=The International Committee of the Red Cross]] in Ethiopia had asked it to
    trace relatives lost during the {{2020-22}} war in the north. Red Cross volunteers have
    carried [[more than 20,000 messages|other;u=other;a=the agency;alt=The International
    Committee of the Red Cross]] between separated relatives, the agency said. In the Amhara
    region, where the army has fought Fano militias since {{2023}}, [[about 400 people|missing;
    a=the ICRC]] have been reported missing, the ICRC said. Ethiopia's human rights commission
    said last year that [[at least 44 people|missing;a=Ethiopia's human rights commission]] had
    been forcibly disappeared after being arrested in Addis Ababa. Tigrayan forces released
    [[about 4,000 federal soldiers|arrested]] they had held as prisoners after the {{2022}}
    peace deal.""",
)

item(
    "Ethiopian court convicts 11 over Mai Kadra massacre",
    """An Ethiopian federal court on Thursday convicted [[11 members|arrested]] of a Tigrayan
    youth group over the massacre of civilians in the western town of Mai Kadra in November
    {{2020}}, sentencing [[three of them|arrested;n=-]] to death. The court heard [[38
    witnesses|other]] over {{18 months}}. Ethiopia's human rights commission has said [[at least
    600 civilians|killed;a=Ethiopia's human rights commission]], most of them Amhara seasonal
    labourers, were killed in the town. Tigrayan refugees in Sudan say [[hundreds of
    Tigrayans|killed;a=Tigrayan refugees in Sudan]] were killed in reprisals days later. [[More
    than 60,000 refugees|displaced]] fled into Sudan in the weeks that followed.""",
)
