"""Syria, Yemen, Iraq, Afghanistan, Myanmar, the Caucasus, Colombia and Haiti: the monitors'
counts of the dead, the disappeared and detained, the mass graves and the returns."""

from _wrap import item

item(
    "Syrian monitor's count of the war dead",
    """The Syrian Observatory for Human Rights said it had documented the deaths of [[617,910
    people|killed;a=The Syrian Observatory for Human Rights]] in the {{13 years}} since the
    uprising began in {{March 2011}}. They include [[164,223 civilians|killed;a=the monitor;alt=The
    Syrian Observatory for Human Rights]], among them [[25,361 children|killed;a=the
    monitor;alt=The Syrian Observatory for Human Rights]], the monitor said. The Britain-based group
    counted [[more than 91,000 government soldiers and allied militiamen|killed;a=The Britain-based
    group;alt=The Syrian Observatory for Human Rights;n=soldiers and allied militiamen]] among the
    dead. It estimates that [[about 200,000 more deaths|killed;a=The Syrian Observatory
    for Human Rights]] were never documented, many of them of people who died in detention. The
    observatory's director, Rami Abdel Rahman, said the group relies on a network of [[200
    activists|other;a=Rami Abdel Rahman]] inside the country.""",
)

item(
    "Syria's disappeared: the rights network's register",
    """The Syrian Network for Human Rights said [[112,414 people|missing;a=The Syrian Network for
    Human Rights]] remained forcibly disappeared at the fall of the Assad government in {{December
    2024}}, most of them taken by the security services. It had recorded [[15,102 deaths|killed;a=The
    Syrian Network for Human Rights]] under torture in government prisons. When rebels opened the
    gates of Sednaya prison, [[about 4,000 prisoners|other]] walked free, but the network said
    [[fewer than 25,000 detainees|other;a=the network;alt=The Syrian Network for Human Rights]]
    were released from all facilities in the first {{week}}. Families queued outside [[more than
    20 hospitals|other;u=structure]] in Damascus to look at photographs of unidentified bodies.
    The network said [[at least 2,500 people|arrested;a=The network;alt=The Syrian Network for Human
    Rights]] were arrested by the new authorities in the {{six months}} that followed.""",
)

item(
    "White Helmets open mass graves near Damascus",
    """Syria Civil Defence, the rescue group known as the White Helmets, said its teams had
    exhumed [[more than 1,300 bodies|killed;a=Syria Civil Defence]] from [[41 mass graves|other;u=other]]
    since {{December}}. The new National Commission for Missing Persons estimates that [[up to
    130,000 people|missing;a=The new National Commission for Missing Persons]] may lie in such
    sites. Forensic experts said the country had [[only four laboratories|other;u=structure]]
    able to run DNA tests, and that identifying the remains could take {{decades}}. The
    commission plans to open [[14 regional offices|other;u=structure;a=The commission;alt=The new
    National Commission for Missing Persons;p]] to collect samples from relatives. [[About 300
    volunteers|other;a=the group;alt=Syria Civil Defence]] have been trained to document the
    graves, the group said.""",
)

item(
    "Syrians head home as camps empty",
    """The UN refugee agency said [[more than 500,000 Syrians|returned;a=The UN refugee agency]]
    had returned from abroad since {{8 December}}, most of them from Turkey and Lebanon, and
    [[about 1.2 million displaced people|returned;a=The UN refugee agency]] had gone back to
    their areas inside the country. The agency expects [[up to 1.5 million refugees|returned;a=The
    agency;alt=The UN refugee agency;p]] to return by the end of the year. In the northwest, [[some
    1,500 camps|capacity]] still house [[nearly 2 million people|displaced]]. A survey by the
    agency found that [[about 328,000 homes|housing;a=A survey by the agency]] had been destroyed
    across Syria. Returnees in Homs said {{three in four}} houses on some streets were
    gone.""",
)

item(
    "Yemen's dead: the monitors' tallies",
    """ACLED said it had recorded [[more than 154,000 fatalities|killed;a=ACLED]] in Yemen's war
    from {{2015}} to {{2022}}, including [[about 14,600 civilians|killed;a=ACLED]] killed
    in direct attacks. The Yemen Data Project counted [[25,054 air raids|other;u=other;a=The Yemen
    Data Project]] by the Saudi-led coalition, which it said killed [[8,983 civilians|killed;a=The
    Yemen Data Project]] and injured [[9,931|injured;n=-;a=The Yemen Data Project]]. The UN
    Development Programme estimated that [[377,000 people|killed;a=The UN Development
    Programme]] had died by the end of {{2021}} from fighting and from hunger and disease.
    [[Some 18.2 million people|civilians;a=the UN]] need humanitarian aid, the UN said, and
    [[4.5 million|displaced;n=-]] remain displaced.""",
)

item(
    "Houthis hold UN staff as mine casualties mount",
    """The Houthis have detained [[at least 23 UN staff|arrested;a=the UN secretary-general;n=staff]],
    the UN secretary-general said, along with [[dozens of employees|arrested;a=the UN
    secretary-general]] of aid groups and embassies. A prisoner swap brokered by the ICRC in
    {{April 2023}} freed [[887 prisoners|other]]. The Saudi-funded Masam project said it had
    cleared [[more than 450,000 mines and explosive devices|other;a=The Saudi-funded Masam
    project;n=mines and explosive devices;u=other]] since {{2018}}. Landmines have killed or
    maimed thousands, and [[over 1,000 amputees|injured;a=The Yemeni Landmine Records Center]]
    are registered in Taiz alone, according to The Yemeni Landmine Records Center. In Marib
    [[about 2.2 million people|displaced;a=local authorities]] live in [[197 displacement
    sites|capacity]], local authorities said.""",
)

item(
    "Iraq's war dead: from Mosul to Sinjar",
    """The Iraq Body Count project said it had recorded [[between 186,000 and 210,000 violent
    civilian deaths|killed;a=The Iraq Body Count project]] since {{2003}}. An
    Associated Press investigation found that [[9,000 to 11,000 civilians|killed;a=An Associated
    Press investigation]] died in the battle for Mosul in {{2016-2017}}. [[About 40,000
    homes|housing]] in the city were destroyed or badly damaged. The Yazidi survivors' office in
    Dohuk said Islamic State abducted [[6,417 Yazidis|kidnapped;a=The Yazidi survivors' office in
    Dohuk]] in {{August 2014}}; [[3,576|kidnapped;n=-;a=The Yazidi survivors' office in Dohuk]]
    have been rescued and [[about 2,600|missing;n=-]] are still missing. Investigators have
    found [[more than 80 mass graves|other;u=other]] in Sinjar district. [[Some 200,000
    Yazidis|displaced;a=the International Organization for Migration]] still live in camps in
    Kurdistan, according to the International Organization for Migration.""",
)

item(
    "UN mission counts Afghanistan's dead and detained",
    """The UN Assistance Mission in Afghanistan said [[1,659 civilians|killed;a=The UN Assistance
    Mission in Afghanistan]] were killed and [[3,524|injured;n=-;a=The UN Assistance Mission in
    Afghanistan]] injured in the first half of {{2021}}, as the Taliban advanced. After the
    takeover, UNAMA documented the killing of [[at least 218 former officials and
    soldiers|killed;a=UNAMA;n=officials and soldiers]] by the new authorities, and [[424 arbitrary
    arrests|arrested;a=UNAMA;n=arrests]] of people tied to the former government. Pakistan and
    Iran sent back [[more than 1.5 million Afghans|returned;a=the International Organization for
    Migration]] in {{2024}}, the International Organization for Migration said. [[About 23.7
    million people|civilians]] in the country need aid.""",
)

item(
    "Myanmar's junta: the prisoners' association keeps the count",
    """The Assistance Association for Political Prisoners said security forces had killed [[6,344
    people|killed;a=The Assistance Association for Political Prisoners]] since the coup of {{1
    February 2021}}. It said [[29,560 people|arrested;a=The Assistance Association for
    Political Prisoners]] had been arrested, of whom [[22,187|arrested;n=-;a=The Assistance
    Association for Political Prisoners]] remain in detention. The UN says [[about 3.5 million
    people|displaced;a=The UN]] are displaced inside the country and [[19.9 million|civilians;n=-;a=The
    UN]] need aid. The research group Data for Myanmar counted [[more than 100,000
    houses|housing;a=The research group Data for Myanmar]] burned since the coup. The military
    announced plans to call up [[5,000 young people a month|combatants;a=The military;p]] under a conscription
    law, aiming for [[60,000 recruits|combatants;a=The military;p]].""",
)

item(
    "Karabakh war dead named on both sides",
    """Azerbaijan's defence ministry has published the names of [[2,908 servicemen|killed;a=Azerbaijan's
    defence ministry]] killed in the {{44-day}} war of {{2020}}. Armenia's health ministry put its
    military toll at [[3,825|killed;n=-;a=Armenia's health ministry]], and said [[about 200
    people|missing;a=Armenia's health ministry]] were still missing. Armenian officials say
    [[23 Armenians|arrested;a=Armenian officials]] are held in Baku, among them former leaders of
    Nagorno-Karabakh. After the Azerbaijani offensive of {{September 2023}}, [[more than 100,000
    ethnic Armenians|displaced]] fled to Armenia within a week. An explosion at a fuel depot
    during the exodus killed [[218 people|killed]]. Armenia's government built [[1,200 modular
    homes|capacity;a=Armenia's government]] for the refugees, it said.""",
)

item(
    "Colombia's truth commission counts the conflict's victims",
    """Colombia's truth commission estimated that [[450,664 people|killed;a=Colombia's truth
    commission]] were killed in the armed conflict between {{1985}} and {{2018}}, and that
    [[121,768 people|missing;a=Colombia's truth commission]] were forcibly disappeared. It put the
    number of kidnappings at [[about 50,770|kidnapped;n=-;a=Colombia's truth commission]].
    The special peace court, the JEP, found that [[at least 6,402 civilians|killed;a=The special
    peace court]] were presented by the army as guerrillas killed in combat between {{2002}} and
    {{2008}}. [[About 13,000 FARC members|combatants]], including [[7,000 fighters|combatants]],
    laid down their arms under the {{2016}} peace accord. The victims' unit has registered
    [[more than 8 million people|displaced;a=The victims' unit]] as forcibly displaced. It said it had paid reparations to [[about 1.4 million
    victims|aid;a=The victims' unit]].""",
)

item(
    "UN office tallies Haiti's gang violence",
    """The UN integrated office in Haiti said [[5,601 people|killed;a=The UN integrated office in
    Haiti]] were killed in gang violence in {{2024}}, [[2,212|injured;n=-;a=The UN integrated office
    in Haiti]] injured and [[1,494|kidnapped;n=-;a=The UN integrated office in Haiti]] kidnapped.
    The International Organization for Migration said [[more than 1 million
    people|displaced;a=The International Organization for Migration]] had fled their homes, {{about
    half}} of them children. [[Some 200,000|displaced;n=-]] live in [[over 100 displacement
    sites|capacity]] in the capital. Kenyan police lead a multinational security mission that was meant to have [[2,500
    personnel|combatants;p]]. [[5.7 million Haitians|civilians;a=the World Food Programme]] face
    acute hunger, the World Food Programme said. Aid agencies gave cash to [[18,000
    households|aid]] in the capital in {{March}}.""",
)

item(
    "Killings on Syria's coast: the rights network's count",
    """The Syrian Network for Human Rights said [[1,383 civilians|killed;a=The Syrian Network for Human
    Rights]], most of them Alawites, were killed in the coastal provinces of Latakia and Tartus
    in {{March 2025}}. A government fact-finding committee later said it had identified [[298
    suspects|other;a=A government fact-finding committee]] and that [[about 40|arrested;n=-;a=A
    government fact-finding committee]] had been arrested. [[At least 21,000 Syrians|displaced;a=the
    UN]] fled across the border into northern Lebanon, the UN said. Rights groups said
    [[hundreds of homes|housing;a=Rights groups]] were looted and burned. The committee said it
    had heard [[938 witnesses|other;a=The committee;alt=A government fact-finding committee]] in
    {{four months}}. Local councils said [[about 1,200 Alawite families|displaced;a=Local councils]]
    had sheltered at the Russian air base at Hmeimim.""",
)

item(
    "Strike on Saada migrant detention centre",
    """A US air strike on a detention centre for African migrants in Saada killed [[68
    migrants|killed;a=the Houthi-run interior ministry]] and wounded [[47|injured;n=-;a=the
    Houthi-run interior ministry]], the Houthi-run interior ministry said. The centre held [[115
    migrants|arrested]], most of them from Ethiopia. ACLED said US strikes since {{15 March}} had
    killed [[at least 224 people|killed;a=ACLED]] in Houthi-held areas, while the Houthis said an
    attack on the Ras Isa fuel port alone killed [[80 people|killed;a=the Houthis]]. Medecins Sans
    Frontieres said its hospital in Saada had received [[more than 50 wounded|injured;a=Medecins
    Sans Frontieres;n=wounded]] in {{two days}}.""",
)

item(
    "How ACLED codes a fatality",
    """ACLED records fatalities from news reports, local partners and official statements, and
    uses the most conservative figure when sources differ. Its data are updated every {{week}}, on {{Tuesdays}}, and events are coded within
    {{seven days}}. About {{30%}} of events in {{2024}} had no reported fatalities. The dataset has covered Yemen
    since {{2015}} and Ukraine since {{2018}}.""",
)

item(
    "Syria's missing persons commission sets out its budget",
    """Syria's National Commission for Missing Persons will spend {{$12 million}} in its first
    {{year}}, its chairman said on {{17 May}}. It hopes to raise {{$40 million}} from donors by
    {{2027}}. The commission's mandate runs for {{five years}} and may be extended. Officials said
    {{Article 49}} of the constitutional declaration gave it the power to open archives of the
    security branches.""",
)
