"""dev344 items: Southern Kaduna (Kajuru, Kauru, Kaura, Zangon Kataf, Kachia), 2018-2026."""

from _wrap import item

item(
    "El-Rufai says 66 killed in Kajuru attacks on Fulani hamlets",
    """Nasir El-Rufai, the Kaduna State governor, said on {{Sunday}} that [[66 people|killed;a=Nasir
    El-Rufai]] had been killed in attacks on [[seven Fulani hamlets|other;a=Nasir El-Rufai]] in
    Kajuru local government area. He said [[22 children|killed;a=Nasir El-Rufai]] and [[12
    women|killed;a=Nasir El-Rufai]] were among the dead. The Southern Kaduna Peoples Union disputed
    his account and said [[at least 11 Adara villagers|killed;a=Southern Kaduna Peoples Union]] had
    been killed in reprisal attacks at Maro the following day. Police said [[300 mobile police
    officers|combatants;a=Police]] had been sent to Kajuru and a {{24-hour}} curfew imposed. The
    Kaduna State Emergency Management Agency said [[about 4,000 people|displaced;a=Kaduna State
    Emergency Management Agency]] had fled to Kajuru town and Kasuwan Magani.""",
)

item(
    "Gunmen kill 21 at Southern Kaduna gathering despite curfew",
    """Gunmen opened fire on a gathering in Kukum Daji village in Kaura local government area late on
    {{Sunday}}, killing [[21 people|killed;a=Yusuf Bature]], the state's commissioner for internal
    security, Yusuf Bature, said. He said [[25 to 30 people|injured;a=Yusuf Bature]] were wounded.
    The attack came despite a {{24-hour}} curfew imposed on Kaura and Zangon Kataf {{a week}}
    earlier. The Southern Kaduna Peoples Union said [[more than 180 people|killed;a=Southern Kaduna
    Peoples Union]] had been killed in the area since {{June}} and [[some 50 villages|housing;a=Southern
    Kaduna Peoples Union]] burned. Local officials said [[at least 20,000 people|displaced;a=Local
    officials]] were sheltering in Kafanchan. Police said [[four suspects|arrested;a=Police]] had
    been arrested.""",
)

item(
    "Kaduna security report counts 323 killed in three months",
    """[[At least 323 people|killed;a=Kaduna State Ministry of Internal Security and Home Affairs]]
    were killed and [[949|kidnapped;a=Kaduna State Ministry of Internal Security and Home Affairs]]
    abducted across Kaduna State in the {{first quarter}} of {{2021}}, the Kaduna State Ministry of
    Internal Security and Home Affairs said in its quarterly report. The ministry said [[115 of the
    deaths|killed;a=The ministry;alt=Kaduna State Ministry of Internal Security and Home Affairs]]
    were in Southern Kaduna. The ministry listed [[more than 1,000 cattle|other;a=The
    ministry;alt=Kaduna State Ministry of Internal Security and Home Affairs]] rustled and [[151
    people|injured;a=The ministry;alt=Kaduna State Ministry of Internal Security and Home Affairs]]
    wounded. In Southern Kaduna, [[87 houses|housing;a=the report;alt=Kaduna State Ministry of
    Internal Security and Home Affairs]] were burned in Kauru, Zangon Kataf and Chikun, the report
    said. Security forces arrested [[64 suspects|arrested]] during the period.""",
)

item(
    "In Southern Kaduna camps, displaced farmers wait for a harvest they lost",
    """At a primary school in Kafanchan that now serves as a camp, [[about 2,300
    people|displaced;a=camp coordinator Esther Gambo]] sleep in [[14 classrooms|capacity;a=camp
    coordinator Esther Gambo]], says camp coordinator Esther Gambo. Most came from Atakmawei and
    Kibori, which were attacked in {{April}}. The Kaduna State Emergency Management Agency says
    [[17 such camps|capacity;a=Kaduna State Emergency Management Agency]] are open across the south,
    holding [[roughly 38,000 people|displaced;a=Kaduna State Emergency Management Agency]]. The
    agency estimates that [[about 90,000 host-community residents|civilians;a=The
    agency;alt=Kaduna State Emergency Management Agency]] need food aid as well. Only [[1,200
    families|aid;a=Gambo]] received food in the last distribution, in {{June}}, Gambo said.""",
)

item(
    "Kaduna peace commission opens mediation centre in Kafanchan",
    """The Kaduna State Peace Commission, established in {{2017}}, opened a mediation centre in
    Kafanchan on {{Monday}}, {{five years}} after its {{first}} dialogue between Fulani and Atyap
    leaders. The commission's chairwoman, Hajara Bawa, said the centre cost {{N380 million}} and
    would run {{24 hours}} a day in the dry season, when clashes over grazing peak between
    {{November}} and {{April}}. She said surveys showed trust between the communities had risen to
    {{48 per cent}} from {{31 per cent}} in {{2019}}. The centre stands on a {{3.5-hectare}} site
    donated by the Atyap Chiefdom.""",
)

item(
    "Fulani group says 40 herders killed, 2,000 cows lost in Kauru",
    """The Gan Allah Fulani Development Association said on {{Tuesday}} that [[40 herders|killed;a=Gan
    Allah Fulani Development Association]] had been killed and [[more than 2,000
    cows|other;u=other;a=Gan Allah Fulani Development Association]] stolen or slaughtered in Kauru
    and Lere since {{January}}. Its president, Ibrahim Abdullahi, said [[nine herders|missing;a=Ibrahim
    Abdullahi]] were missing and [[about 120 Fulani families|displaced;a=Ibrahim Abdullahi]] had
    fled to Bauchi and Plateau. Kaduna police said they had recorded [[17 deaths|killed;a=Kaduna
    police]] among herders in the period and arrested [[six suspects|arrested;a=Kaduna police]]. A
    community leader in Kauru, Bitrus Gimba, denied that local youths were responsible and said
    [[three farmers|killed;a=Bitrus Gimba]] had been killed in a herders' attack on {{Sunday}}.""",
)

item(
    "Dozens of villagers abducted in Kajuru, police confirm",
    """[[At least 61 people|kidnapped;a=residents]] were abducted from Kufana in Kajuru local
    government area late on {{Saturday}}, residents said. The Kaduna police command confirmed the
    attack but put the number at [[between 40 and 50|kidnapped;a=The Kaduna police command]]. [[One
    villager|killed;a=The Kaduna police command]] was shot dead as he tried to flee, it said. A
    church official said [[14 children|kidnapped;a=A church official]] were among those taken. The
    army said on {{Monday}} that troops had rescued [[16 of the captives|kidnapped;a=The army]] in the
    forest near Kufana. Residents said [[nearly 200 people|displaced;a=Residents]] had since left
    for Kajuru town. The kidnappers have demanded {{N100 million}} for the rest.""",
)

item(
    "Zangon Kataf villagers rebuild with state help",
    """The Kaduna State government said on {{Thursday}} it had rebuilt [[412
    houses|housing;a=Kaduna State government]] in Zangon Kataf and resettled [[about 3,100
    people|returned;a=Kaduna State government]] in their villages. The commissioner for human
    services, Amina Dogo, said [[1,500 more houses|housing;p;a=Amina Dogo]] would be built next
    year. She said [[about 9,000 people|displaced;a=Amina Dogo]] were still in camps in Kafanchan
    and Zonkwa. Atyap leaders said [[12 villages|other;a=Atyap leaders]] remained empty because
    residents feared new attacks. [[Eight hundred households|aid;a=FAO]] received seed and
    fertiliser this season, the FAO said.""",
)

item(
    "Army opens new base in Southern Kaduna after wave of attacks",
    """The Nigerian Army said on {{Friday}} it had opened a forward operating base in Kauru and
    deployed [[about 700 soldiers|combatants;a=Nigerian Army]] to the area under Operation Safe
    Haven's {{Sector 7}}. The army said troops had killed [[eight bandits|killed;a=The army;alt=Nigerian
    Army]] and rescued [[27 hostages|kidnapped;a=The army;alt=Nigerian Army]] in the past {{two
    weeks}}. [[Five soldiers|killed;a=military sources]] were killed in an ambush near Kurmin Masara
    on {{Tuesday}}, military sources told AFP. Community leaders welcomed the deployment but said
    [[at least 5,000 farmers|civilians;a=Community leaders]] still could not reach their fields.
    [[Over 60 motorcycles|other;a=the army;alt=Nigerian Army]] used by attackers were seized, the
    army added.""",
)

item(
    "Amnesty accuses authorities of failing Southern Kaduna villages",
    """Amnesty International said in a report on {{Thursday}} that [[at least 1,420
    people|killed;a=Amnesty International]] were killed in attacks in Southern Kaduna between
    {{January 2021}} and {{December 2023}} and that security forces had arrested [[fewer than 100
    suspects|arrested;a=Amnesty International]] over them. The rights group said it had documented
    [[53 attacks|other;u=other;a=The rights group;alt=Amnesty International]] in which [[more than
    2,900 houses|housing;a=The rights group;alt=Amnesty International]] were burned. Researchers
    interviewed [[112 survivors|other]] in Kauru, Kajuru and Zangon Kataf. In several cases
    villagers had called for help for up to {{eight hours}} before any soldier arrived, the report
    said. The state government said [[more than 600 suspects|arrested;a=The state government]] had
    been arrested and charged since {{2019}}.""",
)

item(
    "NRC builds shelters as rains hit displaced in Kaura",
    """The Norwegian Refugee Council said on {{Monday}} it had built [[350 emergency
    shelters|capacity;a=Norwegian Refugee Council]] for displaced families in Kaura and Zangon Kataf
    and planned [[another 500|capacity;p;u=structure;a=Norwegian Refugee Council]] before the end of
    the rainy season. Heavy rains had flooded [[about 200 makeshift shelters|housing;a=the aid
    group;alt=Norwegian Refugee Council]], leaving [[around 1,700 people|displaced;a=the aid
    group;alt=Norwegian Refugee Council]] without cover, the aid group said. NRC said it also
    distributed [[2,400 blankets|aid;a=NRC]] and [[1,100 jerrycans|aid;a=NRC]]. [[More than 15,000
    people|civilians;a=UNICEF]] in Kaura and Zangon Kataf have no access to clean water, according
    to UNICEF.""",
)

item(
    "Police parade 35 suspects over Southern Kaduna killings",
    """Kaduna police on {{Wednesday}} paraded [[35 suspects|arrested;a=Kaduna police]] held over
    attacks in Kauru, Kajuru and Chikun and said they had recovered [[19 firearms|other;a=Kaduna
    police]] and [[640 rounds of ammunition|other;a=Kaduna police]]. Police commissioner Musa Garba
    said [[21 of the suspects|arrested;a=Police commissioner Musa Garba]] were herders and
    [[14|arrested;a=Police commissioner Musa Garba]] were members of a local vigilante group accused
    of reprisal killings. He said [[1,350 rustled cattle|other;a=Police commissioner Musa Garba]] had
    been recovered and returned to their owners. [[Two police officers|killed;a=Police commissioner
    Musa Garba]] died in a shootout during the arrests, he said.""",
)

item(
    "Ginger farmers in Southern Kaduna count losses after blight and insecurity",
    """Ginger prices at the Kafanchan market fell to {{N180}} a kilo in {{March}}, from {{N450}} a
    year earlier, after a blight that began in {{2023}} wiped out {{70 per cent}} of the crop,
    traders said. Southern Kaduna grows about {{80 per cent}} of Nigeria's ginger. Farmers said
    insecurity had kept them off their fields for up to {{three months}} at a time. The state
    ministry of agriculture said a processing plant in Kachia, {{first}} promised in {{2019}}, would
    be finished within {{18 months}}.""",
)

item(
    "Relatives search for missing after Kauru attack",
    """[[At least 14 people|missing;a=Kauru local government]] are still missing {{three days}} after
    gunmen attacked Kurmin Kare in Kauru, the Kauru local government said on {{Wednesday}}. Rescuers
    say [[19 bodies|killed;a=Rescuers]] have been recovered from the village and the surrounding
    bush. [[Eleven|injured]] are in hospital in Kafanchan. Villagers said the attackers burned
    [[about 30 homes|housing;a=Villagers]]. The Kaduna State Emergency Management Agency said it had
    sent relief to [[312 households|aid;a=Kaduna State Emergency Management Agency]]. [[About 150
    hunters and vigilantes|other;n=hunters and vigilantes;a=a local vigilante commander]] have joined
    the search, a local vigilante commander said.""",
)

item(
    "Kaduna displacement figures climb as attacks spread to Kachia",
    """[[Tens of thousands of people|displaced;a=International Organization for Migration]] have fled
    attacks in Kachia and Kajuru in the past {{month}}, the International Organization for Migration
    said. The agency's displacement tracking teams counted [[between 18,000 and 22,000 new
    arrivals|displaced;a=The agency's displacement tracking teams;alt=International Organization for
    Migration]] in Kachia town and [[several thousand|displaced;a=The agency's displacement tracking
    teams;alt=International Organization for Migration]] more in Kafanchan. Local officials said
    [[about 70 villages|other;a=Local officials]] had been emptied. UNICEF said [[some 3,000
    children|other;a=UNICEF]] were out of school after [[11 schools|other;a=UNICEF]] closed.
    [[Hundreds of families|displaced;a=residents]] are sleeping in the open at the Kachia motor park,
    residents said.""",
)

item(
    "Reprisal raid on Fulani camp kills 12 in Zangon Kataf",
    """[[Twelve people|killed;a=Kaduna State government]], among them [[five
    children|killed;a=Kaduna State government]], were killed when armed youths attacked a Fulani
    settlement near Zonkwa on {{Monday}}, the Kaduna State government said. Commissioner Yusuf Bature
    said the attackers also burned [[about 25 huts|housing;a=Commissioner Yusuf Bature]] and killed
    [[more than 100 cattle|other;a=Commissioner Yusuf Bature]]. He said the attack appeared to be
    revenge for the killing of [[four farmers|killed;a=Commissioner Yusuf Bature]] in a nearby
    village at the weekend. Police said [[seven youths|arrested;a=Police]] had been arrested. [[About
    180 Fulani residents|displaced]] fled to Kachia.""",
)
