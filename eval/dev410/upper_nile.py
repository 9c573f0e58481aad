"""Upper Nile: Malakal in the civil war, the Malakal protection-of-civilians site, the west bank
of the Nile, Maban, Maiwut and Renk, 2014-2026."""

from _wrap import item

item(
    "Rebels claim Malakal as thousands crowd into UN base",
    """Rebel forces loyal to former vice-president Riek Machar said on Wednesday they had seized
    Malakal, the capital of oil-rich Upper Nile state, after {{three days}} of street fighting,
    the latest swing in a war that began in {{December 2013}}. Rebel spokesman Lul Ruai Koang said
    [[more than 100 government soldiers|killed;a=Rebel spokesman Lul Ruai Koang]] had been killed
    and [[43|arrested;a=Rebel spokesman Lul Ruai Koang]] taken prisoner, a claim the army dismissed
    as propaganda. Aid workers who reached the town's teaching hospital on Thursday said they found
    [[11 patients|killed;a=Aid workers]] shot dead in their beds. The UN Mission in South Sudan
    (UNMISS) said [[about 20,000 people|displaced;a=UN Mission in South Sudan (UNMISS)]] were now
    sheltering inside its base on the edge of town, a compound built to hold
    [[fewer than 5,000|capacity;a=UN Mission in South Sudan (UNMISS)]].
    [[Several thousand others|displaced;a=UN Mission in South Sudan (UNMISS)]] were believed to
    have crossed the Nile to Wau Shilluk, it added. Médecins Sans Frontières said its team had
    treated [[67 people|injured;a=Médecins Sans Frontières]] for gunshot wounds since
    {{20 February}}.""",
)

item(
    "Night of fire at Malakal camp: at least 25 dead",
    """Gunfire and flames tore through the UNMISS protection-of-civilians site in Malakal overnight
    on {{17 February 2016}}, pitting Shilluk and Nuer residents against Dinka youths and armed men
    in army uniform. The mission said on Friday that
    [[at least 25 people|killed;a=The mission;alt=UNMISS]] were killed and
    [[more than 120|injured;a=The mission;alt=UNMISS]] wounded. Médecins Sans Frontières said its
    hospital inside the camp treated [[46 patients|injured;a=Médecins Sans Frontières]] with gunshot
    and machete wounds, and that
    [[two of its South Sudanese staff|killed;a=Médecins Sans Frontières;n=staff]] were among the
    dead. The mission estimated that
    [[around 1,500 shelters|housing;a=The mission;alt=UNMISS]] had burned, roughly {{a third}} of
    the site. [[Thousands of residents|displaced]] fled through the perimeter fence into the
    adjoining UN compound during the night. The site housed
    [[about 47,500 people|displaced;a=International Organization for Migration]] before the
    attack, according to the International Organization for Migration.""",
)

item(
    "Malakal stays under UN guard as other camps are handed over",
    """UNMISS said it would keep peacekeepers at its protection-of-civilians site in Malakal while
    handing [[four other sites|capacity;a=UNMISS]] in Juba, Bor, Wau and Bentiu to government
    control, a process that began in {{September 2020}}. The Malakal site still shelters
    [[about 34,000 people|displaced]], most of them Shilluk and Nuer who fear going back to a town
    run by Dinka-majority authorities. At its peak in {{2015}},
    [[nearly 48,000|displaced]] lived there. Mission chief David Shearer said
    [[more than 180,000 people|displaced;a=Mission chief David Shearer]] had been living in the
    [[five sites|capacity;a=Mission chief David Shearer]] at the end of {{2019}}, and that the
    threat which justified them had largely passed elsewhere. Community leaders said
    only [[about 60 households|returned;a=Community leaders]] had moved back to town over the past
    {{12 months}}, and that [[three returnees|killed;a=Community leaders]] had been killed on the
    road to the market in {{June}}.""",
)

item(
    "Fighting along the Nile drives thousands into Malakal camp",
    """Clashes between rival armed factions in Upper Nile's Panyikang and Fashoda counties have
    forced
    [[more than 9,000 people|displaced;a=UN Office for the Coordination of Humanitarian Affairs (OCHA)]]
    from their homes since {{mid-August}}, the UN Office for the Coordination of Humanitarian
    Affairs (OCHA) said on {{7 September 2022}}.
    [[About 2,600 of them|displaced;n=-;a=UN Office for the Coordination of Humanitarian Affairs (OCHA)]]
    have reached the Malakal protection-of-civilians site, where
    [[an estimated 37,000 people|displaced;a=UN Office for the Coordination of Humanitarian Affairs (OCHA)]]
    were already living, it said. Fighters of the Agwelek forces of General Johnson Olony and a
    breakaway SPLA-IO faction have battled for Tonga and other riverside villages; residents said
    [[at least 27 civilians|killed;a=residents]] had been killed and
    [[dozens of women|kidnapped;a=residents]] abducted. Aid workers who reached Adidiang counted
    [[more than 300 tukuls|housing;u=structure;a=Aid workers]] burned to the ground. The agency
    said [[42 tonnes|aid;a=The agency;alt=OCHA]] of food had arrived in Kodok by barge, to be
    handed out to [[about 7,000 people|aid;p;a=The agency;alt=OCHA]] over the coming week.""",
)

item(
    "Cholera spreads from Renk transit centre as arrivals keep coming",
    """Health authorities in Upper Nile confirmed
    [[87 cholera cases|other;a=Health authorities in Upper Nile]] and
    [[four deaths|killed;a=Health authorities in Upper Nile]] in Renk county in the
    {{two weeks}} after the outbreak was declared on {{28 October 2024}}. The transit centre near
    the Sudanese border, meant for [[about 4,000 people|capacity;a=International Organization for Migration]],
    was holding
    [[more than 13,000 returnees and refugees|displaced;n=returnees and refugees;a=International Organization for Migration]]
    fleeing Sudan's war, the International Organization for Migration said.
    [[Some 1,400 South Sudanese a day|returned;n=South Sudanese;a=IOM]] are still crossing at
    Joda, IOM said. Médecins Sans Frontières opened a cholera treatment unit with
    [[50 beds|capacity]] on Saturday. The health ministry said it planned to vaccinate
    [[120,000 people|aid;p;a=The health ministry]] in Renk and Malakal before the end of
    {{November}}, using oral doses flown in from the global stockpile.""",
)

item(
    "Army pushes into Kodok as civilians flee to Aburoc",
    """Troops of the Sudan People's Liberation Army (SPLA) captured Kodok, the main town on the
    west bank of the Nile in Upper Nile, on {{26 April 2017}} after a week-long offensive. Aid
    groups said [[up to 25,000 people|displaced;a=Aid groups]] had fled north to Aburoc, a village
    near the Sudanese border with [[two working boreholes|other;a=Aid groups]]. The World Health
    Organization said [[six children|killed;a=World Health Organization]] had died of acute watery
    diarrhoea in Aburoc in the past {{five days}}. The army said
    [[17 of its soldiers|killed;a=The army;alt=SPLA;n=soldiers]] were killed in the push and
    claimed to have killed [[around 150 rebels|killed;a=The army;alt=SPLA]]. The SPLA-IO said it
    had lost [[no more than 20 fighters|killed;a=The SPLA-IO]] and had pulled back to spare
    civilians. The {{first}} relief flights into Aburoc carried plastic sheeting and jerrycans for
    [[3,000 families|aid]].""",
)

item(
    "Malakal camp swells far past capacity as Nasir fighting adds arrivals",
    """The UNMISS protection-of-civilians site in Malakal, designed for
    [[18,000 people|capacity;a=camp managers]], now holds [[more than 44,000|displaced;a=camp managers]],
    according to camp managers. ACTED, the aid group that runs the camp, said
    [[about 3,500 new arrivals|displaced;a=ACTED]] had registered since {{March 2025}}, most of them
    from Nasir and Ulang. [[Two children|killed;a=the camp's chairman]] died in a fire that
    destroyed [[more than 70 shelters|housing;a=the camp's chairman]] in {{Sector 4}} on
    {{12 May}}, the camp's chairman said. Humanitarian workers say
    [[about 1,200 households|displaced;a=Humanitarian workers]] are sleeping in the open or in
    communal tents. The mission plans to move
    [[up to 5,000 people|displaced;p;a=The mission;alt=UNMISS]] to a new extension on higher
    ground before the rains.""",
)

item(
    "UN report details killings in Malakal cathedral and hospital",
    """UNMISS said in a report released on {{8 May 2014}} that
    [[at least 19 women|killed;a=UNMISS]] sheltering in Malakal's Christ the King cathedral were
    killed when rebel fighters overran the town in {{mid-February}}. It said
    [[dozens of patients|killed;a=UNMISS]] were shot in their beds at Malakal Teaching Hospital.
    Church workers who returned after the rebels withdrew said they had buried
    [[43 bodies|killed;a=Church workers]] in [[two mass graves|other;u=other;a=Church workers]] behind the
    compound. [[About 1,000 civilians|displaced;a=witnesses]] had crowded into the cathedral when
    the fighting reached the town, witnesses said. Aid agencies said
    [[14 vehicles|other;a=Aid agencies]] were stolen from their compounds. Rebel commanders denied
    the accusations and said only [[three civilians|killed;a=Rebel commanders]] had died, in
    crossfire.""",
)

item(
    "Clashes inside Malakal UN camp kill 13, mission says",
    """The UN Mission in South Sudan said [[13 people|killed;a=UN Mission in South Sudan]] were killed
    and [[at least 20|injured;a=UN Mission in South Sudan]] wounded in fighting between Shilluk and
    Nuer youths inside the Malakal protection-of-civilians site on the night of {{8 June 2023}}.
    Peacekeepers fired warning shots and detained
    [[eight people|arrested;a=the mission;alt=UN Mission in South Sudan]] found with machetes and
    firearms, the mission said. [[About 4,000 Nuer residents|displaced;a=community leaders]] fled
    to the adjoining UN logistics base, community leaders said, while
    [[a further 1,700|displaced;a=community leaders]] boarded boats for Nasir and Ulang. The
    International Organization for Migration said
    [[more than 90 shelters|housing;a=International Organization for Migration]] were burned. MSF,
    which runs the hospital inside the site, said it received
    [[31 patients|injured;a=MSF]] overnight, [[five of them|injured;a=MSF;n=-]] with gunshot
    wounds.""",
)

item(
    "A decade on, Malakal camp residents mark the night of the attack",
    """Residents of the Malakal protection-of-civilians site gathered on {{17 February 2026}} to mark
    {{ten years}} since armed men stormed the camp, a night many still relive. Nyakuoth, {{54}},
    said she still keeps the key to the shelter she lost in {{Sector 2}}. A UN board of inquiry
    found in {{2016}} that peacekeepers had been slow to respond; the mission has since spent about
    {{$2.3 million}} on fencing, lighting and watchtowers. Camp leaders say {{60 percent}} of
    today's residents were born after the war began in {{December 2013}}. The ceremony began at
    {{9am}} with a prayer led by a {{72-year-old}} Shilluk elder and ended at noon with the reading
    of the names.""",
)

item(
    "Malakal fuel prices soar as Nile barges stay moored",
    """A jerrycan of petrol cost {{45,000 South Sudanese pounds}} in Malakal market on Monday, up
    {{80%}} since {{January}}, traders said, as barges from Renk stopped running during the
    fighting upstream. The river journey of about {{600 km}} normally takes {{five to seven days}}.
    The White Nile at Malakal has dropped {{1.2 metres}} since {{October}}, exposing sandbanks that
    boat captains say make night travel impossible. Bread now costs {{3,000 pounds}} a loaf, and
    the price of a {{50kg}} sack of sorghum has doubled over the past {{two months}}. The state
    government promised in {{2025}} to fix the road to Paloich, but work has not begun.""",
)

item(
    "Maban clashes between host youths and refugees leave camps tense",
    """UNHCR, the UN refugee agency, said on Tuesday that clashes between host-community youths and
    Sudanese refugees in Upper Nile's Maban county had killed
    [[at least 11 people|killed;a=UNHCR]] and wounded [[26|injured;a=UNHCR]]. Camp leaders said
    youths set fire to [[around 250 shelters|housing;a=Camp leaders]] in Doro camp and burned
    [[two food warehouses|housing;u=structure;a=Camp leaders]]. Doro, opened in {{2011}}, hosts
    [[about 65,000 refugees|displaced]] from Sudan's Blue Nile state.
    [[More than 3,000 refugees|displaced]] fled to Bunj, the county headquarters, where they are
    sleeping in [[four schools|capacity]]. Police said they had arrested
    [[19 suspects|arrested;a=Police]]. The agency said it would move
    [[500 families|displaced;p;a=The agency;alt=UNHCR]] to Gendrassa camp once security
    allows.""",
)

item(
    "Abducted women and children freed after Upper Nile talks",
    """[[Forty-one women and children|kidnapped;n=women and children;a=UNMISS]] abducted during
    fighting in Upper Nile's Fashoda and Panyikang counties last year have been released, UNMISS
    said on Thursday. The mission said the group had been held by armed youths near Tonga for up
    to {{eight months}}. Community leaders said
    [[as many as 70 others|missing;a=Community leaders]] were still missing. The women and children
    were flown to Malakal, where [[23 of them|aid;n=-]] have received medical and psychological
    care, and [[eight of the children|kidnapped;n=children]] have since been reunited with their
    families in Kodok. Local officials said the fighting in {{2022}} displaced
    [[some 20,000 people|displaced;a=Local officials]] and killed
    [[at least 37|killed;a=Local officials]]. The release was negotiated with commanders of the
    Agwelek forces, estimated at [[about 3,000 fighters|combatants]].""",
)

item(
    "Malakal falls to Olony's fighters; aid staff flown out",
    """Fighters loyal to General Johnson Olony, who broke with the army in {{April}}, took control of
    Malakal on {{16 May 2015}} after heavy fighting, military spokesman Philip Aguer said. Aguer
    said [[more than 40 soldiers|killed;a=Aguer]] had died defending the town and that
    reinforcements of [[some 1,500 troops|combatants;a=Aguer]] had been sent from Renk. The UN
    said it had relocated [[52 aid workers|displaced;a=The UN;n=aid workers]] from the town by air. UNMISS said
    shells landed inside its base, wounding [[six people|injured;a=UNMISS]], and that the
    population of the protection site had risen to [[nearly 30,000|displaced;a=UNMISS]]. Aid
    agencies said [[at least 100,000 people|civilians;a=Aid agencies]] on the west bank had been
    cut off from food aid. The World Food Programme said it had been forced to suspend
    distributions for [[some 240,000 people|aid;a=World Food Programme]] in Upper Nile.""",
)

item(
    "Returnees rebuild in Malakal's Assosa quarter",
    """The Norwegian Refugee Council said
    [[about 2,300 people|returned;a=Norwegian Refugee Council]] had moved from the
    protection-of-civilians site back to Malakal town since {{January 2024}}, the largest movement
    out of the site in {{a decade}}. The group has rebuilt [[310 houses|housing]] in the Assosa and
    Malakia neighbourhoods and plans to finish
    [[another 200|housing;p;u=structure;a=The group;alt=Norwegian Refugee Council]] before the
    rains. Each household receives a cash grant of {{$350}} and a set of tools.
    [[More than 30,000 people|displaced]] remain in the site, however. Returnees said
    [[four people|killed;a=Returnees]] had been shot dead in the town since {{March}} in disputes
    over plots, and that [[11 houses|housing;a=Returnees]] built under the scheme had been burned.
    The state government says it will allocate land for
    [[5,000 returning families|returned;p;a=The state government]] over the next
    {{two years}}.""",
)

item(
    "Thousands cross into Ethiopia after fighting around Maiwut",
    """Fighting between government troops and SPLA-IO forces around Maiwut in eastern Upper Nile has
    driven [[more than 6,000 people|displaced;a=UNHCR]] across the border into Ethiopia's Gambella
    region, UNHCR said on Friday, weeks after a ceasefire signed in Addis Ababa in
    {{December 2017}}. The agency said {{70 percent}} of the new arrivals were children, among them
    [[at least 340 unaccompanied children|displaced;a=The agency;alt=UNHCR]]. A local official said
    [[22 civilians|killed;a=A local official]] died when shells hit the market on
    {{3 February 2018}}. The SPLA-IO said it had repulsed the attack and captured
    [[three armoured vehicles|other;a=The SPLA-IO]] and
    [[12 soldiers|arrested;a=The SPLA-IO]]. Army spokesman Lul Ruai Koang said the army had lost
    [[five soldiers|killed;a=Army spokesman Lul Ruai Koang]]. Ethiopia's refugee agency said
    Gambella already hosted
    [[more than 400,000 South Sudanese refugees|displaced;a=Ethiopia's refugee agency]].""",
)

item(
    "SPLA-IO splinter group and Machar's forces clash at Magenis",
    """A breakaway faction of the SPLA-IO said on Sunday that its forces had beaten off an attack on
    their base at Magenis, near the Sudanese border, on {{7 August 2021}}, killing
    [[28 fighters|killed;a=A breakaway faction of the SPLA-IO]] loyal to First Vice-President Riek
    Machar. Lam Paul Gabriel, Machar's spokesman, said his side had lost
    only [[three men|killed;a=Lam Paul Gabriel]] and had killed
    [[more than 30 of the dissidents|killed;a=Lam Paul Gabriel;n=dissidents]]. The splinter group,
    known as Kitgwang, claims [[about 5,000 fighters|combatants;a=The splinter group;alt=Kitgwang]]
    in Upper Nile. Aid workers said [[around 1,000 people|displaced;a=Aid workers]] had fled
    Magenis towards Renk. UNMISS said it would send
    [[40 peacekeepers|combatants;p;a=UNMISS]] to the area once the fighting stopped.""",
)
