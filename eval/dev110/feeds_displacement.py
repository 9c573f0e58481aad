"""Displacement, return and migration as the feeds and aggregators deliver them: agency
releases, situation reports and the wires (8 articles with figures)."""

from _wrap import BLANK, FLAT, LINE, item

item(
    "Chad: UNHCR races to move Sudanese refugees from border before rains",
    """Format: News and Press Release

    Source: UNHCR

    Posted: {{9 Jun 2023}} Originally published: {{9 Jun 2023}} Origin: View original

    ADRÉ, Chad – [[More than 100,000 refugees|displaced;a=UNHCR]] have crossed into eastern Chad
    since fighting broke out in Sudan on {{15 April}}, {{90 per cent}} of them women and
    children, UNHCR, the UN Refugee Agency, said on Friday.

    Arrivals have surged since late May, with [[up to 2,000 people a day|displaced;a=UNHCR
    teams]] crossing at Adré alone, UNHCR teams report. Médecins Sans Frontières said its team
    at Adré hospital had treated [[more than 300 wounded refugees|injured;a=Médecins Sans
    Frontières]] in two weeks.

    With the rainy season about to cut the roads, UNHCR is racing to move refugees away from the
    border. It has relocated [[5,300 people|displaced]] to Kounoungou camp in the past
    month and plans to move [[another 20,000|displaced;p;a=UNHCR]] before the rains.

    A new camp at Zabout, built to house [[50,000 people|capacity]], opened this week.

    Eastern Chad already hosted [[around 400,000 Sudanese refugees|displaced]] from earlier
    conflicts in Darfur, in [[13 camps|capacity]] along the border. UNHCR's appeal for Chad is
    only {{16 per cent}} funded.

    Download document (PDF, {{412.5 KB}})

    Countries: Chad, Sudan""",
    LINE,
)

item(
    "More than 100,000 people flee Nagorno-Karabakh as exodus nears its end",
    """This article is more than {{1 year old}}

    Andrew Roth and agencies

    Sat {{30 Sep 2023 13.21 BST}}

    [[More than 100,000 ethnic Armenians|displaced;a=Armenia's government]] have fled
    Nagorno-Karabakh in less than a week, Armenia's government has said, from a population of
    [[about 120,000|civilians;a=Armenia's government]] before Azerbaijan's lightning offensive.

    Nazeli Baghdasaryan, the press secretary of Armenia's prime minister, said
    [[100,417 people|displaced;a=Nazeli Baghdasaryan]] had crossed into Armenia by Saturday
    morning, and that [[21,043|displaced;a=Nazeli Baghdasaryan]] of them had been given state
    housing.

    Officials in Stepanakert, which Azerbaijan calls Khankendi, said
    [[170 people|killed;a=Officials in Stepanakert]] were killed and
    [[more than 200|injured;a=Officials in Stepanakert]] injured in an explosion at a fuel
    depot on Monday. [[Hundreds of people|civilians]] had been queueing there for petrol for
    the journey out. The Red Cross said [[dozens of people|missing;a=The Red Cross]] were still
    unaccounted for.

    Azerbaijan's border guards detained Ruben Vardanyan, a former head of the enclave's
    government, as he tried to cross into Armenia. The UN said it would send a mission to the
    region this weekend, its first in about {{30 years}}.

    Explore more on these topics

    Armenia • Azerbaijan • Europe • news

    Share

    Reuse this content""",
    LINE,
)

item(
    "Hundreds more Rohingya land in Aceh as residents turn boats away",
    """Jakarta ● Sun, {{December 10, 2023}}

    [[Nearly 200 Rohingya refugees|displaced;a=a local official]], most of them women and
    children, landed on a beach in Pidie regency on Sunday morning after weeks at sea, a local
    official said. [[Another 135 people|displaced]] came ashore in Aceh Besar later in the day.

    UNHCR said [[more than 1,500 Rohingya|displaced;a=UNHCR]] had arrived in Aceh since
    mid-November on [[nine boats|other;a=UNHCR]], the largest influx since {{2015}}.

    Residents in some coastal villages have refused to let the refugees land. Last week
    villagers in Bireuen pushed [[200 to 250 people|returned]] back to sea after giving them food
    and water, and their boat has not been seen since.

    The new arrivals are being sheltered in tents at a sports hall and in a former immigration
    building that can take [[about 500 people|capacity]].

    Indonesia is not a signatory to the {{1951}} Refugee Convention but has taken in Rohingya on
    humanitarian grounds. Police arrested [[three Rohingya men|arrested]] suspected of having
    organised the voyage. [[More than a million Rohingya|displaced;q=at_least;v=1000000]] live
    in crowded camps in Bangladesh, where rations have been cut twice this year.

    Topics : Rohingya, refugees, Aceh""",
    BLANK,
)

item(
    "Afghans throng Torkham crossing as Pakistan's deportation deadline expires",
    """Published On {{2 Nov 2023}}

    Listen to this article

    Islamabad, Pakistan – [[Thousands of Afghans|returned]] queued at the Torkham border crossing
    on Thursday as a Pakistani deadline for undocumented foreigners to leave the country expired
    and police began door-to-door checks.

    [[More than 165,000 Afghans|returned;a=Pakistani officials]] have left since the government
    announced the deadline on {{October 3}}, Pakistani officials say,
    [[about 24,000|returned;a=Pakistani officials]] of them on Wednesday alone. Pakistan says
    [[some 1.7 million Afghans|returned;p;a=Pakistan]] living in the country without documents
    will be deported.

    In Karachi, police detained [[more than 1,000 Afghans|arrested;a=a police spokesman]] in
    raids on Wednesday night, a police spokesman said.

    Afghan families wait with their belongings to cross into Afghanistan at Torkham [Abdul
    Majeed/AFP]

    The UN refugee agency says Pakistan also hosts
    [[about 1.3 million registered Afghan refugees|displaced;a=The UN refugee agency]], who are
    exempt from the order. On the Afghan side, the Taliban have set up a camp near the crossing
    with [[1,500 tents|capacity]]. Afghan officials at Torkham said they were registering
    [[as many as 10,000 returnees a day|returned;a=Afghan officials at Torkham]].

    Related: 'Where do we go?': {{40 years}} on, Afghans in Pakistan face expulsion

    SOURCE: AL JAZEERA""",
    LINE,
)

item(
    "South Sudan: overcrowding in Renk as returns from Sudan pass 250,000",
    """Juba – [[More than 250,000 people|displaced;a=the International Organization for Migration
    (IOM)]] have fled into South Sudan from Sudan since fighting erupted there in April,
    {{80 per cent}} of them South Sudanese returnees, the International Organization for
    Migration (IOM) said on Monday.

    The transit centre in the border town of Renk, built to host [[3,000 people|capacity]], now
    shelters [[more than 12,000|displaced]], with families sleeping in the open.

    IOM said it had moved [[38,000 returnees|returned;a=IOM]] onward to Malakal and other
    destinations since May, using [[22 boats|other;a=IOM]] on the Nile and
    [[14 buses|other;a=IOM]] on the road south. Many returnees have not been home for
    {{decades}}.

    Health authorities said [[at least 17 children|killed;a=Health authorities]] had died of
    measles and malnutrition in the centre since June. IOM and its partners have vaccinated
    [[more than 9,000 children|aid]] against measles at the border.

    For more information, please contact: IOM South Sudan, Tel: {{+211 912 379 843}}, Email:
    iomsouthsudan@iom.int

    Posted: {{21 August 2023}}""",
    LINE,
)

item(
    "Fighting between ELN and Gulf Clan confines 2,000 in Chocó",
    """Bogotá, {{Apr 12}} (EFE).- [[More than 2,000 people|civilians;a=the Ombudsman's Office]]
    from [[12 indigenous and Afro-Colombian communities|other;u=other;n=communities;a=the
    Ombudsman's Office]] in the western department of Chocó are confined to their villages by
    fighting between the ELN guerrilla and the Gulf Clan, the Ombudsman's Office said on
    Tuesday.

    The office said [[about 350 families|displaced;a=The office;alt=the Ombudsman's Office]] had
    fled to the town of Bagadó, where they are sleeping in a school and a community hall.
    [[Four civilians|killed;a=the Ombudsman's Office]], among them a child, have been killed by
    landmines in the area since January, it said.

    [[At least 30 schools|other]] have closed, leaving children without classes.

    The army said it had sent [[600 soldiers|combatants;a=The army]] to the area to restore
    order. Local leaders said [[two indigenous guards|kidnapped;a=Local leaders]] had been
    abducted by the ELN last week.

    Colombia has [[more than 8 million internally displaced people|displaced;a=UNHCR]],
    according to UNHCR, the most in the Americas.

    © EFE {{2022}}""",
    FLAT,
)

item(
    "Haiti: Flash Update No. 5 - Displacement in Solino and Nazon",
    """Format: Situation Report Source: OCHA Posted: {{23 Oct 2024}} Originally published:
    {{23 Oct 2024}}

    HIGHLIGHTS

    • Armed attacks on the Solino and Nazon neighbourhoods of Port-au-Prince displaced
    [[more than 10,000 people|displaced]] {{between 17 and 22 October}}.

    • Humanitarian partners are scaling up food, water and health assistance.

    SITUATION OVERVIEW

    According to the International Organization for Migration (IOM),
    [[10,312 people|displaced;a=the International Organization for Migration (IOM)]] were
    displaced from the two neighbourhoods, {{about 70 per cent}} of them women and children.
    Most found shelter in [[14 sites|capacity]], including [[five schools|capacity]], and
    with host families in Delmas.

    The UN Integrated Office in Haiti (BINUH) recorded
    [[at least 23 people|killed;a=The UN Integrated Office in Haiti (BINUH)]] killed during the
    attacks. Since the start of the year, [[more than 700,000 people|displaced]] have been
    displaced across Haiti.

    Humanitarian partners distributed [[3,000 hot meals|aid]] and
    [[1,200 hygiene kits|aid]] at the sites this week.

    Download report (PDF {{1.2 MB}})""",
    LINE,
)

item(
    "Dozens dead as migrant boat capsizes off Pylos, hundreds feared missing",
    """{{14.06.2023 • 21:08}}

    The coast guard said [[78 bodies|killed;a=The coast guard]] had been recovered and
    [[104 people|other;a=The coast guard]] rescued after a fishing boat packed with migrants
    capsized and sank before dawn on Wednesday, about {{47 nautical miles}} southwest of
    Pylos.

    Survivors told rescuers that [[as many as 750 people|other;a=Survivors]] had been on board.
    [[Hundreds|missing]] are feared missing. The survivors included
    [[47 Syrians|other;a=officials]], [[43 Egyptians|other;a=officials]] and
    [[12 Pakistanis|other;a=officials]], officials said.

    Read more: Migrant arrivals on the islands up {{30%}} this year

    The trawler had sailed from Tobruk in eastern Libya and was bound for Italy. Police
    arrested [[nine Egyptian men|arrested]] suspected of people smuggling on Thursday.

    The sea in the area is among the deepest in the Mediterranean, at more than
    {{5,000 metres}}, making any recovery of the wreck unlikely. Greece declared
    {{three days}} of national mourning.""",
    LINE,
)
