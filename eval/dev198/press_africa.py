"""dev198 items: Sudan, the Horn, East, West and Central Africa, the Sahel, Mozambique and
Tunisia."""

from _wrap import item

item(
    "Sudan's war has killed dozens of journalists, syndicate says",
    """The Sudanese Journalists Syndicate said on Sunday that [[at least 31 journalists|killed;a=The
    Sudanese Journalists Syndicate]] had been killed since fighting between the army and the Rapid
    Support Forces broke out in {{April 2023}}, [[four|killed;a=The Sudanese Journalists
    Syndicate;n=-]] of them women. It documented [[about 560 violations|other;a=Sudanese
    Journalists Syndicate;u=other]], among them [[49 journalists|kidnapped;a=Sudanese Journalists
    Syndicate]] abducted by one side or the other. [[More than 400 journalists|displaced;a=Mohamed
    Abdelaziz]] have fled abroad, mostly to Egypt, Uganda and Kenya, and [[hundreds|displaced;a=Mohamed
    Abdelaziz]] more are displaced inside Sudan, the syndicate's secretary, Mohamed Abdelaziz, said.
    The syndicate estimates that {{90%}} of media institutions in Khartoum have stopped working,
    and that [[26 media buildings|housing;a=The syndicate;alt=Sudanese Journalists Syndicate]]
    were looted or burned. RSF fighters detained [[seven reporters|arrested]] in Wad Madani in
    {{January}} and held them for {{nine days}}.""",
)

item(
    "Journalists missing after RSF takes El Fasher",
    """Sudan's journalists' syndicate said [[at least seven journalists|missing;a=Sudan's
    journalists' syndicate]] were missing after the Rapid Support Forces captured El Fasher on
    {{October 26}}, and that [[two|killed;a=Sudan's journalists' syndicate;n=-]] had been killed.
    Muammar Ibrahim, a correspondent for Al Jazeera Mubasher, appeared in a video in the custody of
    RSF fighters, and [[three other reporters|kidnapped]] were seized with him. The Committee to
    Protect Journalists said [[about 15 local reporters|civilians;a=The Committee to Protect
    Journalists]] had stayed in the city through the {{18-month}} siege. Aid groups said [[tens of
    thousands of people|displaced;a=Aid groups]] had fled El Fasher on foot to Tawila. The
    syndicate said it had sent emergency grants to the [[23 families|aid;a=The
    syndicate;alt=Sudan's journalists' syndicate]] of journalists who reached the town.""",
)

item(
    "Somali union says 63 journalists arrested in 2024",
    """The Somali Journalists Syndicate (SJS) said in its annual report that [[63
    journalists|arrested;a=The Somali Journalists Syndicate (SJS)]] were arrested across Somalia in
    {{2024}}, most of them by federal police in Mogadishu. [[Two journalists|killed;a=the
    group;alt=Somali Journalists Syndicate]] were killed, both in al-Shabaab bombings, and
    [[11|injured;a=the group;alt=Somali Journalists Syndicate;n=-]] were wounded, the group said.
    Authorities also shut down [[three radio stations|other;u=other]] and blocked news
    websites. On {{August 3}}, [[20 to 30 armed police|combatants]] raided the
    offices of Risaala Media in Mogadishu, confiscating [[12 computers|other;u=other]]. [[More than
    50 journalists|displaced;a=the syndicate;alt=Somali Journalists Syndicate]] have fled the
    country since {{2020}}, the syndicate said.""",
)

item(
    "Ethiopia detains journalists as Amhara emergency drags on",
    """Ethiopian authorities have detained [[at least 16 journalists|arrested;a=the Committee to
    Protect Journalists]] since a state of emergency was declared in the Amhara region in {{August
    2023}}, according to the Committee to Protect Journalists, and [[8 to 10|arrested;a=the
    Committee to Protect Journalists;n=-]] remain in custody. Mobile internet has been cut across
    much of Amhara for {{more than a year}}, leaving [[some 23 million residents|civilians]] largely
    offline. In {{April 2025}}, police raided the Addis Standard newsroom, seizing [[10
    laptops|other;u=other]] and [[three hard drives|other;u=other]]. The Ethiopian Media Authority
    revoked the licences of [[two online outlets|other;u=other]] in {{May}}. [[Several dozen
    Ethiopian journalists|displaced;a=Reporters Without Borders]] have gone into exile in Kenya and
    Uganda since {{2020}}, Reporters Without Borders says.""",
)

item(
    "Nigerian journalists attacked at #EndBadGovernance protests",
    """[[At least 56 journalists|other;a=the International Press Centre in Lagos]] were attacked,
    detained or harassed during the #EndBadGovernance protests in {{August 2024}}, the International
    Press Centre in Lagos said. Police detained [[at least 10 reporters|arrested]] in Abuja and
    Kano, [[three|injured;n=-]] of whom were beaten. Amnesty International said [[at least 21
    protesters|killed;a=Amnesty International]] were killed by security forces across the north. The Nigeria Union of Journalists said [[14
    cameras and phones|other;a=The Nigeria Union of Journalists;n=cameras and phones;u=other]] were
    seized or smashed. Police said [[more than 600 people|arrested;a=Police]] were arrested during
    the {{10 days}} of protests. The army deployed [[thousands of soldiers|combatants]] to Kano after
    looting on the second day.""",
)

item(
    "Congo press group says M23 has shut dozens of radios in the east",
    """Journaliste en danger (JED), a Kinshasa-based press freedom group, said the {{M23}} rebels had
    shut or taken over [[at least 37 community radio stations|other;a=Journaliste en danger
    (JED);u=other]] in North and South Kivu since capturing Goma and Bukavu in early {{2025}}. It
    said [[14 journalists|kidnapped;a=Journaliste en danger (JED)]] had been abducted by the
    rebels, and [[22|displaced;a=Journaliste en danger (JED);n=-]] more had fled to Kinshasa,
    Kampala or Bujumbura. [[Three reporters|killed;a=the group;alt=Journaliste en danger]] were
    killed in the fighting for Goma in {{January}}, the group said. UNESCO said it would distribute
    [[250 press vests|aid;a=UNESCO;u=other;p]] to stations in the region and had helped rebuild
    [[four radio studios|housing;a=UNESCO;u=structure]] in Beni and Butembo. [[More than 7 million people|displaced;a=the UN]] are displaced in
    eastern Congo, according to the UN.""",
)

item(
    "Sahel juntas suspend foreign broadcasters and silence critics",
    """Burkina Faso's junta has suspended [[at least nine foreign media outlets|other;u=other]]
    since seizing power in {{2022}}, among them RFI, {{France 24}}, {{TV5Monde}} and the BBC. [[Three
    Burkinabe journalists|kidnapped]] were abducted by men in plain clothes in {{March 2025}}; the
    junta later said they had been drafted into the army. Mali's High Authority for Communication
    has suspended [[six outlets|other;u=other]] since {{2022}}. In Niger, authorities detained
    [[four journalists|arrested;a=the Niger press union]] from Sahara FM in Agadez in {{2024}}, the
    Niger press union said. Reporters Without Borders (RSF) said [[more than 20
    journalists|displaced;a=Reporters Without Borders (RSF)]] had left Burkina Faso for Côte
    d'Ivoire and France. [[Some 2 million people|displaced;a=the UN]] are displaced by the
    jihadist insurgency in Burkina Faso, according to the UN.""",
)

item(
    "Cameroon journalist freed after five years as others remain jailed",
    """A Cameroonian radio journalist was freed on Tuesday after {{five years}} in detention on
    secession-related charges. The Committee to Protect Journalists said [[at least five
    journalists|arrested;a=The Committee to Protect Journalists]] remain in jail in Cameroon,
    [[four|arrested;a=The Committee to Protect Journalists;n=-]] of them from the English-speaking
    regions. Radio host Martinez Zogo was abducted and killed in Yaoundé in {{January 2023}}, and
    [[17 people|other]] are on trial over his death, including the former head of the domestic
    intelligence service. Separatist fighters have abducted [[at least 11 journalists|kidnapped;a=the
    Cameroon Association of English Speaking Journalists]] since {{2017}}, the Cameroon
    Association of English Speaking Journalists says. [[Three community radio studios|housing;u=structure]]
    were burned in Bamenda and Kumba. [[Dozens of journalists|displaced]] have fled Bamenda and
    Buea for Douala or Nigeria.""",
)

item(
    "Kenyan journalists shot, beaten during finance bill protests",
    """The Kenya Union of Journalists said [[at least 27 journalists|injured;a=The Kenya Union of
    Journalists]] were injured by police during protests against the finance bill in {{June}} and
    {{July 2024}}, [[five|injured;a=The Kenya Union of Journalists;n=-]] of them by live rounds or
    rubber bullets. The Kenya National Commission on Human Rights put the death toll among
    protesters at [[60|killed;a=The Kenya National Commission on Human Rights;n=-]]. It said [[more
    than 1,200 people|arrested;a=The Kenya National Commission on Human Rights]] had been arrested.
    The Media Council of Kenya said [[12 to 15 reporters|arrested;a=The Media Council of Kenya]] were
    briefly detained. [[Several hundred journalists|other]] marched to parliament on {{July 2}}
    wearing press vests. A year later, the Communications Authority switched off [[two TV
    stations|other;u=other]] for carrying live coverage of the anniversary protests.""",
)

item(
    "Uganda election: journalists beaten, internet cut for five days",
    """Uganda's Human Rights Network for Journalists said [[at least 31 journalists|injured;a=Uganda's
    Human Rights Network for Journalists]] were injured in assaults by security forces during the
    {{2021}} election campaign. The internet was shut down for {{five days}} from {{January 13}},
    cutting off [[about 45 million people|civilians]]. The army said it had deployed [[more than
    20,000 soldiers and police|combatants;a=The army;n=soldiers and police]] in Kampala alone. The
    Uganda Communications Commission ordered [[13 online outlets|other;u=other]] to register within
    {{a month}} or close. [[Up to 60 journalists|other;a=organisers]] marched to police headquarters
    to deliver a petition, organisers said. [[Seven reporters|arrested]] were arrested while
    covering opposition candidate Bobi Wine in Masaka.""",
)

item(
    "Guinea: journalist missing since December as media shut",
    """Guinean journalist Habib Marouane Camara has been missing since gendarmes seized him in
    Conakry on {{December 3, 2024}}. The Union of Private Press Professionals of Guinea (SPPG) said
    [[at least four journalists|missing;a=The Union of Private Press Professionals of Guinea
    (SPPG)]] had vanished after arrests since the coup of {{2021}}. The junta withdrew the licences
    of [[two television channels|other;u=other]] and [[four radio stations|other;u=other]] in {{May
    2024}}, leaving [[about 700 media workers|other;a=the union;alt=Union of Private Press
    Professionals of Guinea]] without jobs, the union said. Police fired tear gas at [[dozens of
    reporters|other]] protesting outside the communications ministry in {{October 2023}}.""",
)

item(
    "Mozambique reporters vanish in Cabo Delgado",
    """Community radio journalist Arlindo Chissale disappeared in Cabo Delgado in {{January 2025}}.
    MISA Mozambique said [[at least three journalists|missing;a=MISA Mozambique]] had disappeared in
    the province since the insurgency began in {{2017}}, including Ibraimo Mbaruco, who vanished in
    {{April 2020}}. During post-election protests in late {{2024}}, [[more than 300
    people|killed;a=Decide]] were killed, according to the civil society platform Decide. MISA
    recorded [[24 attacks|other;a=MISA;u=other]] on journalists in the same period and [[nine
    arrests|arrested;a=MISA;u=person]]. [[Four community radios|other;u=other]] in Cabo Delgado
    have closed since {{2020}}. The insurgency has driven [[hundreds of thousands of
    people|displaced]] from their homes in the province.""",
)

item(
    "Exiled Sudanese reporters find shelter in Kampala media house",
    """A shelter for exiled Sudanese journalists opened in Kampala on Thursday with rooms for [[12
    families|capacity]] and a shared newsroom. The Sudanese Journalists Syndicate estimates that
    [[about 1,500 journalists|displaced;a=The Sudanese Journalists Syndicate]] have left Sudan since
    {{2023}}, [[600|displaced;a=The Sudanese Journalists Syndicate;n=-]] of them to Egypt. The
    International Federation of Journalists said its safety fund had paid emergency grants to
    [[about 210 Sudanese journalists|aid;a=The International Federation of Journalists]]. The
    syndicate plans to open [[two more shelters|capacity;a=The syndicate;alt=Sudanese Journalists
    Syndicate;p]] in Nairobi and Cairo next year, each for [[up to 20 people|capacity;a=The
    syndicate;alt=Sudanese Journalists Syndicate;p]]. Uganda hosts [[more than 70,000 Sudanese
    refugees|displaced;a=UNHCR]], UNHCR says.""",
)

item(
    "Sudanese journalists trickle back to a wrecked Khartoum",
    """[[Dozens of journalists|returned;a=the Sudanese Journalists Syndicate]] have returned to
    Khartoum since the army retook the capital in {{March}}, the Sudanese Journalists Syndicate
    said. State broadcaster SNBC said [[about 120 staff|returned;a=SNBC]] were back at its Omdurman
    headquarters. The syndicate said [[at least 40 newsrooms|housing;a=The syndicate;alt=Sudanese
    Journalists Syndicate;u=structure]] in the capital were looted or burned and [[two printing
    houses|housing;a=The syndicate;alt=Sudanese Journalists Syndicate]] destroyed. Egypt deported
    [[18 Sudanese journalists|returned]] in {{2024}}. The UN says [[more than 1.2m
    people|returned;a=The UN]] have returned to Khartoum state. The International Federation of
    Journalists said it had shipped [[30 laptops|aid;a=The International Federation of
    Journalists;u=other]] to help reopen newsrooms and would send [[20 more|aid;a=The International
    Federation of Journalists;u=other;n=-;p]] in {{January}}.""",
)

item(
    "Tunisian court hands radio commentator 18-month term under Decree 54",
    """A Tunis court on Wednesday sentenced a {{52-year-old}} radio commentator to {{18 months}} in
    prison under {{Decree 54}}, a cybercrime law that critics say is used to punish dissent. The
    decree, issued in {{September 2022}}, provides for up to {{five years}} in prison and fines of
    {{50,000 dinars}} for spreading "false news". The National Union of Tunisian Journalists called
    the verdict a "message of intimidation" and said it would appeal. Tunisia fell to {{129th}} in
    the {{2025}} World Press Freedom Index, from {{73rd}} in {{2021}}. The appeal is set for {{June
    3}}.""",
)

item(
    "Namibia tops Africa in press freedom index as Eritrea stays last",
    """Namibia was again the best-ranked country in Africa in the World Press Freedom Index published
    on {{May 2}}, in {{28th}} place with a score of {{76.6}}. Eritrea came last of all at {{180th}},
    where the journalist Dawit Isaak has been held without trial since {{September 2001}}. South
    Africa rose to {{38th}}, but Sudan fell to {{156th}} and Burkina Faso lost {{19 places}}.
    Reporters Without Borders said the economic indicator had fallen to its lowest level since the
    index began in {{2002}}, with {{a quarter}} of African outlets at risk of closing within
    {{two years}}.""",
)
