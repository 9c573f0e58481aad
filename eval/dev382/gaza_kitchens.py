"""dev382 items: community kitchens, bakeries, flour and food parcels, the truces and the returns
they allowed, the hostages and prisoners whose release framed them, and the fishermen, herders
and water points, 2024-2026."""

from _wrap import item

item(
    "Seven World Central Kitchen workers killed in Deir al-Balah",
    """An Israeli drone strike killed [[seven aid workers|killed;a=World Central Kitchen]] in Deir
    al-Balah on the night of {{1 April 2024}}, World Central Kitchen said. The dead included a
    Palestinian, [[three British citizens|killed]], an Australian, a Pole and a US-Canadian dual
    national. The charity said its convoy of [[three cars|other;a=The charity;alt=World Central
    Kitchen]] had been hit as it left a warehouse after unloading [[more than 100 tonnes|aid;a=The
    charity;alt=World Central Kitchen]] of food brought in by sea. WCK paused its work, and a ship
    carrying [[about 240 tonnes|aid;a=Cypriot officials]] of food turned back to Larnaca, Cypriot
    officials said. The charity said it had served [[more than 43 million meals|aid;a=The charity;
    alt=World Central Kitchen]] in Gaza since {{October}}. Israel's military called the strike a
    grave mistake and dismissed [[two officers|other;a=Israel's military]].""",
)

item(
    "Bakeries shut and kitchens ration as Israel's blockade bites",
    """All [[25 bakeries|other;u=structure;a=WFP]] supported by WFP in Gaza closed on {{31 March
    2025}} after flour and cooking gas ran out, WFP said. The agency said the [[177 community
    kitchens|other;u=structure;a=The agency;alt=WFP]] it still supplied were serving [[about 1
    million meals a day|aid;a=The agency;alt=WFP]] but would run out of food within {{two weeks}}. Aid officials said [[as many as 500 trucks|aid;a=Aid officials]] of food were stuck in Egypt and Jordan.
    Israel stopped all goods from entering Gaza on {{2 March}}, saying Hamas was stealing aid.
    COGAT said [[25,200 trucks|aid;a=COGAT]] had entered during the {{42-day}} truce that preceded
    the blockade. By the end of {{April}}, the number of kitchens still cooking had fallen to
    [[about 60|other;u=structure;a=the Palestinian NGO Network]], according to the Palestinian NGO
    Network, and they were feeding [[260,000 people|aid;a=the Palestinian NGO Network]].""",
)

item(
    "A day at a Deir al-Balah takiya",
    """In a yard in Deir al-Balah, volunteers light fires under {{200-litre}} steel pots at {{5
    am}}. By noon they have cooked lentil soup for [[about 2,000 people|aid;a=Abu Ahmad]], said Abu
    Ahmad, {{52}}, who runs the kitchen with his sons. "Every day [[hundreds
    more|civilians;n=-;a=Abu Ahmad]] come and go home with nothing," he said. Each week the kitchen
    receives [[30 sacks|aid]] of lentils and rice from Anera, a US charity. OCHA says [[about 170
    kitchens|other;u=structure;a=OCHA]] are operating across Gaza, producing [[about 600,000 meals
    a day|aid;a=OCHA]]. The takiya's workers are unpaid, and [[two of them|killed;n=-;a=Abu
    Ahmad]] were killed in an air strike in {{May}}, Abu Ahmad said.""",
)

item(
    "Bread returns: WFP bakeries reopen after the truce",
    """WFP said [[17 bakeries|other;u=structure;a=WFP]] it supports were working across Gaza on
    {{20 October 2025}}, producing [[about 100,000 bundles|aid;a=WFP]] of bread a day. It aimed to
    have [[30 bakeries|other;p;u=structure;a=the agency;alt=WFP]] running by {{December}}, the agency said. The
    bread is free and is handed out at [[about 60 distribution points|other]] run by WFP's
    partners. In Gaza City, the owner of the Ajour bakery said [[about 3,000
    people|civilians;a=the owner of the Ajour bakery]] lined up outside each morning. Before the
    war, Gaza had [[about 140 bakeries|other;u=structure]]. The owners' association says [[more
    than 100|housing;u=structure;a=The owners' association]] have been destroyed or damaged.""",
)

item(
    "Hundreds of thousands walk north past Netzarim",
    """[[More than 300,000 people|returned;a=Gaza's government media office]] crossed into northern
    Gaza on {{27 January 2025}}, the first day Israel allowed them back across the Netzarim
    corridor, Gaza's government media office said. Most walked along the coastal road, while
    [[thousands of cars|other]] queued for inspection on Salah al-Din Road. The return had been
    delayed by {{two days}} in a dispute over Arbel Yehud, one of [[three hostages|kidnapped;p]]
    Hamas agreed to free on {{Thursday}}. Many found nothing left. UNOSAT says {{92 percent}} of
    housing units in Gaza have been damaged or destroyed, [[about 160,000|housing;u=structure;
    a=UNOSAT]] of them destroyed. Gaza's civil defence estimates that [[about 10,000
    people|missing;a=Gaza's civil defence]] are still under the rubble. OCHA said [[more than
    500,000 people|returned;a=OCHA]] had crossed north within {{a week}}, and that the Shelter
    Cluster had delivered [[about 12,000 tents|aid;a=OCHA]] there.""",
)

item(
    "Truce brings Gazans back to Gaza City and hostages home",
    """[[Hundreds of thousands of people|returned]] walked back towards Gaza City along the coastal
    road on {{10 and 11 October 2025}}, after Israeli troops pulled back to a line that leaves
    about {{53 percent}} of the strip under their control. Gaza's civil defence said [[about 200,000
    people|returned;a=Gaza's civil defence]] had crossed the Wadi Gaza bridge northward by
    {{Saturday}} evening. The health ministry said [[more than 60 bodies|killed;a=The health
    ministry]] had been recovered from rubble in {{two days}}, and that [[about 9,500
    people|missing;a=The health ministry]] were still missing. Gaza's interior ministry said [[about 4,000 families|returned;a=Gaza's interior ministry]] had arrived back in Jabalia. Hamas freed [[the last 20 living
    hostages|kidnapped]] on {{13 October}}, and Israel released [[1,968 Palestinian prisoners and
    detainees|other;n=prisoners and detainees]] the same day.""",
)

item(
    "Khan Younis residents return to a flattened city",
    """[[Thousands of displaced Palestinians|returned]] walked back into Khan Younis on {{7 April
    2024}} after Israel withdrew the {{98th Division}} from the city, leaving a single brigade in
    the strip. The municipality said [[about 2,000 buildings|housing;a=The municipality]] had been
    destroyed in the centre alone. Civil defence said it had recovered [[283 bodies|killed;a=Civil
    defence]] from a mass grave in the grounds of Nasser hospital, and that [[about 1,000
    people|missing;a=Civil defence]] from the city were unaccounted for. Israel's military said it
    had killed [[thousands of militants|killed;a=Israel's military]] during {{four months}} of
    fighting in Khan Younis. OCHA said [[more than 60,000 people|returned;a=OCHA]] had gone back to Khan Younis by the end of the month. The UN said [[about 1.4 million people|displaced;a=The UN]] remained in Rafah.""",
)

item(
    "Flour for 13,000 families, and a deadly queue",
    """UNRWA said it had distributed {{25-kilogram}} sacks of flour to [[about 13,000
    families|aid;a=UNRWA]] in Deir al-Balah and Nuseirat on {{Sunday}}, its first general
    distribution in central Gaza in {{three weeks}}. The agency said [[another 20,000
    families|aid;p;a=The agency;alt=UNRWA]] were registered to receive flour this week, if trucks
    got through. [[Three people|killed;a=al-Aqsa hospital]], [[two of them girls|killed;a=al-Aqsa
    hospital]], were crushed to death in a queue outside a bakery in Deir al-Balah on {{29
    November 2024}}, al-Aqsa hospital said. WFP said only [[four bakeries|other;u=structure;
    a=WFP]] were operating in central and southern Gaza, and that it had [[about 1,200 food
    parcels|aid;a=WFP]] left in its warehouses. A sack of flour was selling for {{$300}}.""",
)

item(
    "Ramadan opens with a blockade",
    """Ramadan began in Gaza on {{1 March 2025}}, the day the first phase of the ceasefire expired,
    and on {{2 March}} Israel stopped all goods from entering. At the first iftar, at about {{5.40
    pm}}, families in Jabalia ate among the ruins at long tables draped in white. Prices rose
    within hours: a kilogram of sugar went from {{$2}} to {{$8}}, and a {{25 kg}} sack of flour
    from {{$10}} to {{$35}}. Traders said {{three-quarters}} of the market's stalls in Gaza City
    were empty by {{10 March}}. Umm Khaled, {{47}}, said she had been fasting on dates and
    tinned beans for {{a week}}.""",
)

item(
    "Charity kitchens in the north keep cooking through the strikes",
    """Anera said its partner kitchens in northern Gaza were serving [[about 250,000 hot meals a
    week|aid;a=Anera]] in {{June 2025}}, reaching [[about 18,000 families|aid;a=Anera]] in Jabalia,
    Beit Lahia and Gaza City. The charity said it worked with [[13 kitchens|other;u=structure;a=The
    charity;alt=Anera]], down from [[21|other;u=structure;a=The charity;alt=Anera]] at the start of
    the year. Israeli strikes have damaged [[three of the kitchens|housing;u=structure]] since
    {{March}}. [[Two cooks|killed;a=the charity]] were killed when a strike hit a kitchen in
    Jabalia in {{May}}, the charity said. Its cooks work from {{4 am}}, stirring rice and lentils
    in pots of {{300 litres}}.""",
)

item(
    "Israel cuts off all aid as truce talks stall",
    """Israel stopped all goods and supplies from entering Gaza on {{2 March 2025}}, saying Hamas
    had refused to extend the first phase of the ceasefire. Israeli officials say Hamas still holds
    [[59 hostages|kidnapped;a=Israeli officials]], [[24|kidnapped;a=Israeli officials]] of them
    believed to be alive. WFP said it had [[5,700 tonnes|aid;a=WFP]] of food in Gaza, enough to
    keep its kitchens and bakeries going for {{up to two weeks}}. When Israel resumed its air
    campaign on {{18 March}}, Gaza's health ministry said [[more than 400 people|killed;a=Gaza's
    health ministry]] were killed in a single night. OCHA said new evacuation orders displaced
    [[about 142,000 people|displaced;a=OCHA]] in {{a week}}. COGAT said [[about 25,000
    trucks|aid;a=COGAT]] had entered during the {{42 days}} of the truce.""",
)

item(
    "Parcels, cash and hoarders: WFP widens its reach after the truce",
    """WFP said it had given cash transfers to [[about 60,000 households|aid;a=WFP]] in
    {{November 2025}} and food parcels to [[1.2 million people|aid;a=WFP]] across Gaza. The
    agency said it had brought in [[420,000 parcels|aid;a=The agency;alt=WFP]] since the
    ceasefire, and that [[another 250,000|aid;p;u=other;a=The agency;alt=WFP]] were due in {{December}}.
    Each of its distribution points serves [[200-250 families a day|aid;a=the agency;alt=WFP]], the agency said. Hamas-run police said they had arrested [[17 traders|arrested;a=Hamas-run police]] in Gaza
    City and Khan Younis accused of hoarding flour and sugar to push up prices. Prices of
    vegetables had fallen by {{about 60 percent}} since {{October}}, the agency said, but meat
    remained out of reach for most families.""",
)

item(
    "Gaza's fishermen detained at sea",
    """Israel's navy detained [[five fishermen|arrested;a=the Gaza fishermen's union]] off Deir
    al-Balah on {{Tuesday}} and shot and wounded [[two others|injured;a=the Gaza fishermen's
    union]], the Gaza fishermen's union said. The union said [[at least 210 fishermen|killed;a=The
    union]] had been killed since {{October 2023}} and [[about 1,000 boats|other;a=The union]]
    destroyed. Before the war, [[about 4,000 fishermen|other]] worked out of Gaza's ports, which
    opened for the first time in {{2007}} to boats from the south. Under the ceasefire, they are allowed {{3 nautical
    miles}} out, and the catch has fallen to less than {{5 percent}} of what it was. Fishermen said [[up to 20 boats|other;a=Fishermen]] now go out on a calm day.""",
)

item(
    "Gaza's herds and fields all but gone, FAO says",
    """[[About 15,000 cattle|other;a=the Food and Agriculture Organization]], {{95 percent}} of
    Gaza's herd, have died or been slaughtered since {{October 2023}}, the Food and Agriculture
    Organization said, and [[fewer than 1,500|other;u=other;a=the Food and Agriculture
    Organization]] remain. Satellite images show {{86 percent}} of cropland has been damaged, and
    [[more than 1,200 wells|other;a=the agency;alt=the Food and Agriculture Organization]] have
    been destroyed, the agency said. Gaza's agriculture ministry said [[about 11,000
    farmers|civilians;a=Gaza's agriculture ministry]] had lost their livelihoods. Only [[about 2,000 sheep and goats|other;n=sheep and goats]] are left. FAO said it had delivered animal feed to [[2,500 herding families|aid;a=FAO]] in {{2025}}.""",
)

item(
    "Children killed queuing for water in Nuseirat",
    """An Israeli strike killed [[10 people|killed;a=al-Awda hospital]], [[six of them
    children|killed;a=al-Awda hospital]], as they queued with jerrycans at a water point in
    Nuseirat on {{13 July 2025}}, al-Awda hospital said. [[Seventeen|injured;a=the hospital;alt=al-Awda hospital]]
    were wounded, the hospital said. Israel's military said it had targeted a militant and that a
    technical error caused the munition to fall {{dozens of metres}} from its target. UNICEF said
    [[about 200 water points|other;a=UNICEF]] were working in the strip, and that [[about 1
    million people|civilians;a=UNICEF]] had less than {{6 litres}} of water a day. Gaza's civil
    defence said [[two children|missing;a=Gaza's civil defence]] were still unaccounted for.""",
)

item(
    "How much food is enough",
    """The humanitarian standard is {{2,100 kilocalories}} a person a day. The food parcels
    handed out in Gaza in {{May 2025}} provided about {{1,400 kilocalories}}, WFP said, and a
    hot meal from a community kitchen about {{400 kilocalories}}. An adult can lose {{10 percent}}
    of body weight in {{six weeks}} on {{half rations}}. Doctors say children {{under five}} and
    adults over {{65}} are the first to die. Protein is the scarcest part of the diet: eggs cost
    {{$3}} each in {{July 2025}}.""",
)
