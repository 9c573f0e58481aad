"""Sudan (Darfur, Blue Nile, Kordofan, the east), DRC's Ituri and Cameroon (Logone-Birni, the
North-West, Adamawa), 2016-2025: tribal clashes, camp attacks, refugees, reconciliation."""

from _wrap import item

item(
    "Tribal clashes in El Geneina kill dozens",
    """Clashes between Masalit and Arab tribesmen in El Geneina, the capital of Sudan's West
    Darfur state, have killed [[at least 54 people|killed;a=the Sudan Doctors' Committee]] and
    wounded [[more than 60|injured;a=the Sudan Doctors' Committee]], the Sudan Doctors'
    Committee said on Monday. Armed men set fire to shelters in the Krinding camp for displaced
    people, and the UN said [[some 32,000 people|displaced;a=the UN]] had fled it. The
    government declared a state of emergency in the state.""",
)

item(
    "Blue Nile violence: toll passes 100",
    """The death toll from fighting between Hausa and Berta communities in Sudan's Blue Nile
    state has risen to [[105|killed;a=the state health ministry]], the state health ministry
    said on Tuesday, with [[291 people|injured;a=the state health ministry]] wounded. The UN
    said [[around 17,000 people|displaced;a=The UN]] had fled, most of them to Damazin.""",
)

item(
    "Thousands displaced in Kulbus clashes",
    """Clashes between Gimir and Arab groups in the Kulbus area of West Darfur forced [[about
    14,000 people|displaced;a=OCHA]] from their homes in a week, OCHA said. [[At least eight
    villages|housing;a=local leaders]] were burned, local leaders said. A reconciliation
    conference in El Geneina agreed that blood money of {{$3,000}} would be paid for each person
    killed.""",
)

item(
    "Rizeigat and Fallata sign peace accord in Nyala",
    """Leaders of the Rizeigat and Fallata tribes signed a reconciliation accord in Nyala on
    Sunday after clashes in the Tulus area that killed [[at least 36 people|killed;a=the state
    government]], the state government said. The agreement provides for the return of [[3,400
    head of cattle|other;p]] seized during the fighting and the deployment of a joint force of
    [[600 police and soldiers|combatants;n=police and soldiers;p]] along the tribes' common
    border.""",
)

item(
    "Lagawa clashes displace families",
    """Fighting between Nuba and Misseriya groups in Lagawa, West Kordofan, displaced [[nearly
    5,000 families|displaced;a=the Humanitarian Aid Commission]], the Humanitarian Aid
    Commission said. It said [[19 people|killed;a=the Humanitarian Aid Commission]] had been
    killed and the town's market looted. Schools were closed for {{two weeks}}.""",
)

item(
    "Port Sudan curfew after Beja and Bani Amer clashes",
    """Authorities in Sudan's Red Sea state imposed a curfew on Port Sudan on Thursday after
    clashes between Beja and Bani Amer groups left [[at least 16 people|killed;a=the state's
    security committee]] dead, the state's security committee said. It said [[more than 120
    people|injured;a=the state's security committee]] had been hurt and [[81
    people|arrested;a=the state's security committee]] arrested. Police deployed armoured
    vehicles in the city's southern districts.""",
)

item(
    "Attack on Plaine Savo camp kills 60",
    """Militiamen from the CODECO group attacked a camp for displaced people at Plaine Savo in
    Ituri province overnight, killing [[at least 60 people|killed;a=the Red Cross]] with
    machetes and guns, the Red Cross said on Wednesday. The camp sheltered [[about 24,000
    people|displaced]], most of them Hema displaced by earlier attacks. A UN peacekeeping base
    is {{3 km}} away.""",
)

item(
    "Ituri violence sends boats across Lake Albert",
    """[[More than 40,000 Congolese refugees|displaced;a=the UN refugee agency]] have crossed
    Lake Albert into Uganda since clashes between Hema and Lendu communities erupted in Ituri in
    {{December}}, the UN refugee agency said on Friday. [[Four people|killed;a=the
    agency;alt=the UN refugee agency]] drowned when an overloaded canoe capsized on Wednesday,
    the agency said. Arrivals at Sebagoro landing site have reached [[up to 1,500 a
    day|displaced;a=the agency;alt=the UN refugee agency]], it added.""",
)

item(
    "MONUSCO rescues villagers in Djugu",
    """UN peacekeepers rescued [[26 civilians|kidnapped;a=the UN mission]] held by CODECO
    militiamen near Bule in Djugu territory, the UN mission said on Tuesday. The mission said it
    had deployed [[a further 200 troops|combatants;a=The mission;alt=the UN mission]] to the
    area after an attack on Drodro that killed [[44 people|killed;a=The mission;alt=the UN
    mission]] last week.""",
)

item(
    "Bunia site takes in new wave of displaced",
    """[[Some 6,500 people|displaced;a=the IOM]] have arrived at the Komanda displacement site
    in Ituri in {{10 days}}, the IOM said, fleeing attacks on villages in Irumu territory. The
    site now holds {{three times}} its capacity of [[12,000 people|capacity;a=the agency;alt=the
    IOM]], the agency said.""",
)

item(
    "Logone-Birni clashes send refugees into Chad",
    """Clashes between Arab Choa herders and Musgum fishermen over shrinking water points in
    Cameroon's Logone-Birni district killed [[at least 22 people|killed;a=Cameroonian
    officials]], Cameroonian officials said. The UN refugee agency said [[more than 30,000
    Cameroonians|displaced;a=The UN refugee agency]] had crossed into Chad and [[about
    7,000|displaced;a=The UN refugee agency]] had fled within Cameroon. [[Ten
    villages|housing;a=local officials]] were burned, local officials said.""",
)

item(
    "Herders and farmers clash in Cameroon's North-West",
    """Clashes between Mbororo herders and farmers near Wum in Cameroon's North-West region have
    killed [[nine people|killed;a=a local administrator]], a local administrator said. He said
    [[54 houses|housing;a=a local administrator]] and [[a dozen cattle enclosures|housing;
    u=structure;a=a local administrator]] were burned. The region has been hit by a separatist
    conflict since {{2017}}.""",
)

item(
    "Kidnappers seize herders in Cameroon's Adamawa",
    """Kidnappers seized [[11 Mbororo herders|kidnapped;a=an association of cattle breeders]] in
    the Mbere division of Cameroon's Adamawa region and demanded a ransom of {{20 million CFA
    francs}}, an association of cattle breeders said. The association said [[more than 300
    herders|kidnapped;a=The association;alt=an association of cattle breeders]] had been
    abducted in the region since {{2015}}.""",
)

item(
    "Sudanese tribes exchange prisoners",
    """The Misseriya and Rizeigat tribes exchanged [[48 men|other;a=state officials]] held since
    clashes last year over grazing land in West Kordofan, state officials said. Each side also
    paid compensation for the [[dozens|killed]] killed on both sides. Soldiers were posted at
    [[four water points|other;u=other]] along the disputed border.""",
)

item(
    "Kadugli curfew after Hawazma and Nuba clashes",
    """Authorities in Sudan's South Kordofan imposed a night curfew on Kadugli after clashes
    between Hawazma herders and Nuba residents of the town's El Gooz district killed [[13
    people|killed;a=a medical source]], according to a medical source. Residents said [[about 50
    shops|housing;a=Residents]] in the main market were looted and set on fire. The governor
    said a tribal committee would meet within {{72 hours}}.""",
)

item(
    "Kassala market burned after tribal fight",
    """[[Three people|killed;a=the police]] were killed and [[dozens of shops|housing;a=the
    police]] burned in Kassala's main market on Sunday when fighting broke out between Beni Amer
    and Nuba youths, the police said. The Sudanese Professionals Association called for the
    governor, appointed only {{three weeks}} earlier, to be replaced.""",
)

item(
    "Ituri militiamen register for demobilisation",
    """[[About 1,000 CODECO fighters|combatants;a=the provincial demobilisation programme]] have
    registered to lay down their weapons at a site near Djugu, the provincial demobilisation
    programme said. The programme said the fighters had handed over [[340 guns|other;a=The
    programme;alt=the provincial demobilisation programme]], mostly hunting rifles, and would
    each receive {{$100}} and training. A ceasefire agreed in {{2020}} collapsed within months.""",
)

item(
    "Congolese army arrests militia suspects in Djugu",
    """The Congolese army arrested [[17 suspected militiamen|arrested;a=an army spokesman in
    Ituri]] and seized [[11 firearms|other;a=an army spokesman in Ituri]] in an operation around
    Fataki, an army spokesman in Ituri said on Sunday. He said [[five soldiers|injured;a=an army
    spokesman in Ituri]] were wounded. The province has been under military rule since {{May
    2021}}.""",
)

item(
    "WFP reaches displaced in Djugu",
    """The World Food Programme said it had distributed rations to [[92,000 displaced
    people|aid;a=The World Food Programme]] in Djugu territory last month, but warned that
    [[around 1.2 million people|civilians;v=1200000;a=The World Food Programme]] in Ituri needed
    food aid. It said funding cuts had forced it to halve rations.""",
)

item(
    "Refugees return to Logone-Birni",
    """[[About 9,000 refugees|returned;a=Cameroon's territorial administration ministry]] have
    returned to Logone-Birni from Chad since a peace meeting between Arab Choa and Musgum
    leaders in Kousseri, Cameroon's territorial administration ministry said. It said [[another
    15,000|returned;p;a=Cameroon's territorial administration ministry]] were expected to return
    before the rainy season. Community vigilance committees with [[250 members|combatants;a=the
    ministry;alt=Cameroon's territorial administration ministry]] now patrol the water points,
    the ministry said.""",
)
