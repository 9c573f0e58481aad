"""The provinces: Nampula, Zambézia, Tete, Sofala, Manica, Niassa, Inhambane and Cabo Delgado
in the unrest of 2024-2025, people who fled their neighbourhoods, and the relief that followed."""

from _wrap import item

item(
    "Nampula police open fire on marchers, hospital reports deaths",
    """Police in Nampula, Mozambique's third-largest city, opened fire on marchers heading for the
    provincial governor's office on {{October 25}}, killing
    [[at least four people|killed;a=staff at Nampula Central Hospital]], staff at Nampula Central
    Hospital said. The hospital admitted [[23 people|injured;a=The hospital]] with bullet wounds,
    [[six of them|injured;a=The hospital;n=-]] in a serious condition. Crowds later looted
    [[about 30 shops|housing]] along Avenida do Trabalho and set fire to a branch of a state bank.
    The provincial police command said [[87 people|arrested;a=The provincial police command]] had
    been detained and that [[an extra 350 officers|combatants;a=The provincial police command]]
    had been flown in from Maputo. Nampula province has
    [[a population of about 6.5 million|civilians;n=population;q=approx]].""",
)

item(
    "Quelimane governor's residence stormed, Frelimo officials' homes burned",
    """Protesters in Quelimane, the capital of Zambézia province, stormed the governor's residence
    on {{November 16}} and burned the homes of local Frelimo officials, police said.
    [[Three protesters|killed;a=a police spokesman in the city]] were shot dead by guards, a police
    spokesman in the city said. Local radio reported
    [[12 houses|housing;a=Local radio]] burned in the Coalane and Sinacura neighbourhoods and
    [[two party offices|housing;u=structure;a=Local radio]] ransacked. Frelimo's provincial
    secretary said [[some 60 members|displaced;a=Frelimo's provincial secretary]] and their
    families had fled to Mocuba and Nicoadala for safety. The army sent
    a company of [[about 120 soldiers|combatants]] to guard public buildings. By
    nightfall, police said, [[41 people|arrested;a=police]] were in custody.""",
)

item(
    "Hundreds of families shelter in Nampula schools after raids",
    """[[More than 700 families|displaced;a=the National Institute for Disaster Risk Management
    (INGD)]] have fled the Muahivire and Namicopo neighbourhoods of Nampula after night raids by
    police hunting protest leaders, the National Institute for Disaster Risk Management (INGD)
    said on {{December 2}}. The institute said [[about 3,100 people|displaced;a=The
    institute;alt=the National Institute for Disaster Risk Management (INGD)]] were sleeping in
    [[four schools|capacity;a=The institute;alt=the National Institute for Disaster Risk
    Management (INGD)]] and a church hall. It had handed out
    [[1,200 blankets|aid;a=the National Institute for Disaster Risk Management (INGD)]] and
    [[450 hygiene kits|aid;a=the National Institute for Disaster Risk Management (INGD)]]. Residents
    said [[at least 15 young men|missing;a=Residents]] were taken away in the raids and had not been
    seen since. The Catholic diocese said [[some 500 people|displaced;a=The Catholic diocese]] were
    sheltering in the cathedral compound. Classes for the {{2025}} school year are due to start on {{January 31}}.""",
)

item(
    "Milange villagers cross into Malawi after police raids",
    """Villagers from Milange district in Mozambique's Zambézia province have crossed into Malawi's
    Mulanje district after police raids on homes of suspected protest organisers, Malawian
    officials said. Mulanje's district commissioner, Mwayi Phiri, said
    [[about 1,900 Mozambicans|displaced;a=Mwayi Phiri]] had
    arrived since {{November 30}}, most of them women and children. They are staying in
    [[two primary schools|capacity]] and with relatives in border villages. Phiri said
    [[nine of the new arrivals|injured;a=Phiri]] had been treated for gunshot wounds at Mulanje
    District Hospital. In Milange town, residents said police had burned
    [[some 40 houses|housing;a=residents]] and detained [[dozens of young men|arrested;a=residents]].
    Phiri said the district had asked for food for [[700 households|aid;a=Phiri;p]]. Mozambique's
    police did not respond to questions.""",
)

item(
    "Coal trucks stranded as Moatize road blocked",
    """Protesters blocked the road between Tete city and the coal mines of Moatize for
    {{six days}}, leaving [[more than 500 trucks|other;a=the Tete Transporters' Association]]
    stranded, the Tete Transporters' Association said. The miner Vulcan said it had evacuated
    [[200 to 250 workers|displaced;a=Vulcan]] from its camp and halted rail shipments to the port
    of Nacala. Police cleared the blockade on {{November 20}}, killing
    [[one protester|killed;a=relatives]] and wounding [[seven|injured;a=relatives]], relatives
    said. Tete's police commander said [[31 people|arrested;a=Tete's police commander]] were
    detained. [[Some 1,500 families|civilians;a=the district administration]] in the resettlement
    village of Cateme were cut off from water deliveries, the district administration said. Coal
    exports, worth about {{$2 billion}} a year, account for nearly {{a third}} of
    Mozambique's goods exports.""",
)

item(
    "Beira mayor condemns police killing of two students",
    """Beira's mayor, Albano Carige, condemned the shooting of
    [[two university students|killed]] by police during a march in the port city on
    {{December 24}}. Police said officers had fired warning shots and that
    [[five officers|injured;a=Police]] had been hurt by stones. The Centre for Public Integrity
    (CIP), a Maputo think tank, said [[at least 14 people|injured;a=The Centre for Public Integrity
    (CIP)]] were treated at Beira Central Hospital. [[Some 80 shops|housing]] and
    [[three fuel stations|housing;u=structure;n=stations]] were looted in the Munhava and Manga
    districts. Police said [[32 people|arrested;a=Police]] were detained. The city council said it would deploy [[300 municipal police|combatants;a=The city
    council;p;n=police]] to guard markets over the holiday.""",
)

item(
    "Zimbabwe closes Machipanda crossing as unrest spreads to Manica",
    """Zimbabwe closed the Forbes-Machipanda border post on {{December 26}} after unrest in the
    Mozambican city of Chimoio spread to the frontier, leaving
    [[about 1,200 trucks|other;a=Zimbabwe's revenue authority]] waiting on both sides, Zimbabwe's
    revenue authority said. Zimbabwe's home affairs ministry said
    [[over 600 Mozambicans|displaced;a=Zimbabwe's home affairs ministry]] had crossed into
    Mutare seeking refuge and were being held at a reception centre. The centre, a school hall, has
    room for [[200 people|capacity]]. In Chimoio,
    [[two people|killed;a=police]] died when police fired on crowds looting a warehouse, police
    said. Local journalists counted [[at least 25 shops|housing;a=Local journalists]] and
    [[one grain warehouse|housing;u=structure]] ransacked. By {{January 3}},
    [[some 450 of the Mozambicans|returned;a=the ministry;alt=Zimbabwe's home affairs ministry;n=Mozambicans]]
    had gone home, the ministry said.""",
)

item(
    "Cabo Delgado aid cut as unrest reaches Pemba",
    """The World Food Programme suspended food distributions in parts of Cabo Delgado after
    protesters looted [[two warehouses|housing;u=structure;a=the agency;alt=The World Food Programme]] in Pemba, the agency said on
    {{November 15}}. WFP said [[about 60,000 people|aid;a=WFP]] in camps for those displaced by the
    insurgency would miss their {{November}} rations. The agency said
    [[some 400 tonnes|aid;a=The agency;alt=WFP]] of maize and beans had been taken. OCHA said
    [[1.3 million people|civilians;a=OCHA]] in Cabo Delgado, Niassa and Nampula needed aid even
    before the unrest. Insurgents linked to the Islamic State attacked
    [[three villages|other;a=the International Organization for Migration]] near Macomia the same week, forcing
    [[an estimated 4,500 people|displaced;a=the International Organization for Migration]] to flee,
    the International Organization for Migration said. The agency says
    [[some 580,000 people|displaced;a=The agency;alt=the International Organization for
    Migration]] remain displaced in the province.""",
)

item(
    "Frelimo offices burned across Niassa",
    """Protesters burned [[at least nine Frelimo offices|housing;u=structure;a=the party]] across
    Niassa province over the weekend, the party said on {{December 30}}. In Lichinga, the
    provincial capital, a mob beat [[two party officials|killed;a=police]] to death, police said,
    and [[four others|injured;a=police]] were taken to hospital. Police said
    [[38 people|arrested;a=Police]] had been detained in Lichinga and Cuamba. Frelimo said
    [[more than 20 families|displaced;a=Frelimo]] of its local leaders had left their homes. The
    provincial government said [[about 1,500 police and soldiers|combatants;a=The provincial
    government;n=police and soldiers]] were now deployed in the province. Frelimo said
    [[three of its members|kidnapped;a=Frelimo;n=members]] had been abducted in Cuamba.""",
)

item(
    "South African tourists evacuated from Inhambane lodges",
    """[[More than 1,000 South African tourists|displaced;a=South Africa's Department of
    International Relations]] were evacuated from beach lodges around Vilankulo and Tofo over
    Christmas as roads in Inhambane province were blocked, South Africa's Department of
    International Relations said. The department said [[about 45 vehicles|other;a=The
    department;alt=South Africa's Department of International Relations]] travelled in
    escorted convoys to the Komatipoort border post. Lodge owners said
    [[some 30 lodges|other;u=other;a=Lodge owners]] had closed until {{mid-January}}. In Maxixe,
    police shot dead [[one protester|killed]] at a roadblock, and
    [[11 people|arrested]] were detained. The province's tourism association said
    [[about 2,000 workers|other;a=The province's tourism association]] had been sent home without
    pay. [[Two lodges|housing;u=structure]] near Tofo were set on fire.""",
)

item(
    "Mocuba officers lynched, police raids follow",
    """A crowd in Mocuba, in Zambézia province, killed [[two police officers|killed;a=the Ministry
    of the Interior]] on {{January 11}} after officers shot a street vendor, the Ministry of the
    Interior said. In the raids that followed, residents said,
    [[at least six people|killed;a=residents]] were shot dead and
    [[about 90 houses|housing;a=residents]] searched or burned. Plataforma Decide said
    [[22 young men|kidnapped;a=Plataforma Decide]] were taken from their homes by men in uniform
    and that the whereabouts of [[nine|missing;a=Plataforma Decide]] were unknown. The
    government sent [[200 riot police|combatants;n=police]] to the town.""",
)

item(
    "Relief agency asks for tents and food for displaced in the north",
    """Mozambique's disaster management institute, INGD, said on {{January 20}} that it needed
    [[5,000 tents|aid;a=INGD;p]] and food for [[about 8,000 households|aid;a=INGD;p]] displaced by
    the post-election violence in Nampula, Zambézia and Niassa. INGD said it had registered
    [[some 34,000 people|displaced;a=INGD]] in [[17 temporary sites|capacity;a=INGD]], most of them
    schools and churches. Its president, Luísa Meque, said [[only 1,800 tents|aid;a=Luísa Meque]]
    had been delivered so far and that [[the 12 sites|capacity;a=Luísa Meque;n=sites]] in schools
    would have to be emptied before classes began. The UN's humanitarian coordinator said
    [[up to 60,000 people|displaced;a=The UN's humanitarian coordinator;p]] could be displaced if
    the violence continued.""",
)

item(
    "Amnesty says bodies held at Nampula morgue unidentified",
    """Amnesty International said on {{February 4}} that
    [[at least 19 bodies|killed;a=Amnesty International]] of people killed during the unrest had
    lain unidentified in the morgue of Nampula Central Hospital for weeks. The group said
    [[the families of 31 young men|missing;a=The group;alt=Amnesty International;n=men]] from the
    city's outlying neighbourhoods had reported them missing. Amnesty said
    [[about 70 people|arrested;a=Amnesty]] were still held without charge in Nampula's provincial
    prison. Its regional director, Tigere Chagutah, said police had killed
    [[more than 50 people|killed;a=Tigere Chagutah]] in Nampula province alone since {{October}}.
    The provincial police said [[only 14|killed;a=The provincial police]] had died in
    confrontations with officers. Amnesty said it had interviewed
    [[42 relatives|other;a=Amnesty]] of the dead and missing.""",
)

item(
    "Podemos members seized in Cuamba and Gurué",
    """Armed men abducted [[four Podemos members|kidnapped;a=the party]] in Cuamba and
    [[three|kidnapped;a=the party]] in Gurué in the first week of January, the party said. A party
    spokesman, Inácio Mussa, said [[two of those taken|kidnapped;a=Inácio Mussa;n=-]] were freed
    on a roadside near Alto Molócuè after {{three days}}. The body of
    [[one member|killed;v=1;n=member]] was found in the Lúrio river. Podemos, which won
    {{43 seats}} in parliament, says [[more than 70 of its members|arrested;a=Podemos;n=members]]
    have been detained since the elections. [[Dozens of families|displaced;a=the party]] of local
    Podemos officials have left Cuamba for Nampula city, the party said. Police said they knew of no
    abductions.""",
)

item(
    "Podemos deputies sworn in as party counts detained members",
    """Podemos said on {{January 13}} that [[312 of its members|arrested;a=Podemos;n=members]] had
    been detained since the {{October 9}} election and that
    [[about 140|arrested;a=Podemos]] were still in custody. The party said
    [[27 members|killed;a=The party;alt=Podemos]] had been killed, including
    [[two candidates|killed;a=The party;alt=Podemos]] for provincial assemblies. The party's
    deputies took their seats the same day despite Mondlane's call for a boycott. Party
    leader Albino Forquilha said [[eight members|missing;a=Party leader Albino Forquilha]] were
    unaccounted for. Forquilha said [[two members|kidnapped;a=Forquilha]] had been abducted in
    Matola in the past week. The police said all detainees had been brought before a judge within
    {{48 hours}}.""",
)

item(
    "Explainer: the phases of Mondlane's protest calendar",
    """Venâncio Mondlane called his protests in phases, each announced in live broadcasts on social
    media. The first, a general strike, began on {{October 21}} and lasted {{two days}}. The
    {{third phase}}, from {{October 31}} to {{November 7}}, ended with the march on Maputo. In
    {{December}} he declared a "{{Turbo V8}}" phase and asked drivers to stop their cars at
    {{noon}} and sing the national anthem. After the court ruling of {{December 23}} he announced
    {{five days}} of national shutdown. His broadcasts often lasted more than {{two hours}} and
    were watched live on Facebook and YouTube far beyond Mozambique's borders.""",
)

item(
    "Bread prices jump in Nampula as flour runs short",
    """The price of a loaf of bread in Nampula rose to {{15 meticais}} from {{10 meticais}} in
    {{December}} as blockades cut flour deliveries from the port of Nacala, the city's bakers'
    association said. A {{50-kilogram}} bag of maize meal sold for {{1,900 meticais}}, up {{27%}}
    on the month. Fuel was rationed to {{20 litres}} a car for {{a week}}. Annual inflation in the
    province reached {{6.1%}} in {{January 2025}}, the statistics institute said.""",
)
