"""dev377 items: the Upper Nile clashes of 2025 and their aftermath, Maban's refugee camps and
Abyei, where returnees and refugees from Sudan meet South Sudan's own fighting (2023-2026)."""

from _wrap import item

item(
    "Nasir garrison falls to White Army fighters",
    """
    JUBA, {{March 5}} (Reuters) - Armed youths of the White Army overran the army garrison in
    Nasir, near the Ethiopian border, after {{two days}} of fighting, the South Sudan People's
    Defence Forces said on Wednesday. Army spokesman Lul Ruai Koang said [[several
    thousand|combatants;a=Lul Ruai Koang]] fighters had attacked the base, which was held by
    [[about 400 soldiers|combatants;a=Lul Ruai Koang]]. Local officials said [[at least 27
    soldiers|killed;a=Local officials]] were killed, among them the garrison commander, and that
    [[more than 40|injured;a=Local officials]] were wounded. A UN helicopter sent to evacuate
    wounded soldiers came under fire on {{March 7}},
    killing [[one crew member|killed;a=UNMISS]], UNMISS said. [[Dozens of soldiers|missing;
    a=their families]] remain unaccounted for, their families said. The White Army, which can raise [[tens of thousands of armed youths|combatants]] from Nuer
    cattle camps, last fought government forces on this scale in {{2014}}. The government accused
    forces loyal to First Vice-President Riek Machar of backing the attack, which his SPLM-IO
    denied.
    """,
)

item(
    "Airstrikes on Nasir and Ulang send thousands fleeing to Ethiopia",
    """
    Air strikes on villages around Nasir and Ulang have killed [[at least 21 civilians|killed;
    a=local officials]], local officials said, after the government vowed to retake the town.
    Among the dead were [[nine children|killed]]. The Upper Nile health ministry said [[58 people|injured;a=The Upper Nile health ministry]]
    with burns and shrapnel wounds had been carried by canoe to clinics in Ulang. Satellite images
    reviewed by a monitoring group showed [[about 350 tukuls|housing;a=a monitoring group;
    u=structure;n=tukuls]] burned in [[three villages|other;a=a monitoring group]] along the Sobat river. OCHA said [[some
    63,000 people|displaced;a=OCHA]] had been displaced in Nasir and Ulang counties, and UNHCR
    said [[more than 23,000|displaced;a=UNHCR]] had crossed into Ethiopia's Gambella region by
    {{mid-April}}. Among them were [[about 1,800 returnees|displaced]] who had come home
    from Sudan only months earlier. The army said the strikes targeted White Army
    positions and denied hitting civilians.
    """,
)

item(
    "SPLM-IO officials arrested in Juba after Nasir attack",
    """
    JUBA, {{March 6}} (AFP) - South Sudanese security forces have arrested [[at least 20 senior
    officials|arrested;a=the party]] of Riek Machar's SPLM-IO, including the petroleum minister
    and the deputy army chief, the party said on Thursday. [[Up to 50 soldiers|combatants;a=witnesses]] surrounded Machar's
    residence, witnesses said, and [[about 30 of his bodyguards|arrested;a=a party spokesman]] were disarmed and
    detained, a party spokesman said. The government said [[eight officers|arrested;a=The
    government]] were being questioned over links to the White Army. Rights group Amnesty
    International said [[dozens|arrested;a=Amnesty International]] more had been held without
    charge in Nasir and Malakal. By {{March 26}}, Machar himself was under house arrest. The
    UN mission said [[some 200 people|displaced;a=The UN mission]] from the Nuer community in
    Juba had sought shelter at its base.
    """,
)

item(
    "Ugandan troops deploy in Juba as tension rises",
    """
    KAMPALA, {{March 11}} (Reuters) - Uganda has sent special forces to Juba to "secure" the
    South Sudanese capital, Uganda's army chief Muhoozi Kainerugaba said. A Ugandan military
    source said [[about 1,000 troops|combatants;a=A Ugandan military source]] had been flown in,
    with [[a dozen armoured vehicles|other;a=A Ugandan military source]]. A South Sudanese
    official said the force would grow to [[up to 3,000|combatants;p;a=A South Sudanese
    official]]. Uganda deployed troops in South Sudan in {{2013}}, when [[more than 10,000
    soldiers|combatants]] were sent at the height of the civil war. In {{late March}}, Ugandan
    gunships struck positions near Nasir, and local officials said [[at least 12 people|killed;
    a=local officials]] died, most of them women and children. [[Some 4,000 people|displaced;a=local officials]] fled the
    area after the strikes, local officials said.
    """,
)

item(
    "Air strike hits MSF hospital in Old Fangak",
    """
    An air strike destroyed the pharmacy of the Médecins Sans Frontières hospital in Old Fangak
    early on Saturday, and a drone attack on the town's market killed [[at least seven
    people|killed;a=MSF]] and wounded [[about 20|injured;a=MSF]], MSF said. The hospital, the
    only one in Fangak county, was treating [[34 in-patients|other;a=the charity;alt=MSF]] at the
    time, and staff moved all of them to a church nearby, the charity said.
    [[Three hospital buildings|housing]] were damaged. Fangak had taken in
    [[about 5,000 returnees|returned;a=county officials]] from Sudan since {{2023}}, county
    officials said, and [[thousands of residents|displaced;a=residents]] fled into the swamps
    after the strike, residents said. MSF said it had treated [[more than 2,400 patients|other;
    a=MSF]] in Old Fangak in {{April}} alone.
    """,
)

item(
    "OCHA: Upper Nile fighting has displaced 130,000 this year",
    """
    Fighting in Upper Nile since {{February}} has displaced [[about 130,000 people|displaced;
    a=OCHA]], OCHA said in an update on Thursday, [[including 48,000 children|displaced;a=OCHA]].
    [[Some 33,000|displaced;a=UNHCR]] have fled to Ethiopia and [[around 4,000|displaced;a=UNHCR]]
    to Sudan's White Nile state, UNHCR said, despite the war there. OCHA said [[1.2 million
    people|civilians;a=OCHA]] in Upper Nile need humanitarian assistance, and that [[six
    counties|other;a=OCHA]] were partly or fully cut off. Attacks on aid have forced [[at least
    60 aid workers|other;a=OCHA]] to relocate, and [[two|killed;a=OCHA]] were killed in {{March}}
    and {{April}}, it said. The agency said it expects [[up to 200,000|displaced;p;a=The
    agency;alt=OCHA]] to be displaced by the end of the year if fighting continues.
    """,
)

item(
    "Maban's camps take in new refugees from Blue Nile",
    """
    BUNJ, {{June 18}} - [[More than 9,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in
    Maban county since {{April}}, fleeing fighting between the army and the Rapid Support Forces
    in Sudan's Blue Nile state, UNHCR said on Wednesday. Maban's [[four camps|capacity;a=the
    agency;alt=UNHCR]], Doro, Yusuf Batil, Gendrassa and Kaya, already host [[about 178,000
    refugees|displaced;a=the agency;alt=UNHCR]], most of them from Blue Nile's earlier war, the agency said. UNHCR said it had
    built [[1,150 emergency shelters|capacity;a=UNHCR]] and that [[about 2,600 people|displaced;
    a=UNHCR]] were sleeping in a reception centre built for [[800|capacity;a=UNHCR]]. WFP said it
    had given {{two-month}} rations to [[6,300 new arrivals|aid;a=WFP]] and would register [[the
    remaining 2,700|aid;p;a=WFP]] next week. Refugee leaders said [[14 people|killed;a=Refugee
    leaders]], mostly children, had died on the road from Kurmuk.
    """,
)

item(
    "Refugees and hosts clash over firewood in Maban",
    """
    Clashes between refugees from Doro camp and members of the host community in Maban killed
    [[five people|killed;a=county officials]] and wounded [[at least 18|injured;a=county
    officials]] over the weekend, county officials said. The fighting began when a group of
    refugee women collecting firewood were beaten near Bunj. Youths then set fire to [[more than
    120 refugee shelters|housing;a=UNHCR]] in a block of the camp, UNHCR said, leaving [[about
    700 refugees|displaced;a=UNHCR]] without a roof. Police said [[23 people|arrested;a=Police]]
    had been arrested. Maban's commissioner said the county's population of [[about 60,000
    people|civilians;a=Maban's commissioner]] was now outnumbered {{three to one}} by refugees.
    UNHCR said it would rebuild [[the 120 shelters|housing;p;a=UNHCR]] and fund [[four
    firewood patrols|other;p;a=UNHCR;u=other;n=patrols]] a week.
    """,
)

item(
    "Two aid workers abducted on Maban road, one freed",
    """
    Gunmen abducted [[two South Sudanese aid workers|kidnapped;a=the NGO Forum]] on the road
    between Bunj and Doro on Monday, the NGO Forum said, the {{fourth}} such incident in Maban this
    year. [[One of them|kidnapped;n=-]], a driver, was released on
    Wednesday. The Forum said [[about 50 staff|other;a=The Forum]] had been pulled back to Bunj. Since
    {{January}}, [[seven aid workers|kidnapped;a=OCHA]] have been abducted in
    Upper Nile and [[three|killed;a=OCHA]] killed, OCHA said. [[Eleven international
    organisations|other;a=the Forum;alt=the NGO Forum;u=other;n=organisations]] have suspended
    road movements in Maban, the Forum said, affecting food deliveries to [[some 40,000
    refugees|aid;a=the Forum;alt=the NGO Forum]].
    """,
)

item(
    "Attack on Abyei villages kills dozens, peacekeeper among dead",
    """
    ABYEI, {{Jan 28}} (AP) - Armed youths attacked villages in the Rumamer and Nyinkuac areas
    of Abyei on Saturday night, killing [[at least 52 people|killed;a=Abyei's information
    minister]], Abyei's information minister said. [[Sixty-four people|injured;a=the
    minister]] were wounded and [[at least 14 children|kidnapped;a=the minister]] were abducted,
    the minister said. The UN Interim Security Force for Abyei said [[one Ghanaian
    peacekeeper|killed;a=The UN Interim Security Force for Abyei;n=peacekeeper]] was killed when
    attackers fired on its base, where [[about 2,000 civilians|displaced;a=The UN Interim Security
    Force for Abyei]] had fled. Local leaders said [[hundreds of cattle|other;a=Local leaders]]
    were taken and [[about 300 homes|housing;a=Local leaders]] burned. [[About 20 villagers|missing]] were still missing on Monday. Authorities blamed Nuer
    armed youths allied with Twic Dinka fighters; Twic officials denied involvement.
    """,
)

item(
    "Abyei becomes a route home as Kordofan burns",
    """
    Abyei, the contested area between Sudan and South Sudan, has become a corridor for people
    fleeing fighting in West Kordofan. The Abyei administration said [[about 12,000
    returnees|returned;a=The Abyei administration]] and [[some 3,500 Sudanese refugees|displaced;
    a=The Abyei administration]] had arrived through Amiet market since {{November}}. IOM said it
    had registered [[4,270 households|displaced;a=IOM]] at the Agok transit point and moved
    [[1,900 people|displaced;a=IOM]] onward to Wau and Aweil. UNISFA, which has [[about 3,500
    troops|combatants;a=UNISFA]] in the area, said its patrols had escorted [[27 convoys|other;
    a=UNISFA]] of returnees to Agok. WFP said it had fed [[more than 16,000 people|aid;
    a=WFP]] in Agok and Abyei town.
    """,
)

item(
    "Abducted Abyei children returned, more still missing",
    """
    UNISFA said on Tuesday it had helped return [[nine abducted children|kidnapped;a=UNISFA]] to
    their families in Abyei, {{three months}} after they were taken in raids on Ngok Dinka
    villages. Abyei's social welfare minister said [[at least 31 children|missing;a=Abyei's
    social welfare minister]] abducted in the same raids were still missing. The children,
    {{aged four to 13}}, were handed over by Twic county chiefs at a ceremony in Agok, along with [[three women|kidnapped]]
    seized in the same raids. [[Between 40 and 60 armed men|combatants;a=witnesses]] carried
    out the raids, witnesses said. The mission
    said [[six suspects|arrested;a=The mission;alt=UNISFA]] had been detained by community
    police. Families of [[another 17 people|missing;a=Families]] who disappeared during
    fighting near Majbong in {{2024}} say they have had no news.
    """,
)

item(
    "Soldiers' families wait for word from Nasir",
    """
    MALAKAL, {{April 9}} - Families in Malakal are still waiting for news of soldiers who went
    missing when the Nasir garrison fell. The army said [[86 soldiers|missing;a=The army]] were
    unaccounted for and that the bodies of [[31|killed;a=The army]] had been recovered by
    community elders. [[Up to 30 soldiers|missing;a=their relatives]] are believed to have drowned while
    crossing the Sobat, their relatives said. The ICRC said it had passed [[112 Red Cross messages|other;a=The ICRC;
    u=other;n=messages]] between detained soldiers and their families. [[Fourteen
    soldiers|kidnapped;a=The ICRC]] held by the White Army were released to the ICRC on
    {{Sunday}}, it said. The army said it had deployed [[2,000 more troops|combatants;a=The
    army]] to Upper Nile since {{March}}.
    """,
)

item(
    "Returnees who fled Sudan's war displaced again by Upper Nile fighting",
    """
    [[Thousands of returnees|displaced;a=aid workers]] who had settled in Panyikang and Tonga
    after fleeing Sudan have been displaced again by fighting between the army and the Agwelek
    militia, aid workers said. OCHA said [[about 17,000 people|displaced;a=OCHA]] had fled
    towards Malakal in a week, [[including nearly 5,000 returnees|displaced;a=OCHA]] from Sudan.
    A county official said [[at least 11 people|killed;a=A county official]] had been killed and
    [[about 400 tukuls|housing;a=A county official;u=structure;n=tukuls]] burned. [[Some 2,300
    families|displaced;a=the Malakal RRC]] are sheltering in schools in Malakal town, the
    Malakal RRC said. "We ran from Khartoum and now we run again," said Nyakuoth Gatluak, {{34}}.
    """,
)

item(
    "Refugees in Gambella start to go back to Nasir",
    """
    UNHCR said on Friday that [[about 6,400 South Sudanese|returned;a=UNHCR]] who fled to
    Ethiopia during the fighting in Nasir and Ulang had gone back since a ceasefire took hold in
    {{July}}. Ethiopian authorities said [[more than 18,000|displaced;a=Ethiopian authorities]]
    remained in the Gambella region, many of them in [[four reception centres|capacity;
    a=Ethiopian authorities]] near Pagak and Burbiey. IOM said it had counted [[1,270 people|returned;
    a=IOM]] crossing back at Jikmir in a single week of {{August}}. In Nasir town, the county
    commissioner said [[about 2,000 shops|housing;a=the county commissioner]] had been looted or
    burned during the fighting, and that [[1,100 households|aid;p;a=the county commissioner]]
    would receive seeds and tools before the next rains. Returnees say [[more than 600
    homes|housing;a=Returnees]] burned in {{March}} are still in ruins.
    """,
)

item(
    "South Sudan's peace deal: a timeline of delays",
    """
    The Revitalised Agreement on the Resolution of the Conflict in South Sudan was signed in
    Addis Ababa in {{September 2018}}, ending a civil war that began in {{December 2013}}. A
    unity government was formed in {{February 2020}}, with Riek Machar as first vice-president.
    The transitional period, first due to end in {{2022}}, was extended by {{24 months}} and then
    again in {{September 2024}}, pushing elections to {{December 2026}}. Machar was placed under
    house arrest in {{March 2025}} and charged in {{September}} with treason. Analysts say
    {{less than a third}} of the deal's security provisions have been carried out.
    """,
)

item(
    "Abyei: why the border area still has no final status",
    """
    Abyei's status was left open by the {{2005}} Comprehensive Peace Agreement, which promised a
    referendum alongside South Sudan's own vote in {{January 2011}}. That referendum never
    happened. In {{October 2013}}, the Ngok Dinka held an unofficial vote in which {{99.9 per
    cent}} chose to join South Sudan; neither Khartoum nor Juba recognised it. The UN Security
    Council created the UN Interim Security Force for Abyei in {{June 2011}} under Resolution
    {{1990}}, and renews its mandate each {{November}}. The area covers about {{10,500 square
    kilometres}}.
    """,
)
