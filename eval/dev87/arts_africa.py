"""Africa: Kenya, Nigeria, Senegal, Sudan, South Africa, Mozambique, Egypt, Uganda."""

from _wrap import item

item(
    "Kenya rights body raises toll from finance bill protests to 39",
    """The Kenya National Commission on Human Rights (KNCHR) said on Monday that [[39
    people|killed;a=The Kenya National Commission on Human Rights (KNCHR)]] had been killed in
    protests against the finance bill since {{June 18}} and that [[361|injured;a=The Kenya
    National Commission on Human Rights (KNCHR)]] had been wounded. The state-funded commission
    also recorded [[627 arrests|arrested;a=The state-funded commission;alt=The Kenya National
    Commission on Human Rights (KNCHR)]] and [[32 cases|missing;u=person;a=The state-funded
    commission;alt=The Kenya National Commission on Human Rights (KNCHR)]] of enforced or
    involuntary disappearance. President William Ruto, who withdrew the bill a day after
    protesters broke into parliament on {{June 25}}, has put the toll at [[19|killed;a=President
    William Ruto]] and denied that police used excessive force. Part of the parliament building
    was set alight that day, and Nairobi's governor said looters had emptied [[about 40
    shops|housing;a=Nairobi's governor]] in the city centre. The Law Society of Kenya said [[at least 50 people|kidnapped;a=The Law Society of Kenya]]
    had been abducted by men believed to be police officers since the protests began, and that
    some had been freed after days in secret detention. Police said [[more than 200
    officers|injured;a=Police]] had been hurt across the country. Parliament had passed the
    bill by {{195 votes to 106}} hours before it was stormed. The bill would have raised
    {{$2.7 billion}} in new taxes.""",
)

item(
    "Saba Saba protests leave at least 31 dead in Kenya, commission says",
    """[[At least 31 people|killed;a=the Kenya National Commission on Human Rights]] were killed
    and [[107|injured;a=the Kenya National Commission on Human Rights]] injured as police fired
    live rounds and tear gas at anti-government demonstrators in [[17 counties|other;a=the Kenya
    National Commission on Human Rights]] on Monday, the Kenya National Commission on Human
    Rights said on Tuesday. The rights body said [[532 people|arrested;a=The rights body;alt=the
    Kenya National Commission on Human Rights]] had been arrested and [[two|missing;a=The rights
    body;alt=the Kenya National Commission on Human Rights]] remained unaccounted for. Interior
    minister Kipchumba Murkomen gave a lower toll of [[11|killed;a=Interior minister Kipchumba
    Murkomen]], saying [[52 officers|injured;a=Interior minister Kipchumba Murkomen]] had been
    wounded and [[88 vehicles|other;a=Interior minister Kipchumba Murkomen]] damaged. The
    demonstrations marked the {{35th anniversary}} of the {{1990}} Saba Saba rally for multiparty
    democracy and came less than {{three weeks}} after a march in which [[at least 16
    people|killed]] died. In Nairobi, police sealed the main roads into the city centre with
    razor wire from {{6am}}, and roadblocks went up as far as {{20 km}} from the centre.""",
)

item(
    "Lagos panel finds soldiers shot EndSARS protesters at Lekki toll gate",
    """A judicial panel of inquiry in Lagos said soldiers shot at unarmed #EndSARS demonstrators
    at the Lekki toll gate on the night of {{October 20, 2020}}, and put the number of dead at
    [[nine|killed;a=A judicial panel of inquiry in Lagos]], with [[four|missing;a=A judicial
    panel of inquiry in Lagos]] more missing and presumed dead. It listed [[at least 24
    people|injured;a=A judicial panel of inquiry in Lagos]] with gunshot and other wounds.
    Witnesses told the panel that [[between 1,000 and 2,000
    people|other;a=Witnesses]]
    had been at the toll gate when the shooting started.
    Amnesty International had said [[at least 12 people|killed;a=Amnesty International]] were
    killed at Lekki and at the Alausa protest ground that night, and [[at least 56|killed;a=Amnesty
    International]] across Nigeria over {{two weeks}} of protests against the police's Special
    Anti-Robbery Squad. The army, which first denied having troops at the scene, rejected the
    report. In the unrest that followed, Lagos officials said [[more than 40 police
    stations|housing;u=structure;n=stations;a=Lagos officials]] and [[about 200 public
    buses|other;a=Lagos officials]] had been set on fire.""",
)

item(
    "Nigeria police say 681 arrested in cost-of-living protests",
    """Police chief Kayode Egbetokun said on Monday that [[681 people|arrested;a=Police chief
    Kayode Egbetokun]] had been arrested during {{ten days}} of #EndBadGovernance protests and
    that [[seven people|killed;a=Police chief Kayode Egbetokun]] had died, a figure Amnesty
    International disputed. The rights group said security forces had shot dead [[at least 13
    protesters|killed;a=The rights group;alt=Amnesty International]], most of them in the
    northern states of Kano, Katsina and Kaduna. Egbetokun said [[22 officers|injured;a=Egbetokun]]
    had been injured and accused some protesters of waving Russian flags. In Kano, where looters
    stripped a new government digital centre, the governor imposed a {{24-hour}} curfew on the
    first day, and Kano police said [[about 90 people|arrested;a=Kano police]] had been held
    there for looting. A court in Abuja has since charged [[76 people|arrested]] with treason,
    among them [[32 minors|arrested]], some of whom fainted in the dock.""",
)

item(
    "Senegal toll rises as Sonko verdict sparks worst unrest in years",
    """Senegal's government said on Saturday that [[16 people|killed;a=Senegal's government]] had
    died in {{three days}} of clashes that followed the sentencing of opposition leader Ousmane
    Sonko to {{two years}} in prison, while Amnesty International put the toll at
    [[23|killed;a=Amnesty International]]. Interior minister Antoine Diome said [[more than 500
    people|arrested;a=Interior minister Antoine Diome]] had been arrested and blamed 'occult
    forces' for the violence. Hospitals in Dakar said they had treated [[more than 350
    people|injured;a=Hospitals in Dakar]]. In Ziguinchor, in the south, protesters set fire to
    [[a dozen vehicles|other]] and a branch of a French supermarket chain. The state bus company
    said [[more than 20 of its buses|other;a=The state bus company]] had been torched in Dakar and
    its suburbs. Access to social media was restricted for a fourth day, and mobile data was cut
    in some neighbourhoods from {{3pm}} until midnight.""",
)

item(
    "Sudan doctors say 108 killed in dispersal of Khartoum sit-in",
    """The Central Committee of Sudanese Doctors said on Thursday that [[108 people|killed;a=The
    Central Committee of Sudanese Doctors]] had been killed since security forces broke up the
    protest camp outside the army headquarters on Monday, [[40|killed;a=The Central Committee of
    Sudanese Doctors]] of them pulled from the Nile. The doctors' group said [[more than 500
    people|injured;a=The doctors' group;alt=The Central Committee of Sudanese Doctors]] had been
    wounded. The health ministry gave a toll of [[46|killed;a=The health ministry]] and said no
    live ammunition had been used. Witnesses said the paramilitary Rapid Support Forces led the
    raid. [[Thousands of RSF fighters|combatants]] have patrolled the capital's streets since.
    The sit-in, which at its height drew [[hundreds of thousands of people|other]], began on
    {{April 6}} and helped force Omar al-Bashir from power {{five days}} later.""",
)

item(
    "Sudan forces fire tear gas and live rounds at march on palace",
    """Security forces in Khartoum fired tear gas and live ammunition at protesters marching on
    the presidential palace on Thursday, killing [[at least nine people|killed;a=the Central
    Committee of Sudanese Doctors]], the Central Committee of Sudanese Doctors said. The
    committee said that brought to [[113|killed;a=The committee;alt=the Central Committee of
    Sudanese Doctors]] the number of protesters killed since the military seized power in
    {{October 2021}}. The authorities cut mobile internet across the capital from early morning
    and closed [[four bridges|other;u=other]] over the Nile linking Khartoum with Omdurman and
    Bahri. Police said [[96 officers|injured;a=Police]] had been hurt and [[nearly 300
    protesters|arrested;a=Police]] detained. Medics said [[hundreds of people|injured;a=Medics]]
    had been treated for tear gas inhalation. The UN envoy, Volker Perthes, said the use of live
    fire against peaceful marchers was unacceptable.""",
)

item(
    "South Africa unrest toll rises to 337",
    """The death toll from a week of rioting and looting in KwaZulu-Natal and Gauteng has risen to
    [[337|killed;a=acting minister in the presidency Khumbudzo Ntshavheni]], acting minister in
    the presidency Khumbudzo Ntshavheni said on Thursday, [[258|killed;a=acting minister in the
    presidency Khumbudzo Ntshavheni]] of them in KwaZulu-Natal. Ntshavheni said [[more than 3,400
    people|arrested;a=Ntshavheni]] had been arrested and that the army would raise its deployment
    to [[25,000 soldiers|combatants;p;a=Ntshavheni]] to guard highways, ports and shopping
    centres. The South African Property Owners Association said [[more than 200 shopping
    centres|housing;a=The South African Property Owners Association]] had been looted or
    damaged, and the banking association said [[up to 1,400 ATMs|other;u=other;a=the banking
    association]] had been broken into or destroyed. The unrest began after former president
    Jacob Zuma handed himself in to start a {{15-month}} sentence for contempt of court.
    In Durban, [[more than 100
    warehouses|housing;u=structure]] were emptied or set alight. Economists put the damage at
    {{50 billion rand}}.""",
)

item(
    "More than 1,500 inmates escape Maputo prison amid post-election unrest",
    """Mozambique's police chief Bernardino Rafael said on Wednesday that [[1,534
    inmates|other;a=Mozambique's police chief Bernardino Rafael]] had escaped from a
    high-security prison near Maputo during a riot in which [[33 people|killed;a=Mozambique's
    police chief Bernardino Rafael]] were killed and [[15|injured;a=Mozambique's police chief
    Bernardino Rafael]] injured. He said [[150|arrested;a=Mozambique's police chief Bernardino
    Rafael]] of the escapees had been recaptured. The breakout came on Christmas Day, {{two
    days}} after the Constitutional Council confirmed Daniel Chapo, of the ruling Frelimo party,
    as winner of the {{October 9}} election. Plataforma Decide, a civil society monitor, said [[at
    least 248 people|killed;a=Plataforma Decide]] had been killed in protests since {{October
    21}}, [[21|killed;a=Plataforma Decide]] of them in the {{24 hours}} after the ruling. Shops,
    banks and police posts were looted across the capital.""",
)

item(
    "HRW says Rabaa dispersal was likely a crime against humanity",
    """Human Rights Watch said on Tuesday that Egyptian security forces killed [[at least 817
    people|killed;a=Human Rights Watch]] when they cleared the protest camp at Rabaa al-Adawiya
    square in Cairo on {{August 14, 2013}}, and that the real number was probably [[more than
    1,000|killed;a=Human Rights Watch]]. The health ministry has put the toll for the day at
    [[638|killed;a=The health ministry]], including [[43 police officers|killed;a=The health
    ministry]]. [[Tens of thousands of supporters|other]] of the ousted president Mohamed Morsi
    had camped in the square for {{six weeks}}. The report is based on interviews with [[122
    survivors and witnesses|other;n=survivors and witnesses]]. In {{2018}} a Cairo court
    sentenced [[75 people|arrested]] to death over the sit-in and [[more than 600
    others|arrested]] to prison terms.""",
)

item(
    "Uganda riots after Bobi Wine arrest leave 45 dead, police say",
    """Ugandan police said on Saturday that [[45 people|killed;a=Ugandan police]] had been killed
    in {{two days}} of rioting that followed the arrest of opposition presidential candidate
    Bobi Wine, and that [[836|arrested;a=Ugandan police]] had been arrested. Police spokesman
    Fred Enanga said rioters had set fire to [[at least 23 vehicles|other;a=Police spokesman Fred
    Enanga]] in Kampala and blocked roads with burning tyres. The army deployed [[more than 3,000
    soldiers|combatants]] in the capital on Thursday night. The Uganda Red Cross said its
    volunteers had treated [[more than 100 people|injured;a=The Uganda Red Cross]]. Wine, a
    singer turned politician, was detained in the east of the country for allegedly breaching
    rules that limit campaign rallies to {{200 people}} to curb {{COVID-19}}. He was freed on bail
    on Friday.""",
)
