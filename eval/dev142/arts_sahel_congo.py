"""The Sahel and Lake Chad (Burkina Faso, Mali, Niger, Benin, Chad) and the eastern DRC: army
communiques, jihadist claims, M23 and FARDC claims, UN tolls and the displaced (9 texts
with figures, 1 without)."""

from _wrap import item

item(
    "Burkina army says more than 100 'terrorists' neutralised near Djibo",
    """Burkina Faso's army said it had "neutralised" [[more than 100 terrorists|killed;a=Burkina
    Faso's army]] in an operation near Djibo, in a statement read on state television RTB on
    Monday evening. The army said [[eight soldiers|killed;a=The army;alt=Burkina Faso's army]]
    and [[four VDP auxiliaries|killed;a=The army;alt=Burkina Faso's army]] had been killed in
    the fighting. JNIM, al-Qaeda's Sahel affiliate, said in a claim relayed by the SITE
    Intelligence Group that it had killed [[more than 50 soldiers|killed;a=JNIM]] and seized
    [[12 vehicles|other;a=JNIM]] in its attack on the Djibo base. Security sources told AFP
    that [[around 60 soldiers|killed;a=Security sources]] and
    [[dozens of civilians|killed;a=Security sources]] had been killed. Neither toll could be
    verified independently: the junta, in power since {{2022}}, rarely publishes its own losses
    and has suspended several foreign media. [[More than 2 million people|displaced;a=the last
    official figures]] were internally displaced in Burkina Faso, according to the last
    official figures, published in {{March 2023}}.""",
)

item(
    "Jihadist attack on Bamako police school and airport kills more than 70",
    """Jihadist attacks on a gendarmerie training school and the military airport in Bamako
    killed [[more than 70 people|killed;a=a security source]] and wounded
    [[over 200|injured;a=a security source]], a security source told Reuters on Wednesday,
    the first such attack on the Malian capital in years. JNIM claimed the assault and said its
    fighters had killed and wounded [[hundreds|killed;a=JNIM]], including members of Russia's
    Wagner Group, without providing evidence. The army's general staff said the situation was
    under control and that [[20 suspects|arrested;a=The army's general staff]] had been
    arrested. Flights at Modibo Keita international airport were suspended for several hours
    and [[two aircraft|other;a=airport officials]], including a presidential plane, were
    damaged, airport officials said. Le Monde, citing internal documents, later put the toll
    at [[77 dead|killed;a=Le Monde]] and [[255 wounded|injured;a=Le Monde]]. Authorities have
    not released an official toll. A funeral was held on Thursday
    for [[about 50 gendarmerie students|killed;a=witnesses]], witnesses said.""",
)

item(
    "Gunmen kill 44 civilians at mosque in western Niger",
    """Gunmen killed [[44 civilians|killed;a=Niger's interior ministry]] during Friday prayers
    at
    a mosque in Fambita, in the Tillaberi region, Niger's interior ministry said, blaming the
    Islamic State in the Greater Sahel. The ministry said [[13 others|injured;a=The
    ministry;alt=Niger's interior ministry]] were wounded, and declared {{three days}} of
    national mourning. Residents said the attackers arrived on
    [[about 30 motorcycles|other;a=Residents]] and burned [[a dozen shops|housing;a=Residents]]
    before leaving. A local
    official said [[about 500 people|displaced;a=A local official]] had fled Fambita for the
    town of Tera. The defence ministry later said its troops had killed
    [[about 30 terrorists|killed;a=The defence ministry]] in a pursuit operation near the
    border with Mali, a claim that could not be verified.""",
)

item(
    "Benin says 54 soldiers killed in jihadist attack in W park",
    """[[Fifty-four soldiers|killed;a=Benin's government]] were killed in a jihadist attack in
    the W National Park near the borders with Niger and Burkina Faso, Benin's government said
    on Thursday, revising an earlier toll of [[eight|killed;a=Benin's government]]. JNIM said
    it had killed [[about 70 soldiers|killed;a=JNIM]]. It was the deadliest attack on Benin's
    army, which has deployed [[about 3,000 troops|combatants]] in the north under Operation
    Mirador.""",
)

item(
    "Chad launches operation after Boko Haram kills 40 soldiers on lake island",
    """[[Forty soldiers|killed;a=Chad's presidency]] were killed when Boko Haram fighters
    overran an army base on Barkaram island in Lake Chad overnight, Chad's presidency said on
    Monday. President Mahamat Idriss Deby flew to the area, about {{200 km}} from N'Djamena, and
    announced an operation to hunt down the attackers. {{Two weeks}} later the army said it had
    killed [[96 Boko Haram fighters|killed;a=the army]] and lost
    [[15 soldiers|killed;a=the army]], and that [[32 others|injured;a=the army]] had been
    wounded. Boko Haram did not comment. The attackers also
    seized [[about 20 vehicles|other;a=a military source]] and burned the base's fuel depot, a
    military source
    said. Chad hosts [[more than 1.2 million refugees|displaced;
    v=1200000]], most of them from Sudan.""",
)

item(
    "Some 3,000 killed in fighting for Goma, UN says",
    """[[Some 3,000 people|killed;a=the United Nations]] were killed in the fighting for Goma in
    late January, the United Nations said on Friday, and
    [[2,880 bodies|killed;a=the United Nations]] have been buried by the city's authorities
    and aid groups. The {{M23}} rebels, who took control of the city after a week of fighting,
    disputed the figures and accused the army of killing civilians as it retreated. {{M23}}
    spokesman Lawrence Kanyuka said on X that [[more than 2,000 Congolese soldiers|arrested;
    a=Lawrence Kanyuka]] had surrendered and would be "retrained". Congolese government
    spokesman Patrick Muyaya said [[more than 7,000 people|killed;a=Patrick Muyaya]] had been
    killed in the east since January. The International Committee of the Red Cross said it had
    evacuated [[more than 600 wounded|injured;a=The International Committee of the Red
    Cross]] to Goma's hospitals. [[Some 4,000 inmates|other]] escaped from Munzenze prison on
    the night the rebels entered the city. [[At least 165 women|killed;a=a UN internal
    document]] held there were raped and burned to death when fire swept through the women's
    wing, according to a UN
    internal document seen by Reuters.""",
)

item(
    "Goma's displacement camps empty after M23 orders departures",
    """[[Some 110,000 people|returned;a=the UN refugee agency (UNHCR)]] have left displacement
    camps around Goma and headed back to their villages since the {{M23}} ordered them to leave
    within {{72 hours}}, the UN refugee agency (UNHCR) said on Tuesday. Before the fall of the
    city, [[about 650,000 displaced people|displaced;a=the UN]] lived in
    [[more than 100 sites|capacity;a=the UN]] around Goma, according to the UN. The
    {{M23}}-appointed governor of North Kivu, Joseph Bahati Musanga, said
    [[about 70,000|returned;a=Joseph Bahati Musanga]] had gone home voluntarily and denied
    that anyone had been forced out. Residents of Bulengo and Lushagala camps told Actualite.cd
    that armed men had gone from shelter to shelter at night ordering families to pack. The
    Norwegian Refugee Council said [[1,500 shelters|housing;a=The Norwegian Refugee Council]]
    had been dismantled in Bulengo camp alone, and that many returnees found their fields
    occupied and their homes destroyed. In Sake, {{25 km}} to the west,
    [[more than 30,000 returnees|returned;a=local authorities]] had registered by the end of
    the week, local authorities said. Humanitarian agencies warned that
    [[at least 3,500 unaccompanied children|displaced;a=Humanitarian agencies]] had been
    separated from their families in the chaos. The UN says [[about 7 million people|displaced;
    a=The UN]] are displaced across Congo, most of them in the eastern provinces.
    [[Tens of thousands|displaced;a=UNHCR]] more have fled to Burundi, Uganda and Rwanda
    since January, according to UNHCR.""",
)

item(
    "ADF attack on Komanda church kills at least 43",
    """[[At least 43 people|killed;a=Dieudonne Duranthabo]] were killed overnight in an attack
    by Allied Democratic Forces (ADF) rebels on a Catholic church in Komanda, Ituri province,
    Dieudonne Duranthabo, civil society coordinator in Komanda, told Actualite.cd. The FARDC
    spokesman in Ituri, Lieutenant Jules Ngongo, put the toll at
    [[21|killed;a=Jules Ngongo]], and said [[at least 10 worshippers|kidnapped;a=Jules
    Ngongo]] had been taken into the forest by the attackers. MONUSCO said its peacekeepers
    had evacuated [[15 wounded|injured;a=MONUSCO]] to the hospital in Bunia. The attackers also
    set fire to
    [[at least five houses|housing]] and several shops near the church. The Islamic State
    group, to which the ADF pledged allegiance, claimed the attack and said its fighters had
    killed [[about 45 Christians|killed;a=The Islamic State group]]. The ADF has killed
    [[more than 1,000 civilians|killed;a=the UN]] in North Kivu and Ituri since {{2024}},
    according to the UN.""",
)

item(
    "Kinshasa and Kigali sign peace agreement in Washington",
    """The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace
    agreement in Washington on {{June 27}}, under which Rwanda is to end its support for the
    {{M23}} within {{90 days}}. The deal builds on Security Council Resolution {{2773}}, adopted
    in {{February 2025}}, which demanded that the rebels withdraw from the areas they hold. The
    {{M23}} was not party to the talks and said it would negotiate separately in Doha. A joint
    security coordination mechanism is to meet within {{30 days}}.""",
)

item(
    "FARDC says 80 rebels killed as M23 accuses army of bombing civilians",
    """The FARDC said on Tuesday they had repelled an AFC/{{M23}} offensive towards Walikale,
    killing [[more than 80 rebels|killed;a=The FARDC]]. AFC/{{M23}} spokesman Lawrence Kanyuka
    accused the army and its Wazalendo allies of killing [[12 civilians|killed;a=Lawrence
    Kanyuka]] in strikes by {{Sukhoi Su-25}} jets on villages in Masisi, and said the rebels had
    shot down [[one drone|other;u=other;a=Lawrence Kanyuka]]. Local sources in Walikale told
    Actualite.cd that [[at least 6,000 families|displaced;a=Local sources in Walikale]] had
    fled towards Kisangani. Civil society in Masisi said
    [[14 bodies|killed;a=Civil society in Masisi]] had been found in Nyabiondo. The
    International Committee of the Red Cross said it had treated
    [[more than 40 people|injured;a=The International Committee of the Red Cross]] with
    weapon wounds in Walikale in the past week. None of the claims could be independently
    verified, and the army did not say how many of its own soldiers had been killed.""",
)
