"""Afghans still waiting and those sent back, 2023-2026: Pakistan's expulsion drive and the
Afghans with resettlement cases caught in it, the US refugee suspension of 2025, returns from Iran
and Turkey, Germany's deportation flights and admission programme, Camp As Sayliyah in Qatar, and
what returnees find at the border (16 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Pakistan's expulsion drive sends half a million Afghans home",
    """[[More than 500,000 Afghans|returned;a=the International Organization for Migration]] have
    crossed back from Pakistan since Islamabad ordered undocumented foreigners out on {{1 November
    2023}}, the International Organization for Migration said. The government has said [[about 1.7
    million undocumented Afghans|returned;p;a=The government]] must leave. [[Some 30,000|returned;n=-;a=Pakistani
    officials]] were formally deported, Pakistani officials said, while the rest left under
    pressure. At the peak, [[up to 24,000 people a day|returned]] crossed at Torkham. Police in
    Karachi and Islamabad detained [[thousands of Afghans|arrested;a=Amnesty International]] in
    house-to-house raids, according to Amnesty International. The IOM said {{about 60%}} of
    returnees were women and children, and that [[more than 1,500 unaccompanied children|returned;a=The
    IOM]] had crossed alone.""",
)

item(
    "Afghans cleared for US resettlement stranded in Pakistan after suspension",
    """[[About 1,660 Afghans|displaced;a=AfghanEvac]] who had been cleared to fly to the United States
    had their flights cancelled after President Donald Trump suspended refugee admissions on {{20
    January 2025}}, according to AfghanEvac, a coalition of veterans' groups. The group said
    [[some 15,000 Afghans|displaced;a=The group;alt=AfghanEvac]] in Pakistan were in the US
    pipeline, including relatives of [[about 200 US service members|other]]. Islamabad police
    detained [[at least 150 of them|arrested;n=-;a=the US embassy]] in the weeks after the order,
    the US embassy told lawyers, and [[dozens|returned;n=-]] were deported to Afghanistan.
    "These are people who stood with us," said Shawn VanDiver, the coalition's president. [[Between
    40 and 50 families|displaced;a=Shawn VanDiver]] were evicted from guesthouses run for the State
    Department when funding stopped, he said.""",
)

item(
    "UNHCR: 800,000 returned from Pakistan as aid runs short at Torkham",
    """UNHCR said on {{4 March 2025}} that [[more than 800,000 Afghans|returned;a=UNHCR]] had returned
    or been deported from Pakistan since {{September 2023}}, and that it expected [[another
    800,000|returned;p;n=-;a=UNHCR]] in {{2025}}. At Torkham the agency and its partners run
    [[four reception centres|capacity]] that can each hold [[about 1,000 people|capacity]] overnight. The World Food Programme said it had given hot meals to
    [[about 300,000 returnees|aid;a=The World Food Programme]] and cash grants to [[42,000
    households|aid;a=The World Food Programme]]. The IOM said [[roughly 7,000
    families|returned;a=The IOM]] were arriving each week and that [[more than 60 children|missing;a=The
    IOM]] separated in the crossing had not yet been traced. Aid agencies sent [[more than 300 trucks|aid]] of food and tents to the crossing. Funding for the response is at {{22%}}
    of what is needed.""",
)

item(
    "Iran deports record numbers of Afghans after war with Israel",
    """[[More than 1.5 million Afghans|returned;a=the IOM]] have returned from Iran in {{2025}}, the
    IOM said in {{August}}, [[over 500,000|returned;n=-;a=the IOM]] of them in the {{weeks}}
    following the ceasefire between Iran and Israel. On the busiest days, [[as many as 40,000
    people|returned]] crossed at Islam Qala. Iranian authorities accused Afghans of spying and
    arrested [[hundreds of them|arrested;n=-;a=Iranian media]], Iranian media reported. Returnees told
    Human Rights Watch that [[at least 16 Afghans|killed;a=Returnees]] had been shot dead by Iranian
    border guards and [[dozens|injured;n=-;a=Returnees]] wounded in {{2024}}. Aid workers said
    [[tens of thousands of returnees|civilians;a=Aid workers]] had nowhere to go in Afghanistan, where
    {{more than half}} the population needs aid.""",
)

item(
    "Germany deports 28 Afghan offenders on first flight since Taliban takeover",
    """Germany deported [[28 Afghan men|returned;a=the government]] convicted of crimes to Kabul on a
    Qatar Airways charter on {{30 August 2024}}, the government said, the first such flight since
    {{2021}}. A second flight in {{July 2025}} carried [[81 more|returned;n=-]]. The interior
    ministry said [[about 11,500 Afghans|returned;p;a=The interior ministry]] in Germany were
    required to leave the country. Germany has taken in [[more than 36,000 Afghans|displaced;a=the
    foreign ministry]] through its admission programmes since the fall of Kabul, according to the
    foreign ministry. Pro Asyl said [[two of the men deported|arrested;n=men;a=Pro Asyl]] in {{2024}}
    had since been detained by the Taliban. Each deportee was given {{€1,000}} in cash, and [[about 100 federal police officers|combatants]] escorted the flight.""",
)

item(
    "Germany halts admissions, leaving 2,400 Afghans with pledges in Pakistan",
    """The new German government suspended its federal admission programme for Afghans in {{May
    2025}}, leaving [[about 2,400 people|displaced;a=the foreign ministry]] who had been promised a
    place waiting in Islamabad, the foreign ministry said. A charter carrying [[132
    Afghans|displaced]] had landed in Leipzig {{days}} earlier. Pakistani police detained [[at least
    211 of those waiting|arrested;n=-;a=Kabul Luftbrücke]], and [[34|returned;n=-;a=Kabul Luftbrücke]]
    were deported, according to Kabul Luftbrücke, a German aid group. Courts in Berlin ordered visas
    for [[more than 70 people|other;a=Courts in Berlin]] who sued. The group said [[some 350
    families|displaced;a=The group;alt=Kabul Luftbrücke]] were living in guesthouses paid for by
    Germany, with rent due at the end of each month.""",
)

item(
    "Families of US troops among 1,100 Afghans held at Qatar camp",
    """[[About 1,100 Afghans|displaced;a=US officials]] are living at Camp As Sayliyah, a former US
    Army base outside Doha, US officials said, [[some 200 of them|displaced;n=-;a=US officials]]
    relatives of American service members. [[Roughly 400 children|displaced]] live in the camp's
    [[36 accommodation blocks|capacity;u=structure]]. The State Department told them in {{June
    2025}} that they could choose to go to a third country or return to Afghanistan, and said
    [[about 150|returned;n=-;p;a=The State Department]] had signed up to go back. Veterans' groups
    said [[at least 30 families|civilians;a=Veterans' groups]] feared persecution if sent home. The
    camp was built for [[about 5,000 troops|capacity]] during the Iraq war of {{2003}}.""",
)

item(
    "UN documents killings and arrests of Afghans forced back from Pakistan and Iran",
    """The UN Assistance Mission in Afghanistan (UNAMA) said on {{23 August 2023}} that [[at least 218
    former government officials and members of the security forces|killed;n=former government officials and members of the security forces;a=The
    UN Assistance Mission in Afghanistan (UNAMA)]] had been killed since the Taliban takeover. The
    mission recorded [[424 arbitrary arrests|arrested;u=person;a=The mission;alt=The UN Assistance
    Mission in Afghanistan (UNAMA)]] and [[14 enforced disappearances|missing;u=person;a=The mission;alt=The
    UN Assistance Mission in Afghanistan (UNAMA)]]. It said [[at least 144|injured;n=-;a=The UN
    Assistance Mission in Afghanistan (UNAMA)]] had been tortured or ill-treated in detention. Among
    the victims were [[23 returnees|arrested;a=UNAMA]] detained shortly after being deported from
    Pakistan and Iran, UNAMA said in a separate note. The mission said the Taliban had also abducted [[five former prosecutors|kidnapped;a=The mission;alt=The UN Assistance Mission in Afghanistan (UNAMA)]] in Kabul. The Taliban's spokesman rejected the report as baseless.""",
)

item(
    "Bulldozers flatten Afghan settlement on Islamabad's edge",
    """The Capital Development Authority demolished [[more than 300 homes|housing;a=residents]] and
    [[about 50 shops|housing]] in an Afghan settlement on the edge of Islamabad over {{three days}},
    residents said, leaving [[some 2,000 families|displaced;a=residents]] without shelter. Police
    arrested [[at least 90 men|arrested;a=a community elder]] who resisted, a community elder said.
    [[Eleven people|injured;a=hospital officials]] were treated for wounds at the Pakistan Institute
    of Medical Sciences, hospital officials said. Many of the families were registered with UNHCR
    and [[about 120 households|displaced;a=the agency;alt=UNHCR]] had cases pending with Western
    embassies, the agency said. The authority used [[15 bulldozers|other;u=other]]. The settlement had stood for {{more than 30 years}}.""",
)

item(
    "Returnees rebuild in Nangarhar with little help",
    """UNHCR has built [[about 2,700 shelters|housing;a=UNHCR]] for returnee families in Nangarhar and
    Kunar since {{2023}}, the agency said, but [[tens of thousands of families|displaced;a=the
    agency;alt=UNHCR]] are still living in tents or with relatives. The Norwegian Refugee Council said
    [[more than 4,000 houses|housing;a=The Norwegian Refugee Council]] in the province were
    destroyed or damaged by the earthquake of {{31 August 2025}} in neighbouring Kunar, which killed
    [[more than 2,200 people|killed;a=the Taliban government]], according to the Taliban government.
    The quake injured [[about 3,600|injured;n=-]]. Aid groups distributed [[15,000 hygiene
    kits|aid]] and [[8,000 tarpaulins|aid]] in the {{first week}}. The IOM said it had given cash to [[about 6,000 families|aid;a=The IOM]]. Many of the dead were families
    who had returned from Pakistan within the previous {{two years}}.""",
)

item(
    "Turkey steps up deportation flights to Kabul",
    """Turkey deported [[more than 44,000 Afghans|returned;a=the interior ministry]] in {{2022}}, the
    interior ministry said, most of them on [[about 150 charter flights|other;a=the interior
    ministry]] from Istanbul and Erzurum to Kabul. Migrant rights groups said [[hundreds of
    Afghans|arrested;a=Migrant rights groups]] were held in removal centres in Van at any one time.
    Turkish border guards detained [[roughly 1,200 people|arrested;a=the Van governor's office]] on
    the Iranian frontier in a single week in {{June}}, the Van governor's office said. [[At least
    nine migrants|killed]] died of cold in the mountains that winter, and [[two others|missing]] were
    never found. Among those deported were [[at least 12 former Afghan soldiers|returned;a=Human
    Rights Watch]], Human Rights Watch said.""",
)

item(
    "ICE detains Afghans as protected status ends",
    """Immigration and Customs Enforcement (ICE) has detained [[at least 90 Afghans|arrested;a=AfghanEvac]]
    since {{July 2025}}, when Temporary Protected Status for Afghanistan expired, AfghanEvac said.
    [[About 11,700 Afghans|civilians;a=the Department of Homeland Security]] held the status,
    according to the Department of Homeland Security. [[Two men|returned;a=their lawyers]] were
    deported to Kabul via Doha in {{October}}, their lawyers said, and [[more than 200 Afghans|arrested]] are being held in detention centres in Texas and Louisiana. Among those detained were
    [[five former interpreters|arrested;a=veterans' groups]] with pending visa cases, veterans'
    groups said. A federal judge in Maryland freed [[three of them|other;n=-]] in {{November}}. ICE says [[about 1,400 Afghans|returned;p;a=ICE]] have final removal orders and will be deported.""",
)

item(
    "IRC warns of crisis for Afghans awaiting resettlement in Pakistan",
    """The International Rescue Committee (IRC) said on Wednesday that [[about 2,000 Afghans|displaced;a=The
    International Rescue Committee (IRC)]] with US refugee referrals were stranded in Pakistan and
    at risk of deportation. Pakistan has told [[some 800,000 holders of Afghan Citizen
    Cards|returned;p;n=holders]] to leave, and [[about 1.4 million registered refugees|displaced]]
    face the same fate once their cards lapse. The IRC said it had given cash to [[3,600
    households|aid;a=The IRC]] and treated [[more than 25,000 patients|aid;a=The IRC]] at its
    clinics in Peshawar and Quetta in {{2024}}. Returns were running at [[between 3,000 and 4,000
    people a day|returned]] in {{April}}. Gunmen in Peshawar abducted [[two Afghan aid
    workers|kidnapped;a=police]] in {{March}}, police said; [[both|kidnapped;v=2;n=-]] were freed
    unharmed {{a week}} later.""",
)

item(
    "Afghan pilots who fled to Uzbekistan flown on to UAE",
    """[[Forty-six Afghan military aircraft|other;u=other;a=Uzbekistan's defence ministry]] carrying
    [[585 Afghan soldiers and airmen|displaced;n=soldiers and airmen;a=Uzbekistan's defence
    ministry]] landed in Termez as Kabul fell, Uzbekistan's defence ministry said. [[Two airmen|killed]] died when an Afghan plane and an Uzbek fighter collided near the border. The Uzbek
    authorities held the men for {{a month}} before the United States arranged for [[about 450 of
    them|displaced;n=-;a=US officials]] to be flown to the United Arab Emirates, US officials said.
    Tajikistan said [[more than 140 Afghan troops|displaced;a=Tajikistan]] had crossed into its
    territory. The Taliban demanded the return of the aircraft, which remained in Uzbekistan, and of
    [[the 22 helicopters|other;u=other]] among them.""",
)

item(
    "Pakistan sets new deadlines for Afghans' residence cards",
    """Pakistan's interior ministry said on {{7 March 2025}} that Afghan Citizen Cards would no
    longer be valid after {{31 March}}, and that Proof of Registration cards would expire on {{30
    June}}. The ministry said children under {{18}} would be covered by their parents' status.
    Rights groups said the move broke Pakistan's commitments and came less than {{two years}} after
    the first deadline of {{1 November 2023}}. The cabinet later pushed the June deadline back by
    {{three months}}.""",
)

item(
    "Kabul airport four years on: foreign airlines return",
    """Four years after the airlift, Turkish Airlines resumed flights to Kabul on {{14 August 2025}},
    the first Western-based carrier to do so since {{2021}}. Flight {{TK 706}} left Istanbul at
    {{01:30}} and landed after {{five hours}}. A return ticket costs about {{$900}}, roughly
    {{20 times}} the average monthly wage in Afghanistan. The Emirati company GAAC has run the
    airport's ground operations since {{2022}} under a {{10-year}} contract.""",
)
