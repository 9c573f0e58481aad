"""Items of eval/dev212: Yemen (Houthi, government and Saudi-led coalition exchanges, the
Galaxy Leader crew), Armenia and Azerbaijan, Cyprus's missing, Libya, Afghanistan, Sudan,
Ethiopia and north-east Syria."""

from _wrap import item

item(
    "Nearly 900 detainees flown home in Yemen's biggest swap",
    """
    The ICRC said it had completed the transfer of [[nearly 900 detainees|other;a=ICRC]] between
    Yemen's warring parties over {{three days}}, using
    [[15 flights|other;a=ICRC]] between Sanaa, Aden, Marib and the Saudi city of Abha. The
    Houthis released [[181 prisoners|other]], among them
    [[16 Saudis|other]] and [[three Sudanese|other]] captured fighting for the Saudi-led
    coalition, while the government freed [[706 Houthi detainees|other]]. Abdulqader al-Murtada,
    who heads the Houthis' prisoner committee, said talks on a further round would resume after
    Eid. ICRC staff handed [[880 hygiene kits|aid]] to the freed men at the airports. The UN
    envoy, Hans Grundberg, called the exchange a rare sign of trust after
    {{eight years}} of war and said the deal agreed in Switzerland in March should lead to
    the release of all conflict-related detainees.
    """,
)

item(
    "Mothers of Yemen's detainees keep up their vigils",
    """
    The Abductees' Mothers Association, which has held weekly vigils in Sanaa, Aden and Marib
    since {{2016}}, said [[more than 1,400 civilians|arrested;a=Abductees' Mothers Association]]
    were being held by the parties to Yemen's war, most of them by the Houthis.
    [[At least 140|killed;a=association;alt=Abductees' Mothers Association]] have died under
    torture since {{2015}}, the association said, and
    [[some 400|missing;a=association;alt=Abductees' Mothers Association]] have been forcibly
    disappeared. The Committee to Protect Journalists says
    [[about 30 journalists|arrested;a=Committee to Protect Journalists]] are in detention. The UN
    says the Houthis are holding [[at least 59 of its staff|arrested;a=UN]], along with
    employees of embassies and charities. [[About 60 detainees|other]] have been freed in local
    deals since January, usually through tribal mediators, and mediators hope
    [[up to 200|other;p;a=mediators]] more could be released before Ramadan.
    """,
)

item(
    "Saudi Arabia frees 104 Houthi prisoners ahead of wider deal",
    """
    Saudi Arabia released [[104 Houthi prisoners|other;a=coalition]] on Sunday, the Saudi-led
    coalition said, flying them to Sanaa on [[two ICRC planes|other;u=other]]. The Houthis in turn
    released [[13 Saudi soldiers|other]] in a separate handover. Abdulqader al-Murtada, the
    Houthi official in charge of prisoner files, said
    [[about 1,000 more|other;p;n=-;a=Abdulqader al-Murtada]] would be exchanged in the next round.
    Coalition spokesman Turki al-Maliki said the release was a humanitarian initiative. The
    Houthis field [[an estimated 200,000 fighters|combatants;a=UN experts]], according to UN
    experts. [[More than 150,000 people|killed;a=UN]] have been killed in Yemen's war, the UN
    says.
    """,
)

item(
    "Yemen talks round opens in Muscat",
    """
    Negotiators from Yemen's government and the Houthis met in Muscat on {{Tuesday 10 June}} for
    a round of talks expected to last {{two weeks}}, {{seven years}} after the Stockholm
    Agreement of {{December 2018}}. UN Security Council Resolution {{2216}} remains the basis of
    the government's position. The UN's {{2025}} humanitarian appeal for Yemen, of
    {{$2.5 billion}}, was only {{9 per cent}} funded by mid-year. The first session ended at
    {{6pm}}.
    """,
)

item(
    "Bodies exchanged across Marib front lines",
    """
    The ICRC said it had facilitated the transfer of [[44 bodies|killed;a=ICRC]] across the
    front lines south of Marib on Thursday, the remains of fighters killed in clashes over the
    past year. In Taiz, tribal mediators secured the release of
    [[15 prisoners|other]] held by the two sides, who were swapped at the al-Hawban crossing
    as [[dozens of families|other]] waited. Each side freed
    [[eight detainees|other;a=local officials]] in a separate deal in al-Dhale, local officials said. The Houthis
    say [[about 300 bodies|killed;a=Houthis]] of their fighters still lie in areas held by
    government forces. [[At least 1,500|missing;a=ICRC]] fighters from both sides remain missing
    around Marib, according to the ICRC. Local mediators hope to free
    [[between 80 and 100 prisoners|other;p;a=Local mediators]] in Taiz before the end of the
    year.
    """,
)

item(
    "Galaxy Leader crew freed after 14 months held by Houthis",
    """
    The Houthis released [[the 25 crew members|kidnapped;a=Oman's foreign ministry]] of the
    Galaxy Leader on Wednesday, Oman's foreign ministry said, {{14 months}} after the car
    carrier was seized in the Red Sea. They included [[17 Filipinos|kidnapped]],
    [[two Bulgarians|kidnapped]], [[three Ukrainians|kidnapped]] and
    [[two Mexicans|kidnapped]], as well as a Romanian. The group said the release followed the
    ceasefire in Gaza. The Houthis have attacked
    [[more than 100 merchant ships|other;a=US officials]] since {{November 2023}}, according to
    US officials.
    """,
)

item(
    "Azerbaijan frees 32 Armenian soldiers in rare swap",
    """
    Azerbaijan released [[32 Armenian servicemen|other]] and Armenia freed
    [[two Azerbaijani soldiers|other]] on Wednesday, in a gesture the two governments said was
    meant to build trust before peace talks. Armenian officials say
    [[23 Armenians|arrested;a=Armenian officials]] are still held in Baku, including
    [[eight former leaders|arrested;a=Armenian officials]] of Nagorno-Karabakh. UNHCR says
    [[more than 100,000 ethnic Armenians|displaced;a=UNHCR]] fled the enclave in
    {{September 2023}}. Azerbaijan's State Commission on Prisoners of War, Hostages and Missing
    Persons says [[about 3,800 Azerbaijanis|missing;a=Azerbaijan's State Commission on Prisoners
    of War, Hostages and Missing Persons]] are still missing from the war of the {{1990s}}, and
    Yerevan counts [[about 1,000 Armenians|missing;a=Yerevan]] missing from both wars.
    """,
)

item(
    "Armenians freed in return for minefield maps",
    """
    Azerbaijan handed [[15 Armenian detainees|other;a=Armenia's foreign ministry]] to Armenia on
    Saturday in exchange for maps of minefields in the Aghdam district, Armenia's foreign
    ministry said, in a deal mediated by Georgia and the United States. Baku said the maps
    showed [[97,000 anti-tank and anti-personnel mines|other;a=Baku]]. Georgia's prime
    minister said [[five more|other;p;n=-;a=Georgia's prime minister]] would be freed within weeks. Armenia's Investigative
    Committee said search teams had recovered
    [[more than 1,700 bodies|killed;a=Armenia's Investigative Committee]] since the
    {{44-day}} war of {{2020}} and that [[about 200 servicemen|missing;a=Investigative
    Committee;alt=Armenia's Investigative Committee]] were still missing. Azerbaijan returned
    the remains of [[ten soldiers|killed]] this month.
    """,
)

item(
    "Few Karabakh Armenians want to go back",
    """
    [[About 115,000 refugees|displaced;a=Armenian government]] from Nagorno-Karabakh now live in
    Armenia, the Armenian government said on Friday, {{two years}} after the exodus, and
    [[fewer than 30|returned;a=Armenian government]] have gone back. Most say they will not
    return while Azerbaijan holds Karabakh's former leaders. The government has housed
    [[about 9,000 families|aid;a=government;alt=Armenian government]] under a rental subsidy
    scheme. Stepanakert, now Khankendi, had [[about 55,000 residents|civilians]] before the
    exodus. In the city and around it, Azerbaijan's reconstruction agency said
    [[about 2,000 families|returned;a=Azerbaijan's reconstruction agency]] of Azerbaijanis
    displaced in the {{1990s}} had moved into [[1,400 rebuilt homes|housing;a=Azerbaijan's
    reconstruction agency]] across the region. Baku plans to resettle
    [[140,000 people|returned;p;a=Baku]] by {{2026}}.
    """,
)

item(
    "Peace text initialled in Washington",
    """
    Armenia and Azerbaijan initialled the text of a peace agreement at the White House on
    {{8 August 2025}}, ending {{more than 35 years}} of hostility. The deal includes a transit
    route of about {{43 km}} through Armenia's Syunik province, to be developed by US firms under
    a lease reported at {{99 years}}. Both governments must still amend their constitutions,
    adopted in {{1995}}. The ceremony began at {{2:30pm}}.
    """,
)

item(
    "Libyan rivals swap prisoners under UN-backed military commission",
    """
    Libya's rival forces exchanged [[35 detainees|other;a=UN Support Mission in Libya]] in the
    town of Shwayrif on Thursday, the UN Support Mission in Libya said, the second swap agreed by
    the {{5+5}} Joint Military Commission. [[Fourteen|other]] of those released had been held
    by forces loyal to Khalifa Haftar. Libya's General Authority for the Search and
    Identification of Missing Persons says [[more than 3,000 people|missing;a=Libya's General
    Authority for the Search and Identification of Missing Persons]] are still missing since
    {{2011}}. The authority has recovered
    [[more than 350 bodies|killed;a=authority;alt=Libya's General Authority for the Search and
    Identification of Missing Persons]] from mass graves in Tarhuna alone, it said. The UN
    mission estimates that [[about 20,000 foreign fighters|combatants;a=UN mission]] remain in
    the country. [[Four|injured;a=Libyan Red Crescent official]] of the freed men needed
    hospital treatment for wounds, a Libyan Red Crescent official said.
    """,
)

item(
    "Afghan government completes release of Taliban prisoners",
    """
    Afghanistan's National Security Council said on Thursday it had freed
    [[about 4,600 Taliban prisoners|other;a=Afghanistan's National Security Council]], nearly
    all of the [[5,000|other;p]] promised under the US-Taliban deal signed in Doha. The
    Taliban have released [[about 1,000 Afghan security personnel|other;a=Taliban]], they said.
    The last [[400 prisoners|other;p]], accused of serious crimes, are to be released after a
    loya jirga of [[more than 3,200 delegates|other]] approved the move. Afghan officials say
    [[at least 80|combatants;a=Afghan officials]] of the freed Taliban have returned to the
    battlefield.
    """,
)

item(
    "Red Cross flies freed Sudanese soldiers to Port Sudan",
    """
    The ICRC said it had flown [[125 Sudanese soldiers|other;a=ICRC]] released by the Rapid
    Support Forces from Khartoum to Port Sudan on [[two aircraft|other]], among them
    [[44 wounded|injured;a=ICRC]] who needed hospital care. Sudan's army said
    [[hundreds of its soldiers|arrested;a=Sudan's army]] remained in RSF hands in Darfur and
    Kordofan. The RSF says it holds [[some 3,000|arrested;a=RSF]] prisoners. The Sudan Doctors
    Network said [[at least 15 detainees|killed;a=Sudan Doctors Network]] had died in RSF
    custody in Soba in the past month. Saudi and US mediators in Jeddah called the release a
    goodwill gesture.
    """,
)

item(
    "Tigrayan forces free Ethiopian soldiers after Pretoria deal",
    """
    Tigrayan forces released [[about 4,000 Ethiopian soldiers|other;a=ICRC]] captured during the
    war, the ICRC said, and the men were taken by bus to Mekelle airport. In
    {{July 2021}}, Tigrayan fighters had paraded
    [[about 7,000 captured soldiers|arrested]] through Mekelle. [[About 300 Eritrean
    prisoners|other;a=UNHCR]] held by the Tigrayans have refused to be sent home and asked for
    asylum, UNHCR said. The interim administration says
    [[about 1 million people|displaced;a=interim administration]] remain displaced in
    Tigray. [[More than 20 buses|other]] were used in the operation, and the freed soldiers
    passed through a reception centre in Mekelle with room for
    [[1,500 people|capacity;a=ICRC]], the ICRC said.
    """,
)

item(
    "Kurdish-led SDF and Damascus swap prisoners in Aleppo",
    """
    The Kurdish-led Syrian Democratic Forces released [[146 prisoners|other;a=SDF]] and the
    government in Damascus freed [[100|other;a=SDF]] on Tuesday, in an exchange carried out in
    Aleppo's Sheikh Maqsoud district, the SDF said. The SDF still holds
    [[some 9,000 Islamic State fighters|arrested]] in
    [[about two dozen detention facilities|other]] across the north-east. The al-Hol camp holds
    [[about 37,000 people|displaced;a=UN]], most of them women and children, according to the
    UN. Iraq says it has repatriated [[more than 17,000|returned;a=Iraq]] of its citizens from the
    camp since {{2021}}.
    """,
)

item(
    "Cyprus missing persons committee identifies more remains",
    """
    The Committee on Missing Persons in Cyprus said on Monday it had exhumed the remains of
    [[1,230 people|killed;a=Committee on Missing Persons in Cyprus]] since it began digging in
    {{2006}}, and identified [[1,050|killed;a=Committee on Missing Persons in Cyprus]] of them.
    In all, [[1,510 Greek Cypriots|missing]] and [[492 Turkish Cypriots|missing]] were listed as missing
    after the intercommunal violence of {{1963-64}} and the war of {{1974}}.
    [[About 70 scientists|other;a=committee;alt=Committee on Missing Persons in Cyprus]] from
    both communities work at its laboratory, the committee said. Many families have waited
    {{half a century}}.
    """,
)
