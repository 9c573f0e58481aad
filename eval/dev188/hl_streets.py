"""Headlines and standfirsts of protests, crackdowns, crime, prisons and elections (25 cards with
figures, 3 without)."""

from _wrap import card

card(
    "Kenya: [[39|killed;a=rights body;alt=The Kenya National Commission on Human Rights]] killed "
    "in Gen Z protests, rights body says",
    """The Kenya National Commission on Human Rights said [[39 people|killed;a=The Kenya National
    Commission on Human Rights]] were killed and [[361|injured;a=The Kenya National Commission
    on Human Rights]] injured in {{two weeks}} of protests against the finance bill. It recorded
    [[627 arrests|arrested;u=person;a=The Kenya National Commission on Human Rights]].""",
)

card(
    "Bangladesh unrest: '[[up to 1,400|killed;a=UN report;alt=The UN human rights office]]' "
    "killed in crackdown, UN report says",
    """The UN human rights office said [[as many as 1,400 people|killed;a=The UN human rights
    office]] may have been killed in the weeks before Sheikh Hasina fled, {{12-13%}} of them
    children. Police records show [[44 officers|killed]] were also killed.""",
    stop=False,
)

card(
    "Mexico election: [[37 candidates|killed]] killed during campaign",
    """Consultancy Data Cívica counted [[37 candidates|killed;a=Consultancy Data Cívica]] and
    aspiring candidates murdered since September, most of them running for local office. Some
    [[27,000 troops|combatants;p]] will guard polling stations on Sunday.""",
)

card(
    "India election: [[642m|other;a=poll body;alt=Chief Election Commissioner Rajiv Kumar]] "
    "voted, a world record, says poll body",
    """Chief Election Commissioner Rajiv Kumar said [[642 million voters|other;a=Chief Election
    Commissioner Rajiv Kumar]], among them [[312 million women|other;a=Chief Election
    Commissioner Rajiv Kumar]], cast ballots over {{seven phases}}. Counting begins on {{June
    4}}.""",
)

card(
    "South Africa: ANC loses majority with [[159|other;u=other]] of [[400 seats|other;u=other]]",
    """The party that has governed since {{1994}} won {{40.2%}}, the electoral commission said,
    down from {{57.5%}} in {{2019}}. It needs [[42 more seats|other;u=other;p]] to govern alone.""",
)

card(
    "Ecuador prison riot kills [[31 inmates|killed]] in Guayaquil",
    """The prison service SNAI said [[31 inmates|killed;a=The prison service SNAI]] died and
    [[14|injured;a=The prison service SNAI]] were wounded in clashes between rival gangs at the
    Litoral penitentiary. [[About 900 soldiers and police|combatants;n=soldiers and police]]
    retook the wings on Wednesday.""",
)

card(
    "Sweden: [[363 shootings|other;u=other;a=police]], [[62|killed;a=police]] dead in record year"
    " – police",
    """Swedish police said gang conflicts were behind most of the [[363
    shootings|other;u=other;a=Swedish police]] and [[149 bombings|other;u=other;a=Swedish
    police]] recorded in {{2022}}, which killed [[62 people|killed;a=Swedish police]].""",
)

card(
    "Maine shooting: [[18|killed]] killed, [[13|injured]] wounded; suspect at large",
    """A gunman opened fire at a bowling alley and a bar in Lewiston, killing [[18
    people|killed;a=officials]] and wounding [[13|injured;a=officials]], officials said.
    [[Hundreds of officers|combatants]] joined the manhunt for the {{40-year-old}} Army
    reservist.""",
)

card(
    "Georgia: [[over 300|arrested]] detained as pro-EU protests enter second week",
    """The interior ministry said [[more than 300 protesters|arrested;a=The interior ministry]] had
    been detained and [[113 police officers|injured;a=The interior ministry]] injured since the
    government shelved EU membership talks. The ombudsman said [[dozens of
    detainees|arrested;a=The ombudsman]] showed signs of beatings.""",
    stop=False,
)

card(
    "Belgrade: [[hundreds of thousands|other]] rally against corruption",
    """The Public Assembly Archive estimated the crowd at [[275,000 to 325,000|other;a=The Public
    Assembly Archive]], the biggest protest in Serbia's modern history, while police put it at
    [[107,000|other;a=police]]. Protests began after the {{November 2024}} canopy collapse in
    Novi Sad that killed [[16 people|killed]].""",
)

card(
    "France riots: [[1,311|arrested;a=interior ministry]] arrested on third night, interior "
    "ministry says",
    """The interior ministry said [[1,311 people|arrested;a=The interior ministry]] were arrested
    overnight and [[1,350 vehicles|other;a=The interior ministry]] burned after police shot dead
    a {{17-year-old}} at a traffic stop in Nanterre. [[Some 40,000 police|combatants; p]] will
    be deployed again on Friday.""",
)

card(
    "Ecuador: [[22 tonnes|other]] of cocaine seized in record haul",
    """Police said the drugs, hidden in [[six containers|other;a=Police]] of bananas bound for
    Belgium, were worth {{$1bn}}. [[Two port workers|arrested]] were arrested.""",
    stop=False,
)

card(
    "Venezuela: Maduro says [[2,000|arrested;a=Maduro]] held after disputed vote",
    """President Nicolás Maduro said [[more than 2,000 people|arrested;a=President Nicolás Maduro]]
    had been detained and would be sent to "maximum security" prisons. Rights group Foro Penal
    said [[24 people|killed;a=Rights group Foro Penal]] had been killed in protests.""",
)

card(
    "Mozambique: post-election unrest toll rises to [[110|killed;a=NGO;alt=Election monitor "
    "Plataforma Decide]] - NGO",
    """Election monitor Plataforma Decide said [[110 people|killed;a=Election monitor Plataforma
    Decide]], including [[nine children|killed;a=Election monitor Plataforma Decide]], had been
    shot dead by police since the {{October 9}} vote. [[More than 3,000|arrested]] have been
    detained.""",
)

card(
    "Nigeria #EndBadGovernance protests: [[13|killed;a=Amnesty]] killed, [[681|arrested]] arrested"
    " – Amnesty",
    """Amnesty International said security forces shot dead [[at least 13
    protesters|killed;a=Amnesty International]], while police said [[681
    people|arrested;a=police]] were arrested for looting and arson across the north.""",
)

card(
    "Kano: [[3|killed]] dead, [[12|injured]] hurt in gas explosion at welding shop",
    """The state fire service said [[three people|killed;a=The state fire service]] died on the
    spot and [[12 others|injured;a=The state fire service]] were rushed to Murtala Muhammad
    Specialist Hospital. [[Four shops|housing;u=structure]] were razed.""",
)

card(
    "Islamabad march: [[over 1,000 PTI workers|arrested;a=police]] arrested, police say",
    """Police said [[more than 1,000 supporters|arrested;a=Police]] of jailed former prime minister
    Imran Khan were held, and [[one officer|killed;a=Police]] was killed. The party said [[12 of
    its workers|killed;a=The party;alt=PTI]] were shot dead, a claim the government denies.""",
    stop=False,
)

card(
    "Iran: judiciary says [[22,000 protesters|arrested;a=judiciary;alt=Judiciary chief "
    "Gholamhossein Mohseni-Ejei]] pardoned",
    """Judiciary chief Gholamhossein Mohseni-Ejei said [[22,000 people|arrested;a=Judiciary chief
    Gholamhossein Mohseni-Ejei]] arrested in the protests had been pardoned. Rights groups say
    [[at least 500|killed;a=Rights groups]] were killed in the crackdown that followed the death
    in custody of {{22-year-old}} Mahsa Amini.""",
)

card(
    "Hong Kong: [[47 democrats|arrested]] charged with subversion; [[14|arrested]] convicted",
    """The court found [[14|arrested;a=The court]] of [[the 16|arrested;a=The court]] who pleaded
    not guilty had conspired to subvert state power. [[The other 31|arrested]] had pleaded
    guilty. Sentences could reach life.""",
)

card(
    "Rio police raid on Complexo da Penha leaves [[23|killed]] dead",
    """Police said [[22 suspects|killed;a=Police]] and a bystander were killed in the dawn
    operation, which involved [[more than 130 officers|combatants;a=Police]] and [[10 armoured
    vehicles|other;a=Police]]. Residents carried bodies to the main square.""",
)

card(
    "Honduras: [[46 women|killed]] killed in prison riot blamed on gangs",
    """Security minister Julissa Villanueva said inmates from the {{Barrio 18}} gang shot and
    burned [[46 women|killed;a=Security minister Julissa Villanueva]] at the women's prison in
    Támara.""",
    stop=False,
)

card(
    "Haiti: [[4,000 inmates|other]] escape after gangs storm main prison",
    """Gangs attacked the national penitentiary in Port-au-Prince overnight, freeing [[about 3,700
    prisoners|other;a=local media]], local media said. [[Twelve|killed]] were killed in the
    assault, and only [[99 inmates|arrested]] chose to stay.""",
)

card(
    "Senegal election: Faye wins with {{54%}}; [[17 candidates|other]] ran",
    """Bassirou Diomaye Faye, who was in prison until {{10 days}} before the vote, won outright
    with {{54.3%}}, provisional results showed. Turnout was {{61%}} among [[7.3m registered
    voters|other;v=7300000]].""",
)

card(
    "Bolivia: [[17|arrested]] held after failed coup bid",
    """Interior minister Eduardo del Castillo said [[17 people|arrested;a=Interior minister Eduardo
    del Castillo]] had been arrested, including the former army chief, after troops and armoured
    vehicles rammed the palace doors.""",
)

card(
    "Pakistan: [[9|killed]] killed, [[dozens|injured]] hurt in Quetta protest firing",
    """Police opened fire on protesters who blocked the highway to Karachi, killing [[nine
    people|killed;a=hospital officials]], hospital officials said. Authorities suspended mobile
    internet for {{72 hours}}.""",
    stop=False,
)

card(
    "Modi, {{73}}, sworn in for third term",
    """Narendra Modi took the oath on {{June 9}}, only the {{second}} Indian leader to win a
    {{third}} consecutive term, though his BJP lost its majority in the {{2024}} vote and now
    depends on allies.""",
)

card(
    "Morocco beat Portugal {{1-0}} to reach World Cup semi-finals",
    """Youssef En-Nesyri's header in the {{42nd minute}} made the Atlas Lions the first African
    side to reach the {{last four}}, {{36 years}} after their {{1986}} run.""",
    stop=False,
)

card(
    "Pakistan's {{27th}} amendment clears Senate {{64-4}}",
    """The bill, passed on {{November 10}}, creates a federal constitutional court and gives the
    army chief a {{five-year}} term. Opposition senators walked out before the vote.""",
)
