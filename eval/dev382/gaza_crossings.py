"""dev382 items: the crossings, the trucks and tonnes, the pier, the airdrops, the corridors and
the bodies that count them (Kerem Shalom, Zikim, Rafah, the Jordan corridor, Ashdod, COGAT,
UNRWA), 2024-2026."""

from _wrap import item

item(
    "Rafah offensive leaves aid stranded at Kerem Shalom",
    """Only [[87 trucks|aid;a=the United Nations]] carrying food and medicine were collected from
    the Kerem Shalom crossing on {{14 May 2024}}, the United Nations said, against an average of
    [[about 500 a day|aid;u=other;a=the United Nations]] before the war. [[Hundreds of
    trucks|aid;a=UN officials]] were waiting on the Egyptian side of the border, some for {{three
    weeks}}, UN officials said. COGAT, the Israeli defence body that oversees the crossings, said
    [[more than 400 truckloads|aid;u=other;a=COGAT]] were sitting uncollected on the Gaza side and
    blamed the agencies for the backlog. Aid groups said fighting around Rafah, where Israel
    launched its offensive on {{6 May}}, made the road from the crossing too dangerous to drive,
    and that [[two drivers|killed;a=Aid groups]] had been shot dead near the crossing that week.
    [[An estimated 800,000 people|displaced;a=UNRWA]] have fled Rafah in {{nine days}}, according
    to UNRWA. The World Food Programme said [[about 1.1 million people|civilians;p;a=The World
    Food Programme]] across Gaza were expected to face the most severe level of hunger by
    mid-July.""",
)

item(
    "Zikim reopens and the first flour reaches Beit Lahia",
    """Israel reopened the Zikim crossing into northern Gaza on {{12 November 2025}}, and [[36
    trucks|aid;a=the UN]] of flour and ready-to-eat food went through on the first day, the UN
    said. The crossing had been shut since {{September}}, when Israeli forces began their assault
    on Gaza City. WFP said it aimed to bring [[up to 100 trucks a day|aid;p;a=WFP]] through Zikim
    once the road south of the crossing was cleared of rubble and unexploded ordnance. Under the
    ceasefire that took effect on {{10 October}}, Israel agreed to let in [[600 trucks a
    day|aid;p]] across all crossings. OCHA says the daily average in the first {{four weeks}} was
    [[about 145|aid;u=other;a=OCHA]]. Aid groups estimate that [[between 200,000 and 250,000
    people|returned;a=Aid groups]] have moved back into Gaza City and the north since the truce
    began. UNICEF said its teams had screened [[1,940 children|civilians;a=UNICEF]] in Beit Lahia
    and Jabalia in the first week and found [[312|civilians;a=UNICEF]] acutely malnourished.""",
)

item(
    "Pentagon winds up Gaza pier after storms and a handful of deliveries",
    """The US military said on {{17 July 2024}} that it had ended its floating-pier mission off
    Gaza, which cost about {{$230 million}} and was repeatedly broken apart by heavy seas. In all,
    [[some 8,800 tonnes|aid;a=US Central Command]] of aid crossed the pier, US Central Command
    said. The pier had been meant to carry [[90 trucks a day|capacity;p;a=Pentagon officials]] at
    first, rising to [[150|capacity;p;u=other;a=Pentagon officials]], Pentagon officials had said
    in {{April}}. Much of the aid never left the beach, because the World Food Programme paused
    collections from the marshalling area in {{June}} after [[two of its
    warehouses|housing;u=structure]] in Deir al-Balah were hit by rockets. [[Three US service members|injured;a=the
    Pentagon]] were injured during the mission, [[one|injured;a=the Pentagon]] of them critically,
    the Pentagon said. The operation involved [[about 1,000 US troops|combatants]] and sailors,
    none of whom went ashore. Cyprus, where the cargo was screened before loading, said the
    maritime corridor would stay open through Ashdod.""",
)

item(
    "Drownings and a falling pallet: the toll of Gaza's airdrops",
    """[[Twelve people|killed;a=Gaza's health ministry]] drowned trying to reach aid dropped into
    the sea off Beit Lahia on {{25 March 2024}}, and [[six others|killed;a=Gaza's health
    ministry]] died in a crush on the beach, Gaza's health ministry said. It was the second deadly
    airdrop in {{three weeks}}. On {{8 March}}, a parachute failed to open and a pallet fell on a
    crowd near Shati camp, killing [[five people|killed]] and injuring [[10|injured]]. Jordan's
    armed forces said on {{26 March}} that [[more than 100 airdrops|aid;a=Jordan's armed forces]]
    had been carried out by the kingdom and its partners since early {{February}}. Aid groups say
    the drops are costly and imprecise, and that a {{C-130}} carries little more than a single
    truck can. The Norwegian Refugee Council said [[about 500 trucks a day|aid;p;a=The Norwegian
    Refugee Council]] were needed to meet basic needs. Gaza's civil defence said [[three people|missing;a=Gaza's civil defence]] were still missing at sea.""",
)

item(
    "COGAT and the UN trade numbers on trucks left at the crossings",
    """COGAT said on {{Monday}} that [[more than 4,500 aid trucks|aid;a=COGAT]] had entered Gaza
    since {{19 May}}, when Israel partly lifted an {{11-week}} blockade, and that [[about
    950|aid;u=other;a=COGAT]] of them were still waiting to be collected by UN agencies. The UN's
    own dashboard, fed by the {{UN2720}} mechanism, put the number offloaded at [[3,100
    trucks|aid;a=The UN's own dashboard]]. OCHA said {{88 percent}} of the loads sent in {{July}}
    had been taken off the trucks by hungry crowds or armed men before reaching a warehouse. The
    Hamas-run interior ministry said Israeli strikes had killed [[more than 700 police
    officers|killed;a=The Hamas-run interior ministry]] assigned to protect convoys since the war
    began. The ministry says it still deploys [[about 2,000 officers|combatants;a=The ministry;
    alt=The Hamas-run interior ministry]] to escort trucks, a figure Israel disputes. Men from an
    armed clan in eastern Rafah, [[some 300 gunmen|combatants;a=UN security staff]] according to
    UN security staff, have been stopping trucks on the road from Kerem Shalom.""",
)

item(
    "630 trucks on the truce's first day, and three hostages home",
    """On the first day of the ceasefire, [[630 trucks|aid;a=the UN]] entered Gaza, [[at least
    300|aid;u=other;a=the UN]] of them bound for the north, the UN said. Under the deal, Israel is
    to allow [[600 trucks a day|aid;p]], including [[50 fuel tankers|aid;p]], during the {{42-day}}
    first phase. Hamas released [[three Israeli hostages|kidnapped]] on {{19 January 2025}}, and
    Israel freed [[90 Palestinian prisoners|other]] hours later. [[Thirty-three hostages|
    kidnapped;p]] are due to be freed in the first phase. [[Tens of thousands of displaced
    people|displaced]] waited near the Netzarim corridor for Israeli troops to let them walk north.
    Gaza's health ministry said [[more than 46,900 people|killed;a=Gaza's health ministry]] had
    been killed in the strip since {{October 2023}}.""",
)

item(
    "Al-Arish road fills with trucks turned back at Israeli inspections",
    """Egypt's Red Crescent said [[about 2,000 trucks|aid;a=Egypt's Red Crescent]] loaded with
    food, water and tents were lined up on the road from Al-Arish to Rafah on {{3 March 2024}},
    some of them for more than {{a month}}. Drivers said Israeli inspectors at Nitzana and Kerem
    Shalom had sent back loads over single items, including water filters, sleeping bags and
    anaesthetics. The aid society said [[about 1,300|aid;u=other;a=The aid society;alt=Egypt's Red
    Crescent]] of the trucks were carrying flour and rice. Oxfam said only [[about 100 trucks a
    day|aid;a=Oxfam]] had entered Gaza in {{February}}, against [[500|aid;u=other;a=Oxfam]]
    before the war. Egyptian officials said [[up to 200 trucks a day|aid;p;a=Egyptian officials]] could cross if Israel sped up its inspections. Police escorting a convoy in Rafah came under Israeli fire on {{4 March}}, and
    [[eight officers|killed;a=the interior ministry]] were killed, the interior ministry said. In
    Rafah, where [[more than 1.4 million people|displaced]] are sheltering, a sack of flour costs
    {{ten times}} what it did before the war.""",
)

item(
    "Flour prices halve in Gaza City as markets reopen",
    """The price of a {{25-kilogram}} sack of flour in Gaza City fell to about {{$40}} on
    {{Thursday}}, from as much as {{$500}} in late {{July 2025}}, traders said. Sugar, which had
    reached {{$100 a kilogram}}, was selling for {{$18}}, and a kilogram of lentils for {{$6}}.
    The falls followed the ceasefire of {{10 October}}, but prices remain {{three to five times}}
    their pre-war levels, the World Food Programme said. {{Nine in 10}} households surveyed in the
    north said they had borrowed money or sold belongings to buy food in the past {{30 days}}.
    Shopkeeper Hani Abu Zaid, {{58}}, said he had reopened his store on Omar al-Mukhtar Street
    after {{seven months}}, and that customers still asked for flour by the half-kilo.""",
)

item(
    "Jordan's land corridor passes a milestone as the bridge reopens",
    """A convoy of [[47 trucks|aid;a=the Jordan Hashemite Charity Organization]] carrying flour,
    rice and baby formula crossed the King Hussein Bridge and entered Gaza through Kerem Shalom on
    {{Wednesday}}, the Jordan Hashemite Charity Organization said. The organisation said it was
    the {{12th}} convoy on the land corridor from Jordan since {{May 2024}}, bringing the total to
    [[more than 1,150 trucks|aid;a=The organisation;alt=the Jordan Hashemite Charity
    Organization]]. Jordan's army has separately carried out [[more than 120 airdrops|aid]] over
    the strip, and runs [[two field hospitals|other]] in Gaza City and Khan Younis. Colonel Ahmad
    Salameh, who commands the Khan Younis hospital, said it had [[60 beds|capacity;a=Colonel Ahmad
    Salameh]] and had treated [[about 40,000 patients|injured;a=Colonel Ahmad Salameh]] since it
    opened. Israel closed the bridge to aid for {{two weeks}} in {{September 2025}}, after a
    Jordanian aid-truck driver shot dead [[two Israeli soldiers|killed]] at the crossing.""",
)

item(
    "Army tests a new gate into northern Gaza as hunger deepens",
    """Israel's military said [[six trucks|aid;a=Israel's military]] carrying WFP food had driven
    into northern Gaza through a gate in the border fence known as {{Gate 96}} on {{12 March
    2024}}. WFP said the food would feed [[about 25,000 people|aid;p;a=WFP]]. The army said it planned to send [[between 10 and 20 trucks a week|aid;p;a=The army]] through the gate if the pilot worked. Earlier attempts had
    failed. On {{29 February}}, [[more than 100 people|killed;a=Gaza's health ministry]] were
    killed around an aid convoy on Harun al-Rashid Street, according to Gaza's health ministry.
    The ministry said [[760 others|injured;a=The ministry;alt=Gaza's health ministry]] were
    wounded; Israel said most of the dead had been trampled. UNICEF says {{one in six}} children
    {{under two}} in the north is acutely malnourished. OCHA estimates that [[about 300,000
    people|civilians;a=OCHA]] remain north of Wadi Gaza, cut off by an Israeli checkpoint.""",
)

item(
    "First flour cargo for Gaza unloaded at Ashdod",
    """A ship carrying [[2,400 tonnes|aid;a=the World Food Programme]] of wheat flour docked at
    Ashdod on {{1 May 2024}}, the first aid cargo to be unloaded at the Israeli port for Gaza, the
    World Food Programme said. The flour, enough for [[about 1 million people|aid;p]] for {{a
    month}}, will be trucked south to Erez and Kerem Shalom. WFP said [[14 of the 17
    bakeries|other;u=structure;a=WFP]] it supports in Rafah and Deir al-Balah were working, and
    that together they baked [[about 2 million loaves a day|aid;a=WFP]]. In the north, UNRWA said
    [[some 500,000 people|civilians;a=UNRWA]] had gone without its food deliveries for {{six
    weeks}}. Gaza's health ministry has recorded [[28 deaths|killed;a=Gaza's health ministry]]
    from malnutrition and dehydration in the north, most of them children.""",
)

item(
    "Gangs strip UN convoy on the Kerem Shalom road",
    """Armed men looted [[97 of 109 trucks|aid;a=UNRWA]] in a UN convoy near Kerem Shalom on {{16
    November 2024}}, UNRWA said, in one of the worst incidents of its kind. Drivers were forced at gunpoint to unload flour, and [[two drivers|kidnapped;a=UNRWA]] were briefly abducted, UNRWA added. The agency said the convoy had been routed by Israeli authorities
    through an area controlled by gangs, and that [[four of its contractors|missing;a=The agency;
    alt=UNRWA]] were still unaccounted for. Hamas's interior ministry said its forces killed
    [[more than 20 members|killed;a=Hamas's interior ministry]] of gangs involved in looting and
    arrested [[dozens|arrested;a=Hamas's interior ministry]]. Aid officials said only [[about 65
    trucks a day|aid;a=Aid officials]] had entered Gaza in {{October}}, the lowest monthly average
    of the war. The UN said [[as many as 345,000 people|civilians;p;a=The UN]] in Gaza could face
    catastrophic hunger, {{Phase 5}} on the IPC scale, this winter.""",
)

item(
    "Rafah crossing reopens for people, a few dozen a day",
    """The Rafah crossing between Gaza and Egypt reopened for people on {{2 February 2026}} for the
    first time since {{May 2024}}, and [[12 patients|displaced;a=the World Health Organization]]
    and [[their 24 companions|displaced;a=the World Health Organization]] left for Egypt on the
    first day, the World Health Organization said. In the other direction, [[about 40
    Palestinians|returned;a=Egyptian officials]] who had been stranded in Egypt went back to Gaza,
    Egyptian officials said. Under the arrangement, [[up to 50 people|displaced;p]] may leave and
    [[up to 50|returned;p]] may enter each day. The WHO says [[more than 18,500
    patients|civilians;a=The WHO;alt=the World Health Organization]], [[4,000 of them
    children|civilians;a=The WHO;alt=the World Health Organization]], are waiting for medical
    evacuation. Egypt's foreign ministry estimates that [[about 100,000 Gazans|displaced;a=Egypt's
    foreign ministry]] are living in Egypt after leaving during the war.""",
)

item(
    "Storms flatten tents across Gaza's displacement sites",
    """Rain and wind flooded or tore down [[about 22,000 tents|housing;a=the Shelter Cluster]]
    across Gaza between {{10 and 13 December}}, the Shelter Cluster said. [[At least 11
    people|killed;a=Gaza's civil defence]] were killed, including [[three children|killed;a=Gaza's
    civil defence]] who died of cold, and [[13 buildings|housing;a=Gaza's civil defence]] already
    damaged by bombing collapsed, Gaza's civil defence said. OCHA said [[about 850,000
    people|displaced;a=OCHA]] were living in [[some 760 displacement sites|capacity;a=OCHA]],
    most of them on sand along the coast. Aid agencies have brought in [[about 280,000
    tents|aid]] and tarpaulins since the {{October}} ceasefire. The UN says [[another 300,000
    families|civilians;a=The UN]] still need proper shelter before the worst of the winter.""",
)

item(
    "How a truck gets into Gaza",
    """Kerem Shalom, where the borders of Gaza, Israel and Egypt meet, opens from {{8 am}} to {{4
    pm}} and shuts on Fridays and Saturdays. Cargo loaded in Egypt is first screened at Nitzana or
    Kerem Shalom, a drive of {{40 km}}, and the inspection can take {{up to three days}}. Pallets
    must be no taller than {{1.2 metres}}, and goods Israel classes as dual-use need a separate
    permit that can take {{six weeks}}. Aid officials say about {{a third}} of the working day is
    lost while drivers wait for escorts to the Gaza side. Zikim, on the northern edge, lies about
    {{1.5 km}} from the sea and opened for aid for the first time in {{December 2023}}.""",
)

item(
    "UNRWA ban takes effect with the agency still feeding Gaza",
    """Israel's laws barring UNRWA from operating on Israeli soil took effect on {{30 January
    2025}}. The agency has [[about 12,000 staff|other;a=The agency;alt=UNRWA]] in Gaza and says
    [[more than 270 of its workers|killed;a=The agency;alt=UNRWA]] have been killed since the war
    began. UNRWA said [[more than 50 of its staff|arrested;a=UNRWA]] had been detained by Israeli
    forces, and that some described being beaten in detention. According to OCHA, UNRWA schools
    and buildings sheltered [[about 1 million displaced people|displaced;a=OCHA]] at the height of
    the war, in [[more than 150 sites|capacity;a=OCHA]]. Israel has accused [[19 UNRWA
    employees|other;a=Israel]] of taking part in the {{7 October 2023}} attack. A UN
    investigation found that [[nine|other;a=A UN investigation]] may have been involved.""",
)

item(
    "Israel moves to bar 37 aid groups from Gaza",
    """Israel said on {{30 December 2025}} that [[37 international aid organisations|other;p;u=other;a=Israel]], including MSF, the Norwegian Refugee Council and Oxfam,
    would be barred from Gaza from {{1 March}} for failing to meet new registration rules. The
    rules require the groups to hand over the names of their Palestinian employees. MSF said it
    supported [[six hospitals|other;a=MSF]] and [[eight clinics|other;a=MSF]] in Gaza, and that
    its teams had treated [[more than 4,000 children|civilians;a=MSF]] for malnutrition in
    {{2025}}. COGAT said the groups accounted for less than {{1 percent}} of the aid entering
    the strip. The Association of International Development Agencies said [[more than 3,000
    Palestinian staff|other;p;a=The Association of International Development Agencies]] could lose their jobs. The Norwegian Refugee Council said it had helped [[about 30,000 families|aid;a=The Norwegian Refugee Council]] repair their shelters in {{2025}}.""",
)
