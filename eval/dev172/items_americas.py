"""Mexico, Colombia and Guatemala: the searching mothers, the disappeared, the 'false
positives', the truth commission's tallies, reparations and the genocide courts (12 texts with
figures, 1 without)."""

from _wrap import item

item(
    "What the searchers found at the Teuchitlán ranch",
    """When members of the Guerreros Buscadores de Jalisco collective entered the Izaguirre
    ranch in Teuchitlán in March, they found [[more than 400 pairs of
    shoes|other;u=other;n=pairs]], crematory pits and charred bone fragments. The collective's
    founder said the ranch had been used by a cartel to train recruits and to kill those who
    tried to leave. Jalisco prosecutors said they had arrested [[10 suspects|arrested;a=Jalisco
    prosecutors]], among them a former local police officer. Mexico's National Search Commission
    says [[more than 125,000 people|missing;a=Mexico's National Search Commission]] are missing
    in the country, most since the start of the drug war in {{2006}}, and that Jalisco alone
    accounts for [[about 15,000|missing;n=-;a=Mexico's National Search Commission]]. Search
    collectives, most of them led by mothers, have found [[more than 5,600 clandestine
    graves|other;u=other;a=the research group Quinto Elemento Lab]] since {{2007}}, according to
    the research group Quinto Elemento Lab. Forensic services across Mexico hold [[more than
    72,000 unidentified bodies|killed;a=the Movement for Our Disappeared in Mexico]], according
    to the Movement for Our Disappeared in Mexico. [[Some 2,000 people|other]] marched in
    Guadalajara on Sunday carrying photographs of the shoes.""",
)

item(
    "Ayotzinapa parents leave meeting with Sheinbaum without answers",
    """The parents of the [[43 students|missing]] who disappeared in Iguala in September
    {{2014}} met President Claudia Sheinbaum on Tuesday for the {{eighth}} time, and left saying
    they still had no answers. Only [[three of the students|killed;n=students]] have been
    identified, from bone fragments sent to a laboratory in Innsbruck, Austria. Investigators
    have arrested [[more than 120 people|arrested]] over the case, among them soldiers and
    police officers, but [[dozens|arrested]] have since been released by judges. Isidoro
    Vicario, the parents' lawyer, said [[about 80 people|arrested;a=Isidoro Vicario]] remained
    in custody. Sheinbaum said investigators were analysing [[more than 800 intercepted
    messages|other;u=other; a=Sheinbaum]] between members of a local gang and officials. A truth
    commission set up in {{2019}} called the disappearance a state crime.""",
)

item(
    "Sonora mothers find 15 bodies in clandestine graves",
    """Madres Buscadoras de Sonora, a collective of mothers searching for missing relatives,
    said on Monday it had found [[at least 15 bodies|killed;a=Madres Buscadoras de Sonora]] in
    [[a dozen clandestine graves|other;u=other;a=Madres Buscadoras de Sonora]] on the outskirts
    of Hermosillo. State prosecutors said they had identified [[four of the
    dead|killed;n=-;a=State prosecutors]]. The collective says it has found the remains of
    [[more than 2,000 people|killed;a=The collective;alt=Madres Buscadoras de Sonora]] since
    {{2019}}, working with shovels and metal rods pushed into the ground. Last year [[two
    members|injured]] of the group were wounded when gunmen fired on their car. [[At least 16
    searchers|killed;a=the UN human rights office]] have been killed in Mexico since {{2010}},
    according to the UN human rights office. Rosa, {{52}}, whose son vanished in {{2018}}, joins
    [[about 30 women|other]] on the searches every Saturday.""",
)

item(
    "In a Saltillo warehouse, 1,500 boxes of bone fragments",
    """In a warehouse in Saltillo, forensic scientists from Coahuila's state search commission
    are working through [[about 1,500 boxes|other]] of bone fragments recovered from a single
    site, Patrocinio, where a cartel burned its victims in barrels. The team has so far
    extracted DNA from [[some 4,000 fragments|other;u=other]], but has matched them to only [[28
    people|killed]]. Mexico has [[fewer than 1,000 forensic experts|other;a=the National Search
    Commission]] for a country with [[tens of thousands of unidentified bodies|killed;a=the
    National Search Commission]], according to the National Search Commission. The families of
    [[about 3,500 missing people|missing;a=the state commission;alt=Coahuila's state search
    commission]] in Coahuila have given genetic samples, the state commission says.""",
)

item(
    "Colombia's peace court hands down first 'false positives' sentences",
    """Colombia's Special Jurisdiction for Peace (JEP) has found that soldiers killed [[at least
    6,402 civilians|killed;a=Colombia's Special Jurisdiction for Peace]] between {{2002}} and
    {{2008}} and presented them as guerrillas killed in combat. On Wednesday the tribunal issued
    its first restorative sentences, ordering [[12 former soldiers|arrested]] who admitted to
    [[135 killings|killed]] in the Caribbean region to spend {{eight years}} building memorials
    and searching for remains. In {{2008}}, [[19 young men|killed]] from Soacha, south of
    Bogotá, were lured away with job offers and later found dead {{hundreds of kilometres}}
    away, dressed as rebels. The JEP has charged [[more than 100 members of the security
    forces|arrested; n=members]] in the case, among them [[two generals|arrested]]. The JEP says
    [[about 8,000 victims|other;a=The JEP]] and relatives are accredited in the case.""",
)

item(
    "Remains found in Medellín rubble dump where relatives long searched",
    """Forensic experts searching La Escombrera, a vast rubble dump in Medellín's {{Comuna 13}},
    have found the remains of [[at least 10 people|killed;a=Colombia's Unit for the Search of
    Persons Deemed Missing]] believed to have disappeared during a {{2002}} military operation
    against urban militias, Colombia's Unit for the Search of Persons Deemed Missing said.
    [[Two|killed;n=-]] have so far been identified. Relatives say [[more than 100
    people|missing;a=Relatives]] disappeared in the district during and after Operation Orion.
    In that operation [[some 1,000 soldiers and police|combatants;n=soldiers and police]] backed
    by helicopters took the hillside neighbourhoods. The dump holds an estimated {{2 million
    cubic metres}} of debris. The search unit estimates that [[more than 100,000 people|missing;
    a=The search unit;alt=Colombia's Unit for the Search of Persons Deemed Missing]] disappeared
    during Colombia's armed conflict. It has recovered [[about 1,800 bodies|killed]] since it
    began work in {{2018}}.""",
)

item(
    "Colombia's truth commission puts conflict dead at 450,000",
    """Colombia's truth commission says the armed conflict killed [[about 450,000
    people|killed;a=Colombia's truth commission]] between {{1985}} and {{2018}}, {{about 80 per
    cent}} of them civilians. The commission's final report estimates that [[about 121,000
    people|missing;a=The commission's final report]] were forcibly disappeared, [[some
    50,000|kidnapped;n=-;a=The commission's final report]] kidnapped and [[7.7
    million|displaced;n=-;v=7700000;a=The commission's final report]] forcibly displaced. It
    found that [[about 16,000 children|combatants;a=Colombia's truth commission]] were recruited
    by armed groups. The commission interviewed [[more than 14,000 people|other]] over {{three
    and a half years}}, in Colombia and in [[more than 20 countries|other;u=other]] where exiles
    live. The report blamed paramilitaries for {{45 per cent}} of the killings, guerrillas for
    {{27 per cent}} and state agents for {{12 per cent}}.""",
)

item(
    "Colombia's victims' register passes 9.8 million",
    """Colombia's Victims' Unit says [[more than 9.8 million people|other;v=9800000;a=Colombia's
    Victims' Unit]] are registered as victims of the armed conflict, [[about 8.6
    million|displaced;n=-;v=8600000;a=Colombia's Victims' Unit]] of them for forced
    displacement. Since the Victims Law, known as {{Law 1448}}, took effect in {{2012}}, [[about
    1.5 million people|aid;v=1500000;a=the unit;alt=Colombia's Victims' Unit]] have received
    individual compensation, the unit said. At the current pace it would take {{more than 60
    years}} to compensate everyone, the comptroller's office estimated. The government paid
    compensation to [[some 120,000 people|aid]] last year. [[More than 300,000 displaced
    families|returned]] have gone back to their land under the restitution programme. In Bojayá,
    where a FARC gas-cylinder bomb killed [[about 80 people|killed]] sheltering in a church in
    {{2002}}, [[2,300 families|aid]] received collective reparations this month.""",
)

item(
    "Closing arguments in Guatemala's Ixil genocide trial",
    """A Guatemalan court began hearing closing arguments on Monday in the genocide trial of
    former army chief of staff Benedicto Lucas García. Prosecutors accuse him of responsibility
    for the killing of [[more than 1,200 Maya Ixil|killed;a=Prosecutors]] and the forced
    displacement of [[tens of thousands|displaced;n=-;a=Prosecutors]] between {{1978}} and
    {{1982}}. The {{92-year-old}} has followed the trial by video from a military hospital. Over
    {{more than a year}} the court heard [[more than 80 witnesses|other]] and [[about 40
    experts|other]]. Forensic anthropologists told the court they had exhumed the remains of
    [[hundreds of victims|killed;a=Forensic anthropologists]] from [[more than 30
    sites|other;a=Forensic anthropologists]] in the Ixil region. Guatemala's UN-backed truth
    commission concluded in {{1999}} that [[some 200,000 people|killed;a=Guatemala's UN-backed
    truth commission]] were killed during the {{36-year}} civil war, {{83 per cent}} of them
    Maya.""",
)

item(
    "Guatemalan forensic team has named 130 of the dead of a former army base",
    """Forensic anthropologists exhumed [[558 skeletons|killed;a=the Forensic Anthropology
    Foundation of Guatemala]] from [[84 graves|other;u=other;a=the Forensic Anthropology
    Foundation of Guatemala]] at a former military base in Cobán, now a UN peacekeeping training
    centre, the Forensic Anthropology Foundation of Guatemala said. [[Some 90|killed;n=-;a=the
    foundation;alt=the Forensic Anthropology Foundation of Guatemala]] were those of children,
    the foundation said. The foundation, known as FAFG, has identified [[about 130 of
    them|killed;n=-]] through DNA matches with relatives. Its genetics laboratory holds samples
    from [[more than 12,000 relatives|other]] of the disappeared. [[About 45,000 people|missing;
    a=the foundation;alt=the Forensic Anthropology Foundation of Guatemala]] were forcibly
    disappeared during the conflict, according to the foundation. A judge sent [[eight retired
    officers|arrested]] to trial in {{2016}}, but the case has stalled.""",
)

item(
    "Guatemala to try nine over army's secret death logbook",
    """A Guatemalan court has ordered [[nine retired military and police
    officers|arrested;n=officers;p]] to stand trial over the Diario Militar, a secret army
    logbook of people seized by the security forces between {{1983}} and {{1985}}. The logbook
    lists [[183 people|missing;a=The logbook]], each with a photograph and a code for what was
    done to them. Prosecutors say [[more than 100|killed;n=-;a=Prosecutors]] were executed. The
    remains of only [[11|killed;n=-]] have been found, most of them in a grave at a former
    military base. Relatives, who took the case to the Inter-American Court of Human Rights in
    {{2012}}, have waited {{more than three decades}}. [[Some 40 relatives|other]] filled the
    courtroom as the judge read the decision.""",
)

item(
    "Colombia's search unit returns remains to families in Dabeiba",
    """Colombia's Unit for the Search of Persons Deemed Missing on Friday handed the remains of
    [[14 people|killed]] to their families in Dabeiba, a town of [[about 20,000
    residents|civilians]] in Antioquia where soldiers buried victims of extrajudicial killings
    in the local cemetery. The unit said it had recovered [[more than 80 bodies|killed;a=The
    unit; alt=Colombia's Unit for the Search of Persons Deemed Missing]] from the cemetery since
    {{2019}}, and that [[about 50|killed;n=-;a=The unit;alt=Colombia's Unit for the Search of
    Persons Deemed Missing]] had been identified. [[Dozens of relatives|other]] travelled from
    as far as Medellín, {{180 km}} away, for the ceremony. Among the dead was a farmer who
    disappeared in {{2002}} aged {{23}}.""",
)

item(
    "Mexico's Senate approves reform of disappearances law",
    """Mexico's Senate on Thursday approved a reform of the general law on disappearances that
    creates a national biometric database and links each search to the population register. The
    reform amends {{Article 4}} and adds {{Article 48 bis}}, obliging prosecutors to start
    searching within {{24 hours}} of a report instead of {{72 hours}}. Search collectives, which
    protested outside the Senate in July, said the changes came {{more than 10 years}} after the
    Iguala disappearances. The database should be working by {{January 2026}}, officials said,
    with a budget of {{1.2 billion pesos}}.""",
)
