"""Items of dev258: Mozambique after the 2024 election, Togo, Venezuela after the 2024 vote."""

from _wrap import item

item(
    "Mozambique: monitors say post-election toll passes 300",
    """The Mozambican election watchdog Plataforma Decide said on Friday that
    [[at least 315 people|killed;a=The Mozambican election watchdog Plataforma Decide]] had been
    killed since protests over the {{October 9}} election began, [[more than 30|killed;a=The
    Mozambican election watchdog Plataforma Decide]] of them children. The group said
    [[about 750|injured;a=The group;alt=Plataforma Decide]] had suffered gunshot wounds and
    [[some 4,200 people|arrested;a=The group;alt=Plataforma Decide]] had been detained. Police
    commander Bernardino Rafael said [[17 officers|killed;a=Police commander Bernardino Rafael]]
    had died. Frelimo's candidate Daniel Chapo was declared the winner with {{65%}} of the vote,
    against {{24%}} for Venancio Mondlane, who called the protests from exile. Mondlane's lawyer
    Elvino Dias was shot dead in Maputo on {{October 19}}.""",
)

item(
    "Mozambicans flee into Malawi as unrest spreads",
    """[[More than 2,000 Mozambicans|displaced;a=Malawi's Department of Disaster Management Affairs]]
    have crossed into Malawi's Nsanje district since {{Christmas}} to escape post-election
    violence, Malawi's Department of Disaster Management Affairs said. The department said
    [[about 500 households|displaced;a=The department;alt=Malawi's Department of Disaster Management
    Affairs]] were staying in [[two schools|capacity;a=The department;alt=Malawi's Department of
    Disaster Management Affairs]] and a church in Tengani, and that [[three more
    sites|capacity;a=The department;alt=Malawi's Department of Disaster Management Affairs;p]]
    were being prepared. The Malawi Red Cross distributed [[1,200 food parcels|aid]] and
    [[650 tarpaulins|aid]]. UNHCR said that [[as many as 6,000 people|displaced;a=UNHCR;p]] could
    cross if violence continued. By mid-{{January}}, officials said [[roughly 800|returned;a=officials]]
    had gone home.""",
)

item(
    "Mozambique: Maputo prison break during Christmas riots",
    """[[More than 1,500 inmates|other;a=police chief Bernardino Rafael]] escaped from Maputo's
    central prison on {{December 25}} during riots over the Constitutional Council's
    confirmation of the election result, police chief Bernardino Rafael said, and
    [[33|killed;a=police chief Bernardino Rafael]] were killed in clashes with guards. He said
    [[about 150|returned;a=He;alt=police chief Bernardino Rafael]] had been recaptured. Among the
    escapees were [[29 convicted terrorists|other]] linked to the insurgency in Cabo Delgado. In
    the {{24 hours}} after the ruling, the interior ministry counted [[236 acts of
    violence|other;a=the interior ministry;n=acts;u=other]], [[25 police stations|housing;a=the
    interior ministry;u=structure]] attacked and [[21 people|killed;a=the interior ministry]] dead.""",
)

item(
    "Mozambique: activists abducted in Nampula, families say",
    """[[Four youth activists|kidnapped;a=their families]] who organised roadblocks in Nampula were
    taken from their homes at night by armed men in plain clothes, their families said on Monday.
    The Centre for Democracy and Human Rights (CDD) said [[at least 19 people|kidnapped;a=The Centre
    for Democracy and Human Rights (CDD)]] had been abducted in similar circumstances since
    {{November}}, and that [[the bodies of five|killed;a=The Centre for Democracy and Human Rights
    (CDD);n=-]] had later been found on the outskirts of Maputo and Matola. [[Eleven|kidnapped;a=the
    CDD]] had been released after days of beatings, the CDD said. Police denied involvement and said
    they were investigating [[14 complaints|missing;a=they;alt=Police;u=person]] of missing people.""",
)

item(
    "Mozambique: police deploy thousands for Chapo inauguration",
    """Mozambique's police deployed [[about 6,000 officers|combatants;a=a police spokesman]] in
    Maputo and Matola for Daniel Chapo's inauguration on {{January 15}}, a police spokesman said,
    backed by [[several hundred soldiers|combatants]] and armoured vehicles. Plataforma Decide said
    [[three people|killed;a=Plataforma Decide]] were shot dead and [[at least 16|injured;a=Plataforma
    Decide]] wounded as police dispersed crowds in the suburbs. Vendors at Xipamanine market said
    [[dozens of stalls|housing;u=structure;n=stalls]] had been burned overnight. Chapo, {{48}}, the
    {{first}} president born after independence in {{1975}}, pledged to form a unity government. Police said [[31 people|arrested;a=Police]] were detained and [[four vehicles|other;a=Police]] burned.""",
)

item(
    "Mozambique: shops looted, families left hungry after months of shutdowns",
    """The World Food Programme said on Thursday that [[about 340,000 people|civilians;a=The World
    Food Programme]] in Maputo province were in need of food aid after {{three months}} of
    protests, shutdowns and looting that closed markets and border posts. WFP said it would
    reach [[120,000 people|aid;a=WFP;p]] with cash transfers by {{March}}. The Confederation of
    Business Associations (CTA) said [[more than 1,000 businesses|housing;a=The Confederation of
    Business Associations (CTA);u=structure]] had been looted or vandalised and that
    [[some 12,000 jobs|other;a=The Confederation of Business Associations (CTA);u=other]] had been
    lost, with losses of {{$600 million}}. At the Ressano Garcia border,
    [[hundreds of trucks|other]] were stranded for days. The government said [[48 of its
    warehouses|housing;a=The government;u=structure;n=warehouses]] had been emptied.""",
)

item(
    "Mozambique opposition leader returns, crowd met with tear gas",
    """Venancio Mondlane returned to Maputo on {{January 9}} after {{two months}} in self-imposed exile,
    and police fired tear gas at [[thousands of supporters|other]] who had gathered at the airport.
    The Centre for Democracy and Human Rights said [[two people|killed;a=The Centre for Democracy and
    Human Rights]] were killed and [[eight|injured;a=The Centre for Democracy and Human Rights]] wounded.
    Mondlane, {{50}}, said [[about 40 of his aides|returned;a=Mondlane]] had also returned from South
    Africa and Portugal. Police said [[57 people|arrested;a=Police]] were detained. Police said [[about 1,200 officers|combatants;a=Police]] had been deployed around the airport.""",
)

item(
    "Mozambique post-election protests: a timeline",
    """Mozambique held general elections on {{October 9}}, {{2024}}. The electoral commission declared
    Frelimo the winner on {{October 24}} with {{70.67%}} of the presidential vote, later revised to
    {{65.17%}} by the Constitutional Council on {{December 23}}. Frelimo has governed since
    independence in {{1975}}. Mondlane announced a {{100-day}} plan of action in {{January}}. The
    ruling party holds {{171}} of the {{250}} seats in the Assembly.""",
)

item(
    "Togo: bodies found in Lome lagoons after protests",
    """Togolese rights groups said on Monday that [[seven bodies|killed;a=Togolese rights groups]] had
    been pulled from lagoons and the Be river in Lome after {{three days}} of protests against
    President Faure Gnassingbe, who took a new post with no term limits in {{May}}. The government
    said the [[seven|killed;a=The government;n=-]] had drowned and blamed "agitators". The
    Front Citoyen Togo Debout said [[more than 60 people|arrested;a=The Front Citoyen Togo Debout]] had
    been detained, [[about 20|kidnapped;a=The Front Citoyen Togo Debout]] of them taken from their
    homes by men in plain clothes, and that [[at least 12|missing;a=The Front Citoyen Togo Debout]] were
    still missing. Amnesty International said it had confirmed [[dozens of injuries|injured;a=Amnesty
    International;n=injuries]] from beatings.""",
)

item(
    "Togo: families flee Be district after night raids",
    """[[Several hundred residents|displaced]] of Lome's Be and Adakpame neighbourhoods have fled to
    relatives outside the capital after soldiers and police carried out night raids, residents and
    local clergy said. A Catholic parish in Agoe said it was sheltering [[93 families|displaced;a=A
    Catholic parish in Agoe]] in its school, which has [[12 classrooms|capacity]]. Caritas Togo said it
    had handed out [[400 food kits|aid;a=Caritas Togo]] and [[250 mats|aid;a=Caritas Togo;u=other]]. The
    Togolese League of Human Rights said [[about 30 homes|housing;a=The Togolese League of Human Rights]]
    had been searched and [[six|housing;a=The Togolese League of Human Rights;u=structure]] ransacked,
    and that [[at least 40 young men|arrested;a=The Togolese League of Human Rights]] had been taken
    away. By Friday, parish staff said [[about 40 of the families|returned;a=parish staff;n=families]]
    had gone home.""",
)

item(
    "Togo frees protesters but keeps rapper in jail",
    """Togo's justice ministry said on Wednesday it had released [[81 people|arrested;a=Togo's
    justice ministry]] detained during the June protests, and that [[14|arrested;a=Togo's justice
    ministry]] would be tried for "rebellion". The rapper Aamron, whose arrest sparked the first
    demonstrations, remains in a psychiatric hospital, his lawyer said. Rights groups said
    [[up to 25 activists|missing;a=Rights groups]] held in {{June}} had not been seen since, and that
    [[nine|kidnapped;a=Rights groups]] others seized by unidentified men had been freed on the
    outskirts of Lome. The government said security forces numbering [[about 3,000|combatants;a=The
    government]] would remain deployed in the capital through the municipal elections of {{July 17}}.""",
)

item(
    "Venezuela: Maduro says over 2,000 detained after election protests",
    """President Nicolas Maduro said on Saturday that [[2,229 people|arrested;a=President Nicolas
    Maduro]] had been detained since the protests that followed the {{July 28}} election, and that
    they would be sent to high-security prisons at Tocoron and Tocuyito. The rights group Foro Penal
    said it had verified [[1,581 political prisoners|arrested;a=The rights group Foro Penal]], among
    them [[114 teenagers|arrested;a=The rights group Foro Penal]]. The attorney general said
    [[25 people|killed;a=The attorney general]] had died in the unrest, including
    [[two soldiers|killed;a=The attorney general]], and [[192|injured;a=The attorney general]] had been
    injured. The opposition says Edmundo Gonzalez won {{67%}} of the vote, citing tally sheets from
    {{83.5%}} of polling stations.""",
)

item(
    "Venezuela releases detainees in batches, families wait outside Tocoron",
    """Venezuela's prosecutor's office said it had released [[225 people|arrested;a=Venezuela's
    prosecutor's office]] detained after the election on Saturday, the {{third}} batch in a week, bringing
    the number freed since {{November}} to [[more than 1,000|arrested;a=it;alt=Venezuela's prosecutor's
    office]]. Foro Penal put the number still held at [[between 1,800 and 1,900|arrested;a=Foro Penal]].
    Outside the Tocoron prison in Aragua, [[hundreds of relatives|other]] waited in the heat. Foro Penal
    said [[at least 10 former detainees|returned;a=Foro Penal]] who had fled to Colombia after their
    release had come back to Caracas to sign in at court each month, as their release terms require.""",
)

item(
    "Venezuelans cross into Colombia and Brazil after disputed vote",
    """Colombia's migration agency said on Monday that [[about 6,500 Venezuelans|displaced;a=Colombia's
    migration agency]] had crossed at the Simon Bolivar bridge in the week after the {{July 28}} vote,
    {{40%}} more than in an ordinary week, and that [[some 900|displaced;a=Colombia's migration
    agency]] had asked for asylum. In Pacaraima, on the Brazilian border, the army's Operation Welcome
    said its [[two reception centres|capacity;a=the army's Operation Welcome;u=structure;n=centres]]
    held [[1,100 people|displaced;a=the army's Operation Welcome]] and that a {{third}} was being built for
    [[up to 600|capacity;a=the army's Operation Welcome;p]]. Aid groups in Cucuta handed out
    [[3,000 meals a day|aid]]. The UN refugee agency said [[7.7 million Venezuelans|displaced;a=The UN
    refugee agency]] now live outside the country, and that [[thousands of families|civilians;a=The UN refugee agency]]
    at home had lost contact with relatives detained in the crackdown.""",
)

item(
    "Venezuela: rights groups document forced disappearances after vote",
    """Human Rights Watch said on Thursday that it had documented [[24 cases|kidnapped;a=Human Rights
    Watch;u=person]] in which opposition activists were seized by hooded agents of the Sebin
    intelligence service and held incommunicado after the election. The group said
    [[at least 11|missing;a=The group;alt=Human Rights Watch]] had still not been located by their
    families. Foro Penal said [[69 political prisoners|missing;a=Foro Penal]] were in "forced
    disappearance", including [[a dozen foreign nationals|arrested;a=Foro Penal]] held as
    "mercenaries". [[Seven of those seized|kidnapped;a=the group;alt=Foro Penal;n=-]] were later freed at
    roadsides in Caracas and Valencia, the group said. Interior Minister Diosdado Cabello said
    [[more than 120 members|arrested;a=Interior Minister Diosdado Cabello]] of "terrorist cells" had
    been caught and that [[about 4,000 officers|combatants;a=Interior Minister Diosdado Cabello]]
    of the Bolivarian National Guard were patrolling the capital. The opposition says
    [[hundreds of its volunteers|civilians;a=The opposition]] are in hiding.""",
)

item(
    "Venezuela: Machado's party offices raided in Caracas and Maracaibo",
    """Police and intelligence agents raided the offices of Vente Venezuela in Caracas and
    Maracaibo overnight, detaining [[six staff members|arrested;a=the party]], the party said. It said
    [[two|kidnapped;a=It;alt=Vente Venezuela]] of its coordinators had been taken from their homes by
    men without uniforms. Provea, a rights group, said [[at least 2,400 people|arrested;a=Provea]] had
    been detained since the election and [[27|killed;a=Provea]] killed, [[16|killed;a=Provea]] of them
    by gunfire. Neighbours in Catia said [[about 35 families|displaced;a=Neighbours in Catia]] had left
    the barrio after colectivos on motorcycles fired at houses, and that [[three homes|housing;a=Neighbours
    in Catia]] had been burned. The Caracas diocese said its parishes were feeding
    [[some 200 people|aid;a=The Caracas diocese]] who had fled the raids.""",
)

item(
    "Venezuela: opposition leader sentenced in absentia",
    """A Caracas court sentenced an opposition lawmaker to {{16 years}} in prison in absentia on
    {{March 3}} for "incitement to hatred" over posts from {{2024}}. The court also froze assets worth
    {{$1.2 million}}. The lawmaker, {{45}}, fled to Spain in {{September 2024}}. The National Electoral
    Council said Maduro had won {{51.2%}} of the vote, against {{44.2%}} for Edmundo Gonzalez.""",
)
