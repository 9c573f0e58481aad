"""dev435 items: Islamic State's remnants in Kirkuk, Diyala, Salah al-Din, Anbar and the Hamrin
mountains, the operations against them, the mass graves and the missing, and the mines left
behind, 2017-2025."""

from _wrap import item

item(
    "Iraqi jets kill nine IS militants in Hamrin mountains, military says",
    """Iraqi {{F-16}} jets struck [[four Islamic State hideouts|other;u=other;a=the Security Media
    Cell]] in the Hamrin mountains on Tuesday, killing [[nine militants|killed;a=the Security
    Media Cell]], the Security Media Cell said. A ground force later recovered [[six
    bodies|killed;a=the cell;alt=the Security Media Cell]] from a cave and seized [[three suicide
    vests|other;u=other;a=the cell;alt=the Security Media Cell]] and [[two motorcycles|other;
    a=the cell;alt=the Security Media Cell]], the cell said in a {{second}} statement. Troops also freed [[two shepherds|kidnapped]] who
    had been held in the cave for {{ten days}}. The range,
    which runs from Diyala through Salah al-Din into Kirkuk, is one of the last refuges of
    Islamic State in Iraq, where UN experts estimate [[several hundred fighters|combatants;a=UN
    experts]] still hide.""",
)

item(
    "IS ambush kills five soldiers in Kirkuk's Wadi al-Shay",
    """[[Five Iraqi soldiers|killed;a=security sources]], among them an officer, were killed and
    [[three others|injured;a=security sources]] wounded when Islamic State militants attacked an
    army post in the Wadi al-Shay valley south of Kirkuk late on Saturday, security sources said.
    It was the deadliest attack on Iraqi forces since {{July}}, when [[four Federal Police
    officers|killed]] died in a similar ambush in Tarmiyah. Islamic State's Amaq agency claimed
    [[seven soldiers|killed;a=Islamic State's Amaq agency]] had been killed. The Joint Operations
    Command said it had sent [[an additional 1,500 troops|combatants;a=The Joint Operations
    Command]] to the area and begun a sweep of the valley's orchards and tunnels. Local
    commanders estimate [[40 to 60 fighters|combatants;a=Local commanders]] hide in the valley,
    moving at night between Kirkuk and Salah al-Din.""",
)

item(
    "IS attack on Diyala village kills 11; homes torched in reprisal",
    """[[At least 11 villagers|killed;a=health officials]] were killed and [[15 others|injured;
    a=health officials]] wounded when Islamic State gunmen attacked al-Rashad, a Shiite village
    near Muqdadiya in Diyala province, on Tuesday night, health officials said. [[Four|killed]] of
    the dead were from the same family. Hours later, armed men from the village and nearby tribes
    torched [[dozens of houses|housing;a=local officials]] in the neighbouring Sunni village of
    Nahr al-Imam, and [[about 300 families|displaced;a=local officials]] fled, according to local
    officials. Prime Minister Mustafa al-Kadhimi ordered an investigation and sent
    reinforcements. Security forces said they had arrested [[six suspects|arrested;a=Security
    forces]] over the reprisal attacks. The attack came {{a week}} after [[two farmers|kidnapped]]
    were abducted from their fields outside Muqdadiya; they have not been found.""",
)

item(
    "Counter-terrorism forces arrest 14 IS suspects in farm raids north of Baghdad",
    """Iraq's Counter-Terrorism Service (CTS) said it arrested [[14 suspected Islamic State
    members|arrested;a=Iraq's Counter-Terrorism Service (CTS)]] in overnight raids on farms in
    Tarmiyah, north of Baghdad. [[Three militants|killed;a=the service;alt=Iraq's
    Counter-Terrorism Service (CTS)]] were killed when they opened fire on the raiding force and
    [[two CTS officers|injured;a=the service;alt=Iraq's Counter-Terrorism Service (CTS)]] were
    wounded, the service said. The raids also uncovered a tunnel and [[12 explosive
    belts|other;u=other]], and freed [[four hostages|kidnapped]], shepherds who had been held for
    ransom for {{three weeks}}. Tarmiyah, a district of palm groves and irrigation canals, is
    where militants killed [[four soldiers|killed]] in {{January}}. A CTS spokesman said the
    service had carried out [[more than 120 operations|other;u=other;a=A CTS spokesman]] this
    year and arrested [[about 430 suspects|arrested;a=A CTS spokesman]].""",
)

item(
    "UN monitors say IS is down to a few hundred fighters in Iraq",
    """Islamic State has [[between 400 and 500 fighters|combatants;a=the UN Security Council's
    sanctions monitoring team]] in Iraq, down from [[as many as 10,000|combatants;a=the UN
    Security Council's sanctions monitoring team]] in {{2019}}, the UN Security Council's
    sanctions monitoring team said in a report published on Thursday. Iraqi security operations
    killed [[about 140 militants|killed;a=the report;alt=the UN Security Council's sanctions
    monitoring team]] in {{2023}}, including [[a dozen senior leaders|killed;a=the report;alt=the
    UN Security Council's sanctions monitoring team]], according to the report. The team estimated that [[1,500 to 3,000|combatants;a=The team;alt=the UN Security Council's
    sanctions monitoring team]] more operate in Syria. Member states told the team that [[around 1,000 Iraqi fighters|arrested;a=Member states]] remain in prisons
    run by the Syrian Democratic Forces. Attacks in Iraq fell to [[fewer than 120|other;u=other;
    a=the report;alt=the UN Security Council's sanctions monitoring team]] in {{2024}}, the
    lowest since the group emerged, the report said. The group's leadership is now thought to be
    in Syria and Somalia.""",
)

item(
    "Iraq says security forces killed 312 militants in 2022",
    """Iraqi forces killed [[312 terrorists|killed;a=the Security Media Cell]] and arrested
    [[1,870 suspects|arrested;a=the Security Media Cell]] in {{2022}}, the Security Media Cell
    said in its annual summary on Sunday. It said forces had carried out [[4,320
    operations|other;u=other;a=the Security Media Cell]], destroyed [[610 hideouts|other;u=other;
    a=the Security Media Cell]], seized [[1,150 explosive devices|other;a=the Security Media
    Cell]] and freed [[23 hostages|kidnapped;a=the Security Media Cell]]. The cell did not give
    its own losses. A tally by AFP, based on official statements, puts the number of soldiers,
    police and Popular Mobilisation fighters killed in {{2022}} at [[no fewer than
    140|killed;a=A tally by AFP]] and the number wounded at [[about 300|injured;a=A tally by AFP]].""",
)

item(
    "IS gunmen abduct dozens of truffle hunters in Anbar desert",
    """Islamic State militants abducted [[at least 40 truffle hunters|kidnapped;a=security
    officials]] in the desert near Rutba in western Anbar on Friday, and [[six|killed;a=security
    officials]] of them were later found dead, security officials said. [[Twelve|kidnapped;a=the
    army]] were freed on Saturday by an army unit backed by helicopters, the army said. Relatives
    said [[more than 20|kidnapped;a=Relatives]] were still being held. [[Two soldiers|injured]] were wounded in the rescue. The army said it
    had deployed [[700 troops|combatants;a=The army]] to search the area. Truffle season draws poor
    families into the desert every spring, and the militants have preyed on them before: in
    {{2019}}, they killed [[about 30 truffle hunters|killed]] in Anbar and Salah al-Din.""",
)

item(
    "Forensic teams begin exhuming Khasfa, the sinkhole where IS dumped its victims",
    """Iraqi forensic teams began exhuming remains from the Khasfa sinkhole south of Mosul on
    Monday, where Islamic State is believed to have thrown the bodies of [[as many as 4,000
    people|killed]]. The Martyrs Foundation's mass graves directorate said [[about 20
    bodies|killed;a=The Martyrs Foundation's mass graves directorate]] had been recovered in the
    {{first}} days of work, from a depth of {{more than 30 metres}}. The directorate says it has
    opened [[more than 280 mass graves|other;u=other;a=The directorate;alt=Martyrs Foundation]]
    across Iraq since {{2017}} and recovered the remains of [[about 4,200 people|killed;a=The
    directorate;alt=Martyrs Foundation]]. [[About 1,250 victims|killed]] have been identified
    through DNA so far. The International Commission on Missing Persons (ICMP) estimates that
    [[between 250,000 and 1 million people|missing;a=The International Commission on Missing
    Persons (ICMP)]] went missing in Iraq over decades of dictatorship and war. Families of
    [[more than 1,000 people|missing]] who disappeared in Mosul have given blood samples in the hope of
    a match.""",
)

item(
    "UNITAD wraps up its Iraq mission, handing over evidence from dozens of mass graves",
    """The UN team investigating Islamic State crimes in Iraq, UNITAD, ended its work on Tuesday
    after {{six years}}, {{a year}} earlier than its investigators had hoped, after Baghdad asked
    the Security Council not to renew the mandate it was given under {{Resolution 2379}} in
    {{2017}}. In its final report, the team said it had helped exhume [[68 mass graves|other;
    u=other;a=the team;alt=UNITAD]], digitised [[some 40 million pages|other;u=other;a=the team;
    alt=UNITAD]] of Islamic State and Iraqi records and recorded [[more than 3,000 witness
    statements|other;u=other;a=the team;alt=UNITAD]]. Among its cases was the Camp Speicher
    massacre, in which the militants executed [[about 1,700 air force cadets|killed]] near Tikrit
    in {{June 2014}}. [[Around 600 of the cadets|missing;a=Iraqi officials]] have never been
    found, Iraqi officials say. Its forensic work helped identify [[more than 1,100
    victims|killed]] from the Speicher graves alone.""",
)

item(
    "Remains from Badush mass grave linked to 2014 prison massacre",
    """Forensic teams have recovered the remains of [[123 people|killed;a=the Martyrs Foundation]]
    from a mass grave near Badush prison, north-west of Mosul, where Islamic State executed
    [[about 600 prisoners|killed;a=the Martyrs Foundation]] in {{June 2014}}, the Martyrs
    Foundation said. [[Another 17 bodies|killed]] were found in a {{second}} pit nearby on
    Thursday. Survivors say the militants separated Shia inmates from Sunnis, drove them to a
    ravine and shot them. Families of [[some 400 men|missing;a=a lawyer for the families]] from
    the prison have never learned what happened to them, a lawyer for the families said. Iraqi
    courts have sentenced [[nine Islamic State members|arrested]] over the massacre,
    [[five|arrested]] of them to death.""",
)

item(
    "Families of men who vanished at Saqlawiyah checkpoint still wait for answers",
    """Anbar's provincial council says [[643 men and boys|missing;n=men and boys;a=Anbar's
    provincial council]] from Saqlawiyah have been missing since {{June 2016}}, when they were
    separated from their families at a checkpoint during the battle for Fallujah. Human Rights
    Watch says [[more than 1,200 men|kidnapped;a=Human Rights Watch]] were seized by members of a
    Popular Mobilisation unit in the area that month, and that [[605|kidnapped;a=Human Rights
    Watch]] were later released. Survivors told investigators that [[at least 49
    men|killed;a=Survivors]] were killed in captivity, beaten or shot. [[Hundreds of
    men|missing;a=rights groups]] detained at the Razzaza checkpoint between Anbar and Kerbala are
    also unaccounted for, rights groups say. The International Committee of the Red Cross says it
    has registered [[more than 10,000 people|missing;a=The International Committee of the Red
    Cross]] as missing in Iraq since {{2014}}. A government inquiry announced in {{2016}} has
    never published its findings, though Baghdad has paid compensation to [[about 150
    families|aid]] of the missing.""",
)

item(
    "Militants kidnap shepherds and torch wheat fields south of Kirkuk",
    """Suspected Islamic State militants abducted [[three shepherds|kidnapped;a=police]] near
    Daquq, south of Kirkuk, on Thursday and set fire to {{200 hectares}} of wheat, police said.
    [[Two|killed]] of the shepherds were found shot dead the next morning; the {{third}} escaped.
    [[Two farmers|injured]] who tried to put out the fire were burned. The militants also drove
    off [[around 300 sheep|other]]. The district head said [[about 700
    families|displaced;a=The district head]] have left [[17 villages|other;a=The district head]]
    in the Daquq and Dibis area since {{2020}} because of repeated attacks. The Joint Operations
    Command said it had sent [[400 soldiers|combatants;a=The Joint Operations Command]] to guard
    the harvest, which farmers value at {{IQD 2 billion}}.""",
)

item(
    "Iraq has cleared half its mined land, but Anbar's desert is still sown with bombs",
    """Iraq's Directorate of Mine Action said on Sunday that teams had cleared {{1,250 square
    kilometres}} of land contaminated by the war against Islamic State since {{2017}}, {{about
    half}} of the total, and destroyed [[more than 1.4 million explosive items|other;a=Iraq's
    Directorate of Mine Action]]. Explosive remnants killed [[about 120 people|killed;a=the
    directorate;alt=Iraq's Directorate of Mine Action]] and injured [[some 260|injured;a=the
    directorate;alt=Iraq's Directorate of Mine Action]] in {{2024}}, the directorate said. Anbar
    alone still has {{more than 300 square kilometres}} to clear. [[Around 3,000 deminers|other]]
    work for the government, the UN and charities such as the HALO Trust, but funding fell by
    {{40 percent}} last year. [[Eleven deminers|killed;a=the HALO Trust]] have been killed on the
    job since {{2020}}, according to the HALO Trust. Rubble in Ramadi still hides [[hundreds of
    booby traps|other;u=other;a=the city's civil defence chief]], the city's civil defence chief
    said.""",
)

item(
    "Four soldiers, including two officers, killed in IS attack in Salah al-Din",
    """[[Four Iraqi soldiers|killed;a=the Joint Operations Command]], including [[two
    officers|killed;a=the Joint Operations Command]], were killed and [[three|injured;a=the Joint
    Operations Command]] wounded when Islamic State militants attacked their patrol with a
    roadside bomb and machine guns in the Mutaibija area, on the border of Salah al-Din and
    Diyala, the Joint Operations Command said on Wednesday. The command said it had launched an
    operation with [[about 3,000 troops|combatants;a=The command;alt=the Joint Operations
    Command]] backed by Popular Mobilisation units and aircraft, and had killed [[five
    militants|killed;a=The command;alt=the Joint Operations Command]] by Thursday. Mutaibija, a
    maze of orchards and dry riverbeds, has sheltered Islamic State cells since {{2017}}. In
    {{March}}, militants there abducted [[three truck drivers|kidnapped]] on the road to Samarra,
    who have not been heard from since.""",
)

item(
    "Why the Hamrin mountains are Islamic State's last refuge in Iraq",
    """The Hamrin range runs for about {{200 km}} from north-east of Baqubah towards the Tigris
    near Baiji, rarely rising above {{600 metres}}. Its valleys, caves and orchards sit on the
    seam between Kurdish and federal forces, a line that has been contested since {{October
    2017}}. Iraqi commanders say summer temperatures above {{50C}} and winter mud make patrols
    hard, while the militants move by night and on foot. Operations in the range began in
    {{2018}}, and the {{fourth}} phase of the "Will of Victory" campaign, launched in {{July
    2019}}, swept the area with air support.""",
)

item(
    "Iraq marks Victory Day with a holiday and a parade in Baghdad",
    """Iraq marked the {{eighth}} anniversary of its victory over Islamic State on {{December
    10}} with a public holiday and a military parade in Baghdad, where fighter jets flew over
    Tahrir Square at {{11 am}}. The prime minister told the ceremony that Iraq had "turned the
    page" on {{three years}} of war that began with the fall of Mosul in {{June 2014}}. In Mosul,
    which was declared liberated on {{July 10, 2017}}, residents gathered by the rebuilt al-Nuri
    mosque for prayers. The government has set aside {{IQD 500 billion}} in its {{2025}} budget
    for the families of those killed in the war.""",
)
