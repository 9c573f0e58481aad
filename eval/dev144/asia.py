"""The Philippines, India and Pakistan: the drug war's toll, a siege of a sect's compound, a
raid on a scam hub, national crime data, a bootleg liquor poisoning, a deportation flight,
street crime in Karachi, a lynching verdict, a police operation against dacoits and a remand
hearing (10 items, 1 without a figure)."""

from _wrap import item

item(
    "Duterte's drug war: the numbers behind the ICC case",
    """MANILA — The Philippine National Police (PNP) says [[6,252 people|killed;a=The Philippine
    National Police (PNP)]] were killed in anti-drug operations from {{July 2016}} to {{May
    2022}}, but human rights groups estimate the toll at [[between 12,000 and
    30,000|killed;n=-;a=human rights groups]], including the victims of vigilante-style killings.
    According to the ICC, the case against former president Rodrigo Duterte, {{79}}, for crimes
    against humanity centres on [[43 murders|killed;a=the ICC]] committed by the so-called Davao
    Death Squad and by police during his presidency. Under Oplan Tokhang, police said [[1.3
    million drug users and pushers|other;v=1300000;n=drug users and pushers;a=police]]
    "surrendered" to the authorities, many of them after officers knocked on their doors.
    Government data show [[more than 300,000 people|arrested;a=Government data]] were arrested in
    anti-drug operations over the same period. Rise Up for Life and for Rights, which represents
    victims' families, said [[about 50 families|other;a=Rise Up for Life and for Rights]] had
    given testimony to ICC investigators. Duterte, who has never expressed regret, told a Senate
    hearing in {{October 2024}} that he took "full responsibility" for the campaign.""",
)

item(
    "Quiboloy arrested after 16-day police siege of Davao compound",
    """DAVAO CITY — Police arrested preacher Apollo Quiboloy on Sunday after a {{16-day}} search
    of his sect's {{30-hectare}} compound in Davao City, Interior Secretary Benhur Abalos said.
    [[About 2,000 police officers|combatants]] had been deployed to the Kingdom of Jesus Christ
    (KOJC) compound, where [[thousands of followers|other]] formed human barricades at the gates
    and staged prayer rallies to stop the search. Quiboloy, {{74}}, and [[four
    co-accused|arrested]] face charges of child and sexual abuse and qualified human trafficking;
    he is also wanted in the United States on sex-trafficking charges. [[One church
    member|killed;a=the police]] died of a heart attack during the standoff and [[dozens of
    followers|injured;a=the police]] were treated for injuries after scuffles with officers, the
    police said. The PNP said it had also filed charges against [[27 KOJC members|arrested;a=The
    PNP]] for obstructing the operation. A US indictment alleges that girls as young as {{12}}
    were recruited to work for the pastor.""",
)

item(
    "Hundreds rescued in raid on POGO hub in Bamban, Tarlac",
    """TARLAC — Authorities rescued [[more than 650 workers|kidnapped;a=the Presidential
    Anti-Organized Crime Commission (PAOCC)]] from a Philippine offshore gaming operator (POGO)
    hub in Bamban, Tarlac, the Presidential Anti-Organized Crime Commission (PAOCC) said on
    Thursday. Among them were [[383 Filipinos|kidnapped;a=PAOCC spokesperson Winston Casio]],
    [[202 Chinese nationals|kidnapped;a=PAOCC spokesperson Winston Casio]] and [[73
    others|kidnapped;a=PAOCC spokesperson Winston Casio]] from Vietnam, Malaysia, Rwanda and
    Indonesia, PAOCC spokesperson Winston Casio said. Many of the workers said they had been
    forced to run online scams and were beaten or locked in "punishment rooms" if they missed
    their targets. The compound, which sits behind the town hall, has [[36 buildings|other]],
    including villas, a swimming pool and a wine cellar. Raiders also found [[seven luxury
    vehicles|other]] and {{₱3.2 million}} in cash. Bamban mayor Alice Guo, who owns part of the
    land, has denied any link to the hub. The Bureau of Immigration says it has deported [[more
    than 3,000 foreign POGO workers|returned;a=The Bureau of Immigration]] since last year.""",
)

item(
    "NCRB data: India recorded 28,522 murders in 2022",
    """NEW DELHI: India registered [[28,522 murders|killed;a=the National Crime Records Bureau
    (NCRB)]] in {{2022}}, an average of [[78 a day|killed;n=-;a=the National Crime Records Bureau
    (NCRB)]], the National Crime Records Bureau (NCRB) said in its annual 'Crime in India' report
    released on Sunday. Disputes were the most common motive, cited in [[9,962 cases|other]],
    followed by personal vendetta or enmity. [[1,07,588 people|kidnapped;v=107588]] were
    kidnapped or abducted during the year, up {{5.8%}}. Crimes against women rose {{4%}} to
    [[4,45,256 cases|other;v=445256]], most of them cruelty by husbands or relatives, kidnapping
    and assault. In all, the police registered [[over 58 lakh cognisable
    crimes|other;v=5800000;u=other]]. Delhi remained the most unsafe metropolitan city for women,
    with [[14,158 cases|other]] registered. The crime rate per lakh population rose to {{422.2}},
    the report said.""",
)

item(
    "Kallakurichi hooch tragedy: death toll rises to 63",
    """KALLAKURICHI: The death toll in the Kallakurichi illicit liquor tragedy rose to
    [[63|killed;n=-;a=officials]] on Monday, with [[four more people|killed;a=officials]]
    succumbing in hospitals in Salem and Puducherry, officials said. [[Over 100 people|injured]]
    are still undergoing treatment in Kallakurichi, Salem, Villupuram and Puducherry, [[11 of
    them|injured;n=-]] in a critical condition. The dead include [[three women|killed]]. The
    victims had consumed arrack laced with methanol, sold in packets in the Karunapuram area on
    Tuesday night. Police said the CB-CID had so far arrested [[21 people|arrested;a=Police]],
    including the main supplier, and seized {{200 litres}} of methanol. The State government
    announced a solatium of {{₹10 lakh}} each to the families of the deceased, and Chief Minister
    Stalin ordered the transfer of the district Collector and suspended [[nine police
    officers|other]], including the Superintendent of Police. A one-man commission headed by a
    retired High Court judge will submit its report within {{three months}}.""",
)

item(
    "US military plane with 104 deported Indians lands in Amritsar",
    """AMRITSAR: A US military aircraft carrying [[104 Indian nationals|returned]] deported from
    the United States landed at the Sri Guru Ram Dass Jee International Airport in Amritsar on
    Wednesday afternoon. Of the deportees, [[33|returned;n=-]] were from Haryana,
    [[33|returned;n=-]] from Gujarat and [[30|returned;n=-]] from Punjab, and they included [[19
    women|returned]] and [[13 minors|returned]], among them a {{four-year-old}} boy. Several
    deportees said they had paid agents between {{₹40 lakh}} and {{₹1 crore}} to reach the US
    through the so-called 'donkey route' and that they had been handcuffed, with their legs
    chained, during the {{40-hour}} flight. External Affairs Minister Subrahmanyam Jaishankar
    told the Rajya Sabha on Thursday that [[15,668 Indians|returned;a=External Affairs Minister
    Subrahmanyam Jaishankar]] had been deported from the US since {{2009}}, and that the use of
    restraints was standard US practice. Punjab Police said they had registered [[eight
    FIRs|other;u=other;a=Punjab Police]] against travel agents named by the deportees.""",
)

item(
    "Karachi street crime claimed 56 lives in 2023, CPLC says",
    """KARACHI: [[At least 56 people|killed;a=the Citizens-Police Liaison Committee (CPLC)]] were
    killed and [[over 250|injured;n=-;a=the Citizens-Police Liaison Committee (CPLC)]] injured
    while resisting street robberies in the city in {{2023}}, the Citizens-Police Liaison
    Committee (CPLC) said in its annual report. Citizens were deprived of [[about 26,000 mobile
    phones|other;u=other;a=the report;alt=the Citizens-Police Liaison Committee (CPLC)]], while
    [[2,100 cars|other;a=the report;alt=the Citizens-Police Liaison Committee (CPLC)]] and [[over
    54,000 motorcycles|other;a=the report;alt=the Citizens-Police Liaison Committee (CPLC)]] were
    snatched or stolen, the report said. The police said they had arrested [[more than 1,700
    suspects|arrested;a=The police]] involved in street crime, and that [[137 suspected
    robbers|killed;a=The police]] had been killed in 'encounters' with officers. Human rights
    activists have questioned the encounters, saying many are staged. Sindh police chief Ghulam
    Nabi Memon said [[3,000 more constables|combatants;p;a=Sindh police chief Ghulam Nabi Memon]]
    would be recruited for Karachi this year.""",
)

item(
    "Sialkot lynching: ATC sentences six to death",
    """LAHORE: An anti-terrorism court on Monday sentenced [[six men|arrested]] to death for the
    lynching of Sri Lankan factory manager Priyantha Kumara in Sialkot in {{December 2021}}.
    [[Nine others|arrested]] were given life imprisonment, [[one|arrested;n=-]] was jailed for
    {{five years}} and [[72|arrested;n=-]] received sentences of {{two years}}. In all, [[89
    men|arrested]] were tried in the case, which was heard inside Kot Lakhpat jail for security
    reasons. Kumara, {{48}}, was beaten to death and his body set on fire by a mob of [[hundreds
    of factory workers|other]] who accused him of blasphemy after he removed posters from a wall
    of the sports goods factory. Police had arrested [[more than 130 people|arrested]] after
    identifying suspects from videos of the attack shared on social media. The prosecution
    produced [[over 40 witnesses|other;a=Deputy Prosecutor General Abdul Rauf Wattoo]] and video
    evidence, said Deputy Prosecutor General Abdul Rauf Wattoo.""",
)

item(
    "Police launch fresh operation against dacoits in Katcha area",
    """SUKKUR: Police launched a fresh operation against dacoits in the riverine Katcha area of
    Kashmore and Shikarpur districts on Friday, deploying [[over 1,500
    personnel|combatants;a=officials]] backed by armoured personnel carriers, officials said.
    [[At least 12 people|kidnapped;a=police]], including [[three children|kidnapped;a=police]],
    are being held by gangs in the forests along the Indus, according to police, who say the
    kidnappers have demanded ransoms of {{up to Rs10 million}}. Dacoits lure many of their
    victims with phone calls from women offering cheap cars or jobs, a tactic known locally as
    the "honey trap". [[Eight dacoits|killed;a=Larkana DIG Mubashir Mirza]] were killed and [[two
    abductees|kidnapped;a=Larkana DIG Mubashir Mirza]] recovered on the first day of the
    operation, Larkana DIG Mubashir Mirza said. In {{2023}}, [[more than 300
    people|kidnapped;a=the Human Rights Commission of Pakistan (HRCP)]] were abducted in the
    Larkana and Sukkur divisions and [[27 policemen|killed;a=the Human Rights Commission of
    Pakistan (HRCP)]] were killed in attacks by dacoits, the Human Rights Commission of Pakistan
    (HRCP) said in its annual report.""",
)

item(
    "ATC extends judicial remand of suspects in lawyer's murder case",
    """KARACHI: An anti-terrorism court on Tuesday extended the judicial remand of the suspects
    in the murder of a senior lawyer until {{March 18}} and directed the investigating officer to
    submit a final charge sheet within {{14 days}}. The lawyer, {{62}}, was shot dead outside his
    chambers on Shahrah-i-Faisal at around {{9.45am}} on {{January 27}}. The case was registered
    under {{Section 302}} of the Pakistan Penal Code and {{Section 7}} of the Anti-Terrorism Act,
    {{1997}}. The judge rejected a bail plea backed by a surety of {{Rs500,000}}. The prosecution
    said call records from one suspect's number, {{0300-2145678}}, placed him near the scene.""",
)
