"""Items of dev306: Benue, Plateau and Nasarawa (farmer-herder killings, burned villages,
displacement camps and returns)."""

from _wrap import item

item(
    "Yelwata: Benue buries victims of overnight massacre",
    """Gunmen killed [[at least 100 people|killed;a=Amnesty International]] in Yelwata, Guma local
    government area, in an overnight attack, Amnesty International said on {{June 14, 2025}}.
    Local officials put the toll at [[between 150 and 200|killed;a=Local officials;n=-]]. The
    Benue State Police Command said [[59 bodies|killed;a=The Benue State Police Command]] had been
    recovered by {{Saturday}} evening. Many of the victims were displaced farmers sleeping in a
    market, and [[dozens of people|missing;a=residents]] are still missing, residents said. Doctors at the Benue State University Teaching Hospital said they had
    treated [[more than 60 people|injured;a=Doctors at the Benue State University Teaching
    Hospital]] with gunshot and machete wounds. The Benue State Emergency Management Agency said
    [[about 3,000 people|displaced;a=The Benue State Emergency Management Agency]] had fled to
    Daudu and Makurdi. Police said [[nine suspects|arrested;a=Police]] were in custody.""",
)

item(
    "Plateau Christmas Eve attacks: toll rises to nearly 200",
    """The death toll from attacks on villages in Bokkos and Barkin Ladi has risen to [[nearly 200|
    killed;a=the Plateau State government;n=-]], the Plateau State government said. Bokkos council
    chairman Monday Kassah said gunmen hit [[at least 20 communities|other;a=Bokkos council
    chairman Monday Kassah;u=other]] over {{two nights}} from {{December 24, 2023}}. Kassah said
    [[more than 300 people|injured;a=Kassah]] were being treated in Bokkos and Jos. The Plateau
    State Emergency Management Agency said [[over 10,000 people|displaced;a=The Plateau State
    Emergency Management Agency]] had fled. [[Some 221 houses|housing]] were burned. The army
    said it had arrested [[eight suspects|arrested;a=The army]] and deployed [[an additional 500 troops|combatants;a=The army]]. [[Twenty-eight people|missing]] remain unaccounted for.""",
)

item(
    "Agatu returnees find villages in ruins",
    """[[About 7,000 people|returned;a=the Agatu local government council]] have gone back to
    Agatu, {{eight months}} after herdsmen attacked the area, the Agatu local government council
    said. The council said [[more than 2,000 homes|housing;a=The council;alt=the Agatu local
    government council]] were destroyed in {{February 2016}}, when [[an estimated 300 people|
    killed;a=The council;alt=the Agatu local government council]] were killed. The Benue
    government has promised to rebuild [[500 houses|housing;a=The Benue government;p]] in the
    first phase. Returnees said [[10 primary schools|housing;a=Returnees]] had no roofs. [[Some
    40,000|displaced;n=-]] are still in camps in Otukpo and Makurdi.""",
)

item(
    "MSF warns of disease in Benue displacement camps",
    """Medecins Sans Frontieres said its teams had treated [[more than 4,300 people|aid;a=Medecins
    Sans Frontieres]] for malaria in displacement camps around Makurdi in {{July}}. The charity
    said [[about 160,000 people|displaced;a=The charity;alt=Medecins Sans Frontieres]] were
    living in official and informal camps in Benue. It said the Abagena camp, built for [[5,000
    people|capacity;a=Medecins Sans Frontieres]], now holds [[nearly 12,000|displaced;a=Medecins
    Sans Frontieres;n=-]]. MSF said [[31 children|killed;a=MSF]] had died of malaria and
    diarrhoea since {{May}}. The charity has built [[150 latrines|aid;a=The charity;
    alt=Medecins Sans Frontieres]] and [[20 showers|aid;a=The charity;alt=Medecins Sans
    Frontieres;u=other]], it said. "We see [[about 200 patients a day|aid;a=project coordinator Ann Olaniyan]]," said project coordinator Ann Olaniyan.""",
)

item(
    "Mangu violence displaces thousands as curfew extended",
    """Fighting between Mwaghavul farmers and Fulani herders in Mangu has displaced [[more than
    15,000 people|displaced;a=the Plateau State Emergency Management Agency]], the Plateau State
    Emergency Management Agency said. The agency counted [[at least 85 people|killed;a=The agency;
    alt=the Plateau State Emergency Management Agency]] killed since {{May 16}}. Police said
    [[up to 300 houses|housing;a=Police]] and [[12 places of worship|housing;n=places;
    u=structure;a=Police]] had been burned. The state government extended the {{24-hour}} curfew
    and said it had deployed [[1,200 police and soldiers|combatants;a=The state government;n=police and soldiers]].
    Displaced residents were sheltering in [[six camps|capacity]] in Mangu town. Police said
    [[46 suspects|arrested;a=Police]] had been arrested for arson and murder.""",
)

item(
    "Nasarawa: herders and farmers clash in Keana",
    """Clashes between Tiv farmers and Fulani herders near Keana in Nasarawa State killed [[14
    people|killed;a=police]], police said. Nasarawa police spokesman Ramhan Nansel said [[20 to
    25 houses|housing;a=Nasarawa police spokesman Ramhan Nansel]] were burned. He said
    [[about 50 cows|other;a=Ramhan Nansel;n=cows;u=other]] were killed. Residents said [[hundreds
    of people|displaced;a=Residents]] fled to Lafia. The state government said it would send
    a team of [[30 mediators|other;a=The state government;p]] to the area. [[Six people|arrested]] were detained. [[At least eight people|injured;a=a hospital source]] were treated in Lafia, a hospital source said.""",
)

item(
    "Riyom village attacked hours after peace meeting",
    """Gunmen killed [[12 people|killed;a=the Berom Youth Moulders Association]] in Tahoss village,
    Riyom local government area, hours after a peace meeting, the Berom Youth Moulders
    Association said. Among the dead were [[five women|killed]] and [[three children|killed]]. The association said [[another three|injured;a=The association;alt=the Berom Youth
    Moulders Association;n=-]] were in hospital in Jos. The Special Task Force, Operation Safe
    Haven, said it had deployed troops and arrested [[two suspects|arrested;a=The Special Task
    Force]]. Residents said [[between 20 and 25 houses|housing;a=Residents]] were burned. [[About 40 households|displaced]] moved to a primary school in Riyom town.""",
)

item(
    "Benue IDPs protest food shortages in Makurdi",
    """[[Hundreds of displaced people|displaced]] from camps in Guma marched in Makurdi on
    {{Thursday}} to protest food shortages. The Benue State Emergency Management Agency said [[about 2 million displaced people|displaced;a=The Benue State Emergency Management Agency]] live in [[27 camps|capacity;a=The Benue State Emergency Management Agency]] and host communities. Its executive secretary, James Iorpuu, said the agency distributed
    [[1,500 bags|aid;a=James Iorpuu]] of rice and [[700 cartons|aid;a=James Iorpuu]] of noodles
    last month. He said [[about 20,000 households|aid;a=James Iorpuu]] received cash transfers of
    {{N25,000}} each. Protesters said [[three children|killed;a=Protesters]] died of hunger in
    the Ichwa camp this month.""",
)

item(
    "Plateau: gunmen kill miners in Wase",
    """Gunmen killed [[nine miners|killed;a=a local official]] at a tin-mining site in Wase, a local
    official said. [[Five others|kidnapped;a=the official;alt=a local official]] were taken, the
    official said. Residents said [[as many as 70 gunmen|combatants;a=Residents]] took part. The
    Wase area has seen [[more than 100 people|kidnapped;a=police]] abducted this year, police said. [[Dozens of miners|displaced]] left for Jos after the attack. Troops from
    Operation Safe Haven rescued [[four of the captives|kidnapped;n=captives]] the next day.""",
)

item(
    "Benue: herders kill 17 in Logo, villagers say",
    """Suspected herders killed [[17 people|killed;a=villagers]] in attacks on two villages in
    Logo local government area, villagers said. Logo council chairman Richard Nyajo said
    [[another 12|missing;a=Logo council chairman Richard Nyajo;n=-]] were unaccounted for and
    [[at least 50 houses|housing;a=Logo council chairman Richard Nyajo]] were burned. Police put
    the toll at [[11|killed;a=Police;n=-]]. The Benue Livestock Guards arrested [[four herders|
    arrested]] and impounded [[320 cattle|other]] for breaching the anti-open grazing law. The Logo local government council said [[about 6,000 people|displaced;a=The Logo local government council]] had fled to Ugba.""",
)

item(
    "Bassa: Irigwe community buries dead",
    """Irigwe leaders in Bassa local government area buried [[23 people|killed;a=the Irigwe
    Development Association]] killed in attacks on Miango and nearby villages, the Irigwe
    Development Association said. The association said [[more than 140 houses|housing;a=The
    association;alt=the Irigwe Development Association]] were burned and {{400 hectares}} of crops destroyed. [[Seven villages|housing;u=other]] were razed. [[About 2,600 people|displaced]] were sheltering in
    Miango town. The Plateau government said it had sent [[two trucks|aid;a=The Plateau
    government]] of food and [[500 blankets|aid;a=The Plateau government]].""",
)

item(
    "Benue resettles displaced families in Guma",
    """The Benue State government resettled [[2,000 displaced households|returned;a=The Benue
    State government]] in [[14 communities|other;u=other]] in Guma local government area, it said.
    Governor Hyacinth Alia said the state had built [[1,000 housing units|housing;a=Governor
    Hyacinth Alia]] and [[four schools|housing;a=Governor Hyacinth Alia]] for returnees. He said
    [[a further 3,500 households|returned;a=Hyacinth Alia;p]] would be resettled by the end of
    {{2026}}. [[About 600 soldiers and police|combatants;n=soldiers and police]] guard the new
    settlements. Returnees said [[two farmers|killed;a=Returnees]] were killed near Yelwata last
    week.""",
)

item(
    "Plateau's Bokkos: survivors in camps still waiting",
    """{{Six months}} after the Christmas Eve attacks, [[about 8,000 survivors|displaced;a=camp
    officials]] are still in [[seven camps|capacity;a=camp officials]] in Bokkos, camp officials
    say. The camps were meant to hold [[no more than 3,000 people|capacity]]. Camp manager Esther
    Dung said [[32 pregnant women|civilians;a=Camp manager Esther Dung]] and [[410 children
    under five|civilians;a=Camp manager Esther Dung;n=children]] were registered. She said [[only
    120 households|returned;a=Esther Dung]] had gone back to their villages. The UN's
    International Organization for Migration said it had distributed [[1,100 shelter kits|aid;
    a=The UN's International Organization for Migration]].""",
)

item(
    "Benue: gunmen ambush Livestock Guards",
    """Armed herders ambushed Benue Livestock Guards near Tse Akaa, killing [[five guards|killed;
    a=the state government]], the state government said. [[Three|injured;n=-]] were wounded and
    [[one guard|missing]] is missing. The state has [[about 1,000 guards|combatants;a=the state government]] enforcing the grazing law, it said. Villagers said the
    herders numbered [[more than 30|combatants;a=Villagers;n=-]]. Troops of Operation Whirl
    Stroke later killed [[two attackers|killed;a=the army]] and arrested [[12 herders|arrested;a=the army]], the army said.""",
)

item(
    "Benue anti-open grazing law marks anniversary",
    """Benue's Open Grazing Prohibition and Ranches Establishment Law came into force on {{November
    1, 2017}}. Herders were given {{six months}} to comply. Ranches must have at least {{10
    hectares}}, and the fine for a first offence is {{N1 million}}. A survey found {{72 per
    cent}} of farmers backed the law. The law was amended in {{2019}}.""",
)

item(
    "Plateau sets 2026 budget for peace agency",
    """The Plateau Peace Building Agency gets {{N3.2 billion}} in the {{2026}} budget, the
    commissioner for finance said on {{November 20}}. That is {{18%}} more than in {{2025}}. The
    agency, created in {{2016}}, marks its {{tenth}} year in office. Its budget for the {{2026
    fiscal year}} covers {{17}} local government areas. The assembly approved it in {{90
    minutes}}.""",
)
