"""dev308: Jonglei, Greater Pibor, Upper Nile, Unity and the Equatorias, 2019-2026: clashes,
cattle raids, abductions and the 2025 Nasir crisis."""

from _wrap import item

item(
    "Hundreds killed, women and children abducted in Pibor raids",
    """Armed youth from Jonglei attacked villages around Gumuruk and Likuangole in Greater Pibor
    over {{three days}} in {{May 2020}}. The county commissioner said
    [[more than 280 people|killed;a=The county commissioner]] had been killed, most of them women and
    children. He said [[between 300 and 500 women and children|kidnapped;n=women and children;a=The county commissioner]]
    had been abducted and that the attackers drove off
    [[some 60,000 head of cattle|other;a=The county commissioner]]. MSF said
    [[three of its staff|killed;n=staff;a=MSF]] were among the dead and that its clinic in Pieri
    had been looted. [[About 8,000 people|displaced;a=UNMISS]] sought refuge near the UNMISS base in
    Pibor town, according to the mission. Peacekeepers treated
    [[at least 60 wounded|injured]] at the base. Jonglei state officials later said [[as many as 1,000 cattle raiders|combatants;a=Jonglei state officials]] had taken part.""",
)

item(
    "Nile clashes send thousands to Malakal protection site",
    """Fighting between two factions of the opposition Kitgwang group along the White Nile has
    driven [[more than 20,000 people|displaced;a=OCHA]] from their homes in Fangak, Tonga and
    Panyikang since {{August 2022}}, OCHA said. [[Up to 9,000|displaced;a=the agency;alt=OCHA]]
    had crossed to Kodok in Fashoda county, the agency added, and [[about 2,600|displaced]] reached
    the Malakal protection of civilians site by boat. The site, built for
    [[12,000 people|capacity]], already held [[some 37,000|displaced;a=camp managers]], camp
    managers said. A UN human rights report later found that
    [[173 civilians|killed;a=A UN human rights report]] were killed in the fighting between
    August and {{December}}. Boats carrying families came under fire at least {{twice}} on the
    river, witnesses said. Local officials in Tonga said [[dozens of homes|housing;a=Local officials]] had been burned.""",
)

item(
    "Cattle raiders kill 23 in Tonj North, children missing",
    """Armed cattle raiders killed [[23 people|killed;a=Warrap state's information minister]] in an
    attack on a cattle camp in Tonj North county on {{14 February 2024}}, Warrap state's
    information minister said. [[Twelve children|missing;a=Warrap state's information minister]] who looked after the calves were
    missing, he said. The raiders made off with [[about 1,500 head of cattle|other]] and burned
    [[a dozen houses|housing]] in the nearby village of Manyangok. Police said they had arrested
    [[eight suspects|arrested;a=Police]] and recovered [[300 cattle|other;a=Police]].
    [[At least 15 people|injured;a=health officials]] were taken to Tonj hospital, health officials
    said. The minister blamed youths from neighbouring Lakes state, a charge Lakes officials
    denied.""",
)

item(
    "White Army seizes Nasir garrison as government hits back from the air",
    """The armed youth known as the White Army overran the army garrison in Nasir, Upper Nile, on
    {{4 March 2025}}, killing [[at least 27 soldiers|killed;a=the army]], the army said. A UN
    helicopter sent to evacuate troops days later came under fire, killing
    [[one crew member|killed;a=the UN]] and wounding [[two others|injured;a=the UN]], the UN said. Government aircraft then bombed villages around Nasir and Ulang. OCHA said
    [[about 63,000 people|displaced;a=OCHA]] had fled, [[some 10,000 of them|displaced;n=-;a=OCHA]]
    into Ethiopia's Gambella region. In Juba, security forces arrested
    [[more than 20 officials|arrested;a=the party;alt=SPLM-IO]] of the SPLM-IO, including
    [[two ministers|arrested;a=the party;alt=SPLM-IO]], the party said, and later placed first
    vice-president Riek Machar under house arrest.""",
)

item(
    "Tambura violence: hundreds dead, tens of thousands displaced",
    """Fighting between armed groups recruited along Zande and Balanda lines in and around Tambura,
    Western Equatoria, has killed [[more than 440 people|killed;a=UNMISS]] since {{June 2021}},
    UNMISS said in a report on {{7 December}}. The report said
    [[about 80,000 people|displaced;a=The report]] had been forced from their homes and that
    [[some 600 homes|housing;a=The report]] had been burned in the town and surrounding villages.
    [[At least 64 people|kidnapped;a=The report]] were abducted, many of them children forcibly
    recruited. The mission deployed [[150 peacekeepers|combatants;a=a UN spokesperson]] to Tambura in {{September}}
    to protect [[hundreds of families|displaced;a=a UN spokesperson]] who had gathered near its
    temporary base, a UN spokesperson said. Church leaders in Yambio said
    [[dozens of bodies|killed;a=Church leaders]] had been left unburied along the roads.""",
)

item(
    "Shelters burned as fighting erupts inside Malakal PoC site",
    """Clashes between young men from the Shilluk and Nuer communities inside the Malakal
    protection of civilians site on {{8 June 2023}} killed [[at least 20 people|killed;a=UNMISS]],
    UNMISS said. MSF said its hospital in the site had received
    [[more than 50 wounded|injured;a=MSF]] overnight, [[about a dozen|injured;a=MSF]] of them
    with gunshot wounds. Camp managers said [[some 1,200 shelters|housing;a=Camp managers]] were
    burned and [[nearly 4,000 people|displaced;a=Camp managers]] moved to other sections or left
    the site for the town. The mission said peacekeepers had detained
    [[13 suspects|arrested;a=The mission;alt=UNMISS]] at its holding facility. The site held
    [[roughly 45,000 displaced people|displaced]], many of them Nuer and Dinka families who arrived
    from Sudan in the months before the violence.""",
)

item(
    "NAS fighters abduct villagers in Central Equatoria, diocese says",
    """Fighters of the National Salvation Front abducted [[about 40 people|kidnapped;a=the Catholic diocese of Yei]]
    from villages near Lainya in {{January 2024}}, the Catholic diocese of Yei said, among them
    [[16 boys|kidnapped;a=the Catholic diocese of Yei]] it said had been taken as recruits. The
    army said it had killed [[11 NAS fighters|killed;a=The army]] in a pursuit operation and freed
    [[nine of the captives|kidnapped;n=captives;a=The army]]. NAS denied the abductions and said
    government soldiers had burned [[more than 30 tukuls|housing;u=structure;a=NAS]] in Kenyi
    payam. [[Some 2,300 residents|displaced;a=local officials]] had fled to Lainya town, local
    officials said, and [[at least five people|killed;a=a health worker]] had died in the fighting, according to
    a health worker there.""",
)

item(
    "Lakes disarmament drive collects guns as revenge killings continue",
    """The army said on {{2 October 2023}} that it had collected
    [[more than 3,000 guns|other;a=The army]] from cattle keepers in Lakes state since the
    disarmament campaign began in {{June}}. [[Some 2,000 soldiers|combatants;a=The army]] had been
    deployed to Rumbek East, Cueibet and Yirol West, it said. Despite the operation, revenge
    attacks between sections of the Agar Dinka killed [[at least eight people|killed]] in Cueibet
    in the last week of {{September}}, according to the county commissioner. Police said
    [[45 people|arrested;a=Police]] were being held at a military detention site in Rumbek
    accused of taking part in the killings. Human rights groups said
    [[dozens of young men|arrested;a=Human rights groups]] had been detained without charge
    during the campaign, and that [[two detainees|killed;a=Human rights groups]] had died in
    custody. Aid workers said [[up to 3,000 people|displaced;a=Aid workers]] had fled Cueibet for Rumbek.""",
)

item(
    "Peacekeeper among dead in Abyei clashes",
    """Gunmen attacked villages in the disputed Abyei area on {{27 January 2024}}, killing
    [[52 people|killed;a=Abyei's information minister]], including a Ghanaian peacekeeper,
    Abyei's information minister said. [[Sixty-four others|injured;a=Abyei's information minister]] were wounded, he said.
    The UN force UNISFA said the attackers were armed youth from Twic county of Warrap state,
    locked in a dispute with the Ngok Dinka over the border. [[About 30,000 people|displaced;a=OCHA]]
    had already fled the southern part of Abyei since fighting began in {{2022}}, according to
    OCHA. [[Thousands more|displaced;n=-;a=aid workers]] gathered at the UNISFA base in Rumajak
    after the latest attack, aid workers said, and [[at least 20 villages|housing;u=other]] were
    torched. UNISFA said it was sheltering [[about 2,000 people|displaced;a=UNISFA]] inside its base in Agok.""",
)

item(
    "Abducted children reunited with families in Jonglei",
    """The government said on {{19 August 2024}} that [[41 children|kidnapped;a=The government]]
    abducted in cattle raids in Jonglei had been rescued and handed to their families in Bor. The
    children, aged between {{two and 13}}, had been held in Greater Pibor for up to {{two years}}.
    Jonglei's peace commissioner said [[more than 100 women and children|missing;n=women and children;a=Jonglei's peace commissioner]]
    from Duk, Twic East and Uror were still missing. Security forces arrested
    [[17 suspected abductors|arrested;a=police]] during the operation, police said. UNICEF said it
    had registered [[about 250 abducted children|kidnapped;a=UNICEF]] across the two areas since
    {{2020}}, and that fewer than half had been found. The Murle community's chiefs said [[between 20 and 30 children|kidnapped;a=The Murle community's chiefs]] taken from their own villages in revenge raids were also still held in Jonglei. The handover was attended by [[some 150 relatives|other]].""",
)

item(
    "Mayom cattle raid leaves 37 dead, 15 missing",
    """Raiders from neighbouring Warrap state attacked cattle camps in Mayom county, Unity state,
    before dawn on {{3 March 2022}}, killing [[at least 37 people|killed;a=the county commissioner]],
    the county commissioner said. [[Fifteen others|missing;a=the county commissioner]] were missing, he said, and
    [[about 40 people|injured;a=the state health
    ministry]] were flown to Bentiu for treatment, according to the state health
    ministry. The raiders took [[an estimated 2,000 head of cattle|other]].
    [[Around 200 households|displaced;a=local officials]] left the camps for Mayom town, local
    officials said. The state government said it would deploy
    [[500 more troops|combatants;p;a=The state government]] along the border with Warrap. Police said [[five suspects|arrested;a=Police]] were later detained in Tonj.""",
)

item(
    "Southern Unity: UN documents killings, rapes in Leer offensive",
    """UNMISS and the UN human rights office said on {{6 September 2022}} that government-aligned
    youth and militia had killed [[at least 173 civilians|killed;a=UNMISS and the UN human rights office]]
    in Leer, Koch and Mayendit counties between {{February}} and {{May}}. The report recorded
    [[131 women and girls|other;n=women and girls;a=The report]] raped, including a girl of {{eight}}.
    [[At least 37 women|kidnapped;a=the report]] were abducted and [[12 people|missing;a=the report]]
    remained missing, the report said. The violence displaced [[more than 44,000 people|displaced;a=OCHA]],
    according to OCHA, many of whom hid for weeks in the swamps. In Leer county,
    [[28 health facilities|other;a=aid workers]] were looted, aid workers said.""",
)

item(
    "Magwi farmers and herders clash as cattle keepers told to leave",
    """Clashes between farmers and armed cattle keepers in Magwi county, Eastern Equatoria, killed
    [[18 people|killed;a=the county commissioner]] in {{two weeks}}, the county commissioner said
    on {{21 April 2023}}. [[About 5,000 residents|displaced;a=the county commissioner]] had fled to Magwi town and Nimule,
    he said, after herders burned [[six houses|housing]] and a primary school at Pageri. Police
    said they had detained [[three herders|arrested;a=Police]] suspected of shooting a farmer. The
    state government ordered the cattle keepers to move [[more than 30,000 head of cattle|other;p;a=The state government]]
    back to Jonglei within {{14 days}}. Farmers' leaders said crops on {{200 acres}} had been grazed flat. The army said it had sent [[between 200 and 250 soldiers|combatants;a=The army]] to escort the herds north.""",
)

item(
    "Bombing hits MSF hospital in Old Fangak",
    """An air strike hit the MSF hospital in Old Fangak, Jonglei, in the early hours of
    {{3 May 2025}}, killing [[at least seven people|killed;a=MSF]] and wounding
    [[about 20|injured;a=MSF]], MSF said. The charity said the pharmacy, with all its medical
    supplies, was destroyed. The hospital was the only one serving
    [[some 110,000 people|civilians;a=The charity;alt=MSF]] in the area, it said. A drone also
    struck the town market, where witnesses counted [[four bodies|killed;a=witnesses]]. OCHA said
    [[more than 20 attacks|other;u=other;a=OCHA]] on health facilities had been recorded in the country
    since the start of the year. The army denied targeting the hospital and said its aircraft
    had struck a concentration of [[some 500 White Army fighters|combatants;a=The army]] nearby. [[Two MSF staff|injured;a=The charity;alt=MSF]] were among the wounded, the charity said.""",
)

item(
    "Army tells civilians to leave three Jonglei counties ahead of offensive",
    """The army ordered civilians to leave Nyirol, Uror and Akobo counties within {{72 hours}} on
    {{25 January 2026}}, saying it was preparing to clear opposition forces from the area. OCHA said
    [[about 180,000 people|displaced;a=OCHA]] had fled their homes in Jonglei since {{December}},
    [[tens of thousands of them|displaced;n=-;a=OCHA]] towards Bor and Pibor. Aid agencies said they
    had withdrawn [[more than 40 staff|other;a=Aid agencies]] from Lankien and Waat. MSF said it had
    recorded [[over 5,000 cholera cases|other;a=MSF]] in the three counties, and warned that
    [[up to 100,000 people|civilians;p;a=MSF]] could be cut off from health care. The SPLM-IO said
    [[hundreds of its fighters|combatants;n=fighters;a=The SPLM-IO]] had moved into Uror to defend
    the population. In Bor, aid workers registered [[12,000 new arrivals|displaced;a=aid workers]] in a week.""",
)

item(
    "Bright Stars beat Uganda to stay in qualifying race",
    """South Sudan beat Uganda {{2-1}} in Juba on {{9 September 2025}} to keep alive their hopes of
    reaching the {{2027}} Africa Cup of Nations, with the winner coming in the {{87th minute}}. The
    Bright Stars, ranked {{169th}} in the world, had lost their opening match {{3-0}} in Cairo. The
    national stadium, renovated with {{$4 million}} from the government, was playing host to a
    competitive game for the {{first}} time in {{five years}}. The coach, {{38}}, said the team had
    trained for {{three weeks}} in Kampala.""",
)

item(
    "Pound slides as salaries go unpaid for months",
    """The South Sudanese pound fell to {{4,200}} to the dollar on the parallel market in Juba in
    {{February 2026}}, from about {{1,300}} a year earlier, traders said. Civil servants have not been
    paid for {{eight months}}, and annual inflation reached {{107 percent}} in {{January}}, the
    National Bureau of Statistics said. The finance ministry's budget for the {{2025/26}} fiscal
    year assumed oil exports of {{100,000 barrels a day}}, but output has been below half that
    since the pipeline through Sudan was damaged in {{February 2024}}. The IMF forecast growth of
    minus {{2.7 percent}}.""",
)
